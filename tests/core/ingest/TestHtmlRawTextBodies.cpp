// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "ingest/HtmlRawTextBodies.h"
#include "ingest/HtmlTree.h"

using namespace sayline::ingest;

namespace {

void describe(const HtmlNode& node, std::string& out)
{
    if (node.isText) {
        out += "T[";
        out += node.text;
        out += ']';
        return;
    }
    out += '<';
    out += node.name;
    for (const auto& [key, value] : node.attributes) {
        out += ' ';
        out += key;
        out += "=\"";
        out += value;
        out += '"';
    }
    out += '>';
    for (const HtmlNode* child : node.children)
        describe(*child, out);
    out += "</>";
}

/// The tree libxml2 builds from the page, as a string (what every later step sees).
std::string treeOf(std::string_view html)
{
    const HtmlTree tree = parseHtml(html, HtmlParseOptions { .skipRawTextBodies = false });
    std::string out;
    describe(*tree.root, out);
    return out;
}

/// The page as withoutRawTextBodies leaves it (the page itself when nothing is removed).
std::string shortened(std::string_view html)
{
    const std::optional<std::string> shorter = withoutRawTextBodies(html);
    return shorter ? *shorter : std::string(html);
}

/// libxml2 reads the shortened page into the same tree as the page.
void expectSameTree(std::string_view html)
{
    EXPECT_EQ(treeOf(shortened(html)), treeOf(html)) << "page: " << html << "\nshortened: " << shortened(html);
}

} // namespace

TEST(HtmlRawTextBodies, removesScriptAndStyleBodiesButKeepsTheirTags)
{
    const std::string page = "<html><head><style>p { color: red }</style><script>var a = 1;</script></head>"
                             "<body><p>Text</p><SCRIPT type=\"text/javascript\">f()</SCRIPT></body></html>";
    EXPECT_EQ(shortened(page), "<html><head><style></style><script></script></head>"
                               "<body><p>Text</p><SCRIPT type=\"text/javascript\"></SCRIPT></body></html>");
    expectSameTree(page);
}

TEST(HtmlRawTextBodies, keepsJsonLdScripts)
{
    const std::string page = "<script type=\"application/LD+JSON\">{\"@type\":\"NewsArticle\"}</script><p>x</p>"
                             "<script>drop()</script>";
    EXPECT_EQ(shortened(page), "<script type=\"application/LD+JSON\">{\"@type\":\"NewsArticle\"}</script><p>x</p>"
                               "<script></script>");
    expectSameTree(page);
}

TEST(HtmlRawTextBodies, endsABodyWhereLibxml2Does)
{
    // The first "</" followed by the element's name in any case ends it; other end tags inside do not.
    EXPECT_EQ(shortened("<script>a = '</div>'; b</ScRiPt ><p>x</p>"), "<script></ScRiPt ><p>x</p>");
    EXPECT_EQ(shortened("<style>a</style foo='>'>b</p>"), "<style></style foo='>'>b</p>");
    EXPECT_EQ(shortened("<script>if (a<b && c</d) x()</script>y"), "<script></script>y");
    for (const char* page : { "<script>a = '</div>'; b</ScRiPt ><p>x</p>", "<style>a</style foo='>'>b</p>",
                              "<script>if (a<b && c</d) x()</script>y", "<script>x</script\n>y",
                              "<script>x</script/>y", "<p><style>a</STYLE>b</p>" })
        expectSameTree(page);
}

TEST(HtmlRawTextBodies, findsNoScriptInCommentsOrAttributeValues)
{
    for (const char* page : { "<!-- <script>x</script> --><p>a</p><script>y</script>",
                              "<div title=\"<script>\">a</div><script>y</script>",
                              "<div title='</script>'>a</div><style>y</style>",
                              "<div data-x=a>b>c<script>y</script>", "<div @click=\"a>b\">c</div><script>y</script>",
                              "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" \"x.dtd\"><script>y</script>",
                              "<?xml version=\"1.0\"?><script>y</script>", "<!---->a<script>y</script>",
                              "<div a = 'x' b=\"y\" c d=e/>x<script>y</script>",
                              "<script><!--\nhidden(); //--></script><p>x</p>" }) {
        EXPECT_NE(shortened(page), page) << page;
        expectSameTree(page);
    }
}

TEST(HtmlRawTextBodies, stopsRemovingAtWhatItDoesNotModel)
{
    // Each of these is read differently by different libxml2 versions, or changes how libxml2 reads what follows:
    // from there on the page is copied unchanged.
    for (const char* page : { "a < b<script>y</script>", "<![CDATA[x]]><script>y</script>",
                              "<!-- a --!> b --><script>y</script>", "<!-->x<script>y</script>",
                              "<!--->x--><script>y</script>", "<script></div>x</script><script>y</script>",
                              "<script><p>x</script><script>y</script>",
                              "<script>a</scripts>b</script><script>y</script>", "<div title=\"x><script>y</script>",
                              "</ p><script>y</script>", "<_x><script>y</script>" }) {
        EXPECT_EQ(shortened(page), page) << page;
        expectSameTree(page);
    }
}

TEST(HtmlRawTextBodies, removesAnUnclosedBodyToTheEnd)
{
    EXPECT_EQ(shortened("<p>a</p><script>never closed </scrip"), "<p>a</p><script>");
    expectSameTree("<p>a</p><script>never closed </scrip");
    EXPECT_EQ(shortened("<p>a</p><script"), "<p>a</p><script");
}

