// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuoteFinder.h"

#include <algorithm>

#include <unicode/uchar.h>

#include "analysis/text/Document.h"
#include "analysis/text/TokenView.h"

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

bool isSingleMark(const TokenView& view, int token)
{
    if (!view.isPunctuation(token) || view.end(token) - view.start(token) != 1)
        return false;
    const char16_t mark = view.document().text()[static_cast<std::size_t>(view.start(token))];
    return mark == u'\u2018' || mark == u'\u2019' || mark == u'\'';
}

bool opensSingle(const TokenView& view, int token, int paragraphStart)
{
    const std::u16string& text = view.document().text();
    const int at = view.start(token);
    const char16_t mark = text[static_cast<std::size_t>(at)];
    if (mark == u'\u2019' || at + 1 >= static_cast<int>(text.size())
        || !u_isalnum(text[static_cast<std::size_t>(at) + 1]))
        return false;
    if (at == paragraphStart)
        return true;
    const char16_t before = text[static_cast<std::size_t>(at) - 1];
    return before == u' ' || before == u'\n' || before == u'(' || before == u'\u00A0';
}

bool closesSingle(const TokenView& view, int token)
{
    const std::u16string& text = view.document().text();
    const int at = view.start(token);
    if (text[static_cast<std::size_t>(at)] == u'\u2018')
        return false;
    const std::string_view previous = view.lower(token - 1);
    const bool punctuated
        = (previous == "," || previous == "." || previous == "!" || previous == "?") && view.end(token - 1) == at;
    const bool followedBySpace
        = at + 1 >= static_cast<int>(text.size()) || !u_isalnum(text[static_cast<std::size_t>(at) + 1]);
    return punctuated && followedBySpace;
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
        Quote single;
        bool singleOpen = false;
        for (; token < view.size() && view.start(token) < paragraph.end; ++token) {
            // British style: 'We will win,' he said. Only when no double quote is open, and strictly by context
            // so that apostrophes ("Jones' book") never pair.
            if (!isOpen && isSingleMark(view, token)) {
                if (!singleOpen && opensSingle(view, token, paragraph.start)) {
                    single = Quote {};
                    single.openToken = token;
                    single.firstToken = token + 1;
                    singleOpen = true;
                } else if (singleOpen && closesSingle(view, token)) {
                    single.closeToken = token;
                    single.endToken = token;
                    finishQuote(view, single);
                    quotes.push_back(single);
                    singleOpen = false;
                }
                continue;
            }
            if (!view.isQuoteMark(token) || singleOpen) // double marks inside a single-quoted utterance are its own
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
