// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <algorithm>

#include "EntityTestSupport.h"
#include "analysis/entities/NameText.h"
#include "analysis/entities/NameTokens.h"

using namespace sayline::analysis;
using sayline::analysis::test::gazetteer;

TEST(NameTokens, wordCountsOfCandidateRangesSeeOnlyTheSpacesNormalizeNameCollapses)
{
    // known() counts the words of a range from per-token prefix sums; an ideographic space is no token and no name
    // space (normalizeName keeps it), line breaks and runs of spaces are one, and every answer must still be the
    // look-up of the whole normalised text.
    const Document document("Officials of the New\u3000York City council, the New \n\n York  City police and the "
                            "Bank of\u00A0America\u2019s New York Stock\tExchange unit met in New York.");
    const NameTokens tokens(document, gazetteer());
    int known = 0;
    for (int a = 0; a < tokens.count(); ++a) {
        for (int b = a + 1; b <= std::min(tokens.count(), a + 8); ++b) {
            const KnownName* expected = gazetteer().knownName(tokens.nameText(a, b));
            EXPECT_EQ(tokens.known(a, b), expected) << a << ".." << b;
            EXPECT_EQ(tokens.known(a, b), expected) << a << ".." << b << ", asked again";
            known += expected != nullptr;
        }
    }
    EXPECT_GE(known, 4);
}

TEST(NameTokens, aTitleOfARangeIsTheLookUpOfItsNormalisedText)
{
    const Document document("Prime  Minister Lee, Sen. Brown and Chief\nExecutive Officer Tim Cook met Dr. Who.");
    const NameTokens tokens(document, gazetteer());
    int titles = 0;
    for (int a = 0; a < tokens.count(); ++a) {
        for (int b = a + 1; b <= std::min(tokens.count(), a + 4); ++b) {
            const Honorific* expected = gazetteer().honorific(tokens.text(a, b));
            EXPECT_EQ(tokens.honorific(a, b), expected) << a << ".." << b;
            titles += expected != nullptr;
        }
    }
    EXPECT_GE(titles, 3);
}
