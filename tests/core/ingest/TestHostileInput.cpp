// SPDX-License-Identifier: GPL-3.0-or-later
// Careless or hostile files lose nothing silently: every input gives its whole text, or a failure with a
// reason, or its text with a warning that says what was replaced or skipped. The files are generated here.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <random>

#include "Fixtures.h"
#include "ingest/ArticleReader.h"
#include "ingest/HtmlStyleTags.h"
#include "model/Error.h"

using namespace sayline;
using namespace sayline::ingest;
using sayline::test::contains;

namespace {

std::string bodyOf(const ReadResult& result)
{
    std::string body;
    for (const auto& article : result.articles)
        body += article.body() + "\n";
    return body;
}

bool warns(const ReadResult& result, const std::string& words)
{
    for (const std::string& warning : result.warnings)
        if (contains(warning, words))
            return true;
    return false;
}

std::string failureOf(std::string_view bytes, const std::string& name, Format format = Format::Auto)
{
    try {
        readInputFromBytes(bytes, name, format);
    } catch (const Error& error) {
        return error.what();
    }
    return {};
}

/// ASCII text as UTF-16 without a byte-order mark.
std::string utf16WithoutBom(const std::string& ascii, bool bigEndian)
{
    std::string out;
    for (const char c : ascii) {
        if (bigEndian)
            out += '\0';
        out += c;
        if (!bigEndian)
            out += '\0';
    }
    return out;
}

std::string rssWithDescriptions(const std::vector<std::string>& descriptions)
{
    std::string rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>";
    for (std::size_t i = 0; i < descriptions.size(); ++i) {
        rss += "<item><title>Item " + std::to_string(i + 1) + "</title>";
        if (!descriptions[i].empty())
            rss += "<description>" + descriptions[i] + "</description>";
        rss += "</item>";
    }
    return rss + "</channel></rss>";
}

/// A temporary directory for files that must exist on disk.
class TempFolder
{
public:
    TempFolder()
        : m_path(std::filesystem::temp_directory_path()
                 / ("sayline-hostile-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++)))
    {
        std::filesystem::create_directories(m_path);
    }
    ~TempFolder() { std::filesystem::remove_all(m_path); }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    std::filesystem::path file(const std::string& name) const { return m_path / name; }

private:
    static int& counter()
    {
        static int value = 0;
        return value;
    }
    std::filesystem::path m_path;
};

} // namespace

TEST(HostileHtml, unclosedTagsNestedPastLibxml2sDepthLimitKeepEveryParagraph)
{
    // Old pages open <p><font> for every paragraph and close nothing: 800 levels, where libxml2 stops at 256.
    std::string html = "<html><body>";
    for (int i = 0; i < 400; ++i)
        html += "<p><font face=Arial>The minister said statement number " + std::to_string(i) + " today.";
    html += "</body></html>";
    const ReadResult result = readInputFromBytes(html, "old-page.html");
    const std::string body = bodyOf(result);
    for (int i = 0; i < 400; ++i)
        ASSERT_TRUE(contains(body, "statement number " + std::to_string(i) + " today")) << "paragraph " << i;
    EXPECT_LT(body.find("number 127 today"), body.find("number 128 today"));
    EXPECT_LT(body.find("number 398 today"), body.find("number 399 today"));
}

TEST(HostileHtml, unclosedStyleTagsAroundTheWholePageStillGiveItsParagraphs)
{
    std::string html = "<html><body>";
    for (int i = 0; i < 300; ++i)
        html += i % 2 ? "<b>" : "<i class=\"x>y\">";
    html += "<p>The spokesman said the first thing.</p><script>if (a <b) { x = '<i>'; }</script>"
            "<!-- <font> in a comment --><p>Then the minister said <em>another</em> thing.</p></body></html>";
    const ReadResult result = readInputFromBytes(html, "styled.html");
    ASSERT_EQ(result.articles.size(), 1u);
    const auto& paragraphs = result.articles[0].paragraphs;
    ASSERT_EQ(paragraphs.size(), 2u) << bodyOf(result);
    EXPECT_EQ(paragraphs[0], "The spokesman said the first thing.");
    EXPECT_EQ(paragraphs[1], "Then the minister said another thing.");
}

TEST(HostileHtml, styleTagsGoAndScriptsCommentsAndOtherTagsStay)
{
    EXPECT_EQ(withoutStyleTags("<P><FONT face=\"a>b\">One <b>bold</B> <span>word</span></font></p>"),
              "<P>One bold <span>word</span></p>");
    EXPECT_EQ(withoutStyleTags("<script>var s = '<b>';</script><!-- <i> --><style>b{}</style><bdi>x</bdi>"),
              "<script>var s = '<b>';</script><!-- <i> --><style>b{}</style><bdi>x</bdi>");
    EXPECT_EQ(withoutStyleTags("a < b and <b unterminated"), "a < b and <b unterminated");
}

TEST(HostileHtml, nestingTooDeepEvenWithoutStyleTagsIsAFailureWithTheReason)
{
    std::string html = "<html><body><p>First words.</p>";
    for (int i = 0; i < 100000; ++i)
        html += "<div>";
    html += "Deepest words.</body></html>";
    const std::string reason = failureOf(html, "deep.html");
    EXPECT_TRUE(contains(reason, "HTML nested deeper than 256 elements")) << reason;
}

TEST(HostileHtml, anUnclosedEmbedOrOtherVoidElementKeepsTheTextAfterIt)
{
    // libxml2 2.9 nests what follows <embed>, <source>, <track>, <wbr> inside them; embeds are dropped.
    for (const char* element : { "embed src=a.swf", "source src=a.mp4", "track src=a.vtt", "wbr", "bgsound src=a" }) {
        const std::string html = std::string("<html><body><div><") + element
            + "><p>The minister said the talks went well on Monday.</p><p>He added that more talks would "
              "follow.</p></div></body></html>";
        const ReadResult result = readInputFromBytes(html, "embed.html");
        ASSERT_EQ(result.articles.size(), 1u) << element;
        EXPECT_EQ(result.articles[0].body(),
                  "The minister said the talks went well on Monday.\n\nHe added that more talks would follow.")
            << element;
    }
}

TEST(HostileHtml, aNulByteIsReplacedAndTheTextAfterItKept)
{
    // In an attribute, libxml2 would end the page at the NUL (an empty article); in text, the NUL would vanish.
    const std::string html = std::string("<html><head><title>Talks</title></head><body><p class='lead") + '\0'
        + "'>The minister said the talks" + '\0' + " went well.</p><p>Second paragraph after the NUL byte.</p>"
        + "</body></html>";
    const ReadResult result = readInputFromBytes(html, "nul.html");
    const std::string body = bodyOf(result);
    EXPECT_TRUE(contains(body, "the talks\xEF\xBF\xBD went well.")) << body;
    EXPECT_TRUE(contains(body, "Second paragraph after the NUL byte.")) << body;
    EXPECT_TRUE(warns(result, "1 replacement character")) << (result.warnings.empty() ? "" : result.warnings[0]);
}

TEST(HostileFeed, aNulByteIsReplacedAndTheItemsAfterItKept)
{
    const std::string rss = rssWithDescriptions(
        { std::string("The minister said before") + '\0' + " and after.", "The second item is there too." });
    const ReadResult result = readInputFromBytes(rss, "nul.rss");
    ASSERT_EQ(result.articles.size(), 2u);
    EXPECT_EQ(result.articles[0].body(), "The minister said before\xEF\xBF\xBD and after.");
    EXPECT_EQ(result.articles[1].body(), "The second item is there too.");
    EXPECT_TRUE(warns(result, "replacement character"));
}

TEST(HostileHtml, utf16WithoutAByteOrderMarkIsRead)
{
    const std::string html = "<html><head><meta charset=\"utf-16\"><title>Summit</title></head><body>"
                             "<p>The foreign minister said the summit would go ahead as planned next week.</p>"
                             "</body></html>";
    for (const bool bigEndian : { false, true }) {
        const ReadResult result = readInputFromBytes(utf16WithoutBom(html, bigEndian), "page.html");
        ASSERT_EQ(result.articles.size(), 1u) << (bigEndian ? "BE" : "LE");
        EXPECT_EQ(result.articles[0].title, "Summit");
        EXPECT_TRUE(contains(result.articles[0].body(), "the summit would go ahead")) << (bigEndian ? "BE" : "LE");
    }
}

TEST(HostileText, utf16TextWithoutAByteOrderMarkIsTextNotBinary)
{
    const std::string text = "Ministry statement\n\nThe spokesperson said on Monday that talks would resume.\n";
    const ReadResult result = readInputFromBytes(utf16WithoutBom(text, false), "statement.txt");
    ASSERT_EQ(result.articles.size(), 1u);
    EXPECT_TRUE(contains(result.articles[0].body(), "talks would resume"));
}

TEST(HostileHtml, randomBytesNamedHtmlAreNoArticle)
{
    std::mt19937 random(11);
    std::string bytes(64 * 1024, '\0');
    for (char& c : bytes)
        c = static_cast<char>(random() & 0xFF);
    for (const char* name : { "page.html", "notes.txt", "feed.xml" }) {
        const std::string reason = failureOf(bytes, name);
        EXPECT_TRUE(contains(reason, "binary data")) << name << ": " << reason;
    }
}

TEST(HostileHtml, aPageWithoutTextIsAFailureNotAnEmptyArticle)
{
    const std::string reason = failureOf("<html><head><title>Only a title</title></head><body><nav><a href=x>Home</a>"
                                         "</nav><img src=a.png></body></html>",
                                         "empty.html");
    EXPECT_TRUE(contains(reason, "no article text")) << reason;
}

TEST(HostileFeed, itemsWithoutTextAreSkippedWithAWarning)
{
    const ReadResult result = readInputFromBytes(
        rssWithDescriptions({ "The minister said the first thing.", "", "The second text item." }), "feed.rss");
    ASSERT_EQ(result.articles.size(), 2u);
    EXPECT_EQ(result.articles[0].item, 0);
    EXPECT_EQ(result.articles[1].item, 1);
    EXPECT_EQ(result.articles[1].body(), "The second text item.");
    EXPECT_TRUE(warns(result, "item 2 ('Item 2') has no text")) << (result.warnings.empty() ? "" : result.warnings[0]);

    const std::string reason = failureOf(rssWithDescriptions({ "", "" }), "titles.rss");
    EXPECT_TRUE(contains(reason, "none of the 2 items has any text")) << reason;
}

TEST(HostileText, oneInvalidByteInUtf8IsReplacedAloneAndReported)
{
    const std::string text
        = "Caf\xC3\xA9 talks\n\nThe na\xC3\xAFve minister said the caf\xC3\xA9 was closed \xFF today.\n";
    const ReadResult result = readInputFromBytes(text, "cafe.txt");
    ASSERT_EQ(result.articles.size(), 1u);
    EXPECT_EQ(result.articles[0].title, "Caf\xC3\xA9 talks");
    EXPECT_EQ(result.articles[0].body(),
              "The na\xC3\xAFve minister said the caf\xC3\xA9 was closed \xEF\xBF\xBD today.");
    EXPECT_TRUE(warns(result, "1 replacement character"));
}

TEST(HostileInputFile, aFifoWithoutWriterDoesNotHang)
{
    TempFolder folder;
    const auto fifo = folder.file("pipe.txt");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    auto reading = std::async(std::launch::async, [&] {
        try {
            readInput(fifo);
        } catch (const Error& error) {
            return std::string(error.what());
        }
        return std::string("read");
    });
    if (reading.wait_for(std::chrono::seconds(20)) != std::future_status::ready) {
        std::ofstream(fifo) << ""; // a writer that closes at once lets the reader go before the test ends
        FAIL() << "reading a FIFO without a writer blocked";
    }
    EXPECT_EQ(reading.get(), "empty file");
}

TEST(HostileInputFile, devicesAreRefusedWithAReason)
{
    try {
        readInput("/dev/null");
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(std::string(error.what()), "cannot read file: is a device, not a file");
    }
}
