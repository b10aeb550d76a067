// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClaimExtractor.h"

#include "ClaimClassifier.h"
#include "ClaimTargets.h"
#include "analysis/text/Document.h"
#include "analysis/text/TokenView.h"
#include "analysis/text/WorkCounter.h"

namespace sayline::analysis {

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
    const MentionSpans spans(entities, work::Stage::Claims);
    for (const StatementRecord& statement : statements) {
        ClaimRecord claim;
        const int first = document.tokenAtOrAfter(statement.start);
        const int end = document.tokenAtOrAfter(statement.end - 1) + 1;
        claim.type = m_classifier->classify(statement.cueClaim, view, first, end);
        claim.about = entitiesInside(spans, statement.start, statement.end, statement.speaker);
        claims.push_back(std::move(claim));
    }
    return claims;
}

} // namespace sayline::analysis
