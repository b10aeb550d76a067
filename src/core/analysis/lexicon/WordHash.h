// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace sayline::analysis {

/// FNV-1a over the code units of a short word, inline: the word-list and per-document tables hash millions of
/// tokens of a few characters each, where std::hash's out-of-line byte hash (murmur) costs more than the look-up.
template <typename Char> constexpr std::size_t hashWord(std::basic_string_view<Char> word) noexcept
{
    std::uint64_t hash = 14695981039346656037ULL;
    for (const Char c : word) {
        hash ^= static_cast<std::uint64_t>(static_cast<std::make_unsigned_t<Char>>(c));
        hash *= 1099511628211ULL;
    }
    return static_cast<std::size_t>(hash ^ (hash >> 32U));
}

/// Transparent hash of a word for unordered containers of std::basic_string (search by string view, no copy).
template <typename Char> struct BasicWordHash
{
    using is_transparent = void;
    std::size_t operator()(std::basic_string_view<Char> word) const noexcept { return hashWord(word); }
};

} // namespace sayline::analysis
