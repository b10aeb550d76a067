// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "export/AnalysisJson.h"
#include "export/JsonWriter.h"

using namespace sayline;

TEST(JsonWriter, escapesControlCharactersAndQuotes)
{
    EXPECT_EQ(exporting::JsonWriter::quote("a\"b\\c\n\x01"), "\"a\\\"b\\\\c\\n\\u0001\"");
}

TEST(AnalysisJson, writesEveryContractFieldEvenWhenEmpty)
{
    model::AnalysedArticle analysed;
    analysed.article.file = "x.txt";
    analysed.article.title = "T";
    analysed.article.paragraphs = {"One.", "Two."};
    const std::string json = exporting::toAnalysisJson(analysed);
    for (const char* field : {"\"file\":\"x.txt\"", "\"item\":0", "\"title\":\"T\"", "\"authors\":[]",
                              "\"publisher\":null", "\"published\":null", "\"updated\":null", "\"language\":null",
                              "\"url\":null", "\"body\":\"One.\\n\\nTwo.\"", "\"entities\":[]",
                              "\"statements\":[]", "\"dates\":[]"})
        EXPECT_NE(json.find(field), std::string::npos) << field << " in " << json;
}

TEST(AnalysisJson, writesStatementWithSpeakerAndSpan)
{
    model::AnalysedArticle analysed;
    model::Statement statement;
    statement.id = "S1";
    statement.speaker = "E1";
    statement.speakerText = "Wang";
    statement.cue = "said";
    statement.kind = model::StatementKind::Direct;
    statement.content = "Hi";
    statement.span = {3, 5};
    statement.claimType = model::ClaimType::Demand;
    statement.about = {"E2"};
    analysed.statements.push_back(statement);
    const std::string json = exporting::toAnalysisJson(analysed);
    EXPECT_NE(json.find("{\"id\":\"S1\",\"speaker\":\"E1\",\"speaker_text\":\"Wang\",\"cue\":\"said\",\"kind\":\"direct\","
                        "\"content\":\"Hi\",\"start\":3,\"end\":5,\"claim_type\":\"demand\",\"about\":[\"E2\"],"
                        "\"attribution\":null}"),
              std::string::npos)
        << json;
}

TEST(AnalysisJson, writesAnUnknownCueAsNull)
{
    model::AnalysedArticle analysed;
    model::Statement statement;
    statement.id = "S1";
    statement.speakerText = "Jesse Toprak";
    statement.content = "x";
    statement.span = {0, 1};
    analysed.statements.push_back(statement);
    const std::string json = exporting::toAnalysisJson(analysed);
    EXPECT_NE(json.find("\"speaker\":null,\"speaker_text\":\"Jesse Toprak\",\"cue\":null,"), std::string::npos) << json;
}

TEST(AnalysisJson, writesHowTheSpeakerWasFoundAsAnExtraField)
{
    model::AnalysedArticle analysed;
    model::Statement statement;
    statement.id = "S1";
    statement.speaker = "E1";
    statement.speakerText = "he";
    statement.content = "x";
    statement.span = { 0, 1 };
    statement.attribution = { "pronoun", "pronoun \u201che\u201d \u2192 Wang Wenbin, previous sentence" };
    analysed.statements.push_back(statement);
    const std::string json = exporting::toAnalysisJson(analysed);
    // After every field of the contract, never in place of one.
    EXPECT_NE(json.find("\"about\":[],\"attribution\":{\"sieve\":\"pronoun\",\"explanation\":\"pronoun \u201che\u201d "
                        "\u2192 Wang Wenbin, previous sentence\"}}"),
              std::string::npos)
        << json;
}
