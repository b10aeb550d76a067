// SPDX-License-Identifier: GPL-3.0-or-later
#include "MentionSpans.h"

namespace sayline::analysis {
namespace {

constexpr std::size_t kTypes = static_cast<std::size_t>(model::EntityType::Misc) + 1;

} // namespace

MentionSpans::MentionSpans(const EntityList& entities, work::Stage stage)
    : m_entities(entities)
    , m_stage(stage)
    , m_byType(kTypes)
    , m_named(entities.records.size())
{
    int order = 0;
    for (std::size_t e = 0; e < entities.records.size(); ++e) {
        const EntityRecord& record = entities.records[e];
        for (const MentionRecord& mention : record.mentions) {
            const Span span { mention.start, mention.end, static_cast<int>(e), order++ };
            m_spans.push_back(span);
            const auto type = static_cast<std::size_t>(record.type);
            if (type < kTypes)
                m_byType[type].push_back(span);
            if (mention.kind != MentionKind::Pronoun)
                m_named[e].emplace_back(mention.start, mention.end);
        }
    }
    auto byStart = [](const Span& a, const Span& b) { return a.start != b.start ? a.start < b.start : a.order < b.order; };
    std::sort(m_spans.begin(), m_spans.end(), byStart);
    for (std::vector<Span>& spans : m_byType)
        std::sort(spans.begin(), spans.end(), byStart);
    for (auto& named : m_named)
        std::sort(named.begin(), named.end());
    m_reach.reserve(m_spans.size());
    int reach = 0;
    for (const Span& span : m_spans) {
        reach = m_reach.empty() ? span.end : std::max(reach, span.end);
        m_reach.push_back(reach);
    }
}

void MentionSpans::countVisited(std::size_t n) const
{
    work::add(m_stage, n);
}

int MentionSpans::entityAt(int start, int end) const
{
    // Only mentions starting before end can overlap; walking back, stop where no earlier one reaches past start.
    auto it = std::lower_bound(m_spans.begin(), m_spans.end(), end,
                               [](const Span& span, int value) { return span.start < value; });
    int best = -1;
    int bestOverlap = 0;
    int bestOrder = 0;
    std::size_t visited = 0;
    for (auto i = static_cast<std::size_t>(it - m_spans.begin()); i > 0 && m_reach[i - 1] > start; --i) {
        const Span& span = m_spans[i - 1];
        ++visited;
        const int overlap = std::min(end, span.end) - std::max(start, span.start);
        if (overlap > bestOverlap || (overlap == bestOverlap && best >= 0 && span.order < bestOrder)) {
            bestOverlap = overlap;
            best = span.entity;
            bestOrder = span.order;
        }
    }
    countVisited(visited);
    return best;
}

int MentionSpans::lastOfType(int offset, model::EntityType type, int& at) const
{
    at = -1;
    const auto index = static_cast<std::size_t>(type);
    if (index >= kTypes)
        return -1;
    const std::vector<Span>& spans = m_byType[index];
    auto it = std::upper_bound(spans.begin(), spans.end(), offset,
                               [](int value, const Span& span) { return value < span.start; });
    int best = -1;
    int bestOrder = 0;
    std::size_t visited = 0;
    for (auto i = static_cast<std::size_t>(it - spans.begin()); i > 0; --i) {
        const Span& span = spans[i - 1];
        ++visited;
        if (best >= 0 && span.start != at)
            break; // every mention of the latest start has been seen
        if (span.end > offset || span.start < 0)
            continue;
        if (best < 0 || span.order < bestOrder) {
            best = span.entity;
            bestOrder = span.order;
            at = span.start;
        }
    }
    countVisited(visited);
    return best;
}

std::vector<MentionSpans::Found> MentionSpans::inside(int start, int end) const
{
    std::vector<Found> found;
    auto it = std::lower_bound(m_spans.begin(), m_spans.end(), start,
                               [](const Span& span, int value) { return span.start < value; });
    std::size_t visited = 0;
    for (; it != m_spans.end() && it->start <= end; ++it) {
        ++visited;
        if (it->end <= end)
            found.push_back({ it->entity, it->start, it->end, it->order });
    }
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.order < b.order; });
    countVisited(visited);
    return found;
}

int MentionSpans::endOfMentionAt(int start) const
{
    // Mentions of one start are in the list's order: the first is the one a scan of the list finds first.
    const auto it = std::lower_bound(m_spans.begin(), m_spans.end(), start,
                                     [](const Span& span, int value) { return span.start < value; });
    countVisited(1);
    return it != m_spans.end() && it->start == start ? it->end : -1;
}

std::pair<int, int> MentionSpans::namedAround(int entity, int start, int end) const
{
    if (entity < 0 || static_cast<std::size_t>(entity) >= m_named.size())
        return { -1, -1 };
    const auto& named = m_named[static_cast<std::size_t>(entity)];
    int before = -1;
    std::size_t visited = 0;
    auto upper = std::upper_bound(named.begin(), named.end(), start,
                                  [](int value, const std::pair<int, int>& span) { return value < span.first; });
    for (auto i = static_cast<std::size_t>(upper - named.begin()); i > 0; --i) {
        ++visited;
        if (named[i - 1].second <= start && named[i - 1].first >= 0) {
            before = named[i - 1].first;
            break;
        }
    }
    auto after = std::lower_bound(named.begin(), named.end(), end,
                                  [](const std::pair<int, int>& span, int value) { return span.first < value; });
    countVisited(visited + 1);
    return { before, after == named.end() ? -1 : after->first };
}

} // namespace sayline::analysis
