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

TEST(Encoding, oneBrokenSequenceInUndeclaredUtf8IsReplacedAloneNotReadAsLatin1)
{
    EXPECT_EQ(decodeToUtf8("Caf\xC3\xA9 na\xC3\xAFve \xFF end"), "Caf\xC3\xA9 na\xC3\xAFve \xEF\xBF\xBD end");
    // Fewer well-formed sequences than malformed bytes is not UTF-8: the label wins.
    EXPECT_EQ(decodeToUtf8("Caf\xC3\xA9 \xE9t\xE9", "iso-8859-1"), "Caf\xC3\x83\xC2\xA9 \xC3\xA9t\xC3\xA9");
    // Windows-1252 text forms no well-formed UTF-8 sequence: it is still read as windows-1252.
    EXPECT_EQ(decodeToUtf8("Caf\xE9 cr\xE8me"), "Caf\xC3\xA9 cr\xC3\xA8me");
}

TEST(Encoding, nulCharactersBecomeReplacementCharacters)
{
    EXPECT_EQ(decodeToUtf8(std::string("a\0b", 3)),
              "a\xEF\xBF\xBD"
              "b");
    EXPECT_EQ(decodeToUtf8(std::string("\xFF\xFE"
                                       "a\0\0\0b\0",
                                       8)),
              "a\xEF\xBF\xBD"
              "b");
}

TEST(Encoding, legacyTextIsDecodedInChunksWithoutBreakingSurrogatePairs)
{
    // GB18030 encodes U+20000 in four bytes; ICU hands it over as a surrogate pair, which must survive any
    // chunk boundary of the streaming decoder.
    std::string bytes;
    std::string expected;
    for (int i = 0; i < 40000; ++i) {
        bytes += i % 3 ? "\x95\x32\x82\x36" : "a";
        expected += i % 3 ? "\xF0\xA0\x80\x80" : "a";
    }
    EXPECT_EQ(decodeToUtf8(bytes, "gb18030"), expected);
}

TEST(Encoding, undecodableLegacyBytesBecomeReplacementCharacters)
{
    // A Shift_JIS lead byte without its trail byte, at the end and before a space.
    EXPECT_EQ(decodeToUtf8("\x93\xFA\x96\x7B \x82", "shift_jis"), "\xE6\x97\xA5\xE6\x9C\xAC \xEF\xBF\xBD");
    EXPECT_EQ(decodeToUtf8("\x93\xFA\x82 \x96\x7B", "shift_jis"), "\xE6\x97\xA5\xEF\xBF\xBD \xE6\x9C\xAC");
}

TEST(Encoding, utf16WithoutByteOrderMarkIsRecognisedByItsZeroBytes)
{
    const std::string text = "The spokesperson said the talks would resume on Monday.";
    std::string le;
    std::string be;
    for (const char c : text) {
        le += c;
        le += '\0';
        be += '\0';
        be += c;
    }
    EXPECT_EQ(withUtf16ByteOrderMark(le), "\xFF\xFE" + le);
    EXPECT_EQ(withUtf16ByteOrderMark(be), "\xFE\xFF" + be);
    EXPECT_EQ(withUtf16ByteOrderMark(text), std::nullopt);
    std::string binary; // 16-bit numbers: zero high bytes, but control characters where text has letters
    for (int i = 0; i < 200; ++i) {
        binary += static_cast<char>(i % 16);
        binary += '\0';
    }
    EXPECT_EQ(withUtf16ByteOrderMark(binary), std::nullopt);
}
