// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <compare>
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

/// One name in a tag sequence: its tokens [first, end) and type.
struct NameSpan
{
    int first = 0;
    int end = 0;
    model::EntityType type = model::EntityType::Misc;
    friend auto operator<=>(const NameSpan&, const NameSpan&) = default;
};

/// The names of tags; an I- tag that does not continue a name of its type opens one (as conlleval reads it).
std::vector<NameSpan> nameSpans(const std::vector<analysis::NameTag>& tags);

/// A name on which gold and predicted tags differ, for reading errors.
struct NameError
{
    bool found = false; ///< true: found but not expected (a false positive); false: a miss
    NameSpan span;
};

/// The names on which gold and predicted tags differ, in token order.
std::vector<NameError> nameErrors(const std::vector<analysis::NameTag>& gold,
                                  const std::vector<analysis::NameTag>& predicted);

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
