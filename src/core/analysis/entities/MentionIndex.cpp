// SPDX-License-Identifier: GPL-3.0-or-later
#include "MentionIndex.h"

#include <algorithm>

#include "analysis/text/Document.h"
#include "analysis/text/WorkCounter.h"

namespace sayline::analysis {

MentionIndex::MentionIndex(const Document& document, const EntityList& entities)
    : m_document(document)
{
    for (std::size_t e = 0; e < entities.records.size(); ++e) {
        for (const MentionRecord& mention : entities.records[e].mentions) {
            if (mention.kind != MentionKind::Pronoun)
                m_entries.push_back(
                    { mention.start, mention.end, static_cast<int>(e), document.sentenceAt(mention.start) });
        }
    }
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) { return a.start < b.start; });
    m_reach.reserve(m_entries.size());
    m_ends.reserve(m_entries.size());
    for (const Entry& entry : m_entries) {
        m_reach.push_back(m_reach.empty() ? entry.end : std::max(m_reach.back(), entry.end));
        m_ends.push_back(entry.end);
    }
    std::sort(m_ends.begin(), m_ends.end());
}

std::size_t MentionIndex::firstOfSentence(int sentence) const
{
    // Entries are in text order, so their sentences never decrease.
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), sentence,
                                     [](const Entry& entry, int value) { return entry.sentence < value; });
    return static_cast<std::size_t>(it - m_entries.begin());
}

bool MentionIndex::stopsBefore(std::size_t from, int position) const
{
    return from > 0 && m_reach[from - 1] > position;
}

int MentionIndex::antecedent(int position, int maxSentences, const std::function<bool(int)>& fits) const
{
    const int sentence = m_document.sentenceAt(position);
    const std::size_t from = firstOfSentence(sentence - maxSentences);
    if (stopsBefore(from, position))
        return -1; // the scan would have stopped before any sentence it may use
    int bestSentence = -1;
    int best = -1;
    std::size_t visited = 0;
    for (std::size_t i = from; i < m_entries.size(); ++i) {
        const Entry& entry = m_entries[i];
        ++visited;
        if (entry.end > position)
            break;
        if (entry.sentence < sentence - maxSentences || !fits(entry.entity))
            continue;
        if (entry.sentence == sentence) {
            // The first fitting mention of the pronoun's own sentence wins over earlier sentences.
            if (bestSentence != sentence) {
                bestSentence = sentence;
                best = entry.entity;
            }
        } else if (entry.sentence > bestSentence) {
            bestSentence = entry.sentence;
            best = entry.entity;
        }
    }
    work::add(work::Stage::Nominals, visited);
    return best;
}

int MentionIndex::mostRecent(int position, int maxSentences, const std::function<bool(int)>& fits) const
{
    const int sentence = m_document.sentenceAt(position);
    const std::size_t from = firstOfSentence(sentence - maxSentences);
    if (stopsBefore(from, position))
        return -1;
    // The scan forward would stop at the first mention reaching past position (found by a binary search, the
    // reach never decreasing) and keep the last fitting one before it: walk back from there to the first fit.
    const auto stop = std::upper_bound(m_reach.begin() + static_cast<std::ptrdiff_t>(from), m_reach.end(), position);
    std::size_t visited = 1;
    for (auto i = static_cast<std::size_t>(stop - m_reach.begin()); i > from; --i) {
        const Entry& entry = m_entries[i - 1];
        ++visited;
        if (fits(entry.entity)) {
            work::add(work::Stage::Nominals, visited);
            return entry.entity;
        }
    }
    work::add(work::Stage::Nominals, visited);
    return -1;
}

bool MentionIndex::overlaps(int start, int end) const
{
    // Among the mentions starting before end, does any reach past start?
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), end,
                                     [](const Entry& entry, int value) { return entry.start < value; });
    const auto count = static_cast<std::size_t>(it - m_entries.begin());
    work::add(work::Stage::Nominals);
    return count > 0 && m_reach[count - 1] > start;
}

bool MentionIndex::endsAt(int offset) const
{
    work::add(work::Stage::Nominals);
    return std::binary_search(m_ends.begin(), m_ends.end(), offset);
}

std::span<const MentionIndex::Entry> MentionIndex::inSentences(int first, int last) const
{
    const std::size_t from = firstOfSentence(first);
    const std::size_t to = last < first ? from : firstOfSentence(last + 1);
    work::add(work::Stage::Nominals, to - from + 1);
    return std::span<const Entry>(m_entries).subspan(from, to - from);
}

} // namespace sayline::analysis
