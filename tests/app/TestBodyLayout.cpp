// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "AppTestSupport.h"
#include "common/BodyLayout.h"

using namespace sayline;
using app::BodyLayout;

TEST(BodyLayout, mapsCodePointsPastAnEmojiToUtf16Offsets)
{
    model::Article article;
    article.paragraphs = { "\xF0\x9F\x98\x80 Wang said" }; // 😀 is one code point, two UTF-16 units
    const BodyLayout layout(article);
    const model::Span wang = test::spanOf(article.body(), "Wang");
    ASSERT_EQ(wang.start, 2);
    const auto segments = layout.segments(wang);
    ASSERT_EQ(segments.size(), 1u);
    EXPECT_EQ(segments[0], (BodyLayout::Segment { 0, 3, 7 }));
    EXPECT_EQ(layout.paragraphs()[0].mid(segments[0].start, segments[0].end - segments[0].start),
              QStringLiteral("Wang"));
}

TEST(BodyLayout, placesLaterParagraphsAfterTheBlankLineSeparator)
{
    model::Article article;
    article.paragraphs = { "\xF0\x9F\x98\x80 one", "two \xF0\x9F\x8C\x8D three" };
    const BodyLayout layout(article);
    const model::Span three = test::spanOf(article.body(), "three");
    const auto segments = layout.segments(three);
    ASSERT_EQ(segments.size(), 1u);
    EXPECT_EQ(segments[0], (BodyLayout::Segment { 1, 7, 12 }));
    EXPECT_EQ(layout.codePointAt(1, 7), three.start);
}

TEST(BodyLayout, splitsASpanThatCrossesParagraphs)
{
    model::Article article;
    article.paragraphs = { "alpha beta", "gamma delta" };
    const BodyLayout layout(article);
    const model::Span span { 6, 17 }; // "beta\n\ngamma"
    const auto segments = layout.segments(span);
    ASSERT_EQ(segments.size(), 2u);
    EXPECT_EQ(segments[0], (BodyLayout::Segment { 0, 6, 10 }));
    EXPECT_EQ(segments[1], (BodyLayout::Segment { 1, 0, 5 }));
}

TEST(BodyLayout, ignoresEmptyAndOutOfRangeSpans)
{
    model::Article article;
    article.paragraphs = { "short" };
    const BodyLayout layout(article);
    EXPECT_TRUE(layout.segments({ 3, 3 }).empty());
    EXPECT_TRUE(layout.segments({ 40, 50 }).empty());
    EXPECT_EQ(layout.segments({ 3, 50 }).size(), 1u);
}
