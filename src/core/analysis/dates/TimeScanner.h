// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

namespace sayline::analysis {

class Document;

enum class TimeTokenKind
{
    Word,
    Number,
    Punctuation,
};

/// A token as the date patterns see it: letter runs, digit runs ("2,000" and "3.5" stay whole), single Han
/// ideographs and single punctuation characters, so "1990s", "6pm", "Monday's" and "6月15日" split into their
/// parts. Offsets are UTF-16 units.
struct TimeToken
{
    int start = 0;
    int end = 0;
    TimeTokenKind kind = TimeTokenKind::Word;
    bool spaceBefore = true; ///< whitespace (or the text start) precedes the token
    bool capitalized = false; ///< a word whose first letter is upper case
    bool plainDigits = false; ///< a number written with digits only (no separators)
    int sentence = 0; ///< index of the Document sentence holding the token
    double number = 0; ///< value of a number token
    std::u16string_view lower; ///< lower-cased text (in the Document's lowerText())
};

/// Splits a document into TimeTokens (which point into the document: it must outlive them).
std::vector<TimeToken> scanTimeTokens(const Document& document);

} // namespace sayline::analysis
