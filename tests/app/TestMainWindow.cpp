// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a user meets it: opening, importing, reading, finding, the menus and the layout.
#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QDropEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QTabBar>
#include <QTextBrowser>
#include <QTreeView>

#include "WindowFixture.h"
#include "common/MessageBar.h"
#include "corrections/CorrectionController.h"
#include "help/ShortcutsDialog.h"
#include "library/ArticlesView.h"
#include "library/LibraryArticleModel.h"
#include "reader/ReaderView.h"
#include "speakers/SidePanel.h"
#include "speakers/SpeakerModel.h"

using namespace sayline;
using test::kFolder;
using test::kReference;

namespace {

class MainWindowTest : public test::WindowFixture
{
protected:
    app::LibraryArticleModel* articles() { return window().articlesView()->model(); }
};

} // namespace

TEST_F(MainWindowTest, openingAFileImportsItAndShowsItInTheReader)
{
    ASSERT_TRUE(importThroughWindow({ kReference }, true));
    auto* reader = child<app::ReaderView>("readerView");
    EXPECT_TRUE(reader->toPlainText().startsWith(
        QStringLiteral("US becomes major threat to global internet security: Chinese Foreign Ministry")));
    EXPECT_EQ(articles()->totalCount(), 1);
    EXPECT_TRUE(window().windowTitle().startsWith(QStringLiteral("US becomes major threat")));
}

TEST_F(MainWindowTest, aMissingFileIsReportedByNameWhileTheWindowStaysUsable)
{
    const QString missing = QStringLiteral(SAYLINE_TEST_DATA "/app/no-such-article.txt");
    ASSERT_TRUE(importThroughWindow({ missing, kReference }));
    auto* bar = child<app::MessageBar>("messageBar");
    EXPECT_TRUE(bar->isVisible());
    ASSERT_EQ(bar->messages().size(), 1);
    EXPECT_TRUE(bar->messages().front().contains(QStringLiteral("no-such-article.txt")));
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_EQ(articles()->totalCount(), 1); // the other file was imported
    ASSERT_TRUE(importThroughWindow({ kFolder }));
    EXPECT_EQ(articles()->totalCount(), 4);
    bar->clear();
    EXPECT_FALSE(bar->isVisible());
}

TEST_F(MainWindowTest, importingAFolderListsEveryArticleInItAndItsSubfoldersOnce)
{
    ASSERT_TRUE(importThroughWindow({ kFolder }));
    ASSERT_EQ(articles()->totalCount(), 3); // README.md and notes.json are not articles
    QStringList titles;
    for (int row = 0; row < articles()->rowCount(); ++row)
        titles.append(articles()->index(row, 0).data().toString());
    EXPECT_TRUE(titles.contains(QStringLiteral("Harbour authority approves new ferry terminal")));
    EXPECT_TRUE(titles.contains(QStringLiteral("Library extends weekend opening hours")));
    EXPECT_FALSE(child<app::MessageBar>("messageBar")->isVisible());
    ASSERT_TRUE(importThroughWindow({ kFolder }));
    EXPECT_EQ(articles()->totalCount(), 3);
}

TEST_F(MainWindowTest, choosingArticlesInTheListChangesTheReader)
{
    ASSERT_TRUE(importThroughWindow({ kFolder }));
    QTreeView* list = window().articlesView()->view();
    auto* reader = child<app::ReaderView>("readerView");
    for (int row = 0; row < articles()->rowCount(); ++row) {
        list->setCurrentIndex(articles()->index(row, 0));
        EXPECT_TRUE(reader->toPlainText().startsWith(articles()->index(row, 0).data().toString()));
    }
    list->setCurrentIndex(articles()->index(0, 0));
    child<QAction>("nextArticleAction")->trigger();
    EXPECT_EQ(list->currentIndex().row(), 1);
    EXPECT_EQ(window().currentArticle()->articleId, articles()->articleId(1));
}

