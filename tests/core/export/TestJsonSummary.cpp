// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "ExportFixtures.h"
#include "export/AnalysisJson.h"
#include "export/JsonSummaryWriter.h"

using namespace sayline;

TEST(JsonSummary, isAnArrayOfContractObjectsWithLibraryIdsFirst)
{
    exporting::SummaryDocument document;
    document.articles = { test::summaryArticle("First", "Wang Wenbin", "x"), test::summaryArticle("Second", "B", "y") };
    document.articles[0].articleId = 7;
    document.articles[0].entityIds = { { "E1", 11 }, { "E2", 12 } };
    document.articles[0].statementIds = { { "S1", 21 } };
    const std::string json = exporting::JsonSummaryWriter::render(document);
    const std::string first = exporting::toAnalysisJson(document.articles[0].analysed);
    const std::string second = exporting::toAnalysisJson(document.articles[1].analysed);
    EXPECT_EQ(json,
              "[\n{\"library\":{\"article_id\":7,\"entities\":{\"E1\":11,\"E2\":12},\"statements\":{\"S1\":21}},"
                  + first.substr(1) + ",\n" + second + "\n]\n");
}

TEST(JsonSummary, noArticlesIsAnEmptyArray)
{
    EXPECT_EQ(exporting::JsonSummaryWriter::render({}), "[]\n");
}