TEST(HtmlRawTextBodies, leavesPagesWithInvalidUtf8OrNulAlone)
{
    // libxml2 reads the rest of a page as Latin-1 after malformed UTF-8, and some of its loops stop at NUL.
    EXPECT_FALSE(withoutRawTextBodies("<script>\xff</script>\xc3\xa9"));
    EXPECT_FALSE(withoutRawTextBodies(std::string_view("<script>\0</script>x", 19)));
    EXPECT_FALSE(withoutRawTextBodies(std::string_view("<p>0123456789</p>\0<script>x</script>", 36)));
    EXPECT_FALSE(withoutRawTextBodies("<script>x</script>\xc0\xaf")); // overlong
    EXPECT_FALSE(withoutRawTextBodies("<script>x</script>\xed\xa0\x80")); // a surrogate
    EXPECT_FALSE(withoutRawTextBodies("<script>x</script>\xf4\x90\x80\x80")); // past U+10FFFF
    EXPECT_FALSE(withoutRawTextBodies("<script>x</script>\xe4\xb8")); // cut short
    EXPECT_TRUE(withoutRawTextBodies("<script>\xc3\xa9</script>\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80 \xef\xbf\xbd"));
}

TEST(HtmlRawTextBodies, givesLibxml2TheSameTreeOnRandomPages)
{
    // Pages put together from the constructs above, in every order: the shortened page must always parse into
    // the same tree (a fixed seed, so a failure repeats).
    static const std::vector<std::string> pieces = {
        "<script>var a = \"</div>\";</script>", "<script>if (a<b) x();</script>", "<SCRIPT>x</SCRIPT>",
        "<script>a</scriptx>b</script>", "<script type=\"application/ld+json\">{\"a\":1}</script>",
        "<style>p{}</style>", "<style>a</STYLE >", "<script>x</script foo>", "<script/>", "<script src=a.js/>",
        "<script>", "<style>", "<!-- <script>x</script> -->", "<!-->", "<!--->", "<!---->", "<!-- a --!> b -->",
        "<!--", "-->", "<div title=\"<script>\">", "<div title='</script>'>", "<div title=<script>",
        "<div @click=\"a>b\">", "<p>text</p>", "a < b", "</ p>", "</3>", "<?php echo 1 ?>", "<? x>",
        "<!DOCTYPE html>", "<!doctype html public \"a\" \"b\">", "<![CDATA[x]]>", "<!x>", "&amp; &lt;script&gt;",
        "<script></div>x</script>", "<script><p>x</script>", "<script>\n</script>", "<body>", "<head>", "<html>",
        "<noscript><script>x</script></noscript>", "<template><style>x</style></template>",
        "<textarea><script>x</script></textarea>", "<title><script>a</script></title>", "<div a=\"x", "\"",
        "'", ">", "<", "</", "<script>x</scr", "<scr", "<script a=\"1\" b='2' c=3 d>", "<script>x</script\n>",
        "</script>", "</style>", "<style>a</styles>b</style>", "<svg><style>x</style></svg>",
        "<p>\xc3\xa9 \xe4\xb8\xad</p>", "<script>\xe4\xb8\xad</script>", "<br/>", "<img src=x>", "<_x>", "<:a>",
        "<a.b>", "<div class=x / >", "<p/>", "<script / >x</script>", " ", "\n", "text", "</div>", "<table><tr>",
        "<li>", "</body>", "</html>", "<script>x</script", "<style>a</style", "<!DOCTYPE html SYSTEM 'x'>",
        "<!doctype>", "<!DOCTYPE html PUBLIC \"a\">", "<div a=>", "<div a= 'b' >", "<div \"x\">", "<div =x>",
        "<script>x</scripT\t>", "<div \xc3\xa9=\"1\">", "<script type=ld+json>{}</script>", "<div a=\"&quot;>\">",
        "<div a=b&amp;c>", "<style media=\"(a>b)\">x</style>", "<script>a<!--b</script>c-->", "<!-- -- -->",
        "<?x a=\">\"?>", "\t<script>\t</script>", "<script><!--\nx()\n//--></script>",
        "<style><!-- a { } --></style>", "<script><?x?></script>", "<script>< b</script>", "<script><_x></script>",
        "<script><:x></script>", "<script><3</script>", "<style><body></style>" };
    std::mt19937 random(15);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(1, 14);
    int shortenedPages = 0;
    for (int page = 0; page < 4000; ++page) {
        std::string html;
        for (int k = length(random); k > 0; --k)
            html += pieces[pick(random)];
        if (withoutRawTextBodies(html))
            ++shortenedPages;
        const std::string expected = treeOf(html);
        const std::string actual = treeOf(shortened(html));
        ASSERT_EQ(actual, expected) << "page: " << html << "\nshortened: " << shortened(html);
    }
    EXPECT_GT(shortenedPages, 1000); // the test exercises the removal, not only the giving up
}

TEST(HtmlRawTextBodies, givesLibxml2TheSameTreeOnEveryHtmlFixture)
{
    int pages = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(SAYLINE_TEST_DATA)) {
        const std::string extension = entry.path().extension().string();
        if (extension != ".html" && extension != ".htm")
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        const std::string html = bytes.str();
        EXPECT_EQ(treeOf(shortened(html)), treeOf(html)) << entry.path();
        ++pages;
    }
    EXPECT_GT(pages, 5);
}
