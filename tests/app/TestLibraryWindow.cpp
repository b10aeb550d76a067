// SPDX-License-Identifier: GPL-3.0-or-later
// The window opens on the library: its articles, speakers and statements, corrections with undo, imports beside
// the article being read.
#include <gtest/gtest.h>

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>
#include <cstdio>

#include "AppTestSupport.h"
#include "WindowFixture.h"
#include "corrections/CorrectionController.h"
#include "library/ArticlesView.h"
#include "library/LibraryArticleModel.h"
#include "reader/ReaderView.h"
#include "search/StatementResultModel.h"
#include "search/StatementTimeline.h"
#include "search/StatementsPanel.h"
#include "speakers/LibrarySpeakerModel.h"
#include "speakers/SpeakersView.h"
#include "store/ArticleWriter.h"
#include "store/Library.h"
#include "store/Transaction.h"

using namespace sayline;
using test::kFolder;
using test::kReference;
using test::kSamples;

namespace {

class LibraryWindowTest : public test::WindowFixture
{
protected:
    app::StatementsPanel* statements() { return window().statementsPanel(); }
    app::StatementResultModel* results() { return statements()->resultModel(); }

    /// A speaker with `count` statements, one a week from January 2020: more than one page of results.
    void writeBriefings(int count)
    {
        auto db = store::openLibrary(library(), store::OpenMode::Create);
        store::Transaction transaction(db);
        store::ArticleWriter writer(db);
        for (int i = 0; i < count; ++i) {
            const int month = i * 12 / 52;
            char date[16];
            std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2020 + month / 12, month % 12 + 1, 1 + i % 4 * 7);
            model::AnalysedArticle article;
            article.article.title = "Briefing " + std::to_string(i);
            article.article.file = "briefing-" + std::to_string(i) + ".txt";
            article.article.published = date;
            article.article.paragraphs = { "Zhao Lijian said: \"Statement " + std::to_string(i) + "\"" };
            model::Entity zhao;
            zhao.id = "E1";
            zhao.type = model::EntityType::Person;
            zhao.name = "Zhao Lijian";
            zhao.roles = { "spokesperson" };
            zhao.mentions = { { 0, 11 } };
            article.entities = { zhao };
            model::Statement statement;
            statement.id = "S1";
            statement.speaker = "E1";
            statement.speakerText = "Zhao Lijian";
            statement.cue = "said";
            statement.kind = model::StatementKind::Direct;
            statement.content = "Statement " + std::to_string(i);
            statement.span = { 19, 19 + static_cast<int>(statement.content.size()) };
            article.statements = { statement };
            writer.add(article, "briefing" + std::to_string(i));
        }
        transaction.commit();
    }

    const model::Statement& statementWithSource(const app::StoredHandle& article, const std::string& source)
    {
        const auto& all = article->analysis.statements;
        const auto found
            = std::find_if(all.begin(), all.end(), [&](const model::Statement& s) { return s.speakerText == source; });
        EXPECT_NE(found, all.end()) << source;
        return *found;
    }

    std::string speakerOf(const model::Statement& statement)
    {
        const model::Entity* speaker = window().currentArticle()->analysis.entityById(statement.speaker.value_or(""));
        return speaker ? speaker->name : std::string();
    }
};

} // namespace

TEST_F(LibraryWindowTest, startsOnAnExistingLibraryWithItsArticlesSpeakersAndStatements)
{
    importBeforehand({ kSamples });
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(window().articlesView()->model()->totalCount(), 17);
    EXPECT_EQ(window().articlesView()->model()->rowCount(), 17);
    app::LibrarySpeakerModel* speakers = window().speakersView()->model();
    ASSERT_GT(speakers->rowCount(), 10);
    QStringList names;
    for (int row = 0; row < speakers->rowCount(); ++row)
        names.append(speakers->index(row, 0).data().toString());
    EXPECT_TRUE(names.contains(QStringLiteral("Wang Wenbin")));
    // With nothing typed, the statements panel shows the library's statements, not nothing.
    EXPECT_GT(results()->total(), 50);
    EXPECT_EQ(window().currentArticle(), nullptr); // nothing is read until the user chooses
}

