// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <cmath>

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
