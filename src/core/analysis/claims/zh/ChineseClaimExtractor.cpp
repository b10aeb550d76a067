// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChineseClaimExtractor.h"

#include <algorithm>

#include "analysis/claims/ClaimTargets.h"
#include "analysis/lexicon/Lexicons.h"
#include "analysis/text/Document.h"
#include "analysis/text/zh/ChineseText.h"

namespace sayline::analysis::zh {
namespace {

int rank(model::ClaimType type)
{
    switch (type) {
    case model::ClaimType::Denial:
        return 0;
    case model::ClaimType::Accusation:
        return 1;
    case model::ClaimType::Demand:
        return 2;
    case model::ClaimType::Prediction:
        return 3;
    default:
        return 4;
    }
}

bool isNumeral(char16_t c)
{
    return isDigit(c)
        || std::u16string_view(u"\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u5343\u4E24")
               .find(c)
        != std::u16string_view::npos;
}

} // namespace

ChineseClaimExtractor::ChineseClaimExtractor(const Lexicons& lexicons)
{
    for (const LexiconEntry& entry : lexicons.entries("zh-claim-patterns")) {
        if (entry.size() < 2)
            continue;
        const auto type = model::claimTypeFromString(entry[1]);
        if (!type)
            continue;
        if (*type == model::ClaimType::Statistic)
            m_units.push_back(toUtf16(entry[0]));
        else
            m_patterns.emplace_back(toUtf16(entry[0]), *type);
    }
    std::stable_sort(m_patterns.begin(), m_patterns.end(),
                     [](const auto& a, const auto& b) { return rank(a.second) < rank(b.second); });
}

model::ClaimType ChineseClaimExtractor::classify(model::ClaimType cueHint, std::u16string_view content) const
{
    if (cueHint != model::ClaimType::Assertion)
        return cueHint;
    for (const auto& [word, type] : m_patterns)
        if (content.find(word) != std::u16string_view::npos)
            return type;
    for (const std::u16string& unit : m_units)
        for (std::size_t at = content.find(unit); at != std::u16string_view::npos; at = content.find(unit, at + 1))
            if (at > 0 && isNumeral(content[at - 1]))
                return model::ClaimType::Statistic;
    return model::ClaimType::Assertion;
}

std::vector<ClaimRecord> ChineseClaimExtractor::extract(const ChineseText& text, const EntityList& entities,
                                                        const std::vector<StatementRecord>& statements) const
{
    std::vector<ClaimRecord> claims;
    claims.reserve(statements.size());
    const MentionSpans spans(entities, work::Stage::Claims);
    for (const StatementRecord& statement : statements) {
        ClaimRecord claim;
        claim.type = classify(statement.cueClaim, text.slice(statement.start, statement.end));
        claim.about = entitiesInside(spans, statement.start, statement.end, statement.speaker);
        claims.push_back(std::move(claim));
    }
    return claims;
}

} // namespace sayline::analysis::zh
