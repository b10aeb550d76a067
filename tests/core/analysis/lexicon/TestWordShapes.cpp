// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <string>

#include "analysis/lexicon/WordSet.h"
#include "analysis/lexicon/WordShapes.h"

using namespace sayline::analysis;

TEST(WordShapes, rejectsOnlyWordsWhoseFirstUnitAndLengthNoAddedWordHas)
{
    WordShapes<char16_t> shapes;
    shapes.add(u"he");
    shapes.add(u"herself");
    EXPECT_TRUE(shapes.mayContain(u"he"));
    EXPECT_TRUE(shapes.mayContain(u"hi")); // same shape: the set's hash decides
    EXPECT_TRUE(shapes.mayContain(u"herself"));
    EXPECT_FALSE(shapes.mayContain(u"she"));
    EXPECT_FALSE(shapes.mayContain(u"her"));
    EXPECT_FALSE(shapes.mayContain(u"He")); // case is part of the shape, as it is of the words
    EXPECT_TRUE(shapes.mayContain(u"\u00E9t\u00E9")); // a non-ASCII first unit is never filtered
    EXPECT_TRUE(shapes.mayContain(std::u16string(40, u'h'))); // nor a length of 32 or more
    EXPECT_TRUE(shapes.mayContain(u"")); // nor the empty word
}

TEST(WordSet, findsEveryWordItHoldsWhateverItsShapeAndNoOther)
{
    const std::u16string longWord(40, u'x');
    WordSet16 set;
    for (const std::u16string& word : { std::u16string(u"said"), std::u16string(u"\u00E9t\u00E9"), longWord })
        set.insert(word);
    EXPECT_TRUE(set.contains(u"said"));
    EXPECT_TRUE(set.contains(u"\u00E9t\u00E9"));
    EXPECT_TRUE(set.contains(longWord));
    EXPECT_FALSE(set.contains(u"says")); // same shape, not held
    EXPECT_FALSE(set.contains(u"sa"));
    EXPECT_FALSE(set.contains(u"\u00E9tait"));
    EXPECT_FALSE(set.contains(std::u16string(41, u'x')));

    WordSet utf8; // the attribution stages' UTF-8 sets: a byte of 0x80 or more starts no filtered word
    utf8.insert("d\xC3\xA9j\xC3\xA0");
    utf8.insert("\xC3\xA9t\xC3\xA9");
    EXPECT_TRUE(utf8.contains("d\xC3\xA9j\xC3\xA0"));
    EXPECT_TRUE(utf8.contains("\xC3\xA9t\xC3\xA9"));
    EXPECT_FALSE(utf8.contains("deja"));
}
