// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace sayline::analysis {

/// The shapes (first unit, length) of the words of a set, as a filter before its hash look-up: most words a text asks
/// about are in no set, and most of those have a first letter and length no word of the set has, so they are answered
/// with one array read instead of hashing and comparing. Words that start with a non-ASCII unit, and lengths of 32 or
/// more, are not filtered (mayContain answers true).
template <typename Char> class WordShapes
{
public:
    void add(std::basic_string_view<Char> word)
    {
        if (filtered(word))
            m_lengths[static_cast<std::size_t>(word.front())] |= std::uint32_t { 1 } << word.size();
    }

    /// False only when no word added has this word's first unit and length.
    bool mayContain(std::basic_string_view<Char> word) const
    {
        return !filtered(word)
            || (m_lengths[static_cast<std::size_t>(word.front())] & (std::uint32_t { 1 } << word.size())) != 0;
    }

private:
    static bool filtered(std::basic_string_view<Char> word)
    {
        using Unit = std::make_unsigned_t<Char>;
        return !word.empty() && word.size() < 32 && static_cast<Unit>(word.front()) < 0x80;
    }

    std::array<std::uint32_t, 0x80> m_lengths {}; ///< per ASCII first unit: bit n for a word of n units
};

} // namespace sayline::analysis
