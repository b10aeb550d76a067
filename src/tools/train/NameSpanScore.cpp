// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameSpanScore.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

namespace sayline::training {
namespace {

using analysis::NameTag;
using Span = std::tuple<int, int, int>; // first token, end token, type index

std::vector<Span> spans(const std::vector<NameTag>& tags)
{
    std::vector<Span> out;
    const int count = static_cast<int>(tags.size());
    for (int i = 0; i < count;) {
        const NameTag tag = tags[static_cast<std::size_t>(i)];
        if (tag == NameTag::Outside) {
            ++i;
            continue;
        }
        const model::EntityType type = analysis::tagType(tag);
        int end = i + 1;
        while (end < count && tags[static_cast<std::size_t>(end)] == analysis::insideTag(type))
            ++end;
        out.emplace_back(i, end, analysis::typeIndex(type));
        i = end;
    }
    return out;
}

std::string fixed(double value)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.3f", value);
    return buffer;
}

} // namespace

std::vector<NameSpan> nameSpans(const std::vector<NameTag>& tags)
{
    std::vector<NameSpan> out;
    for (const auto& [first, end, type] : spans(tags))
        out.push_back({ first, end, analysis::kTaggedTypes[static_cast<std::size_t>(type)] });
    return out;
}

std::vector<NameError> nameErrors(const std::vector<NameTag>& gold, const std::vector<NameTag>& predicted)
{
    const std::vector<NameSpan> expected = nameSpans(gold);
    const std::vector<NameSpan> found = nameSpans(predicted);
    std::vector<NameError> out;
    for (const NameSpan& span : found) {
        if (std::find(expected.begin(), expected.end(), span) == expected.end())
            out.push_back({ true, span });
    }
    for (const NameSpan& span : expected) {
        if (std::find(found.begin(), found.end(), span) == found.end())
            out.push_back({ false, span });
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const NameError& a, const NameError& b) { return a.span.first < b.span.first; });
    return out;
}

double PrecisionRecall::precision() const
{
    const int guessed = truePositives + falsePositives;
    return guessed == 0 ? 0.0 : static_cast<double>(truePositives) / guessed;
}

double PrecisionRecall::recall() const
{
    const int expected = truePositives + falseNegatives;
    return expected == 0 ? 0.0 : static_cast<double>(truePositives) / expected;
}

double PrecisionRecall::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
}

void NameSpanScore::add(const std::vector<NameTag>& gold, const std::vector<NameTag>& predicted)
{
    std::vector<Span> expected = spans(gold);
    std::vector<Span> found = spans(predicted);
    std::sort(expected.begin(), expected.end());
    std::sort(found.begin(), found.end());
    std::vector<Span> matched;
    std::set_intersection(expected.begin(), expected.end(), found.begin(), found.end(), std::back_inserter(matched));
    auto count = [](const std::vector<Span>& list, int type) {
        return static_cast<int>(
            std::count_if(list.begin(), list.end(), [type](const Span& s) { return std::get<2>(s) == type; }));
    };
    for (int type = 0; type < static_cast<int>(m_types.size()); ++type) {
        PrecisionRecall& counts = m_types[static_cast<std::size_t>(type)];
        const int hits = count(matched, type);
        counts.truePositives += hits;
        counts.falsePositives += count(found, type) - hits;
        counts.falseNegatives += count(expected, type) - hits;
    }
    m_total.truePositives += static_cast<int>(matched.size());
    m_total.falsePositives += static_cast<int>(found.size() - matched.size());
    m_total.falseNegatives += static_cast<int>(expected.size() - matched.size());
}

const PrecisionRecall& NameSpanScore::ofType(model::EntityType type) const
{
    return m_types[static_cast<std::size_t>(analysis::typeIndex(type))];
}

std::string NameSpanScore::summary() const
{
    std::string out
        = "F1 " + fixed(m_total.f1()) + " (P " + fixed(m_total.precision()) + ", R " + fixed(m_total.recall()) + ";";
    constexpr std::array<const char*, 4> kLabels = { "PER", "ORG", "LOC", "MISC" };
    for (std::size_t type = 0; type < m_types.size(); ++type)
        out += std::string(type == 0 ? " " : ", ") + kLabels[type] + " " + fixed(m_types[type].f1());
    return out + ")";
}

} // namespace sayline::training
