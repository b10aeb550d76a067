// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuoteFinder.h"

#include <algorithm>

#include "Document.h"
#include "TokenView.h"

namespace sayline::analysis {
namespace {

void finishQuote(const TokenView& view, Quote& quote)
{
    const std::u16string& text = view.document().text();
    int start = quote.firstToken < quote.endToken ? view.start(quote.firstToken) : view.end(quote.openToken);
    int end = quote.firstToken < quote.endToken ? view.end(quote.endToken - 1) : start;
    // Without a trailing comma (the "A," he said convention) or whitespace.
    while (end > start) {
        const char16_t c = text[static_cast<std::size_t>(end) - 1];
        if (c == u',' || c == u' ' || c == u'\n' || c == u';')
            --end;
        else
            break;
    }
    quote.contentStart = start;
    quote.contentEnd = end;
}

} // namespace

std::vector<Quote> QuoteFinder::find(const TokenView& view)
{
    const Document& document = view.document();
    const std::u16string& text = document.text();
    std::vector<Quote> quotes;
    const auto& paragraphs = document.paragraphs();
    int token = 0;
    bool previousUnclosed = false;
    for (const Paragraph& paragraph : paragraphs) {
        while (token < view.size() && view.start(token) < paragraph.start)
            ++token;
        const int paragraphFirst = token;
        Quote open;
        bool isOpen = false;
        bool unclosedHere = false;
        for (; token < view.size() && view.start(token) < paragraph.end; ++token) {
            if (!view.isQuoteMark(token))
                continue;
            const char16_t mark = text[static_cast<std::size_t>(view.start(token))];
            bool opens;
            if (mark == u'\u201C' || mark == u'\u00AB')
                opens = true;
            else if (mark == u'\u201D' || mark == u'\u00BB')
                opens = false;
            else
                opens = !isOpen; // straight marks alternate within a paragraph
            if (opens) {
                if (isOpen) { // an opening mark while open: the earlier quote was never closed
                    open.endToken = token;
                    finishQuote(view, open);
                    quotes.push_back(open);
                }
                open = Quote {};
                open.openToken = token;
                open.firstToken = token + 1;
                open.continued = previousUnclosed && token == paragraphFirst;
                isOpen = true;
            } else if (isOpen) {
                open.closeToken = token;
                open.endToken = token;
                finishQuote(view, open);
                quotes.push_back(open);
                isOpen = false;
            }
        }
        if (isOpen) {
            open.endToken = token;
            finishQuote(view, open);
            quotes.push_back(open);
            unclosedHere = true;
        }
        previousUnclosed = unclosedHere;
    }
    // A quote never closed and not continued in the next paragraph is a stray mark: keep its first sentence.
    for (std::size_t q = 0; q < quotes.size(); ++q) {
        Quote& quote = quotes[q];
        const bool continues = q + 1 < quotes.size() && quotes[q + 1].continued;
        const int sentence = view.sentenceOf(quote.openToken);
        if (quote.closeToken >= 0 || continues || sentence < 0)
            continue;
        quote.endToken = std::min(quote.endToken, view.sentenceEnd(sentence));
        finishQuote(view, quote);
    }
    return quotes;
}

std::vector<int> QuoteFinder::tokenQuotes(const TokenView& view, const std::vector<Quote>& quotes)
{
    std::vector<int> owner(static_cast<std::size_t>(view.size()), -1);
    for (std::size_t q = 0; q < quotes.size(); ++q) {
        const int last = quotes[q].closeToken >= 0 ? quotes[q].closeToken : quotes[q].endToken - 1;
        for (int t = quotes[q].openToken; t <= last && t < view.size(); ++t)
            owner[static_cast<std::size_t>(t)] = static_cast<int>(q);
    }
    return owner;
}

} // namespace sayline::analysis