TEST_F(LibraryWindowTest, choosingAnArticleReadsTheLibrarysWholeAnalysis)
{
    importBeforehand({ kReference });
    QTreeView* list = window().articlesView()->view();
    list->setCurrentIndex(window().articlesView()->model()->index(0, 0));
    const app::StoredHandle article = window().currentArticle();
    ASSERT_NE(article, nullptr);
    const model::Statement& lead = statementWithSource(article, "a senior Chinese official");
    EXPECT_EQ(speakerOf(lead), "Wang Wenbin");
    const model::Entity* wang = article->analysis.entityById(*lead.speaker);
    EXPECT_FALSE(wang->aliases.empty());
    EXPECT_FALSE(wang->roles.empty());
    EXPECT_TRUE(wang->affiliation.has_value());
    // The speaker's highlight is there: the source as written has its span.
    EXPECT_TRUE(lead.speakerSpan.has_value());
}

TEST_F(LibraryWindowTest, aWordPrefixOfARoleFindsTheSpokesperson)
{
    importBeforehand({ kSamples });
    ASSERT_TRUE(waitIdle());
    auto* speakerEdit = child<QLineEdit>("speakerSearchEdit");
    speakerEdit->setText(QStringLiteral("spokes"));
    ASSERT_TRUE(waitIdle());
    ASSERT_GT(results()->rowCount(), 0);
    QStringList speakers;
    for (int row = 0; row < results()->rowCount(); ++row)
        speakers.append(results()->index(row, app::StatementResultModel::SpeakerColumn).data().toString());
    EXPECT_TRUE(speakers.contains(QStringLiteral("Wang Wenbin")));
}

TEST_F(LibraryWindowTest, aSpeakersTimelineCoversEveryStatementNotOnePageAndTheResultsPageThroughAll)
{
    constexpr int kStatements = 224;
    writeBriefings(kStatements);
    ASSERT_TRUE(waitIdle());
    ASSERT_TRUE(QTest::qWaitFor([&] { return window().speakersView()->model()->rowCount() == 1; }));
    const QModelIndex zhao = window().speakersView()->model()->index(0, 0);
    window().showSpeaker(zhao.data(app::LibrarySpeakerModel::EntityIdRole).toLongLong(), zhao.data().toString());
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(results()->total(), kStatements); // counted over every match, though read a page at a time
    const auto& bins = statements()->timeline()->bins();
    ASSERT_FALSE(bins.empty());
    EXPECT_EQ(bins.front().label, QStringLiteral("2020-01"));
    const int lastMonth = (kStatements - 1) * 12 / 52;
    EXPECT_EQ(bins.back().label,
              QStringLiteral("%1-%2").arg(2020 + lastMonth / 12).arg(lastMonth % 12 + 1, 2, 10, QLatin1Char('0')));
    int plotted = 0;
    for (const auto& bin : bins)
        plotted += bin.count;
    EXPECT_EQ(plotted, kStatements);
    // Scrolling to the end of the results reads the further pages.
    while (results()->canFetchMore({})) {
        results()->fetchMore({});
        ASSERT_TRUE(waitIdle());
    }
    EXPECT_EQ(results()->rowCount(), kStatements);
}

