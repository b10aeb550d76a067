// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "Fixtures.h"
#include "ingest/ArticleReader.h"
#include "model/Error.h"

using namespace sayline;
using namespace sayline::ingest;
using sayline::test::contains;
using sayline::test::ingestFixture;

TEST(MhtmlReader, decodesAQuotedPrintableHtmlPart)
{
    const auto articles = readArticles(ingestFixture("article-quoted-printable.mhtml"));
    ASSERT_EQ(articles.size(), 1u);
    const model::Article& article = articles[0];
    EXPECT_EQ(article.url, "https://riverside-post.example.com/news/bridge-closure");
    EXPECT_TRUE(contains(article.title, "Bridge closure extended until September"));
    const std::string body = article.body();
    // soft line breaks joined, =E2=80=99 decoded to U+2019
    EXPECT_TRUE(contains(body, "the city\xE2\x80\x99s works department said on Wednesday"));
    EXPECT_TRUE(contains(body, "said works director Hannah Kowalski"));
    EXPECT_FALSE(contains(body, "=3D"));
    EXPECT_FALSE(contains(body, "iVBORw0KGgo"));
}

TEST(MhtmlReader, decodesABase64PartInItsCharset)
{
    const auto articles = readArticles(ingestFixture("article-base64.mhtml"), Format::Mhtml);
    ASSERT_EQ(articles.size(), 1u);
    const model::Article& article = articles[0];
    EXPECT_EQ(article.url, "https://quarter-news.example.fr/2022/06/14/terrasses");
    EXPECT_TRUE(contains(article.title, "Caf\xC3\xA9 owners protest new terrace fees"));
    EXPECT_TRUE(contains(article.body(), "Ir\xC3\xA8ne Lef\xC3\xA8vre"));
    EXPECT_FALSE(contains(article.body(), "font-family"));
}

TEST(MhtmlReader, refusesAnArchiveWithoutHtml)
{
    const std::string mhtml = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n"
                              "--b\r\nContent-Type: image/png\r\n\r\nxxxx\r\n--b--\r\n";
    try {
        readArticlesFromBytes(mhtml, "page.mhtml");
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::Malformed);
        EXPECT_EQ(std::string(error.what()), "no HTML part in the MHTML archive");
    }
}

TEST(MhtmlReader, takesTheEncodedSubjectWhenThePageHasNoTitle)
{
    const std::string mhtml
        = "MIME-Version: 1.0\r\nSubject: =?utf-8?Q?Caf=C3=A9_owners_?= =?iso-8859-1?B?cHJvdGVzdA==?=\r\n"
          "Content-Type: multipart/related; boundary=\"b\"\r\n\r\n"
          "--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
          "<html><body><p>Owners of cafes protested against the new terrace fees on Tuesday "
          "in the old quarter of the city.</p></body></html>\r\n--b--\r\n";
    const auto articles = readArticlesFromBytes(mhtml, "page.mhtml");
    ASSERT_EQ(articles.size(), 1u);
    EXPECT_EQ(articles[0].title, "Caf\xC3\xA9 owners protest");
    EXPECT_TRUE(contains(articles[0].body(), "terrace fees"));
}
