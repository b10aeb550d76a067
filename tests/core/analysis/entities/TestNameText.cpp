// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <string>

#include "analysis/entities/NameText.h"
#include "analysis/text/Document.h"

using namespace sayline::analysis;

TEST(NameText, aTokenLowerCasedFromTheDocumentIsWhatLowerCaseGives)
{
    // The document's lower-cased text maps unit by unit; lowerCase code point by code point: they agree except on
    // surrogate pairs (Deseret letters have lower-case forms), which lowerCaseToken hands to lowerCase.
    const Document document("HE said \u0130stanbul's \u00C9COLE and \u212Aelvin, \U00010400\U00010401 \U00010400x OK.");
    std::u16string buffer;
    int surrogates = 0;
    for (int t = 0; t < static_cast<int>(document.tokens().size()); ++t) {
        EXPECT_EQ(lowerCaseToken(document, t, buffer), lowerCase(document.tokenText(t))) << t;
        surrogates += document.tokenText(t).front() >= 0xD800 && document.tokenText(t).front() <= 0xDBFF;
    }
    EXPECT_GE(surrogates, 1);
}