TEST_F(LibraryWindowTest, reassigningFromTheReaderIsUndoable)
{
    ASSERT_TRUE(importThroughWindow({ kReference }, true));
    const model::Statement target = statementWithSource(window().currentArticle(), "the media report");
    const std::string before = speakerOf(target);
    // Click the statement in the reader, then Edit → Reassign Speaker…, pick Wang Wenbin.
    Q_EMIT window().reader()->targetActivated(
        { app::HighlightTarget::Type::Statement, QString::fromStdString(target.id) });
    auto* reassign = child<QAction>("reassignSpeakerAction");
    ASSERT_TRUE(reassign->isEnabled());
    answerDialog([&] { reassign->trigger(); },
                 [](QDialog& dialog) {
                     auto* candidates = dialog.findChild<QListWidget*>(QStringLiteral("candidateList"));
                     const QList<QListWidgetItem*> wang
                         = candidates->findItems(QStringLiteral("Wang Wenbin"), Qt::MatchExactly);
                     ASSERT_EQ(wang.size(), 1);
                     candidates->setCurrentItem(wang.front());
                     dialog.accept();
                 });
    ASSERT_TRUE(waitIdle());
    const auto find = [&] { return statementWithSource(window().currentArticle(), "the media report"); };
    EXPECT_EQ(speakerOf(find()), "Wang Wenbin");
    auto* undo = child<QAction>("undoAction");
    ASSERT_TRUE(undo->isEnabled());
    undo->trigger();
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(speakerOf(find()), before);
    child<QAction>("redoAction")->trigger();
    EXPECT_EQ(speakerOf(find()), "Wang Wenbin");
}

TEST_F(LibraryWindowTest, mergeStartsEmptyCompletesNamesAndIsUndoable)
{
    ASSERT_TRUE(importThroughWindow({ kReference }, true));
    const app::StoredHandle article = window().currentArticle();
    const auto tao
        = std::find_if(article->analysis.entities.begin(), article->analysis.entities.end(),
                       [](const model::Entity& e) { return e.name == "Office of Tailored Access Operations"; });
    ASSERT_NE(tao, article->analysis.entities.end());
    const std::size_t entities = article->analysis.entities.size();
    window().showDetails({ app::HighlightTarget::Type::Entity, QString::fromStdString(tao->id) });
    answerDialog([&] { child<QAction>("mergeEntityAction")->trigger(); },
                 [](QDialog& dialog) {
                     auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("speakerEdit"));
                     auto* matches = dialog.findChild<QListWidget*>(QStringLiteral("matchList"));
                     EXPECT_TRUE(edit->text().isEmpty());
                     EXPECT_EQ(matches->count(), 0);
                     EXPECT_FALSE(matches->currentItem());
                     QTest::keyClicks(edit, QStringLiteral("national sec"));
                     ASSERT_TRUE(QTest::qWaitFor([&] { return matches->count() > 0; }, 5000));
                     EXPECT_TRUE(matches->item(0)->text().startsWith(QStringLiteral("National Security Agency")));
                     matches->setCurrentRow(0);
                     dialog.accept();
                 });
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(window().currentArticle()->analysis.entities.size(), entities - 1);
    child<QAction>("undoAction")->trigger();
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(window().currentArticle()->analysis.entities.size(), entities);
}

TEST_F(LibraryWindowTest, deletingAStatementIsUndoable)
{
    ASSERT_TRUE(importThroughWindow({ kReference }, true));
    const std::size_t before = window().currentArticle()->analysis.statements.size();
    const model::Statement first = window().currentArticle()->analysis.statements.front();
    Q_EMIT window().reader()->targetActivated(
        { app::HighlightTarget::Type::Statement, QString::fromStdString(first.id) });
    child<QAction>("deleteStatementAction")->trigger();
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(window().currentArticle()->analysis.statements.size(), before - 1);
    child<QAction>("undoAction")->trigger();
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(window().currentArticle()->analysis.statements.size(), before);
}

TEST_F(LibraryWindowTest, importingAFolderKeepsTheArticleBeingRead)
{
    ASSERT_TRUE(importThroughWindow({ kReference }, true));
    const qint64 reading = window().currentArticle()->articleId;
    const QString text = window().reader()->toPlainText();
    window().openPaths({ kFolder });
    EXPECT_TRUE(window().importController()->isBusy());
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(window().currentArticle()->articleId, reading);
    EXPECT_EQ(window().reader()->toPlainText(), text);
    EXPECT_EQ(window().articlesView()->model()->totalCount(), 4);
}

