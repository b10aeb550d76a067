// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's menus, actions and help boxes: kept apart so the window's wiring stays readable.
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

#include "common/MessageBar.h"
#include "export/ExportController.h"
#include "library/RecentFiles.h"
#include "reader/FindBar.h"
#include "reader/HighlightLegend.h"
#include "reader/ReaderPane.h"
#include "reader/ReaderView.h"
#include "SaylineVersion.h"
#include "search/LibraryPanel.h"

namespace sayline::app {
namespace {
/// The platform's binding for a standard key, or the fallback where the platform has none (offscreen, some
/// desktops leave Quit or FullScreen unbound).
QKeySequence standardKey(QKeySequence::StandardKey key, const QKeySequence& fallback)
{
    const QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
    return bindings.isEmpty() ? fallback : bindings.front();
}

} // namespace

QAction* MainWindow::addAction(QMenu* menu, const QString& name, const QString& text, const QKeySequence& shortcut)
{
    auto* action = menu->addAction(text);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    return action;
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* open = addAction(file, QStringLiteral("openAction"), tr("&Open…"), QKeySequence::Open);
    open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    open->setStatusTip(tr("Open article files: text, Markdown, HTML, MHTML, feeds, NITF, NewsML"));
    connect(open, &QAction::triggered, this, &MainWindow::openFileDialog);
    QAction* importFolder = addAction(file, QStringLiteral("importFolderAction"), tr("&Import Folder…"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    importFolder->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    importFolder->setStatusTip(tr("Import every article file in a folder and its subfolders"));
    connect(importFolder, &QAction::triggered, this, &MainWindow::importFolderDialog);
    QMenu* recentMenu = file->addMenu(tr("Open &Recent"));
    recentMenu->setObjectName(QStringLiteral("recentFilesMenu"));
    m_recent = new RecentFiles(recentMenu, this);
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString& path) { openPaths({ path }); });
    ExportController* exporter = nullptr;
    if (m_context.library) {
        exporter = new ExportController(*m_context.library, this);
        connect(exporter, &ExportController::exported, this,
                [this](const QString&, const QString& message) { statusBar()->showMessage(message, 8000); });
        connect(exporter, &ExportController::failed, m_messageBar, &MessageBar::showError);
        file->addSeparator();
        QAction* exportSummary = addAction(file, QStringLiteral("exportSummaryAction"), tr("&Export Summary…"),
                                           QKeySequence(Qt::CTRL | Qt::Key_E));
        exportSummary->setStatusTip(tr("Write an annotated summary of this article (or of the library) as Markdown, "
                                       "HTML, PDF, JSON or CSV"));
        connect(exportSummary, &QAction::triggered, this,
                [this, exporter] { exporter->exportSummaryDialog(m_current); });
    }
    file->addSeparator();
    QAction* close = addAction(file, QStringLiteral("closeArticleAction"), tr("&Close Article"),
                               standardKey(QKeySequence::Close, QKeySequence(Qt::CTRL | Qt::Key_W)));
    connect(close, &QAction::triggered, this, &MainWindow::closeCurrentArticle);
    file->addSeparator();
    QAction* quit = addAction(file, QStringLiteral("quitAction"), tr("&Quit"),
                              standardKey(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    ReaderView* reader = m_readerPane->reader();
    FindBar* findBar = m_readerPane->findBar();
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* copy = addAction(edit, QStringLiteral("copyAction"), tr("&Copy"), QKeySequence::Copy);
    connect(copy, &QAction::triggered, reader, &QTextEdit::copy);
    QAction* selectAll = addAction(edit, QStringLiteral("selectAllAction"), tr("Select &All"), QKeySequence::SelectAll);
    connect(selectAll, &QAction::triggered, reader, &QTextEdit::selectAll);
    edit->addSeparator();
    QAction* find = addAction(edit, QStringLiteral("findAction"), tr("&Find in Article…"), QKeySequence::Find);
    find->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-find"), style()->standardIcon(QStyle::SP_FileDialogContentsView)));
    connect(find, &QAction::triggered, findBar, &FindBar::activate);
    QAction* findNext = addAction(edit, QStringLiteral("findNextAction"), tr("Find &Next"), QKeySequence::FindNext);
    connect(findNext, &QAction::triggered, findBar,
            [findBar] { findBar->isVisible() ? (void)findBar->findNext() : findBar->activate(); });
    QAction* findPrevious
        = addAction(edit, QStringLiteral("findPreviousAction"), tr("Find &Previous"), QKeySequence::FindPrevious);
    connect(findPrevious, &QAction::triggered, findBar,
            [findBar] { findBar->isVisible() ? (void)findBar->findPrevious() : findBar->activate(); });
    if (m_library) {
        edit->addSeparator();
        QAction* searchLibrary = addAction(edit, QStringLiteral("searchLibraryAction"), tr("Search &Library…"),
                                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        connect(searchLibrary, &QAction::triggered, this, [this] {
            findChild<QDockWidget*>(QStringLiteral("libraryDock"))->show();
            auto* edit = m_library->findChild<QLineEdit*>(QStringLiteral("speakerSearchEdit"));
            edit->setFocus(Qt::ShortcutFocusReason);
            edit->selectAll();
        });
    }

    if (exporter) {
        QMenu* speaker = menuBar()->addMenu(tr("&Speaker"));
        speaker->setObjectName(QStringLiteral("speakerMenu"));
        QAction* dossier = addAction(speaker, QStringLiteral("exportDossierAction"), tr("Export &Dossier…"), {});
        dossier->setStatusTip(tr("Write all statements of one speaker, in date order with sources"));
        connect(dossier, &QAction::triggered, this, [this, exporter] {
            const auto* edit
                = m_library ? m_library->findChild<QLineEdit*>(QStringLiteral("speakerSearchEdit")) : nullptr;
            exporter->exportDossierDialog(edit ? edit->text() : QString());
        });
    }

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    const std::array<std::pair<const char*, Qt::Key>, 4> docks { { { "articlesDock", Qt::Key_1 },
                                                                   { "sidePanelDock", Qt::Key_2 },
                                                                   { "detailsDock", Qt::Key_3 },
                                                                   { "libraryDock", Qt::Key_5 } } };
    for (const auto& [name, key] : docks) {
        auto* dock = findChild<QDockWidget*>(QString::fromLatin1(name));
        if (!dock)
            continue;
        QAction* toggle = dock->toggleViewAction();
        QString actionName = QString::fromLatin1(name);
        actionName[0] = actionName[0].toUpper();
        toggle->setObjectName(QStringLiteral("toggle%1Action").arg(actionName));
        toggle->setShortcut(QKeySequence(Qt::CTRL | key));
        view->addAction(toggle);
    }
    QAction* legend = addAction(view, QStringLiteral("toggleLegendAction"), tr("Highlight &Legend"),
                                QKeySequence(Qt::CTRL | Qt::Key_4));
    legend->setCheckable(true);
    legend->setChecked(true);
    connect(legend, &QAction::toggled, m_readerPane->legend(), &QWidget::setVisible);
    view->addSeparator();
    QAction* next = addAction(view, QStringLiteral("nextArticleAction"), tr("Ne&xt Article"), QKeySequence::NextChild);
    connect(next, &QAction::triggered, this, [this] { stepArticle(1); });
    QAction* previous = addAction(view, QStringLiteral("previousArticleAction"), tr("Pre&vious Article"),
                                  QKeySequence::PreviousChild);
    connect(previous, &QAction::triggered, this, [this] { stepArticle(-1); });
    view->addSeparator();
    QAction* zoomIn = addAction(view, QStringLiteral("zoomInAction"), tr("Zoom &In"), QKeySequence::ZoomIn);
    connect(zoomIn, &QAction::triggered, reader, [reader] { reader->zoomBy(1); });
    QAction* zoomOut = addAction(view, QStringLiteral("zoomOutAction"), tr("Zoom &Out"), QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, reader, [reader] { reader->zoomBy(-1); });
    QAction* zoomReset
        = addAction(view, QStringLiteral("zoomResetAction"), tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(zoomReset, &QAction::triggered, reader, &ReaderView::resetZoom);
    QAction* fullScreen = addAction(view, QStringLiteral("fullScreenAction"), tr("&Full Screen"),
                                    standardKey(QKeySequence::FullScreen, QKeySequence(Qt::Key_F11)));
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* shortcuts
        = addAction(help, QStringLiteral("shortcutsAction"), tr("&Keyboard Shortcuts"), QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction* about = addAction(help, QStringLiteral("aboutAction"), tr("&About Sayline"), {});
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction* aboutQt = addAction(help, QStringLiteral("aboutQtAction"), tr("About &Qt"), {});
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    QToolBar* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(open);
    toolBar->addAction(importFolder);
    toolBar->addAction(find);
}

void MainWindow::showShortcuts()
{
    QString rows;
    for (const QAction* action : findChildren<QAction*>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(QString(action->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…")).toHtmlEscaped(),
                         action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
    }
    auto* box
        = new QMessageBox(QMessageBox::NoIcon, tr("Keyboard Shortcuts"),
                          QStringLiteral("<table cellspacing='4'>%1</table>").arg(rows), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("shortcutsMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Sayline"),
                       tr("<h3>Sayline %1</h3>"
                          "<p>A news-analysis reader: who said what, about whom, and when.</p>"
                          "<p>Sayline works fully offline; nothing an article contains makes it touch the "
                          "network.</p><p>License: GPL-3.0-or-later.</p>")
                           .arg(QStringLiteral(SAYLINE_VERSION)));
}

} // namespace sayline::app
