// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "ingest/ArticleReader.h"

using namespace sayline::ingest;

TEST(ArticleReader, formatNamesRoundTrip)
{
    for (Format format : {Format::Auto, Format::Text, Format::Html, Format::Rss, Format::Atom, Format::Nitf,
                          Format::NewsMl, Format::Mhtml})
        EXPECT_EQ(formatFromString(toString(format)), format);
    EXPECT_FALSE(formatFromString("pdf"));
}
