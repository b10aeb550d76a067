// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClaimExtractor.h"

#include <algorithm>
#include <map>

#include "ClaimClassifier.h"
#include "analysis/text/Document.h"
#include "analysis/text/TokenView.h"

namespace sayline::analysis {
namespace {

/// Entities mentioned inside [start, end), the speaker excluded: most mentions first, then first seen.
std::vector<int> entitiesInside(const EntityList& entities, int start, int end, int speaker)
{
    std::map<int, std::pair<int, int>> counts; // entity -> (mentions, first offset)
    for (std::size_t i = 0; i < entities.records.size(); ++i) {
        if (static_cast<int>(i) == speaker)
            continue;
        for (const MentionRecord& mention : entities.records[i].mentions) {
            if (mention.start >= start && mention.end <= end) {
                auto [it, inserted] = counts.try_emplace(static_cast<int>(i), 0, mention.start);
                ++it->second.first;
                it->second.second = std::min(it->second.second, mention.start);
            }
        }
    }
    std::vector<int> about;
    for (const auto& entry : counts)
        about.push_back(entry.first);
    std::sort(about.begin(), about.end(), [&counts](int a, int b) {
        const auto& ca = counts.at(a);
        const auto& cb = counts.at(b);
        return ca.first != cb.first ? ca.first > cb.first : ca.second < cb.second;
    });
    return about;
}

} // namespace

ClaimExtractor::ClaimExtractor(const Lexicons& lexicons)
    : m_classifier(std::make_unique<ClaimClassifier>(lexicons))
{
}

ClaimExtractor::~ClaimExtractor() = default;

std::vector<ClaimRecord> ClaimExtractor::extract(const TokenView& view, const EntityList& entities,
                                                 const std::vector<StatementRecord>& statements) const
{
    const Document& document = view.document();
    std::vector<ClaimRecord> claims;
    claims.reserve(statements.size());
    for (const StatementRecord& statement : statements) {
        ClaimRecord claim;
        const int first = document.tokenAtOrAfter(statement.start);
        const int end = document.tokenAtOrAfter(statement.end - 1) + 1;
        claim.type = m_classifier->classify(statement.cueClaim, view, first, end);
        claim.about = entitiesInside(entities, statement.start, statement.end, statement.speaker);
        claims.push_back(std::move(claim));
    }
    return claims;
}

} // namespace sayline::analysis
