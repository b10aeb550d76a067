// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QApplication>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QToolTip>

#include "AppTestSupport.h"
#include "model/Utf8.h"
#include "reader/ExtractionDetails.h"
#include "reader/HighlightLegend.h"
#include "reader/ReaderPane.h"
#include "reader/ReaderView.h"

using namespace sayline;
using app::HighlightKind;
using app::HighlightTarget;
using app::ReaderView;

namespace {

/// The text of the document between two positions.
QString textBetween(const QTextDocument* document, int start, int end)
{
    QTextCursor cursor(const_cast<QTextDocument*>(document));
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

QTextCharFormat formatAt(const QTextDocument* document, int position)
{
    QTextCursor cursor(const_cast<QTextDocument*>(document));
    cursor.setPosition(position + 1); // the format of the character before the cursor
    return cursor.charFormat();
}

} // namespace

TEST(ReaderView, neverLoadsRemoteOrLocalResources)
{
    ReaderView reader;
    EXPECT_FALSE(
        reader.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("http://example.com/a.png"))).isValid());
    EXPECT_FALSE(
        reader.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("https://example.com/t.gif"))).isValid());
    EXPECT_FALSE(reader.loadResource(QTextDocument::StyleSheetResource, QUrl(QStringLiteral("//cdn.example.com/s.css")))
                     .isValid());
    EXPECT_FALSE(reader
                     .loadResource(QTextDocument::ImageResource,
                                   QUrl::fromLocalFile(QStringLiteral(SAYLINE_SOURCE_DIR "/resources/app/sayline.svg")))
                     .isValid());
    EXPECT_FALSE(reader.openLinks());
    EXPECT_FALSE(reader.openExternalLinks());
}

TEST(ReaderView, showsTitleBylineAndPublisher)
{
    ReaderView reader;
    reader.setArticle(test::makeAnalysedArticle());
    const QString text = reader.toPlainText();
    EXPECT_TRUE(text.startsWith(QString::fromUtf8("Emoji \xF0\x9F\x98\x80 test article")));
    EXPECT_TRUE(text.contains(QStringLiteral("By Ann Writer")));
    EXPECT_TRUE(text.contains(QStringLiteral("Test Wire")));
}

TEST(ReaderView, highlightsCodePointSpansAfterAnEmojiAtTheRightUtf16Positions)
{
    ReaderView reader;
    const app::ArticleHandle article = test::makeAnalysedArticle();
    reader.setArticle(article);
    const std::string body = article->article.body();
    const QTextDocument* document = reader.document();

    for (const model::Entity& entity : article->entities) {
        for (const model::Span& mention : entity.mentions) {
            const int start = reader.documentPosition(mention.start);
            const int end = reader.documentPosition(mention.end - 1) + 1;
            ASSERT_GE(start, 0);
            EXPECT_EQ(textBetween(document, start, end),
                      QString::fromStdString(model::codePointSubstr(body, mention.start, mention.end)));
        }
    }
    // "NSA" (second paragraph, after a globe emoji): organization colour, opens E2.
    const model::Span nsa = article->entities[1].mentions[1];
    const int position = reader.documentPosition(nsa.start);
    EXPECT_EQ(formatAt(document, position).background().color(), app::highlightColor(HighlightKind::Organization));
    EXPECT_EQ(reader.targetAt(position), (HighlightTarget { HighlightTarget::Type::Entity, QStringLiteral("E2") }));
    // The character just before the mention is no longer the organization.
    EXPECT_NE(reader.targetAt(position - 1), (HighlightTarget { HighlightTarget::Type::Entity, QStringLiteral("E2") }));
}

TEST(ReaderView, speakerHighlightWinsOverThePersonAndOpensTheEntity)
{
    ReaderView reader;
    const app::ArticleHandle article = test::makeAnalysedArticle();
    reader.setArticle(article);
    const int position = reader.documentPosition(article->statements[0].speakerSpan->start);
    const QTextCharFormat format = formatAt(reader.document(), position);
    EXPECT_EQ(format.background().color(), app::highlightColor(HighlightKind::Speaker));
    EXPECT_EQ(format.fontWeight(), QFont::Bold);
    EXPECT_EQ(reader.targetAt(position), (HighlightTarget { HighlightTarget::Type::Entity, QStringLiteral("E1") }));
    // Inside the statement but on no entity: the statement.
    const int had = reader.documentPosition(test::spanOf(article->article.body(), "had").start);
    EXPECT_EQ(reader.targetAt(had), (HighlightTarget { HighlightTarget::Type::Statement, QStringLiteral("S1") }));
}

