// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "AppTestSupport.h"
#include "MainWindow.h"
#include "analysis/Analyzer.h"
#include "common/MessageBar.h"
#include "library/ImportController.h"
#include "reader/ReaderView.h"
#include "search/LibraryArticle.h"
#include "search/LibraryPanel.h"
#include "search/StatementResultModel.h"
#include "search/StatementTimeline.h"
#include "service/AnalysisService.h"

using namespace sayline;
using app::StatementResultModel;

namespace {

const QString kReference
    = QStringLiteral(SAYLINE_SOURCE_DIR "/resources/samples/global-times-2022-06-15-us-threat.txt");

store::StatementRecord record(store::RowId id, const std::string& speaker, const std::string& content)
{
    store::StatementRecord out;
    out.id = id;
    out.articleId = 7;
    out.articleTitle = "An article";
    out.publisher = "Test Wire";
    out.date = "2022-06-15";
    out.speaker = speaker;
    out.cue = "said";
    out.content = content;
    out.span = { 10, 10 + static_cast<int>(content.size()) };
    return out;
}

class LibraryTest : public testing::Test
{
protected:
    LibraryTest()
        : m_service(m_analyzer)
        , m_window(app::AppContext { m_analyzer, m_service, libraryFile() })
    {
        m_window.show();
    }

    std::filesystem::path libraryFile() const
    {
        return std::filesystem::path(m_dir.filePath(QStringLiteral("library.sqlite")).toStdString());
    }

    app::LibraryPanel* panel() { return m_window.libraryPanel(); }

    bool searchFor(const QString& speaker)
    {
        panel()->findChild<QLineEdit*>(QStringLiteral("speakerSearchEdit"))->setText(speaker);
        return QTest::qWaitFor([this] { return !panel()->isSearching(); }, 30000);
    }

    QTemporaryDir m_dir;
    analysis::Analyzer m_analyzer;
    service::AnalysisService m_service;
    app::MainWindow m_window;
};

} // namespace

TEST(StatementResultModel, showsOneStatementPerRowAndPassesTheModelTester)
{
    StatementResultModel model;
    test::ModelCheck check(&model);
    model.setResults({ record(1, "Wang Wenbin", "the US is a threat"), record(2, "The report", "231 attacks") });
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, StatementResultModel::SpeakerColumn).data().toString(), QStringLiteral("Wang Wenbin"));
    EXPECT_EQ(model.index(1, StatementResultModel::StatementColumn).data().toString(), QStringLiteral("231 attacks"));
    EXPECT_EQ(model.index(0, 0).data(StatementResultModel::ArticleIdRole).toLongLong(), 7);
    EXPECT_EQ(model.index(0, StatementResultModel::DateColumn).data().toString(), QStringLiteral("2022-06-15"));
    model.setResults({});
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(check.problems().isEmpty()) << check.problems().join(QLatin1Char('\n')).toStdString();
}

TEST(StatementResultModel, quotesDirectSpeechOnlyAndReportsTheRest)
{
    StatementResultModel model;
    store::StatementRecord direct = record(1, "Wang Wenbin", "It can be seen");
    direct.kind = model::StatementKind::Direct;
    store::StatementRecord indirect = record(2, "Wang Wenbin", "the US is a threat");
    indirect.kind = model::StatementKind::Indirect;
    store::StatementRecord mixed = record(3, "Wang Wenbin", "an \"axis\" led by the US");
    mixed.kind = model::StatementKind::Mixed;
    model.setResults({ direct, indirect, mixed });
    const auto text = [&](int row, int role) {
        return model.index(row, StatementResultModel::StatementColumn).data(role).toString();
    };
    EXPECT_EQ(text(0, Qt::DisplayRole), QStringLiteral("\u201cIt can be seen\u201d"));
    EXPECT_EQ(text(1, Qt::DisplayRole), QStringLiteral("the US is a threat"));
    EXPECT_EQ(text(2, Qt::DisplayRole), QStringLiteral("an \"axis\" led by the US"));
    EXPECT_TRUE(text(0, Qt::ToolTipRole).startsWith(QStringLiteral("Wang Wenbin said: \u201cIt can be seen\u201d")));
    EXPECT_TRUE(
        text(1, Qt::ToolTipRole).startsWith(QStringLiteral("Wang Wenbin (said, reported speech): the US is a threat")))
        << text(1, Qt::ToolTipRole).toStdString();
    EXPECT_FALSE(text(1, Qt::ToolTipRole).contains(QStringLiteral("\u201cthe US")));
}

