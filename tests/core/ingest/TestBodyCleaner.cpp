// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "ingest/BodyCleaner.h"

using namespace sayline::ingest;

namespace {

/// normalizeWhitespace as it was first written: one code point at a time into a growing string.
std::string normalizedOneCodePointAtATime(std::string_view utf8)
{
    auto isSpace = [](char32_t cp) {
        return cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0x85 || cp == 0xA0 || cp == 0x1680
            || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F
            || cp == 0x3000;
    };
    auto isInvisible = [](char32_t cp) { return cp == 0x200B || cp == 0xFEFF || cp == 0x00AD || cp == 0x2060; };
    std::string out;
    bool pendingSpace = false;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        if (i + length > utf8.size())
            length = 1;
        char32_t cp = length == 1 ? lead : length == 2 ? (lead & 0x1F) : length == 3 ? (lead & 0x0F) : (lead & 0x07);
        for (std::size_t k = 1; k < length; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        const std::string_view bytes = utf8.substr(i, length);
        i += length;
        if (isSpace(cp)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (isInvisible(cp))
            continue;
        if (pendingSpace)
            out += ' ';
        pendingSpace = false;
        out += bytes;
    }
    return out;
}

} // namespace

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

// normalizeWhitespace reads eight bytes at a time and returns text that needs no change as it is; whatever the
// bytes, and wherever in a word of eight a space, a control character or a multi-byte sequence falls, the result
// is the one of the plain code-point loop.
TEST(BodyCleaner, normalizesLikeACodePointLoopWhereverSpacesAndOtherBytesFall)
{
    using namespace std::string_literals;
    // The pieces, '|' between them: words, ASCII spaces and controls, Unicode spaces and invisibles, quotes,
    // accents, an emoji, truncated and invalid sequences ("\xC2 " decodes to U+00A0) and NUL.
    const std::string alphabet
        = "a|word| |  |\t|\n|\r\n|\v|\x01|\x7F|!|\xC2\xA0|\xC2|\xC2 |\xE2\x80\x8B|\xE2\x80\x9C|"
          "\xE2\x80\x83|\xE3\x80\x80|\xEF\xBB\xBF|\xC3\xA9t\xC3\xA9|\xF0\x9F\x98\x80|\xE2\x80|\xFF|\x00"s;
    std::vector<std::string> pieces;
    for (std::size_t start = 0, bar = 0; bar != std::string::npos; start = bar + 1) {
        bar = alphabet.find('|', start);
        pieces.push_back(alphabet.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
    }
    std::mt19937 random(15);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(0, 24);
    for (int round = 0; round < 50000; ++round) {
        std::string text;
        for (int n = length(random); n > 0; --n)
            text += pieces[pick(random)];
        ASSERT_EQ(normalizeWhitespace(text), normalizedOneCodePointAtATime(text)) << ::testing::PrintToString(text);
    }
    for (const std::string_view text : { "Already normalised text, with single spaces only.", "twelve bytes", "a  b",
                                         " leading", "trailing ", "1234567 12345678 1234567  x" })
        EXPECT_EQ(normalizeWhitespace(text), normalizedOneCodePointAtATime(text)) << text;
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

TEST(BodyCleaner, dropsShortParagraphsEndingInACreditLabelOnly)
{
    std::string sixtyWords;
    for (int i = 0; i < 58; ++i)
        sixtyWords += "word ";
    sixtyWords += "Photo: VCG";
    const CleanedBody body = cleanBody({ "Images: a gallery. Photo: Reuters", sixtyWords, "word " + sixtyWords,
                                         "A PHOTO: caption in capitals of the kind some sites write: AFP",
                                         "Smith said it. Photos:Xinhua, Image: VCG", "The minister said: Photo: no",
                                         "Kept: the photographer said the Photo: credit line was wrong, and so on.",
                                         "The last sentence is here." });
    ASSERT_EQ(body.paragraphs.size(), 4u);
    EXPECT_EQ(body.paragraphs[0], "word " + sixtyWords); // 61 words: not a caption
    EXPECT_EQ(body.paragraphs[1], "A PHOTO: caption in capitals of the kind some sites write: AFP");
    EXPECT_EQ(body.paragraphs[2], "Kept: the photographer said the Photo: credit line was wrong, and so on.");
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
