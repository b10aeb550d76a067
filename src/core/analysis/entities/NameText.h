// SPDX-License-Identifier: GPL-3.0-or-later
// Small text predicates on UTF-16 words shared by the entity stages.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "analysis/lexicon/WordHash.h"

namespace sayline::analysis {

class Document;

/// Transparent hash so unordered containers of std::u16string can be searched with a string view.
using U16Hash = BasicWordHash<char16_t>;

/// First letter is upper case ("China", "U.S", "McDonald").
bool startsUpper(std::u16string_view word);
/// Has an upper-case letter after a lower-case first letter ("iPhone", "eBay").
bool isMixedCaseName(std::u16string_view word);
/// Every letter upper case and at least two letters ("NSA", "U.S").
bool isAllCaps(std::u16string_view word);
bool hasDigit(std::u16string_view word);
bool hasLetter(std::u16string_view word);
/// Lower-cases (simple case mapping).
std::u16string lowerCase(std::u16string_view text);
/// lowerCase into a buffer the caller reuses (no allocation once it is large enough); text must not alias out.
void lowerCaseInto(std::u16string_view text, std::u16string& out);
/// Token i of the document lower-cased as lowerCase does: a view of the document's lower-cased text when the token has
/// no surrogate (there the two agree unit for unit), else lowerCaseInto the buffer.
std::u16string_view lowerCaseToken(const Document& document, int token, std::u16string& buffer);
/// Collapses white space to single spaces and maps typographic apostrophes and quotes to ASCII.
std::u16string normalizeName(std::u16string_view text);
/// normalizeName into a buffer the caller reuses; text must not alias out.
void normalizeNameInto(std::u16string_view text, std::u16string& out);
/// Length of a trailing possessive ("'s", "’s", or a lone "'" after s): 0 when none.
int possessiveLength(std::u16string_view word);
/// The letters of an acronym without dots ("U.S." -> "US").
std::u16string acronymLetters(std::u16string_view word);

} // namespace sayline::analysis
