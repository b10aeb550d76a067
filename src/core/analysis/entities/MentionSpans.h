// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <utility>
#include <vector>

#include "EntityList.h"
#include "analysis/text/WorkCounter.h"

namespace sayline::analysis {

/// The mentions of an EntityList sorted by position, so that "which entity is mentioned here", "the last
/// entity of a type before here" and "the mentions inside this span" cost a binary search and the few
/// mentions near the place, not a scan of every mention of the text (issue 11 item 7). A snapshot: mentions
/// added to the list afterwards are not seen. Every answer equals the scan's, ties included.
class MentionSpans
{
public:
    /// stage: the work counter the look-ups add the mentions they visit to.
    explicit MentionSpans(const EntityList& entities, work::Stage stage = work::Stage::Speakers);

    const EntityList& entities() const { return m_entities; }

    /// The same answer as EntityList::entityAt: the entity with the longest overlap, the first one on ties.
    int entityAt(int start, int end) const;

    /// The entity of `type` whose mention (of any kind) ending at or before offset starts last (the first such
    /// entity on ties), with that start in at; -1 and at = -1 when there is none.
    int lastOfType(int offset, model::EntityType type, int& at) const;

    /// The end of the first mention (in the list's order) that starts at start, or -1.
    int endOfMentionAt(int start) const;

    /// A mention as the look-ups below hand it out; order is its place in the list's own order.
    struct Found
    {
        int entity = 0;
        int start = 0;
        int end = 0;
        int order = 0;
    };

    /// The mentions inside [start, end), in the list's own order (entity, then mention), as a scan lists them.
    std::vector<Found> inside(int start, int end) const;

    /// The mentions of type starting at or before `at`, latest start first (on one start, the list's order
    /// backwards), while fn(found) returns true.
    template<typename Fn>
    void visitBackward(model::EntityType type, int at, Fn&& fn) const;

    /// For each mention inside [start, end), in text order: fn(entity, mentionStart).
    template<typename Fn>
    void forEachInside(int start, int end, Fn&& fn) const;

    /// The start of entity's nearest non-pronoun mention ending at or before start, and of the nearest one
    /// starting at or after end (-1 when none): where else the entity is named.
    std::pair<int, int> namedAround(int entity, int start, int end) const;

private:
    struct Span
    {
        int start = 0;
        int end = 0;
        int entity = 0;
        int order = 0; ///< position in the list's own order (entity, then mention), for ties
    };

    void countVisited(std::size_t n) const;

    const EntityList& m_entities;
    work::Stage m_stage;
    std::vector<Span> m_spans;                        ///< every mention, by start then order
    std::vector<int> m_reach;                         ///< the largest end among m_spans[0..i]
    std::vector<std::vector<Span>> m_byType;          ///< the same, one list per entity type
    std::vector<std::vector<std::pair<int, int>>> m_named; ///< per entity, its non-pronoun (start, end) by start
};

template<typename Fn>
void MentionSpans::forEachInside(int start, int end, Fn&& fn) const
{
    auto it = std::lower_bound(m_spans.begin(), m_spans.end(), start,
                               [](const Span& span, int value) { return span.start < value; });
    std::size_t visited = 0;
    for (; it != m_spans.end() && it->start <= end; ++it) {
        ++visited;
        if (it->end <= end)
            fn(it->entity, it->start);
    }
    countVisited(visited);
}

template<typename Fn>
void MentionSpans::visitBackward(model::EntityType type, int at, Fn&& fn) const
{
    const auto index = static_cast<std::size_t>(type);
    if (index >= m_byType.size())
        return;
    const std::vector<Span>& spans = m_byType[index];
    auto it = std::upper_bound(spans.begin(), spans.end(), at,
                               [](int value, const Span& span) { return value < span.start; });
    std::size_t visited = 0;
    for (auto i = static_cast<std::size_t>(it - spans.begin()); i > 0; --i) {
        const Span& span = spans[i - 1];
        ++visited;
        if (!fn(Found { span.entity, span.start, span.end, span.order }))
            break;
    }
    countVisited(visited);
}

} // namespace sayline::analysis
