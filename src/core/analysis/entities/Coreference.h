// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "EntityList.h"
#include "NameCandidate.h"

namespace sayline::analysis {

class Gazetteer;

/// Name-level coreference: the candidates that name one referent become one EntityRecord.
struct NameClusters
{
    EntityList entities;
    std::vector<int> entityOf; ///< per candidate, its entity index
    std::vector<char> gender; ///< per entity: 'm', 'f' or 0
};

/// Groups name candidates into entities: same name or gazetteer variant ("U.S." and "United States"), acronym
/// links, surnames and given names of a person named in full ("Wang" -> "Wang Wenbin"), and the first words of
/// an organization's name ("Ford" -> "Ford Motor Company"). The type of a name is voted across its mentions, the
/// strongest evidence winning.
class Coreference
{
public:
    explicit Coreference(const Gazetteer& gazetteer);
    NameClusters cluster(std::vector<NameCandidate>& candidates, const std::vector<int>& acronymLinks) const;

private:
    const Gazetteer& m_gazetteer;
};

} // namespace sayline::analysis
