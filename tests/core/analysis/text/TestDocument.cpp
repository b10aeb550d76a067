// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

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
