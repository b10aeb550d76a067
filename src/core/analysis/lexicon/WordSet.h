// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "WordHash.h"
#include "WordShapes.h"

namespace sayline::analysis {

/// A set of words read from a lexicon, for membership tests on a string view (no copy of the word looked up).
template <typename Char> class BasicWordSet
{
public:
    using View = std::basic_string_view<Char>;

    void insert(std::basic_string<Char> word)
    {
        m_shapes.add(word);
        m_words.insert(std::move(word));
    }
    bool contains(View word) const { return m_shapes.mayContain(word) && m_words.find(word) != m_words.end(); }
    bool empty() const { return m_words.empty(); }

private:
    WordShapes<Char> m_shapes;
    std::unordered_set<std::basic_string<Char>, BasicWordHash<Char>, std::equal_to<>> m_words;
};

/// UTF-8 words, as TokenView::lower() gives tokens (the attribution and claims stages).
using WordSet = BasicWordSet<char>;
/// UTF-16 words, as the Document holds its text (the entity and date stages).
using WordSet16 = BasicWordSet<char16_t>;

} // namespace sayline::analysis
