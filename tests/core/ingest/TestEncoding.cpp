// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "ingest/Encoding.h"
#include "model/Utf8.h"

using namespace sayline;
using namespace sayline::ingest;

TEST(Encoding, stripsUtf8ByteOrderMark)
{
    EXPECT_EQ(decodeToUtf8("\xEF\xBB\xBFna\xC3\xAFve"), "na\xC3\xAFve");
}

TEST(Encoding, decodesUtf16ByByteOrderMark)
{
    EXPECT_EQ(decodeToUtf8(std::string("\xFF\xFE"
                                       "A\0\xE9\0",
                                       6)),
              "A\xC3\xA9");
    EXPECT_EQ(decodeToUtf8(std::string("\xFE\xFF\0A\x4E\x2D", 6)), "A\xE4\xB8\xAD");
}

TEST(Encoding, usesDeclaredLegacyCharset)
{
    EXPECT_EQ(decodeToUtf8("caf\xE9 \x80", "windows-1252"), "caf\xC3\xA9 \xE2\x82\xAC");
    EXPECT_EQ(decodeToUtf8("caf\xE9", "ISO-8859-1"), "caf\xC3\xA9");
    EXPECT_EQ(decodeToUtf8("\xD6\xD0\xCE\xC4", "gb2312"), "\xE4\xB8\xAD\xE6\x96\x87"); // 中文
    EXPECT_EQ(decodeToUtf8("\xCA\xC0", "iso-8859-5"), "\xD0\xAA\xD0\xA0"); // ЪР
}

TEST(Encoding, prefersValidUtf8OverAStaleLabel)
{
    EXPECT_EQ(decodeToUtf8("caf\xC3\xA9", "iso-8859-1"), "caf\xC3\xA9");
}

TEST(Encoding, treatsMislabelledLegacyBytesAsLegacy)
{
    // Declared UTF-8, but not one well-formed UTF-8 sequence: windows-1252 in practice.
    EXPECT_EQ(decodeToUtf8("Caf\xE9 cr\xE8me and na\xEFve r\xE9sum\xE9 \x93quoted\x94 text", "utf-8"),
              "Caf\xC3\xA9 cr\xC3\xA8me and na\xC3\xAFve r\xC3\xA9sum\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D text");
    // Mostly UTF-8 with one broken byte stays UTF-8.
    EXPECT_EQ(decodeToUtf8("caf\xC3\xA9 \xFF", "utf-8"), "caf\xC3\xA9 \xEF\xBF\xBD");
}

TEST(Encoding, alwaysReturnsValidUtf8)
{
    const std::string shiftJis = "\x93\xFA\x96\x7B\x8C\xEA\x82\xCC\x83\x65\x83\x4C\x83\x58\x83\x67"; // 日本語のテキスト
    EXPECT_EQ(decodeToUtf8(shiftJis, "shift_jis"),
              "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE3\x83\x86\xE3\x82\xAD\xE3\x82\xB9\xE3\x83\x88");
    for (const std::string& bytes : { std::string("plain ascii"), std::string("\xFF\xFE\xFD broken \xC3"),
                                      std::string("\x80\x81\x82 undeclared"), std::string("bad\xC3", 4) })
        EXPECT_TRUE(model::isValidUtf8(decodeToUtf8(bytes))) << bytes;
    EXPECT_TRUE(model::isValidUtf8(decodeToUtf8("\xC3\x28", "utf-8")));
    EXPECT_TRUE(model::isValidUtf8(decodeToUtf8("caf\xE9", "no-such-charset")));
}

TEST(Encoding, sniffsDeclaredHtmlCharset)
{
    EXPECT_EQ(sniffHtmlCharset("<html><head><META CharSet=\"GBK\"></head>"), "gbk");
    EXPECT_EQ(sniffHtmlCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"),
              "shift_jis");
    EXPECT_EQ(sniffHtmlCharset("<meta content='text/html;charset=windows-1251' http-equiv='content-type'>"),
              "windows-1251");
    EXPECT_EQ(sniffHtmlCharset("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><html>"), "iso-8859-15");
    EXPECT_EQ(sniffHtmlCharset("<meta name=\"description\" content=\"about charset=utf-8\">"), "");
    EXPECT_EQ(sniffHtmlCharset("<html><body>no declaration</body></html>"), "");
}

TEST(Encoding, decodesGbkFixture)
{
    std::ifstream in(std::string(SAYLINE_TEST_DATA) + "/html/gbk-page.html", std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const std::string page = bytes.str();
    EXPECT_FALSE(model::isValidUtf8(page));
    EXPECT_EQ(sniffHtmlCharset(page), "gbk");
    const std::string text = decodeToUtf8(page, sniffHtmlCharset(page));
    EXPECT_NE(text.find("本市地铁五号线今天上午正式开通运营"), std::string::npos);
}
