// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConllCorpus.h"

namespace sayline::analysis {
class Gazetteer;
}

namespace sayline::training {

/// How many tags applyHouseConventions changed, by rule.
struct ConventionChanges
{
    int leadingThe = 0;
    int demonyms = 0;
};

/// Brings the corpora's tags to one convention, the one the analysis contract and the MEANTIME gold use
/// (docs/analysis-entities.md): a name starts after a leading "The" (Wikigold tags "The Mad Capsule Markets";
/// GUM and re3d do not), and a demonym or nationality by itself ("Japanese", "Iraqis") is no name (Wikigold
/// and re3d tag it MISC, GUM does not). Applied to training and test splits alike.
ConventionChanges applyHouseConventions(ConllDocument& document, const analysis::Gazetteer& gazetteer);

} // namespace sayline::training
