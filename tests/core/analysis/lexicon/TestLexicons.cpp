// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

#include "analysis/lexicon/Lexicons.h"
#include "model/Error.h"

using namespace sayline::analysis;

TEST(Lexicons, parsesTabSeparatedFieldsAndSkipsComments)
{
    const auto entries = Lexicons::parse("# comment\nsaid\tassertion\n\n  urged\tdemand \n");
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0], (LexiconEntry { "said", "assertion" }));
    EXPECT_EQ(entries[1], (LexiconEntry { "urged", "demand" }));
}

TEST(Lexicons, everyLexiconIsNamedLanguageDashWhat)
{
    const Lexicons lexicons;
    const std::regex convention("[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*");
    ASSERT_FALSE(lexicons.names().empty());
    for (const std::string& name : lexicons.names())
        EXPECT_TRUE(std::regex_match(name, convention)) << name;
}

TEST(Lexicons, aMissingLexiconFailsLoudly)
{
    const Lexicons lexicons;
    EXPECT_FALSE(lexicons.entries("en-time-months").empty());
    EXPECT_THROW(lexicons.entries("time-months"), sayline::Error);
}

TEST(Lexicons, wordsOfATagAreTheEntriesListingIt)
{
    const Lexicons lexicons;
    const std::vector<std::string> passive = lexicons.words("en-grammar-words", "passive");
    const std::vector<std::string> auxiliaries = lexicons.words("en-grammar-words", "auxiliary");
    EXPECT_NE(std::find(passive.begin(), passive.end(), "was"), passive.end());
    EXPECT_EQ(std::find(passive.begin(), passive.end(), "will"), passive.end());
    EXPECT_NE(std::find(auxiliaries.begin(), auxiliaries.end(), "will"), auxiliaries.end());
    EXPECT_GT(lexicons.words("en-grammar-words").size(), auxiliaries.size());
}