TEST(LibraryArticle, mapsStoredSpeakersAndTargetsToArticleEntities)
{
    store::ArticleAnnotations annotations;
    annotations.article.article.title = "Stored";
    annotations.article.article.paragraphs = { "Wang said the NSA spies." };
    annotations.entities = { { "E1", 101, model::EntityType::Person, "Wang Wenbin", { { 0, 4 } } },
                             { "E2", 102, model::EntityType::Organization, "NSA", { { 14, 17 } } } };
    store::StatementRecord statement = record(5, "Wang Wenbin", "the NSA spies");
    statement.speakerId = 101;
    statement.about = { "NSA" };
    annotations.statements = { statement };
    const app::ArticleHandle article = app::analysedFromLibrary(annotations);
    ASSERT_EQ(article->statements.size(), 1u);
    EXPECT_EQ(article->statements[0].speaker, std::optional<std::string>("E1"));
    EXPECT_EQ(article->statements[0].about, std::vector<std::string> { "E2" });
    EXPECT_EQ(article->entities.size(), 2u);
    EXPECT_EQ(article->article.title, "Stored");
}

TEST_F(LibraryTest, searchingBeforeAnythingWasImportedSaysTheLibraryIsEmpty)
{
    ASSERT_NE(panel(), nullptr);
    ASSERT_TRUE(searchFor(QStringLiteral("Wang")));
    EXPECT_EQ(panel()->resultModel()->rowCount(), 0);
    EXPECT_TRUE(
        panel()->findChild<QLabel*>(QStringLiteral("libraryStatusLabel"))->text().contains(QStringLiteral("empty")));
}

TEST_F(LibraryTest, openedArticlesAreSearchableBySpeakerAndAResultOpensAtTheStatement)
{
    m_window.openPaths({ kReference });
    ASSERT_TRUE(QTest::qWaitFor([this] { return !m_window.importController()->isBusy(); }, 60000));
    ASSERT_TRUE(searchFor(QStringLiteral("wang wenbin"))); // case does not matter
    StatementResultModel* results = panel()->resultModel();
    ASSERT_GT(results->rowCount(), 0);
    for (int row = 0; row < results->rowCount(); ++row)
        EXPECT_EQ(results->index(row, StatementResultModel::SpeakerColumn).data().toString(),
                  QStringLiteral("Wang Wenbin"));

    m_window.showArticle(-1); // nothing open: the result must bring its article back
    auto* view = panel()->findChild<QTreeView*>(QStringLiteral("libraryResultsView"));
    const QModelIndex first = results->index(0, StatementResultModel::StatementColumn);
    Q_EMIT view->activated(first);
    ASSERT_NE(m_window.currentArticle(), nullptr);
    const QString content = first.data(StatementResultModel::ContentRole).toString();
    EXPECT_EQ(m_window.findChild<app::ReaderView*>(QStringLiteral("readerView"))->textCursor().selectedText(), content);

    // Importing the same file again adds nothing to the library.
    m_window.openPaths({ kReference });
    ASSERT_TRUE(QTest::qWaitFor([this] { return !m_window.importController()->isBusy(); }, 60000));
    const int before = results->rowCount();
    ASSERT_TRUE(searchFor(QStringLiteral("Wang Wenbin")));
    EXPECT_EQ(results->rowCount(), before);
}

