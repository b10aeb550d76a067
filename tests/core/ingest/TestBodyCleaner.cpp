// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "ingest/BodyCleaner.h"

using namespace sayline::ingest;

TEST(BodyCleaner, collapsesUnicodeSpacesAndTrims)
{
    EXPECT_EQ(normalizeWhitespace("  Canada,\xC2\xA0 Australia\tand\xE2\x80\x83New Zealand.\xC2\xA0 "),
              "Canada, Australia and New Zealand.");
    EXPECT_EQ(normalizeWhitespace("zero\xE2\x80\x8Bwidth"), "zerowidth");
    EXPECT_EQ(normalizeWhitespace("\n\r\n"), "");
}

TEST(BodyCleaner, asciiAndOtherTextCollapseAlikeAndBlankTextIsSeenWithoutCopying)
{
    // ASCII takes a byte-by-byte path; every ASCII space (\v and \f too) collapses as the Unicode ones do.
    EXPECT_EQ(normalizeWhitespace("a\v\fb \t\r\nc\xC2\xA0\xE2\x80\x8B d\xC3\xA9 "), "a b c d\xC3\xA9");
    EXPECT_EQ(normalizeWhitespace("\xE2\x80\x83x\x01y"), "x\x01y");
    for (const std::string_view text : { "", " ", "\t\n\v\f\r", "\xC2\xA0\xE2\x80\x8B\xEF\xBB\xBF", " x ",
                                         "\xC2\xA0\xC3\xA9", "\x01", "\xE3\x80\x80", "\xE2\x80\x8B" })
        EXPECT_EQ(isBlankText(text), normalizeWhitespace(text).empty()) << text;
}

TEST(BodyCleaner, dropsPhotoCaptionsAndTheirDuplicates)
{
    const CleanedBody body = cleanBody(
        { "Cyberattacks Photo: VCG", "Cyberattacks Photo: VCG", "The US has become the major threat.", "Photo: Xinhua",
          "(Photo: AFP)", "Image: Getty Images", "File photo of the ministry", "Credit: Reuters",
          "A protester in the square. Jane Roe/Getty Images", "Wang said the report was accurate." });
    ASSERT_EQ(body.paragraphs.size(), 2u);
    EXPECT_EQ(body.paragraphs[0], "The US has become the major threat.");
    EXPECT_EQ(body.paragraphs[1], "Wang said the report was accurate.");
}

TEST(BodyCleaner, keepsSentencesThatMentionPhotos)
{
    const CleanedBody body = cleanBody({ "The agency said the photo was taken in 2019.",
                                         "Photographers said the credit line was wrong, and the agency apologised." });
    EXPECT_EQ(body.paragraphs.size(), 2u);
}

TEST(BodyCleaner, dropsConsecutiveDuplicateParagraphsOnly)
{
    const CleanedBody body = cleanBody({ "A.", "A.", "B.", "A." });
    ASSERT_EQ(body.paragraphs.size(), 3u);
    EXPECT_EQ(body.paragraphs[2], "A.");
}

TEST(BodyCleaner, splitsOffTrailingPublisherSignOff)
{
    for (const char* signOff : { "Global Times", "Xinhua", "(Reuters)", "-- AP", "Bank of England" }) {
        const CleanedBody body = cleanBody({ "First sentence of the story.", "Last sentence of the story.", signOff });
        ASSERT_EQ(body.paragraphs.size(), 2u) << signOff;
        ASSERT_TRUE(body.signOff) << signOff;
    }
    EXPECT_EQ(*cleanBody({ "Story.", "(Reuters)" }).signOff, "Reuters");
}

TEST(BodyCleaner, keepsARealLastSentence)
{
    for (const char* last : { "He declined to comment.", "\"We will see,\" she said", "Talks resume on Monday",
                              "More to follow", "Shares fell 3%", "Disclaimer",
                              "\xD0\x94\xD0\xBE\xD0\xB1\xD0\xB0\xD0\xB2\xD0\xB8\xD1\x82\xD1\x8C "
                              "\xD0\xBE\xD1\x82\xD0\xB7\xD1\x8B\xD0\xB2" }) { // "Добавить отзыв"
        const CleanedBody body = cleanBody({ "First sentence of the story.", last });
        EXPECT_EQ(body.paragraphs.size(), 2u) << last;
        EXPECT_FALSE(body.signOff) << last;
    }
}

TEST(BodyCleaner, signOffDetectionCanBeTurnedOff)
{
    CleanOptions options;
    options.detectSignOff = false;
    const CleanedBody body = cleanBody({ "Story.", "Global Times" }, options);
    EXPECT_EQ(body.paragraphs.size(), 2u);
    EXPECT_FALSE(body.signOff);
}

TEST(BodyCleaner, dropsEndMarkers)
{
    const CleanedBody body = cleanBody({ "Story sentence.", "###" });
    EXPECT_EQ(body.paragraphs.size(), 1u);
}
