// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sayline::store {

/// The key names are matched by: case-, accent- and punctuation-insensitive, spaces collapsed
/// ("Mary T. Barra" -> "mary t barra", "Müller" -> "muller", "ŁÓDŹ" -> "lodz").
std::string foldKey(std::string_view name);

/// True when text contains Han, Hiragana, Katakana or Hangul characters.
bool containsCjk(std::string_view text);

/// A copy of text for the full-text index with Chinese and Japanese words separated by spaces (ICU word
/// break rules and dictionaries); nullopt when the text has no CJK and is indexed as it is.
std::optional<std::string> segmentForIndex(std::string_view text);

/// A user's FTS5 query with its CJK runs segmented the same way; a run outside double quotes becomes a
/// phrase ("网络安全" -> "\"网络 安全\"") so the words must stand together.
std::string segmentQuery(std::string_view query);

/// Removes the spaces segmentation put between two CJK characters (for snippets shown to the user).
std::string unsegment(std::string_view text);

/// A Chinese person's name (two to four Han characters) in pinyin without tones, surname first and the given
/// name as one word, as English text writes it: "汪文斌" → "Wang Wenbin", "欧阳修" → "Ouyang Xiu". nullopt for
/// anything else (Latin names, transliterated foreign names with "·", titles).
std::optional<std::string> pinyinPersonName(std::string_view name);

/// True when a person's name names one person library-wide: two or more words, or two or more CJK characters
/// ("Wang Wenbin", "王文斌"), not a bare surname ("Wang", "王").
bool isFullPersonName(std::string_view name);

} // namespace sayline::store