TEST_F(LibraryTest, reassigningASpeakerCanBeUndoneAndDeletingAStatementRemovesIt)
{
    m_window.openPaths({ kReference });
    ASSERT_TRUE(QTest::qWaitFor([this] { return !m_window.importController()->isBusy(); }, 60000));
    ASSERT_TRUE(searchFor(QStringLiteral("Wang Wenbin")));
    StatementResultModel* results = panel()->resultModel();
    const int before = results->rowCount();
    ASSERT_GT(before, 1);

    const std::vector<store::ArticleEntity> candidates = panel()->speakerCandidates(0);
    ASSERT_FALSE(candidates.empty());
    ASSERT_TRUE(panel()->reassignResult(0, candidates.front().entityId));
    ASSERT_TRUE(QTest::qWaitFor([this] { return !panel()->isSearching(); }, 30000));
    EXPECT_EQ(results->rowCount(), before - 1);

    auto* undo = m_window.findChild<QAction*>(QStringLiteral("undoAction"));
    ASSERT_NE(undo, nullptr);
    EXPECT_EQ(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    ASSERT_TRUE(undo->isEnabled());
    undo->trigger();
    ASSERT_TRUE(QTest::qWaitFor([this] { return !panel()->isSearching(); }, 30000));
    EXPECT_EQ(results->rowCount(), before);

    ASSERT_NE(m_window.currentArticle(), nullptr);
    const std::size_t statementsBefore = m_window.currentArticle()->statements.size();
    ASSERT_TRUE(panel()->deleteResult(0));
    ASSERT_TRUE(QTest::qWaitFor([this] { return !panel()->isSearching(); }, 30000));
    EXPECT_EQ(results->rowCount(), before - 1);
    // The article being read is now the library's corrected copy.
    EXPECT_EQ(m_window.currentArticle()->statements.size(), statementsBefore - 1);
}

TEST(LibraryFallback, aLibraryThatCannotBeOpenedIsReportedAndTheArticleStillOpens)
{
    const analysis::Analyzer analyzer;
    const service::AnalysisService service(analyzer);
    app::MainWindow window(
        app::AppContext { analyzer, service, std::filesystem::path("/proc/sayline-no/library.sqlite") });
    window.show();
    window.openPaths({ kReference });
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.importController()->isBusy(); }, 60000));
    EXPECT_NE(window.currentArticle(), nullptr);
    auto* bar = window.findChild<app::MessageBar*>(QStringLiteral("messageBar"));
    EXPECT_TRUE(QTest::qWaitFor([bar] { return !bar->messages().isEmpty(); })); // queued from the worker
    const QStringList messages = bar->messages();
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_TRUE(messages.front().startsWith(QStringLiteral("Library:"))) << messages.front().toStdString();
}

TEST(StatementTimeline, countsStatementsPerMonthIncludingEmptyMonths)
{
    app::StatementTimeline timeline;
    timeline.setDates({ "2022-06-15", "2022-06-20", "2022-08-01", "not a date" });
    const auto& bins = timeline.bins();
    ASSERT_EQ(bins.size(), 3u);
    EXPECT_EQ(bins[0].label, QStringLiteral("2022-06"));
    EXPECT_EQ(bins[0].count, 2);
    EXPECT_EQ(bins[1].count, 0);
    EXPECT_EQ(bins[2].count, 1);
    timeline.setDates({ "2001-03-01", "2019-11-19" }); // long spans go by year
    EXPECT_EQ(timeline.bins().size(), 19u);
    EXPECT_EQ(timeline.bins().front().label, QStringLiteral("2001"));
    timeline.setDates({});
    EXPECT_TRUE(timeline.bins().empty());
}

TEST_F(LibraryTest, mergingASpeakerGivesAllTheirStatementsToTheOther)
{
    m_window.openPaths({ kReference, QStringLiteral(SAYLINE_SOURCE_DIR "/resources/samples/wikinews") });
    ASSERT_TRUE(QTest::qWaitFor([this] { return !m_window.importController()->isBusy(); }, 60000));
    ASSERT_TRUE(searchFor(QStringLiteral("Wang Wenbin")));
    StatementResultModel* results = panel()->resultModel();
    const int wang = results->rowCount();
    ASSERT_GT(wang, 0);
    const std::vector<store::SpeakerSummary> candidates = panel()->mergeCandidates(0);
    ASSERT_FALSE(candidates.empty()); // the wikinews samples have speakers of their own
    const store::SpeakerSummary keep = candidates.front();
    ASSERT_TRUE(panel()->mergeResultSpeaker(0, keep.id));
    ASSERT_TRUE(searchFor(QString::fromStdString(keep.name)));
    EXPECT_EQ(results->rowCount(), std::min(wang + keep.statementCount, 200));
}
