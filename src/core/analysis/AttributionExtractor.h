// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "AnalysisTypes.h"

namespace sayline::analysis {

class Document;
class Lexicons;

/// Finds attributed statements (direct quotes, indirect speech, "according to", institutional sources),
/// resolves their speakers against the entities, and classifies each claim and what it is about.
class AttributionExtractor
{
public:
    explicit AttributionExtractor(const Lexicons& lexicons);
    /// May add mentions (e.g. a pronoun speaker) to entities.
    std::vector<StatementRecord> extract(const Document& document, EntityList& entities) const;

private:
    const Lexicons& m_lexicons;
};

} // namespace sayline::analysis