TEST_F(MainWindowTest, droppingFilesOnTheWindowImportsThem)
{
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(kReference) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window(), &drop);
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(articles()->totalCount(), 1);
}

TEST_F(MainWindowTest, openedFilesAppearInTheRecentFilesMenu)
{
    ASSERT_TRUE(importThroughWindow({ kReference }));
    auto* menu = child<QMenu>("recentFilesMenu");
    const QList<QAction*> actions = menu->actions();
    EXPECT_TRUE(std::any_of(actions.begin(), actions.end(), [](const QAction* action) {
        return action->data().toString().endsWith(QStringLiteral("us-threat.txt"));
    }));
}

TEST_F(MainWindowTest, everyMainActionHasAShortcutAndTheMenusNameThemPlainly)
{
    for (const char* name : { "openAction",
                              "importFolderAction",
                              "closeArticleAction",
                              "quitAction",
                              "undoAction",
                              "redoAction",
                              "findAction",
                              "findNextAction",
                              "copyAction",
                              "nextArticleAction",
                              "previousArticleAction",
                              "showArticlesAction",
                              "showSpeakersAction",
                              "toggleLibraryDockAction",
                              "toggleSidePanelDockAction",
                              "toggleDetailsDockAction",
                              "toggleStatementsDockAction",
                              "reassignSpeakerAction",
                              "deleteStatementAction",
                              "mergeEntityAction",
                              "renameEntityAction",
                              "searchLibraryAction",
                              "zoomInAction",
                              "shortcutsAction",
                              "exportSummaryAction",
                              "exportDossierAction" }) {
        auto* action = child<QAction>(name);
        ASSERT_NE(action, nullptr);
        EXPECT_FALSE(action->shortcut().isEmpty()) << name;
        // No platform-specific oddities such as "Ctrl+Shift+Backtab" in a menu.
        EXPECT_FALSE(action->shortcut().toString().contains(QStringLiteral("Backtab"))) << name;
    }
    EXPECT_EQ(child<QAction>("openAction")->shortcut(), QKeySequence(QKeySequence::Open));
    EXPECT_EQ(child<QAction>("findAction")->shortcut(), QKeySequence(QKeySequence::Find));
    EXPECT_EQ(child<QAction>("undoAction")->shortcut(), QKeySequence(QKeySequence::Undo));
}

