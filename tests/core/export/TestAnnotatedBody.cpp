// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "AnalysedFixtures.h"
#include "ExportFixtures.h"
#include "export/AnnotatedBody.h"

using namespace sayline;
using exporting::MarkKind;
using exporting::TextEvent;

namespace {

/// The events as a bracketed string: "[indirect x [organization y] z]".
std::string sketch(const exporting::AnnotatedBody& body, std::size_t paragraph)
{
    std::string out;
    for (const TextEvent& event : body.paragraphs[paragraph]) {
        if (event.type == TextEvent::Type::Text)
            out += event.text;
        else if (event.type == TextEvent::Type::Open)
            out += std::string("[") + exporting::markClass(body.marks[event.mark].kind) + (event.first ? " " : "~ ");
        else
            out += event.last ? "]" : "~]";
    }
    return out;
}

} // namespace

TEST(AnnotatedBody, nestsMentionsInsideStatementsAndSpeakersCoverWhatTheyName)
{
    exporting::SummaryArticle article = test::summaryArticle("T", "Wang Wenbin", "the Pentagon lies");
    model::AnalysedArticle& analysed = article.analysed;
    analysed.statements[0].speakerSpan = model::Span { 0, 11 };
    analysed.entities[1].mentions.push_back(model::Span { 37, 45 }); // "Pentagon" inside the statement
    const exporting::AnnotatedBody body = exporting::annotateBody(analysed);
    ASSERT_EQ(body.paragraphs.size(), 1u);
    EXPECT_EQ(sketch(body, 0),
              "[speaker Wang Wenbin] said on [date June 14] that [indirect the [organization Pentagon] lies]. "
              "The [organization Pentagon] in [place Washington] did not reply.");
}

TEST(AnnotatedBody, aMarkCrossingAnotherIsClosedAndOpenedAgain)
{
    exporting::SummaryArticle article = test::summaryArticle("T", "Wang", "the Pentagon lies");
    model::AnalysedArticle& analysed = article.analysed;
    analysed.dates = {};
    // The statement is [26, 43): "the Pentagon lies"; this place runs from its "ies" past its end.
    analysed.entities = { { "E9", model::EntityType::Location, "X", {}, {}, {}, { model::Span { 40, 50 } } } };
    const exporting::AnnotatedBody body = exporting::annotateBody(analysed);
    EXPECT_EQ(sketch(body, 0),
              "Wang said on June 14 that [indirect the Pentagon l[place ies~]][place~ . The P]entagon "
              "in Washington did not reply.");
}

TEST(AnnotatedBody, theReferenceArticleKeepsItsTextAndMarksEveryStatementOnce)
{
    const exporting::SummaryDocument document = test::analysedSummary(test::kReferenceArticle);
    const model::AnalysedArticle& analysed = document.articles.front().analysed;
    const exporting::AnnotatedBody body = exporting::annotateBody(analysed);
    ASSERT_EQ(body.paragraphs.size(), analysed.article.paragraphs.size());
    std::vector<int> starts(analysed.statements.size(), 0);
    for (std::size_t i = 0; i < body.paragraphs.size(); ++i) {
        std::string text;
        int depth = 0;
        for (const TextEvent& event : body.paragraphs[i]) {
            if (event.type == TextEvent::Type::Text)
                text += event.text;
            depth += event.type == TextEvent::Type::Open ? 1 : event.type == TextEvent::Type::Close ? -1 : 0;
            EXPECT_GE(depth, 0);
            const exporting::Mark* mark = event.type == TextEvent::Type::Open ? &body.marks[event.mark] : nullptr;
            if (mark && event.first && mark->statement != exporting::kNoStatement && mark->kind != MarkKind::Speaker)
                ++starts[mark->statement];
        }
        EXPECT_EQ(depth, 0);
        EXPECT_EQ(text, analysed.article.paragraphs[i]);
    }
    EXPECT_EQ(starts, std::vector<int>(test::kReferenceStatements, 1));
}
