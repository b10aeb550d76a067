// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClaimClassifier.h"

#include <array>

#include "analysis/lexicon/Lexicons.h"
#include "analysis/text/TokenView.h"
#include "analysis/text/WordClasses.h"

namespace sayline::analysis {
namespace {

using model::ClaimType;

// Content decides in this order; the first type with a hit wins.
constexpr std::array<ClaimType, 4> kOrder
    = { ClaimType::Denial, ClaimType::Accusation, ClaimType::Demand, ClaimType::Prediction };

} // namespace

ClaimClassifier::ClaimClassifier(const Lexicons& lexicons)
{
    for (const LexiconEntry& entry : lexicons.entries("en-claim-patterns")) {
        if (entry.size() < 2)
            continue;
        Pattern pattern;
        std::string_view text = entry[0];
        while (!text.empty()) {
            const std::size_t space = text.find(' ');
            if (space != 0)
                pattern.words.emplace_back(text.substr(0, space));
            if (space == std::string_view::npos)
                break;
            text.remove_prefix(space + 1);
        }
        pattern.type = model::claimTypeFromString(entry[1]).value_or(ClaimType::Assertion);
        pattern.weak = entry.size() > 2 && entry[2] == "weak";
        if (!pattern.words.empty())
            m_patterns.push_back(std::move(pattern));
    }
    for (std::size_t p = 0; p < m_patterns.size(); ++p)
        m_byFirstWord[m_patterns[p].words.front()].push_back(p);
}

bool ClaimClassifier::matches(const Pattern& pattern, const TokenView& view, int token) const
{
    for (std::size_t w = 0; w < pattern.words.size(); ++w)
        if (view.lower(token + static_cast<int>(w)) != pattern.words[w])
            return false;
    return true;
}

bool ClaimClassifier::isStatistic(const TokenView& view, int first, int end) const
{
    int numbers = 0;
    for (int t = first; t < end; ++t) {
        if (!view.isNumber(t))
            continue;
        // A number with a unit or a quantity phrase: "45%", "$16.6 billion", "at least 231".
        if (view.words().isStatisticUnit(view.lower(t + 1)) || view.words().isStatisticUnit(view.lower(t - 1))
            || (view.lower(t - 1) == "least" && view.lower(t - 2) == "at"))
            return true;
        ++numbers;
    }
    return numbers >= 2;
}

ClaimType ClaimClassifier::classify(ClaimType cueHint, const TokenView& view, int first, int end) const
{
    if (cueHint != ClaimType::Assertion)
        return cueHint;
    std::array<bool, kOrder.size()> hit {};
    std::array<bool, kOrder.size()> weakHit {};
    for (int t = first; t < end; ++t) {
        const auto starting = m_byFirstWord.find(view.lower(t));
        if (starting == m_byFirstWord.end())
            continue;
        for (std::size_t p : starting->second) {
            const Pattern& pattern = m_patterns[p];
            if (!matches(pattern, view, t))
                continue;
            for (std::size_t i = 0; i < kOrder.size(); ++i) {
                if (kOrder[i] == pattern.type) {
                    hit[i] = hit[i] || !pattern.weak;
                    weakHit[i] = weakHit[i] || pattern.weak;
                }
            }
        }
    }
    for (std::size_t i = 0; i < kOrder.size(); ++i)
        if (hit[i])
            return kOrder[i];
    if (isStatistic(view, first, end))
        return ClaimType::Statistic;
    for (std::size_t i = 0; i < kOrder.size(); ++i)
        if (weakHit[i])
            return kOrder[i];
    return ClaimType::Assertion;
}

} // namespace sayline::analysis
