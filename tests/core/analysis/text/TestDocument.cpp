// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include <unicode/unistr.h>

#include "analysis/text/Document.h"

using namespace sayline::analysis;

TEST(Document, abbreviationsDoNotEndSentences)
{
    const Document document("Mr. Smith met U.S. officials on Monday. They talked.");
    ASSERT_EQ(document.sentences().size(), 2u);
    EXPECT_EQ(document.utf8(document.sentences()[0].start, document.sentences()[0].end),
              "Mr. Smith met U.S. officials on Monday.");
}

TEST(Document, sentencesNeverCrossParagraphs)
{
    const Document document("First paragraph without a stop\n\nSecond one.");
    ASSERT_EQ(document.paragraphs().size(), 2u);
    ASSERT_EQ(document.sentences().size(), 2u);
    EXPECT_EQ(document.sentences()[1].paragraph, 1);
}

TEST(Document, offsetsConvertToCodePointsPastAstralCharacters)
{
    const Document document("\xF0\x9F\x98\x80 Wang said.");
    // The emoji is two UTF-16 units but one code point.
    const int wang = static_cast<int>(document.text().find(u"Wang"));
    EXPECT_EQ(wang, 3);
    EXPECT_EQ(document.toCodePoint(wang), 2);
    EXPECT_EQ(document.fromCodePoint(2), wang);
}

TEST(Document, tokensSeparateWordsNumbersAndPunctuation)
{
    const Document document("At least 231 attacks, he said.");
    std::vector<std::u16string> words;
    for (std::size_t i = 0; i < document.tokens().size(); ++i)
        words.emplace_back(document.tokenText(static_cast<int>(i)));
    const std::vector<std::u16string> expected { u"At", u"least", u"231", u"attacks", u",", u"he", u"said", u"." };
    EXPECT_EQ(words, expected);
    EXPECT_EQ(document.tokens()[2].kind, TokenKind::Number);
    EXPECT_EQ(document.tokens()[4].kind, TokenKind::Punctuation);
}

TEST(Document, lowerTextIsTheTextLowerCasedWithTheSameOffsets)
{
    const Document document("The MINISTER said \xC3\x89tat \xF0\x9F\x98\x80 OK.");
    ASSERT_EQ(document.lowerText().size(), document.text().size());
    EXPECT_EQ(document.lowerText(), u"the minister said \u00E9tat \U0001F600 ok.");
    const int minister = static_cast<int>(document.text().find(u"MINISTER"));
    EXPECT_EQ(document.lowerSlice(minister, minister + 8), u"minister");
}

TEST(Document, aSentenceWithoutFullStopIsCutIntoBoundedPiecesAtCommas)
{
    // 20,000 words in one paragraph with no full stop, a comma after every tenth word.
    std::string text;
    for (int i = 0; i < 20000; ++i)
        text += (i % 10 == 9) ? "word, " : "word ";
    const Document document(text);
    const auto& sentences = document.sentences();
    ASSERT_GT(sentences.size(), 1u);
    int next = 0;
    for (const Sentence& sentence : sentences) {
        EXPECT_EQ(sentence.firstToken, next);
        EXPECT_LE(sentence.endToken - sentence.firstToken, Document::kLongestSentence);
        next = sentence.endToken;
        if (&sentence != &sentences.back()) {
            EXPECT_EQ(document.tokenText(sentence.endToken - 1), u",");
        }
    }
    EXPECT_EQ(next, static_cast<int>(document.tokens().size()));
}

TEST(Document, aLongSentenceWithoutAnyBreakIsCutAtTheLimit)
{
    std::string text;
    for (int i = 0; i < 1000; ++i)
        text += "word ";
    const Document document(text);
    ASSERT_EQ(document.sentences().size(), 4u);
    EXPECT_EQ(document.sentences()[0].endToken, Document::kLongestSentence);
    EXPECT_EQ(document.utf8(document.sentences()[1].start, document.sentences()[1].start + 4), "word");
}

namespace {

std::u16string icuUtf16(std::string_view utf8)
{
    const auto text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    return std::u16string(reinterpret_cast<const char16_t*>(text.getBuffer()), static_cast<std::size_t>(text.length()));
}

} // namespace

TEST(Document, toUtf16GivesWhatIcuGivesForWellFormedAndIllFormedBytes)
{
    // Every boundary of UTF-8's well-formed ranges, and the ill-formed bytes just outside them.
    const std::vector<std::string> edges {
        "plain ASCII", "\x7F", "\xC2\x80", "\xDF\xBF", "\xC0\x80", "\xC1\xBF", "\xE0\xA0\x80", "\xE0\x9F\xBF",
        "\xED\x9F\xBF", "\xED\xA0\x80", "\xEF\xBF\xBF", "\xF0\x90\x80\x80", "\xF0\x8F\xBF\xBF", "\xF4\x8F\xBF\xBF",
        "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF", "\x80", "a\xE2\x80", "\xE2\x80\x9CQuoted\xE2\x80\x9D",
        "\xE4\xB8\xAD\xE6\x96\x87", "\xF0\x9F\x98\x80 x", std::string("nul\0byte", 8),
    };
    for (const std::string& bytes : edges)
        EXPECT_EQ(toUtf16(bytes), icuUtf16(bytes)) << bytes;
    // Random bytes, biased towards lead and continuation bytes.
    std::uint32_t state = 12345;
    auto next = [&state] {
        state = state * 1664525U + 1013904223U;
        return state >> 24;
    };
    for (int round = 0; round < 20000; ++round) {
        std::string bytes;
        const std::uint32_t length = next() % 12;
        for (std::uint32_t i = 0; i < length; ++i) {
            const std::uint32_t kind = next() % 4;
            const std::uint32_t value = next();
            bytes.push_back(static_cast<char>(kind == 0 ? value % 0x80 : (kind == 1 ? 0x80 + value % 0x40 : 0xC0 + value % 0x40)));
        }
        ASSERT_EQ(toUtf16(bytes), icuUtf16(bytes)) << round;
    }
}

TEST(Document, toUtf8GivesWhatIcuGivesForPairsAndUnpairedSurrogates)
{
    std::uint32_t state = 777;
    auto next = [&state] {
        state = state * 1664525U + 1013904223U;
        return state >> 16;
    };
    const char16_t samples[] = { u'a', u'Z', 0x7F, 0x80, 0x7FF, 0x800, 0x4E2D, 0xD83D, 0xDE00, 0xDBFF, 0xDC00, 0xFFFD, 0xFFFF };
    for (int round = 0; round < 20000; ++round) {
        std::u16string text;
        const std::uint32_t length = next() % 10;
        for (std::uint32_t i = 0; i < length; ++i)
            text.push_back(samples[next() % std::size(samples)]);
        std::string expected;
        icu::UnicodeString(false, text.data(), static_cast<int32_t>(text.size())).toUTF8String(expected);
        std::string appended = "x";
        appendUtf8(appended, text);
        ASSERT_EQ(toUtf8(text), expected) << round;
        ASSERT_EQ(appended, "x" + expected) << round;
    }
}
