// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include "AppTestSupport.h"
#include "MainWindow.h"
#include "analysis/Analyzer.h"
#include "common/MessageBar.h"
#include "library/ArticleListModel.h"
#include "library/ImportController.h"
#include "reader/ReaderView.h"
#include "service/AnalysisService.h"
#include "speakers/SpeakerModel.h"

using namespace sayline;

namespace {

const QString kReference
    = QStringLiteral(SAYLINE_SOURCE_DIR "/resources/samples/global-times-2022-06-15-us-threat.txt");
const QString kFolder = QStringLiteral(SAYLINE_TEST_DATA "/app/folder");

class MainWindowTest : public testing::Test
{
protected:
    MainWindowTest()
        : m_service(m_analyzer)
        , m_window(app::AppContext { m_analyzer, m_service, std::nullopt })
    {
        m_window.show();
    }

    /// Waits until every requested import is over.
    bool waitForImport()
    {
        return QTest::qWaitFor([this] { return !m_window.importController()->isBusy(); }, 60000);
    }

    template <typename T> T* child(const char* name)
    {
        T* found = m_window.findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    analysis::Analyzer m_analyzer;
    service::AnalysisService m_service;
    app::MainWindow m_window;
};

} // namespace

TEST_F(MainWindowTest, openingTheReferenceArticleShowsItsTitleInTheReader)
{
    m_window.openPaths({ kReference });
    ASSERT_TRUE(waitForImport());
    auto* reader = child<app::ReaderView>("readerView");
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return reader->toPlainText().startsWith(
            QStringLiteral("US becomes major threat to global internet security: Chinese Foreign Ministry"));
    }));
    EXPECT_EQ(child<QListView>("articleListView")->model()->rowCount(), 1);
    EXPECT_TRUE(m_window.windowTitle().startsWith(QStringLiteral("US becomes major threat")));
}

TEST_F(MainWindowTest, aMissingFileIsReportedByNameWhileTheWindowStaysUsable)
{
    const QString missing = QStringLiteral(SAYLINE_TEST_DATA "/app/no-such-article.txt");
    m_window.openPaths({ missing, kReference });
    ASSERT_TRUE(waitForImport());
    auto* bar = child<app::MessageBar>("messageBar");
    EXPECT_TRUE(bar->isVisible());
    ASSERT_EQ(bar->messages().size(), 1);
    EXPECT_TRUE(bar->messages().front().contains(QStringLiteral("no-such-article.txt")));
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    // The other file still opened, and the window takes more work.
    EXPECT_EQ(m_window.articleModel()->rowCount(), 1);
    EXPECT_TRUE(child<QAction>("openAction")->isEnabled());
    m_window.openPaths({ kFolder });
    ASSERT_TRUE(waitForImport());
    EXPECT_EQ(m_window.articleModel()->rowCount(), 4);
    bar->clear();
    EXPECT_FALSE(bar->isVisible());
}

TEST_F(MainWindowTest, importingAFolderListsEveryArticleInItAndItsSubfolders)
{
    m_window.openPaths({ kFolder });
    ASSERT_TRUE(waitForImport());
    QAbstractItemModel* list = child<QListView>("articleListView")->model();
    ASSERT_EQ(list->rowCount(), 3); // README.md and notes.json are skipped
    QStringList titles;
    for (int row = 0; row < list->rowCount(); ++row)
        titles.append(list->index(row, 0).data().toString());
    EXPECT_TRUE(titles.contains(QStringLiteral("Harbour authority approves new ferry terminal")));
    EXPECT_TRUE(titles.contains(QStringLiteral("Library extends weekend opening hours")));
    EXPECT_FALSE(child<app::MessageBar>("messageBar")->isVisible());
    // Importing again does not duplicate.
    m_window.openPaths({ kFolder });
    ASSERT_TRUE(waitForImport());
    EXPECT_EQ(list->rowCount(), 3);
}

TEST_F(MainWindowTest, switchingArticlesInTheListChangesTheReader)
{
    m_window.openPaths({ kFolder });
    ASSERT_TRUE(waitForImport());
    auto* listView = child<QListView>("articleListView");
    auto* reader = child<app::ReaderView>("readerView");
    for (int row = 0; row < listView->model()->rowCount(); ++row) {
        listView->setCurrentIndex(listView->model()->index(row, 0));
        EXPECT_TRUE(reader->toPlainText().startsWith(listView->model()->index(row, 0).data().toString()));
    }
    child<QAction>("nextArticleAction")->trigger();
    EXPECT_EQ(listView->currentIndex().row(), 0);
}

