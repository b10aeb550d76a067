// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "Fixtures.h"
#include "ingest/ArticleReader.h"
#include "model/Error.h"

using namespace sayline;
using namespace sayline::ingest;
using sayline::test::ingestFixture;
using sayline::test::readIngestFixture;

TEST(ArticleReader, formatNamesRoundTrip)
{
    for (Format format : { Format::Auto, Format::Text, Format::Html, Format::Rss, Format::Atom, Format::Nitf,
                           Format::NewsMl, Format::Mhtml })
        EXPECT_EQ(formatFromString(toString(format)), format);
    EXPECT_FALSE(formatFromString("pdf"));
}

TEST(ArticleReader, sniffsEveryFixtureByContent)
{
    const std::pair<const char*, Format> expected[] = {
        { "rss2-feed.xml", Format::Rss },
        { "atom-feed.xml", Format::Atom },
        { "article.nitf.xml", Format::Nitf },
        { "newsml-g2.xml", Format::NewsMl },
        { "newsitem-g2.xml", Format::NewsMl },
        { "article-quoted-printable.mhtml", Format::Mhtml },
        { "article-base64.mhtml", Format::Mhtml },
        { "article.md", Format::Text },
        { "global-times-2022-06-15-us-threat.txt", Format::Text },
        { "billion-laughs.xml", Format::Rss },
        { "external-dtd.xml", Format::Nitf },
    };
    for (const auto& [name, format] : expected) {
        // a misleading name: the content decides
        EXPECT_EQ(sniffFormat(readIngestFixture(name), "download.bin"), format) << name;
        EXPECT_EQ(sniffFormat(readIngestFixture(name), name), format) << name;
    }
}

TEST(ArticleReader, sniffsHtmlAndSkipsByteOrderMarksAndProlog)
{
    EXPECT_EQ(sniffFormat("\xEF\xBB\xBF  <!DOCTYPE html><html><body><p>x</p></body></html>", "a"), Format::Html);
    EXPECT_EQ(sniffFormat("<!-- saved from url=(0014)about:internet -->\n<html>", "a"), Format::Html);
    EXPECT_EQ(sniffFormat("<div class=\"story\"><p>Text</p></div>", "a"), Format::Html);
    EXPECT_EQ(sniffFormat("<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"s.xsl\"?>\n<rss version=\"2.0\">", "a"),
              Format::Rss);
    EXPECT_EQ(sniffFormat("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                          "xmlns=\"http://purl.org/rss/1.0/\">",
                          "a"),
              Format::Rss);
    EXPECT_EQ(sniffFormat("<feed xmlns=\"http://www.w3.org/2005/Atom\">", "a"), Format::Atom);
    EXPECT_EQ(sniffFormat("MIME-Version: 1.0\nContent-Type: message/rfc822\n\n", "a"), Format::Mhtml);
    EXPECT_EQ(sniffFormat("Title\n\nA paragraph mentioning <p> tags and MIME-Version: 1.0.", "a"), Format::Text);
    const std::string utf16Atom("\xFF\xFE<\0f\0e\0e\0d\0 \0", 14);
    EXPECT_EQ(sniffFormat(utf16Atom, "a"), Format::Atom);
    EXPECT_EQ(sniffFormat(readIngestFixture("utf16le-news.txt"), "a"), Format::Text);
    // the extension breaks ties only
    EXPECT_EQ(sniffFormat("Plain words", "page.html"), Format::Html);
    EXPECT_EQ(sniffFormat("Plain words", "notes.txt"), Format::Text);
}

TEST(ArticleReader, setsFileItemAndLanguage)
{
    const std::string path = ingestFixture("rss2-feed.xml").string();
    const auto articles = readArticles(path);
    ASSERT_EQ(articles.size(), 3u);
    EXPECT_EQ(articles[2].file, path);
    EXPECT_EQ(articles[2].item, 2);

    const auto chinese = readArticlesFromBytes(
        "标题\n\n中国外交部发言人汪文斌在例行记者会上表示，美国是全球网络安全的最大威胁。", "zh.txt");
    ASSERT_EQ(chinese.size(), 1u);
    EXPECT_EQ(chinese[0].language, "zh");
    EXPECT_EQ(chinese[0].file, "zh.txt");
}

TEST(ArticleReader, reportsAMissingFile)
{
    try {
        readArticles(ingestFixture("does-not-exist.txt"));
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::Io);
        EXPECT_EQ(std::string(error.what()), "cannot read file: No such file or directory");
    }
}

TEST(ArticleReader, reportsADirectory)
{
    try {
        readArticles(std::filesystem::path(SAYLINE_TEST_DATA));
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::Io);
        EXPECT_EQ(std::string(error.what()).rfind("cannot read file: ", 0), 0u);
    }
}

TEST(ArticleReader, reportsAnEmptyFile)
{
    try {
        readArticles(ingestFixture("empty.txt"));
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::Malformed);
        EXPECT_EQ(std::string(error.what()), "empty file");
    }
}

TEST(ArticleReader, refusesBinaryDataWithAClearReason)
{
    std::string bytes = "\x89PNG\r\n\x1A\n";
    bytes.append(std::string("\0\0\0\rIHDR\0\0\x01\0", 12));
    try {
        readArticlesFromBytes(bytes, "picture.txt");
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::Unsupported);
        EXPECT_NE(std::string(error.what()).find("binary data"), std::string::npos);
    }
}

TEST(ArticleReader, readsUtf16TextWithAByteOrderMark)
{
    const std::string bytes("\xFF\xFET\0i\0t\0l\0e\0\n\0\n\0B\0o\0d\0y\0.\0", 24);
    const auto articles = readArticlesFromBytes(bytes, "utf16.txt");
    ASSERT_EQ(articles.size(), 1u);
    EXPECT_EQ(articles[0].title, "Title");
}

TEST(ArticleReader, refusesInputOverTheSizeLimit)
{
    const std::string bytes(kMaxInputBytes + 1, 'a');
    try {
        readArticlesFromBytes(bytes, "huge.txt");
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::TooLarge);
        EXPECT_EQ(std::string(error.what()), "file is larger than 50 MB");
    }
}

TEST(ArticleReader, refusesAFileOverTheSizeLimit)
{
    const auto path = std::filesystem::temp_directory_path() / "sayline-ingest-oversize.txt";
    {
        std::ofstream out(path, std::ios::binary);
        out.seekp(static_cast<std::streamoff>(kMaxInputBytes)); // sparse: no 50 MB written
        out.put('x');
    }
    try {
        readArticles(path);
        ADD_FAILURE() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::TooLarge);
    }
    std::filesystem::remove(path);
}

TEST(ArticleReader, cleansHtmlBodiesWithTheSharedCleaner)
{
    const std::string page = "<html><head><title>Ministry warns of cyber threats</title></head><body><article>"
                             "<h1>Ministry warns of cyber threats</h1>"
                             "<p>Cyberattacks Photo: VCG</p><p>Cyberattacks Photo: VCG</p>"
                             "<p>The ministry said on Wednesday that attacks on government networks had doubled "
                             "over the past year, and it urged companies to patch their systems quickly.</p>"
                             "<p>Officials said several attacks had been traced to criminal groups abroad, and "
                             "that investigations were continuing in cooperation with foreign police.</p>"
                             "</article></body></html>";
    const auto articles = readArticlesFromBytes(page, "page.html");
    ASSERT_EQ(articles.size(), 1u);
    EXPECT_FALSE(sayline::test::contains(articles[0].body(), "Photo: VCG"));
    EXPECT_TRUE(sayline::test::contains(articles[0].body(), "attacks on government networks had doubled"));
}
