// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include "ClaimRecord.h"
#include "analysis/attribution/StatementRecord.h"
#include "analysis/entities/EntityList.h"

namespace sayline::analysis {

class ClaimClassifier;
class Lexicons;
class TokenView;

/// The claims stage: what kind of claim each attributed statement makes (ClaimClassifier) and which
/// entities it is about (those mentioned in its content, the speaker left out). Reads the statements and
/// the entities, changes neither. extract() is const and thread-safe.
class ClaimExtractor
{
public:
    explicit ClaimExtractor(const Lexicons& lexicons);
    ~ClaimExtractor();
    ClaimExtractor(const ClaimExtractor&) = delete;
    ClaimExtractor& operator=(const ClaimExtractor&) = delete;

    /// One record per statement, in the statements' order.
    std::vector<ClaimRecord> extract(const TokenView& view, const EntityList& entities,
                                     const std::vector<StatementRecord>& statements) const;

private:
    std::unique_ptr<ClaimClassifier> m_classifier;
};

} // namespace sayline::analysis
