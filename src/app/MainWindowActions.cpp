// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's actions and the dialogs they open: kept apart so the window's wiring stays readable.
#include "MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QStyle>
#include <QUndoStack>

#include "SaylineVersion.h"
#include "common/InterfaceLanguage.h"
#include "corrections/CorrectionController.h"
#include "corrections/MergeDialog.h"
#include "corrections/ReassignDialog.h"
#include "export/ExportController.h"
#include "help/AboutText.h"
#include "help/ShortcutsDialog.h"
#include "library/ArticlesView.h"
#include "library/RecentFiles.h"
#include "library/TeamArchiveDialog.h"
#include "library/TeamArchiveSettings.h"
#include "reader/FindBar.h"
#include "reader/HighlightLegend.h"
#include "reader/ReaderPane.h"
#include "reader/ReaderView.h"
#include "search/StatementsPanel.h"
#include "service/SearchService.h"
#include "speakers/SpeakersView.h"
#include "ui_MainWindow.h"

namespace sayline::app {

void MainWindow::connectActions()
{
    Ui::MainWindow& ui = *m_ui;
    ui.openAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    ui.importFolderAction->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    ui.findAction->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-find"), style()->standardIcon(QStyle::SP_FileDialogContentsView)));
    ui.searchLibraryAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    connect(ui.openAction, &QAction::triggered, this, &MainWindow::openFileDialog);
    connect(ui.importFolderAction, &QAction::triggered, this, &MainWindow::importFolderDialog);
    connect(ui.openTeamArchiveAction, &QAction::triggered, this, &MainWindow::openTeamArchiveDialog);
    connect(ui.openPersonalLibraryAction, &QAction::triggered, this, &MainWindow::personalLibraryRequested);
    m_recent = new RecentFiles(ui.recentFilesMenu, this);
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString& path) { openPaths({ path }, true); });
    connect(ui.exportSummaryAction, &QAction::triggered, this, [this] {
        if (m_current)
            m_exporter->exportSummaryDialog(m_current->articleId, currentTitle());
    });
    connect(ui.exportLibrarySummaryAction, &QAction::triggered, this,
            [this] { m_exporter->exportSummaryDialog(std::nullopt, QString()); });
    connect(m_exporter, &ExportController::exported, this,
            [this](const QString&, const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_exporter, &ExportController::failed, m_ui->messageBar, &MessageBar::showError);
    connect(ui.closeArticleAction, &QAction::triggered, this, &MainWindow::closeCurrentArticle);
    connect(ui.quitAction, &QAction::triggered, this, &QWidget::close);

    // Undo and redo keep their own names in menus and the shortcut list; what they would undo is in the tooltip.
    for (QAction* action : { ui.undoAction, ui.redoAction })
        action->setProperty("plainName", action->text());
    connect(ui.undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(ui.redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, ui.undoAction, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::canRedoChanged, ui.redoAction, &QAction::setEnabled);
    // The actions are the connections' context: the window deletes its children one by one, and a stack that is
    // cleared after the actions are gone must not rename them.
    connect(m_undoStack, &QUndoStack::undoTextChanged, ui.undoAction, [action = ui.undoAction](const QString& text) {
        action->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
        action->setToolTip(text);
    });
    connect(m_undoStack, &QUndoStack::redoTextChanged, ui.redoAction, [action = ui.redoAction](const QString& text) {
        action->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
        action->setToolTip(text);
    });
    ui.undoAction->setEnabled(false);
    ui.redoAction->setEnabled(false);

    ReaderView* reader = this->reader();
    FindBar* findBar = ui.readerPane->findBar();
    connect(ui.copyAction, &QAction::triggered, reader, &QTextEdit::copy);
    connect(ui.selectAllAction, &QAction::triggered, reader, &QTextEdit::selectAll);
    connect(ui.findAction, &QAction::triggered, findBar, &FindBar::activate);
    connect(ui.findNextAction, &QAction::triggered, findBar,
            [findBar] { findBar->isVisible() ? (void)findBar->findNext() : findBar->activate(); });
    connect(ui.findPreviousAction, &QAction::triggered, findBar,
            [findBar] { findBar->isVisible() ? (void)findBar->findPrevious() : findBar->activate(); });
    connect(ui.searchLibraryAction, &QAction::triggered, this, [this] {
        m_ui->statementsDock->show();
        m_ui->statementsPanel->focusSpeaker();
    });

    connect(ui.reassignSpeakerAction, &QAction::triggered, this, &MainWindow::reassignSubject);
    connect(ui.deleteStatementAction, &QAction::triggered, this, &MainWindow::deleteSubject);
    connect(ui.mergeEntityAction, &QAction::triggered, this, &MainWindow::mergeSubject);
    connect(ui.renameEntityAction, &QAction::triggered, this, &MainWindow::renameSubject);
    connect(ui.splitEntityAction, &QAction::triggered, this, &MainWindow::splitSubject);
    connect(ui.showSpeakerStatementsAction, &QAction::triggered, this, [this] {
        if (m_subject.entity)
            showSpeaker(*m_subject.entity, m_subject.entityName);
    });
    connect(ui.exportDossierAction, &QAction::triggered, this,
            [this] { m_exporter->exportDossierDialog(m_subject.entity ? m_subject.entityName : QString()); });

    // The dock toggles come first in the View menu; Qt makes them, the form cannot.
    QAction* first = ui.viewMenu->actions().value(0);
    const std::pair<QDockWidget*, QKeySequence> docks[] = {
        { ui.libraryDock, QKeySequence(Qt::CTRL | Qt::Key_3) },
        { ui.sidePanelDock, QKeySequence(Qt::CTRL | Qt::Key_5) },
        { ui.detailsDock, QKeySequence(Qt::CTRL | Qt::Key_6) },
        { ui.statementsDock, QKeySequence(Qt::CTRL | Qt::Key_7) },
    };
    for (const auto& [dock, key] : docks) {
        QAction* toggle = dock->toggleViewAction();
        QString name = dock->objectName();
        name[0] = name[0].toUpper();
        toggle->setObjectName(QStringLiteral("toggle%1Action").arg(name));
        toggle->setShortcut(key);
        ui.viewMenu->insertAction(first, toggle);
    }
    ui.viewMenu->insertSeparator(first);
    auto showLibraryTab = [this](int tab) {
        m_ui->libraryDock->show();
        m_ui->libraryTabs->setCurrentIndex(tab);
        m_ui->libraryTabs->currentWidget()->setFocus(Qt::ShortcutFocusReason);
    };
    connect(ui.showArticlesAction, &QAction::triggered, this, [showLibraryTab] { showLibraryTab(0); });
    connect(ui.showSpeakersAction, &QAction::triggered, this, [showLibraryTab] { showLibraryTab(1); });
    connect(ui.toggleLegendAction, &QAction::toggled, ui.readerPane->legend(), &QWidget::setVisible);
    connect(ui.nextArticleAction, &QAction::triggered, this, [this] { m_ui->articlesView->step(1); });
    connect(ui.previousArticleAction, &QAction::triggered, this, [this] { m_ui->articlesView->step(-1); });
    connect(ui.zoomInAction, &QAction::triggered, reader, [reader] { reader->zoomBy(1); });
    connect(ui.zoomOutAction, &QAction::triggered, reader, [reader] { reader->zoomBy(-1); });
    connect(ui.zoomResetAction, &QAction::triggered, reader, &ReaderView::resetZoom);
    connect(ui.resetLayoutAction, &QAction::triggered, this, &MainWindow::resetLayout);
    // The language is chosen at start (texts built before a switch would stay in the old one).
    auto* languages = new QActionGroup(this);
    const std::pair<QAction*, QString> languageChoices[] = { { ui.languageSystemAction, QString() },
                                                             { ui.languageEnglishAction, QStringLiteral("en") },
                                                             { ui.languageChineseAction, QStringLiteral("zh_CN") } };
    const QString savedLanguage = interfaceLanguage::saved();
    for (const auto& [action, name] : languageChoices) {
        languages->addAction(action);
        action->setChecked(name == savedLanguage);
        connect(action, &QAction::triggered, this, [this, name = name] {
            interfaceLanguage::save(name);
            statusBar()->showMessage(tr("The new language is used from the next start of Sayline."), 8000);
        });
    }
    connect(ui.fullScreenAction, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });

    connect(ui.shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(ui.aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui.aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::reassignSubject()
{
    if (!m_subject.statement || !m_subject.article)
        return;
    std::vector<SpeakerChoice> candidates;
    if (auto stored = m_search->article(*m_subject.article)) {
        for (const model::Entity& entity : stored.value().analysis.entities) {
            const bool canSpeak
                = entity.type == model::EntityType::Person || entity.type == model::EntityType::Organization;
            const store::RowId id = stored.value().entityRows.at(entity.id);
            const bool listed = std::any_of(candidates.begin(), candidates.end(),
                                            [id](const SpeakerChoice& seen) { return seen.id == id; });
            if (canSpeak && !listed && id != m_subject.entity.value_or(0))
                candidates.push_back({ id, QString::fromStdString(entity.name) });
        }
    }
    ReassignDialog dialog(m_subject.statementText, candidates, m_library, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto choice = dialog.choice())
        m_corrections->reassign(*m_subject.statement, choice->id, choice->name);
}

void MainWindow::deleteSubject()
{
    if (!m_subject.statement)
        return;
    const store::RowId statement = *m_subject.statement;
    const QString text = m_subject.statementText;
    m_subject.statement.reset();
    if (m_corrections->deleteStatement(statement, text))
        statusBar()->showMessage(tr("Statement deleted. Undo (Ctrl+Z) brings it back."), 8000);
    updateCorrectionActions();
}

void MainWindow::mergeSubject()
{
    if (!m_subject.entity)
        return;
    MergeDialog dialog(m_subject.entityName, *m_subject.entity, m_library, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto choice = dialog.choice();
    if (!choice)
        return;
    if (m_corrections->merge(choice->id, *m_subject.entity, m_subject.entityName, choice->name)) {
        setSubject({ std::nullopt, QString(), std::nullopt, choice->id, choice->name });
        statusBar()->showMessage(tr("Merged into %1. Undo (Ctrl+Z) separates them again.").arg(choice->name), 8000);
    }
}

void MainWindow::renameSubject()
{
    if (!m_subject.entity)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename"), tr("New name for “%1”:").arg(m_subject.entityName),
                                               QLineEdit::Normal, m_subject.entityName, &ok)
                             .simplified();
    if (!ok || name.isEmpty() || name == m_subject.entityName)
        return;
    if (m_corrections->rename(*m_subject.entity, name))
        m_subject.entityName = name;
}

void MainWindow::splitSubject()
{
    if (!m_subject.entity || !m_current || !m_current->localEntityId(*m_subject.entity))
        return;
    if (m_corrections->split(*m_subject.entity, m_current->articleId, m_subject.entityName))
        statusBar()->showMessage(tr("%1 in this article is now an entity of its own. Undo (Ctrl+Z) joins them again.")
                                     .arg(m_subject.entityName),
                                 8000);
}

void MainWindow::openTeamArchiveDialog()
{
    TeamArchiveDialog dialog(teamArchiveSettings::load(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Remembered without a password (the dialog has none to give); the password stays in the session's memory.
    teamArchiveSettings::save(dialog.connection());
    Q_EMIT libraryRequested(dialog.address());
}

void MainWindow::showShortcuts()
{
    if (m_shortcuts) { // one list at a time
        m_shortcuts->raise();
        m_shortcuts->activateWindow();
        return;
    }
    auto* dialog = new ShortcutsDialog(menuBar(), this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    m_shortcuts = dialog;
    dialog->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Sayline"), aboutText());
}

} // namespace sayline::app
