// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace sayline::ingest {

/// The page without its font and text-style tags (<font>, <b>, <i>, <u>, <s>, <strike>, <big>, <small>, <tt>,
/// <em>, <strong>, <basefont>; start and end tags), which change how text looks, not what it says or where a
/// paragraph ends. Old pages open such a tag in every paragraph and close none, and each one nests the next
/// paragraph a level deeper, past the 256 levels libxml2 parses; without them the paragraphs stay siblings.
/// Comments, scripts and styles are copied unchanged; everything else byte for byte.
std::string withoutStyleTags(std::string_view html);

} // namespace sayline::ingest