TEST_F(LibraryWindowTest, rightClickOffersTheCorrectionsWhereTheyApply)
{
    ASSERT_TRUE(importThroughWindow({ kReference }, true));
    auto* tree = child<QTreeView>("speakerTreeView");
    EXPECT_EQ(tree->contextMenuPolicy(), Qt::CustomContextMenu);
    const QModelIndex speaker = tree->model()->index(0, 0);
    const QModelIndex statement = tree->model()->index(0, 0, speaker);
    tree->scrollTo(statement);
    Q_EMIT tree->customContextMenuRequested(tree->visualRect(statement).center());
    QMenu* menu = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        return menu != nullptr;
    }));
    QStringList names;
    for (const QAction* action : menu->actions())
        names.append(action->objectName());
    EXPECT_TRUE(names.contains(QStringLiteral("reassignSpeakerAction")));
    EXPECT_TRUE(names.contains(QStringLiteral("deleteStatementAction")));
    EXPECT_TRUE(names.contains(QStringLiteral("mergeEntityAction")));
    menu->close();
    EXPECT_EQ(window().articlesView()->view()->contextMenuPolicy(), Qt::CustomContextMenu);
}

TEST_F(LibraryWindowTest, aLibraryOfTheEarlierVersionIsCompletedWhenTheWindowOpensOnIt)
{
    std::filesystem::copy_file(std::filesystem::path(SAYLINE_TEST_DATA) / "library" / "library-v4.sqlite", library());
    ASSERT_TRUE(waitIdle());
    app::LibraryArticleModel* articles = window().articlesView()->model();
    ASSERT_EQ(articles->totalCount(), 2);
    int reference = -1;
    for (int row = 0; row < articles->rowCount(); ++row) {
        if (articles->index(row, 0).data().toString().startsWith(QStringLiteral("US becomes")))
            reference = row;
    }
    ASSERT_GE(reference, 0);
    window().openArticle(articles->articleId(reference));
    const app::StoredHandle article = window().currentArticle();
    EXPECT_TRUE(article->complete);
    EXPECT_EQ(speakerOf(statementWithSource(article, "a senior Chinese official")), "Wang Wenbin");
}

TEST(LibraryModels, theArticleStatementAndSpeakerModelsPassTheModelTester)
{
    app::StatementResultModel statements;
    const test::ModelCheck checkStatements(&statements);
    store::StatementRecord record;
    record.id = 1;
    record.content = "the US is a threat";
    record.speaker = "Wang Wenbin";
    bool asked = false;
    QObject::connect(&statements, &app::StatementResultModel::moreWanted, [&](int offset) {
        asked = true;
        EXPECT_EQ(offset, 1);
    });
    statements.setResults({ record }, 3);
    if (statements.canFetchMore({})) // the model tester may have asked already
        statements.fetchMore({});
    EXPECT_TRUE(asked);
    EXPECT_FALSE(statements.canFetchMore({})); // until the page arrives
    record.id = 2;
    statements.appendResults({ record, record });
    EXPECT_EQ(statements.rowCount(), 3);
    EXPECT_TRUE(checkStatements.problems().isEmpty())
        << checkStatements.problems().join(QLatin1Char('\n')).toStdString();
}

TEST_F(LibraryWindowTest, theArticleListReadsTheLibraryAPageAtATimeInTheLibrarysOrder)
{
    writeBriefings(450);
    app::LibraryArticleModel model(library());
    model.setFilter({});
    EXPECT_EQ(model.totalCount(), 450);
    EXPECT_EQ(model.rowCount(), app::LibraryArticleModel::kPageSize); // one page, not the whole library
    const test::ModelCheck check(&model);
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 450);
    model.sort(app::LibraryArticleModel::TitleColumn, Qt::DescendingOrder);
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("Briefing 99"));
    model.sort(app::LibraryArticleModel::DateColumn, Qt::AscendingOrder);
    EXPECT_EQ(model.index(0, app::LibraryArticleModel::DateColumn).data().toString(), QStringLiteral("2020-01-01"));
    store::ArticleFilter filter;
    filter.contains = "briefing 44";
    model.setFilter(filter);
    EXPECT_EQ(model.totalCount(), 11); // 44 and 440–449
    EXPECT_TRUE(check.problems().isEmpty()) << check.problems().join(QLatin1Char('\n')).toStdString();
}