TEST(ReaderView, revealSpanSelectsExactlyTheStatement)
{
    ReaderView reader;
    const app::ArticleHandle article = test::makeAnalysedArticle();
    reader.setArticle(article);
    reader.revealSpan(article->statements[1].span);
    EXPECT_EQ(reader.textCursor().selectedText(), QStringLiteral("TAO is part of the NSA"));
}

TEST(ReaderView, legendToggleHidesAKindOfHighlight)
{
    app::ReaderPane pane;
    ReaderView* reader = pane.reader();
    const app::ArticleHandle article = test::makeAnalysedArticle();
    reader->setArticle(article);
    const int china = reader->documentPosition(article->entities[2].mentions[0].start);
    ASSERT_EQ(formatAt(reader->document(), china).background().color(), app::highlightColor(HighlightKind::Place));
    pane.legend()->button(HighlightKind::Place)->click();
    EXPECT_FALSE(reader->isKindVisible(HighlightKind::Place));
    EXPECT_NE(formatAt(reader->document(), china).background().color(), app::highlightColor(HighlightKind::Place));
    pane.legend()->button(HighlightKind::Place)->click();
    EXPECT_EQ(formatAt(reader->document(), china).background().color(), app::highlightColor(HighlightKind::Place));
}

TEST(ReaderView, clickingAHighlightReportsItsTarget)
{
    ReaderView reader;
    reader.setArticle(test::makeAnalysedArticle());
    QSignalSpy activated(&reader, &ReaderView::targetActivated);
    Q_EMIT reader.anchorClicked(QUrl(QStringLiteral("sayline:statement/S2")));
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).value<HighlightTarget>(),
              (HighlightTarget { HighlightTarget::Type::Statement, QStringLiteral("S2") }));
    Q_EMIT reader.anchorClicked(QUrl(QStringLiteral("http://example.com/")));
    EXPECT_EQ(activated.count(), 1);
}

TEST(ExtractionDetails, describeEntityAndStatementWithEscapedText)
{
    const app::ArticleHandle article = test::makeAnalysedArticle();
    const QString entity
        = app::extractionDetailsHtml(*article, { HighlightTarget::Type::Entity, QStringLiteral("E1") });
    EXPECT_TRUE(entity.contains(QStringLiteral("Wang Wenbin")));
    EXPECT_TRUE(entity.contains(QStringLiteral("spokesperson")));
    EXPECT_TRUE(entity.contains(QStringLiteral("person")));
    const QString statement
        = app::extractionDetailsHtml(*article, { HighlightTarget::Type::Statement, QStringLiteral("S2") });
    EXPECT_TRUE(statement.contains(QStringLiteral("The report")));
    EXPECT_TRUE(statement.contains(QStringLiteral("noted")));
    EXPECT_TRUE(statement.contains(QStringLiteral("Office of Tailored Access Operations")));
    EXPECT_TRUE(
        app::extractionDetailsHtml(*article, { HighlightTarget::Type::Entity, QStringLiteral("E99") }).isEmpty());

    EXPECT_FALSE(statement.contains(QStringLiteral("Speaker from"))); // no attribution known: no row

    auto explained = std::make_shared<model::AnalysedArticle>(*article);
    explained->statements[1].attribution = { "nominal", "description \u201cthe report\u201d \u2192 <a report>" };
    const QString why
        = app::extractionDetailsHtml(*explained, { HighlightTarget::Type::Statement, QStringLiteral("S2") });
    EXPECT_TRUE(why.contains(QStringLiteral("Speaker from"))) << why.toStdString();
    EXPECT_TRUE(why.contains(QString::fromUtf8("description \u201cthe report\u201d \u2192 &lt;a report&gt;")))
        << why.toStdString();

    auto hostile = std::make_shared<model::AnalysedArticle>(*article);
    hostile->entities[0].name = "<img src=\"http://example.com/x.png\">";
    const QString escaped
        = app::extractionDetailsHtml(*hostile, { HighlightTarget::Type::Entity, QStringLiteral("E1") });
    EXPECT_FALSE(escaped.contains(QStringLiteral("<img")));
}

TEST(ReaderView, hoveringAHighlightShowsWhatWasExtracted)
{
    ReaderView reader;
    reader.resize(800, 600);
    reader.show();
    const app::ArticleHandle article = test::makeAnalysedArticle();
    reader.setArticle(article);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&reader));
    QTextCursor cursor(reader.document());
    cursor.setPosition(reader.documentPosition(article->entities[2].mentions[0].start) + 1); // inside "China"
    const QPoint inside = reader.cursorRect(cursor).center();
    QHelpEvent help(QEvent::ToolTip, inside, reader.viewport()->mapToGlobal(inside));
    QApplication::sendEvent(reader.viewport(), &help);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("China"))) << QToolTip::text().toStdString();
    QToolTip::hideText();
}
