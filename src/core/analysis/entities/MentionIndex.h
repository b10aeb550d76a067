// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

#include "EntityList.h"

namespace sayline::analysis {

class Document;

/// The mentions of an EntityList in text order with their sentence, for "the most recent entity that fits".
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

    const std::vector<Entry>& entries() const { return m_entries; }

private:
    const Document& m_document;
    std::vector<Entry> m_entries;
};

} // namespace sayline::analysis
