// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "AnalysedFixtures.h"
#include "export/ReportedSpeech.h"

using namespace sayline;
using exporting::Speech;
using exporting::SpeechFrame;
using Order = exporting::SpeechFrame::Order;

namespace {

Speech speech(model::StatementKind kind, std::string content, SpeechFrame frame, std::string cue = "said")
{
    return Speech { "Wang Wenbin", std::move(cue), kind, std::move(content), std::move(frame) };
}

} // namespace

TEST(ReportedSpeech, directSpeechIsQuotedAfterItsAttribution)
{
    EXPECT_EQ(exporting::speechText(
                  speech(model::StatementKind::Direct, "It can be seen", { Order::ContentFirst, false, {} })),
              "Wang Wenbin said: \u201cIt can be seen\u201d");
    EXPECT_EQ(exporting::speechText(speech(model::StatementKind::Direct, "\u201cAlready quoted\u201d", {})),
              "Wang Wenbin said: \u201cAlready quoted\u201d");
}

TEST(ReportedSpeech, indirectSpeechIsReportedAsTheArticleFramesIt)
{
    EXPECT_EQ(exporting::speechText(speech(model::StatementKind::Indirect, "based on the materials",
                                           { Order::AttributionFirst, false, "that" })),
              "Wang Wenbin said that based on the materials.");
    EXPECT_EQ(exporting::speechText(speech(model::StatementKind::Indirect, "the US to stop",
                                           { Order::AttributionFirst, false, "" }, "urged")),
              "Wang Wenbin urged the US to stop.");
    EXPECT_EQ(exporting::speechText(
                  speech(model::StatementKind::Indirect, "The US is a threat", { Order::ContentFirst, false, {} })),
              "The US is a threat, Wang Wenbin said.");
    EXPECT_EQ(exporting::speechText(speech(model::StatementKind::Indirect, "the issue has been resolved",
                                           { Order::AttributionFirst, true, "" }, "according to")),
              "According to Wang Wenbin, the issue has been resolved.");
}

TEST(ReportedSpeech, indirectSpeechWithoutAFrameIsLabelledNeverQuoted)
{
    const std::string unframed = exporting::speechText(speech(model::StatementKind::Indirect, "the US lies", {}));
    EXPECT_EQ(unframed, "Wang Wenbin (said, reported speech): the US lies");
    // A participle cannot carry reported speech ("Wang saying that …"): the label again.
    EXPECT_EQ(exporting::speechText(speech(model::StatementKind::Indirect, "it will rain",
                                           { Order::AttributionFirst, false, "" }, "saying")),
              "Wang Wenbin (saying, reported speech): it will rain");
}

TEST(ReportedSpeech, mixedSpeechKeepsExactlyTheArticlesMarks)
{
    const std::string content = "the US is creating an \"internet secret theft axis\" led by the US";
    const std::string text
        = exporting::speechText(speech(model::StatementKind::Mixed, content, { Order::ContentFirst, false, {} }));
    EXPECT_EQ(text, content + ", Wang Wenbin said.");
}

TEST(ReportedSpeech, quotedContentQuotesOnlyDirectSpeech)
{
    EXPECT_EQ(exporting::quotedContent(model::StatementKind::Direct, "yes"), "\u201cyes\u201d");
    EXPECT_EQ(exporting::quotedContent(model::StatementKind::Indirect, "yes"), "yes");
    EXPECT_EQ(exporting::quotedContent(model::StatementKind::Mixed, "a \"b\" c"), "a \"b\" c");
}

TEST(ReportedSpeech, theSpeakerAndContentArePartsAFormatCanMark)
{
    const auto parts = exporting::renderSpeech(speech(model::StatementKind::Direct, "x", {}));
    ASSERT_FALSE(parts.empty());
    EXPECT_EQ(parts.front().role, exporting::SpeechPart::Role::Speaker);
    EXPECT_EQ(parts.front().text, "Wang Wenbin");
    const bool content = std::any_of(parts.begin(), parts.end(), [](const exporting::SpeechPart& part) {
        return part.role == exporting::SpeechPart::Role::Content && part.text == "x";
    });
    EXPECT_TRUE(content);
}

TEST(ReportedSpeech, readsTheFrameOfEachStatementOfTheReferenceArticle)
{
    const exporting::SummaryDocument document = test::analysedSummary(test::kReferenceArticle);
    ASSERT_EQ(document.articles.size(), 1u);
    const model::AnalysedArticle& analysed = document.articles.front().analysed;
    ASSERT_EQ(analysed.statements.size(), test::kReferenceStatements);
    const std::string body = analysed.article.body();
    for (const model::Statement& statement : analysed.statements) {
        const Speech speech = exporting::speechOf(analysed, statement, body);
        const std::string text = exporting::speechText(speech);
        EXPECT_NE(text.find(statement.content), std::string::npos) << text;
        EXPECT_EQ(test::quotedIn(text, statement.content), statement.kind == model::StatementKind::Direct) << text;
        if (statement.content.rfind("based on the disclosed", 0) == 0) {
            EXPECT_EQ(text.rfind("Wang Wenbin said that based on the disclosed", 0), 0u) << text;
        }
        if (statement.cue == "urged") {
            EXPECT_EQ(text.rfind("Wang Wenbin urged the US to immediately stop", 0), 0u) << text;
        }
        if (statement.content.rfind("The US has become", 0) == 0) {
            EXPECT_EQ(text, statement.content + ", Wang Wenbin said.") << text;
        }
    }
}