TEST_F(MainWindowTest, theShortcutListIsInMenuOrderWithPlainNamesAndOpensOnce)
{
    ASSERT_TRUE(importThroughWindow({ kReference }, true));
    // Make the undo action's text live ("Undo Reassign …"): the list must still say "Undo".
    const app::StoredHandle article = window().currentArticle();
    window().corrections()->deleteStatement(article->statementRows.begin()->second, QStringLiteral("x"));
    ASSERT_TRUE(child<QAction>("undoAction")->text().startsWith(QStringLiteral("&Undo ")));
    child<QAction>("shortcutsAction")->trigger();
    child<QAction>("shortcutsAction")->trigger();
    const QList<app::ShortcutsDialog*> dialogs = window().findChildren<app::ShortcutsDialog*>();
    ASSERT_EQ(dialogs.size(), 1);
    const QList<QStringList> rows = dialogs.front()->rows();
    ASSERT_GT(rows.size(), 20);
    EXPECT_EQ(rows.front(), (QStringList { QStringLiteral("File"), QStringLiteral("Open"), QStringLiteral("Ctrl+O") }));
    QStringList menus;
    for (const QStringList& row : rows) {
        if (menus.isEmpty() || menus.back() != row[0])
            menus.append(row[0]);
        EXPECT_FALSE(row[1].contains(QLatin1Char('&'))) << row[1].toStdString();
    }
    EXPECT_EQ(menus.mid(0, 3),
              (QStringList { QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View") }));
    const auto undo = std::find_if(rows.begin(), rows.end(),
                                   [](const QStringList& row) { return row[2] == QStringLiteral("Ctrl+Z"); });
    ASSERT_NE(undo, rows.end());
    EXPECT_EQ((*undo)[1], QStringLiteral("Undo"));
}

TEST_F(MainWindowTest, findInArticleSelectsTheMatch)
{
    ASSERT_TRUE(importThroughWindow({ kReference }, true));
    child<QAction>("findAction")->trigger();
    auto* edit = child<QLineEdit>("findEdit");
    ASSERT_TRUE(edit->isVisible());
    QTest::keyClicks(edit, QStringLiteral("Five Eyes"));
    EXPECT_EQ(child<app::ReaderView>("readerView")->textCursor().selectedText(), QStringLiteral("Five Eyes"));
}

TEST_F(MainWindowTest, selectingAStatementInTheSidePanelShowsItsDetailsAndSelectsItInTheReader)
{
    ASSERT_TRUE(importThroughWindow({ kReference }, true));
    auto* tree = child<QTreeView>("speakerTreeView");
    const QModelIndex speaker = tree->model()->index(0, 0);
    const QModelIndex statement = tree->model()->index(0, 0, speaker);
    ASSERT_TRUE(statement.isValid());
    tree->setCurrentIndex(statement);
    const QString content = statement.data(Qt::ToolTipRole).toString();
    EXPECT_EQ(child<app::ReaderView>("readerView")->textCursor().selectedText(), content);
    const QString details = child<QTextBrowser>("detailsView")->toPlainText();
    EXPECT_TRUE(details.contains(speaker.data(app::SpeakerModel::SpeakerNameRole).toString())) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("Cue")));
}

TEST_F(MainWindowTest, aStatementLinkInTheDetailsSelectsThatStatement)
{
    ASSERT_TRUE(importThroughWindow({ kReference }, true));
    const app::StoredHandle article = window().currentArticle();
    const model::Statement& first = article->analysis.statements.front();
    ASSERT_TRUE(first.speaker);
    window().showDetails({ app::HighlightTarget::Type::Entity, QString::fromStdString(*first.speaker) });
    auto* details = child<QTextBrowser>("detailsView");
    const QString link = QStringLiteral("sayline:statement/%1").arg(QString::fromStdString(first.id));
    EXPECT_TRUE(details->toHtml().contains(link));
    Q_EMIT details->anchorClicked(QUrl(link));
    EXPECT_EQ(child<app::ReaderView>("readerView")->textCursor().selectedText(), QString::fromStdString(first.content));
}

TEST_F(MainWindowTest, closingTheWindowSavesItsGeometryAndDockLayout)
{
    window();
    QSettings().remove(QStringLiteral("window"));
    window().close();
    const QSettings settings;
    EXPECT_FALSE(settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
    EXPECT_FALSE(settings.value(QStringLiteral("window/state")).toByteArray().isEmpty());
}

TEST_F(MainWindowTest, at1024By680TheWindowFitsAndTheSidePanelTabsBecomeAList)
{
    ASSERT_TRUE(importThroughWindow({ kReference }, true));
    window().resize(1024, 680);
    window().resetLayout();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window().width() == 1024; }));
    EXPECT_LE(window().minimumSizeHint().width(), 1024);
    QTest::qWait(50);
    app::SidePanel* panel = window().sidePanel();
    auto* list = child<QComboBox>("sectionCombo");
    auto* tabs = panel->findChild<QTabBar*>();
    // Either every tab title fits in full, or a list stands in for the tabs: never a clipped, scrolling tab bar.
    if (panel->showsSectionList()) {
        EXPECT_TRUE(list->isVisible());
        EXPECT_EQ(list->count(), 4);
        EXPECT_TRUE(list->itemText(3).startsWith(QStringLiteral("Dates")));
    } else {
        for (int i = 0; i < tabs->count(); ++i)
            EXPECT_GE(tabs->tabRect(i).width(), tabs->fontMetrics().horizontalAdvance(tabs->tabText(i)));
    }
    // The side panel's speakers keep their names readable.
    auto* tree = child<QTreeView>("speakerTreeView");
    EXPECT_GE(tree->columnWidth(0), 150);
}