TEST_F(MainWindowTest, droppingFilesOnTheWindowOpensThem)
{
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(kReference) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&m_window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&m_window, &drop);
    ASSERT_TRUE(waitForImport());
    EXPECT_EQ(m_window.articleModel()->rowCount(), 1);
}

TEST_F(MainWindowTest, openedFilesAppearInTheRecentFilesMenu)
{
    m_window.openPaths({ kReference });
    ASSERT_TRUE(waitForImport());
    auto* menu = child<QMenu>("recentFilesMenu");
    EXPECT_TRUE(QTest::qWaitFor([&] {
        const QList<QAction*> actions = menu->actions();
        return std::any_of(actions.begin(), actions.end(), [](const QAction* action) {
            return action->data().toString().endsWith(QStringLiteral("us-threat.txt"));
        });
    }));
}

TEST_F(MainWindowTest, everyMainActionHasAShortcut)
{
    for (const char* name :
         { "openAction", "importFolderAction", "closeArticleAction", "quitAction", "findAction", "findNextAction",
           "copyAction", "nextArticleAction", "toggleArticlesDockAction", "toggleSidePanelDockAction",
           "toggleDetailsDockAction", "zoomInAction", "shortcutsAction" }) {
        auto* action = child<QAction>(name);
        ASSERT_NE(action, nullptr);
        EXPECT_FALSE(action->shortcut().isEmpty()) << name;
    }
    EXPECT_EQ(child<QAction>("openAction")->shortcut(), QKeySequence(QKeySequence::Open));
    EXPECT_EQ(child<QAction>("importFolderAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    EXPECT_EQ(child<QAction>("findAction")->shortcut(), QKeySequence(QKeySequence::Find));
}

TEST_F(MainWindowTest, findInArticleSelectsTheMatch)
{
    m_window.openPaths({ kReference });
    ASSERT_TRUE(waitForImport());
    child<QAction>("findAction")->trigger();
    auto* edit = child<QLineEdit>("findEdit");
    ASSERT_TRUE(edit->isVisible());
    QTest::keyClicks(edit, QStringLiteral("Five Eyes"));
    EXPECT_EQ(child<app::ReaderView>("readerView")->textCursor().selectedText(), QStringLiteral("Five Eyes"));
}

TEST_F(MainWindowTest, selectingAStatementInTheSidePanelShowsItsDetailsAndSelectsItInTheReader)
{
    m_window.openPaths({ kReference });
    ASSERT_TRUE(waitForImport());
    const app::ArticleHandle article = m_window.currentArticle();
    ASSERT_NE(article, nullptr);
    ASSERT_FALSE(article->statements.empty()); // the reference article has statements
    auto* tree = child<QTreeView>("speakerTreeView");
    const QModelIndex speaker = tree->model()->index(0, 0);
    const QModelIndex statement = tree->model()->index(0, 0, speaker);
    ASSERT_TRUE(statement.isValid());
    tree->setCurrentIndex(statement);
    const QString id = statement.data(app::SpeakerModel::IdRole).toString();
    const auto chosen = std::find_if(article->statements.begin(), article->statements.end(),
                                     [&](const model::Statement& s) { return QString::fromStdString(s.id) == id; });
    ASSERT_NE(chosen, article->statements.end());
    EXPECT_EQ(child<app::ReaderView>("readerView")->textCursor().selectedText(),
              QString::fromStdString(chosen->content));
    const QString details = child<QTextBrowser>("detailsView")->toPlainText();
    EXPECT_TRUE(details.contains(speaker.data(app::SpeakerModel::SpeakerNameRole).toString())) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("Cue")));
}

TEST_F(MainWindowTest, closingTheWindowSavesItsGeometryAndDockLayout)
{
    QSettings().remove(QStringLiteral("window"));
    m_window.close();
    const QSettings settings;
    EXPECT_FALSE(settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
    EXPECT_FALSE(settings.value(QStringLiteral("window/state")).toByteArray().isEmpty());
}

TEST_F(MainWindowTest, aStatementLinkInTheDetailsSelectsThatStatement)
{
    const app::ArticleHandle article = test::makeAnalysedArticle();
    m_window.showArticle(m_window.articleModel()->addArticle(article));
    m_window.showDetails({ app::HighlightTarget::Type::Entity, QStringLiteral("E1") });
    auto* details = child<QTextBrowser>("detailsView");
    EXPECT_TRUE(details->toHtml().contains(QStringLiteral("sayline:statement/S1")));
    Q_EMIT details->anchorClicked(QUrl(QStringLiteral("sayline:statement/S1")));
    EXPECT_EQ(child<app::ReaderView>("readerView")->textCursor().selectedText(),
              QString::fromStdString(article->statements[0].content));
    EXPECT_TRUE(details->toPlainText().contains(QStringLiteral("Cue")));
}
