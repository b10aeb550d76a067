// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace sayline::analysis {

class TokenView;

/// One quotation: the marks and the quoted text between them.
struct Quote
{
    int openToken = -1; ///< token of the opening mark
    int closeToken = -1; ///< token of the closing mark, or -1 when the quote runs to the paragraph end
    int firstToken = 0; ///< tokens inside the marks: [firstToken, endToken)
    int endToken = 0;
    int contentStart = 0; ///< UTF-16 span of the quoted words (no marks, no trailing comma)
    int contentEnd = 0;
    bool continued = false; ///< opens a paragraph after an unclosed quote: the same speaker goes on
};

/// Pairs quotation marks: curly marks by their direction, straight marks by position and parity within a
/// paragraph. A quote left open at a paragraph end is closed there; when the next paragraph opens with a
/// quotation mark that quote is marked as continuing it.
class QuoteFinder
{
public:
    static std::vector<Quote> find(const TokenView& view);
    /// For every token, the index of the quote whose marks enclose it (the marks themselves too), or -1.
    static std::vector<int> tokenQuotes(const TokenView& view, const std::vector<Quote>& quotes);
};

} // namespace sayline::analysis
