// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <span>
#include <vector>

#include "EntityList.h"

namespace sayline::analysis {

class Document;

/// The mentions of an EntityList in text order with their sentence, for "the most recent entity that fits".
/// A snapshot of the list when made. Look-ups start at the first mention of the sentences they may use
/// (a binary search) instead of the text's first mention, so they cost the mentions near the place however
/// long the text (issue 11 item 7); every answer equals a scan from the first mention's.
class MentionIndex
{
public:
    struct Entry
    {
        int start = 0;
        int end = 0;
        int entity = 0;
        int sentence = 0;
    };

    MentionIndex(const Document& document, const EntityList& entities);

    /// The subject-like antecedent of a mention at `position`: the first fitting mention earlier in the same
    /// sentence, else the first fitting one of the nearest earlier sentence (within `maxSentences`) that has one.
    int antecedent(int position, int maxSentences, const std::function<bool(int entity)>& fits) const;
    /// The most recent fitting mention before `position`, within `maxSentences` sentences.
    int mostRecent(int position, int maxSentences, const std::function<bool(int entity)>& fits) const;

    /// Whether a mention overlaps [start, end).
    bool overlaps(int start, int end) const;
    /// Whether a mention ends at offset.
    bool endsAt(int offset) const;
    /// The mentions of sentences first..last, in text order.
    std::span<const Entry> inSentences(int first, int last) const;

    const std::vector<Entry>& entries() const { return m_entries; }

private:
    /// The first entry of the sentences from `sentence` on; entries.size() when none.
    std::size_t firstOfSentence(int sentence) const;
    /// Whether a scan from the first entry would stop before `from` (a mention before it reaches past position).
    bool stopsBefore(std::size_t from, int position) const;

    const Document& m_document;
    std::vector<Entry> m_entries;
    std::vector<int> m_reach; ///< the largest end among m_entries[0..i]
    std::vector<int> m_ends;  ///< every mention's end, sorted
};

} // namespace sayline::analysis
