// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "export/JsonWriter.h"

using sayline::exporting::JsonWriter;

TEST(JsonWriter, keepsKeysInTheOrderWritten)
{
    JsonWriter json;
    json.beginObject();
    json.key("zeta").value(1);
    json.key("alpha").beginArray().value("a").null().value(true).endArray();
    json.key("middle").beginObject().key("y").value(2LL).key("b").value(std::optional<std::string>()).endObject();
    json.key("empty").stringArray({});
    json.endObject();
    EXPECT_EQ(json.str(), R"({"zeta":1,"alpha":["a",null,true],"middle":{"y":2,"b":null},"empty":[]})");
}

TEST(JsonWriter, escapesKeysAsNlohmannJsonDoesWhetherShortAndPlainOrNot)
{
    const std::string longKey(70, 'k');
    const std::vector<std::string> keys { "plain",       "",        "quote\"d", "back\\slash", "tab\there",
                                          "caf\xC3\xA9", "bad\xFF", longKey,    "\x7F" };
    JsonWriter json;
    json.beginObject();
    nlohmann::ordered_json reference = nlohmann::ordered_json::object();
    for (std::size_t i = 0; i < keys.size(); ++i) {
        json.key(keys[i]).value(static_cast<int>(i));
        reference[keys[i]] = i;
    }
    json.endObject();
    EXPECT_EQ(json.str(), reference.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

TEST(JsonWriter, writesUtf8AsItIsAndInvalidBytesAsReplacementCharacters)
{
    EXPECT_EQ(JsonWriter::quote("Café 北京 /"), "\"Café 北京 /\"");
    EXPECT_EQ(JsonWriter::quote("a\xFF"
                                "b"),
              "\"a\xEF\xBF\xBD"
              "b\"");
    EXPECT_EQ(JsonWriter::quote("\x7F\x1F\t"), "\"\x7F\\u001f\\t\"");
}

TEST(JsonWriter, writesNumbersThatReadBack)
{
    JsonWriter json;
    json.beginArray().value(0.5).value(-3).value(std::nan("")).value(1e300 * 1e300).endArray();
    EXPECT_EQ(json.str(), "[0.5,-3,null,null]");
}

// The analysis contract's bytes were nlohmann/json's; the writer must escape and replace exactly as it did.
TEST(JsonWriter, quotesEveryStringExactlyAsNlohmannJsonDumpsIt)
{
    const auto reference = [](const std::string& text) {
        return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    };
    // Bytes that matter: ASCII, escapes, controls, DEL, every UTF-8 lead and continuation class, invalid bytes.
    const unsigned char alphabet[]
        = { 'a',  ' ',  '"',  '\\', '/',  '\n', '\t', '\b', '\f', '\r', 0x00, 0x01, 0x1F, 0x7F, 0x80, 0x8F,
            0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE3, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF };
    std::mt19937 random(15);
    std::uniform_int_distribution<std::size_t> pick(0, sizeof alphabet - 1);
    std::uniform_int_distribution<int> length(0, 12);
    for (int round = 0; round < 100000; ++round) {
        std::string text;
        for (int n = length(random); n > 0; --n)
            text += static_cast<char>(alphabet[pick(random)]);
        ASSERT_EQ(JsonWriter::quote(text), reference(text)) << ::testing::PrintToString(text);
    }
    // Longer strings: plain ASCII is skipped eight bytes at a time, wherever the bytes that matter fall.
    std::uniform_int_distribution<int> longLength(8, 40);
    std::uniform_int_distribution<int> plainRun(0, 11);
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        for (int n = longLength(random); n > 0; --n)
            text += std::string(static_cast<std::size_t>(plainRun(random)), 'p')
                + static_cast<char>(alphabet[pick(random)]);
        ASSERT_EQ(JsonWriter::quote(text), reference(text)) << ::testing::PrintToString(text);
    }
    for (const char* text : { "Café 北京 /", "\xF0\x9F\x98\x80 emoji", "\xED\xA0\x80 surrogate",
                              "\xE0\x80\x80 overlong", "cut \xE5\x8C", "\xF4\x90\x80\x80 beyond" })
        EXPECT_EQ(JsonWriter::quote(text), reference(text)) << text;
}

TEST(JsonWriter, writesNumbersAndNestingExactlyAsNlohmannJsonDumpsThem)
{
    nlohmann::ordered_json expected = nlohmann::ordered_json::object();
    expected["n"] = -9223372036854775807LL - 1;
    expected["d"] = nlohmann::ordered_json::array({ 0.1, 1e21, -0.0, 123456789.125, 1.0 });
    expected["o"] = nlohmann::ordered_json::object();
    expected["a"] = nlohmann::ordered_json::array({ nlohmann::ordered_json::array(), nullptr, false });
    JsonWriter json;
    json.beginObject();
    json.key("n").value(-9223372036854775807LL - 1);
    json.key("d").beginArray().value(0.1).value(1e21).value(-0.0).value(123456789.125).value(1.0).endArray();
    json.key("o").beginObject().endObject();
    json.key("a").beginArray().beginArray().endArray().null().value(false).endArray();
    json.endObject();
    EXPECT_EQ(json.str(), expected.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

TEST(JsonWriter, appendsTheDocumentAfterWhatTheBufferHeld)
{
    JsonWriter json(std::string("line 1\n"));
    json.beginArray().value(1).endArray();
    EXPECT_EQ(json.str(), "[1]");
    EXPECT_EQ(json.take(), "line 1\n[1]");
    EXPECT_EQ(JsonWriter().str(), "null");
}
