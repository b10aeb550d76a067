// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "WordHash.h"

namespace sayline::analysis {

/// A set of words that are views into a text outliving the set (a document's tokens): one flat table with linear
/// probing, so filling it costs no allocation per word, unlike a node-based std::unordered_set.
template <typename Char> class BasicViewSet
{
public:
    using View = std::basic_string_view<Char>;

    /// Room for about this many distinct words before the table grows.
    void reserve(std::size_t words)
    {
        std::size_t capacity = 16;
        while (capacity < words * 2)
            capacity *= 2;
        if (capacity > m_slots.size())
            rehash(capacity);
    }

    void insert(View word)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            rehash(m_slots.empty() ? 16 : m_slots.size() * 2);
        const std::size_t hash = hashWord(word);
        for (std::size_t i = hash & (m_slots.size() - 1);; i = (i + 1) & (m_slots.size() - 1)) {
            Slot& slot = m_slots[i];
            if (!slot.used) {
                slot = { hash, word, true };
                ++m_size;
                return;
            }
            if (slot.hash == hash && slot.word == word)
                return;
        }
    }

    bool contains(View word) const
    {
        if (m_size == 0)
            return false;
        const std::size_t hash = hashWord(word);
        for (std::size_t i = hash & (m_slots.size() - 1);; i = (i + 1) & (m_slots.size() - 1)) {
            const Slot& slot = m_slots[i];
            if (!slot.used)
                return false;
            if (slot.hash == hash && slot.word == word)
                return true;
        }
    }

    std::size_t size() const { return m_size; }

private:
    struct Slot
    {
        std::size_t hash = 0;
        View word;
        bool used = false;
    };

    void rehash(std::size_t capacity)
    {
        std::vector<Slot> old(capacity);
        old.swap(m_slots);
        m_size = 0;
        for (const Slot& slot : old) {
            if (slot.used)
                insert(slot.word);
        }
    }

    std::vector<Slot> m_slots; ///< size a power of two, at most half full
    std::size_t m_size = 0;
};

using ViewSet16 = BasicViewSet<char16_t>;

} // namespace sayline::analysis
