// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <string>
#include <vector>

#include "analysis/entities/NameTag.h"

namespace sayline::training {

/// Precision, recall and F1 of names (exact token span and type, as CoNLL's conlleval counts them).
struct PrecisionRecall
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;

    double precision() const;
    double recall() const;
    double f1() const;
};

/// Counts names of predicted tags against gold tags, in total and per type.
class NameSpanScore
{
public:
    /// One document or sentence: tags of the same tokens.
    void add(const std::vector<analysis::NameTag>& gold, const std::vector<analysis::NameTag>& predicted);

    const PrecisionRecall& total() const { return m_total; }
    const PrecisionRecall& ofType(model::EntityType type) const;
    /// "F1 0.812 (P 0.830, R 0.795; PER 0.90, ORG 0.71, LOC 0.85, MISC 0.62)"
    std::string summary() const;

private:
    PrecisionRecall m_total;
    std::array<PrecisionRecall, analysis::kTaggedTypes.size()> m_types;
};

} // namespace sayline::training
