// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "AttributionTestSupport.h"
#include "analysis/attribution/QuoteFinder.h"
#include "analysis/text/Document.h"
#include "analysis/text/TokenView.h"

using namespace sayline::analysis;
using sayline::analysis::test::wordClasses;

namespace {

std::vector<std::string> quoted(const Document& document, const std::vector<Quote>& quotes)
{
    std::vector<std::string> out;
    for (const Quote& quote : quotes)
        out.push_back(document.utf8(quote.contentStart, quote.contentEnd));
    return out;
}

} // namespace

TEST(QuoteFinder, pairsStraightAndCurlyMarks)
{
    const Document document("He said \"one thing,\" and she said \u201Canother.\u201D");
    const TokenView view(document, wordClasses());
    const auto quotes = QuoteFinder::find(view);
    EXPECT_EQ(quoted(document, quotes), (std::vector<std::string> { "one thing", "another." }));
    EXPECT_GE(quotes[0].closeToken, 0);
}

TEST(QuoteFinder, unclosedQuoteContinuesIntoAParagraphOpeningWithAQuote)
{
    const Document document("\"First part.\n\n\"Second part.\" Done.");
    const TokenView view(document, wordClasses());
    const auto quotes = QuoteFinder::find(view);
    ASSERT_EQ(quotes.size(), 2u);
    EXPECT_EQ(quotes[0].closeToken, -1);
    EXPECT_FALSE(quotes[0].continued);
    EXPECT_TRUE(quotes[1].continued);
    EXPECT_EQ(quoted(document, quotes), (std::vector<std::string> { "First part.", "Second part." }));
}

TEST(QuoteFinder, strayOpeningMarkKeepsOnlyItsSentence)
{
    const Document document("He said \"This will be great. Boeing had agreed to lease tankers.");
    const TokenView view(document, wordClasses());
    const auto quotes = QuoteFinder::find(view);
    ASSERT_EQ(quotes.size(), 1u);
    EXPECT_EQ(quoted(document, quotes)[0], "This will be great.");
}

TEST(QuoteFinder, tokensInsideMarksKnowTheirQuote)
{
    const Document document("A \"b c\" d");
    const TokenView view(document, wordClasses());
    const auto quotes = QuoteFinder::find(view);
    const auto owner = QuoteFinder::tokenQuotes(view, quotes);
    ASSERT_EQ(owner.size(), 6u); // A " b c " d
    EXPECT_EQ(owner[0], -1);
    EXPECT_EQ(owner[2], 0);
    EXPECT_EQ(owner[5], -1);
}

TEST(QuoteFinder, singleQuotesPairOnlyAsUtterances)
{
    const Document document("\u2018We will win,\u2019 he said. Mr Jones\u2019 campaign and the Smiths' dog.\n\n"
                            "'It is over,' said the chairman.");
    const TokenView view(document, wordClasses());
    const auto quotes = QuoteFinder::find(view);
    EXPECT_EQ(quoted(document, quotes), (std::vector<std::string> { "We will win", "It is over" }));
}

TEST(QuoteFinder, doubleMarksInsideASingleQuoteBelongToIt)
{
    const Document document("'I said \"no\" to them,' she said.");
    const TokenView view(document, wordClasses());
    const auto quotes = QuoteFinder::find(view);
    EXPECT_EQ(quoted(document, quotes), (std::vector<std::string> { "I said \"no\" to them" }));
}
