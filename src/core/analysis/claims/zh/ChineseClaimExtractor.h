// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "analysis/attribution/StatementRecord.h"
#include "analysis/claims/ClaimRecord.h"
#include "analysis/entities/EntityList.h"

namespace sayline::analysis {

class Lexicons;

namespace zh {

class ChineseText;

/// The claims stage for Chinese text: the claim type from the reporting verb (指责 → accusation, 敦促 and
/// 呼吁 → demand, 否认 → denial), else from the content's words (zh-claim-patterns) or a number with a unit
/// (statistic); and the entities the statement is about, as in every language (ClaimTargets).
class ChineseClaimExtractor
{
public:
    explicit ChineseClaimExtractor(const Lexicons& lexicons);

    std::vector<ClaimRecord> extract(const ChineseText& text, const EntityList& entities,
                                     const std::vector<StatementRecord>& statements) const;
    model::ClaimType classify(model::ClaimType cueHint, std::u16string_view content) const;

private:
    std::vector<std::pair<std::u16string, model::ClaimType>> m_patterns; ///< in the order they are checked
    std::vector<std::u16string> m_units;
};

} // namespace zh
} // namespace sayline::analysis
