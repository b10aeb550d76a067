// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QTreeView>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include "corrections/CorrectionController.h"
#include "export/ExportController.h"
#include "library/ArticlesView.h"
#include "library/ImportController.h"
#include "library/ImportStatusWidget.h"
#include "library/RecentFiles.h"
#include "reader/ExtractionDetails.h"
#include "reader/ReaderPane.h"
#include "reader/ReaderView.h"
#include "search/StatementsPanel.h"
#include "service/LibraryAccess.h"
#include "service/SearchService.h"
#include "speakers/LibrarySpeakerModel.h"
#include "speakers/SidePanel.h"
#include "speakers/SpeakersView.h"
#include "ui_MainWindow.h"

// The qrc lives in the sayline_app static library; make sure the linker keeps it (must be outside a namespace).
static void initAppResources()
{
    Q_INIT_RESOURCE(sayline);
}

namespace sayline::app {
namespace {

/// Bump when the docks change so an old saved layout is not applied to a new window.
constexpr int kStateVersion = 3;

QStringList localPaths(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(const AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_context(context)
    , m_library(context.library.value_or(std::filesystem::path()))
    , m_search(std::make_unique<service::SearchService>(m_library))
    , m_undoStack(new QUndoStack(this))
    , m_import(new ImportController(m_context, this))
    , m_corrections(new CorrectionController(context.analyzer, m_library, m_undoStack, this))
    , m_exporter(new ExportController(m_library, this))
{
    initAppResources();
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/sayline/sayline.svg")));
    // The side docks run the full height; the statements dock sits under the reader only.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_ui->detailsView->setObjectName(QStringLiteral("detailsView"));
    m_ui->detailsView->document()->setDefaultStyleSheet(QStringLiteral("a { text-decoration: none; color: #1d4f91; }"));
    statusBar()->addPermanentWidget(new ImportStatusWidget(m_import, this));
    showLibraryAccess();

    m_ui->articlesView->setLibrary(m_library);
    m_ui->speakersView->setLibrary(m_library);
    m_ui->statementsPanel->setLibrary(m_library);
    connectViews();
    connectActions();
    connectImport();
    connectCorrections();
    restoreSettings();
    updateCorrectionActions();
    completeOldArticles();
}

MainWindow::~MainWindow()
{
    m_completion.waitForFinished();
    // The undo commands go first, while the correction service they refer to and the actions that show their
    // names still exist (the window deletes its children one by one, in no order they depend on).
    m_undoStack->clear();
}

ArticlesView* MainWindow::articlesView() const
{
    return m_ui->articlesView;
}

SpeakersView* MainWindow::speakersView() const
{
    return m_ui->speakersView;
}

StatementsPanel* MainWindow::statementsPanel() const
{
    return m_ui->statementsPanel;
}

SidePanel* MainWindow::sidePanel() const
{
    return m_ui->sidePanel;
}

ReaderView* MainWindow::reader() const
{
    return m_ui->readerPane->reader();
}

bool MainWindow::isBusy() const
{
    return m_import->isBusy() || m_completing || m_ui->statementsPanel->isSearching()
        || m_ui->speakersView->model()->isLoading();
}

void MainWindow::connectViews()
{
    auto problem = [this](const QString& message) { m_ui->messageBar->showError(message); };
    connect(m_ui->articlesView, &ArticlesView::problem, this, problem);
    connect(m_ui->speakersView, &SpeakersView::problem, this, problem);
    connect(m_ui->statementsPanel, &StatementsPanel::problem, this, problem);
    connect(m_ui->articlesView, &ArticlesView::articleChosen, this, [this](qint64 id) { openArticle(id); });
    connect(m_ui->speakersView, &SpeakersView::speakerChosen, this, &MainWindow::showSpeaker);
    connect(m_ui->statementsPanel, &StatementsPanel::statementActivated, this,
            [this](qint64 articleId, model::Span span) {
                openArticle(articleId, span);
                reader()->setFocus();
            });
    connect(m_ui->statementsPanel, &StatementsPanel::currentStatementChanged, this, [this] {
        const store::StatementRecord* record = m_ui->statementsPanel->currentRecord();
        if (!record)
            return;
        CorrectionSubject subject;
        subject.statement = record->id;
        subject.statementText = QString::fromStdString(record->content);
        subject.article = record->articleId;
        if (record->speakerId) {
            subject.entity = record->speakerId;
            subject.entityName = QString::fromStdString(record->speaker);
        }
        setSubject(subject);
    });
    connect(reader(), &ReaderView::targetActivated, this, &MainWindow::showDetails);
    connect(m_ui->sidePanel, &SidePanel::itemSelected, this, [this](const HighlightTarget& target, model::Span span) {
        showDetails(target);
        reader()->revealSpan(span);
    });
    // Links in the details (a statement of this speaker, the organization it is about) open that item.
    connect(m_ui->detailsView, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const auto target = HighlightTarget::fromUrl(url);
        if (!target || !m_current)
            return;
        showDetails(*target);
        if (const auto span = spanOf(m_current->analysis, *target))
            reader()->revealSpan(*span);
    });

    // Right-click anywhere something can be corrected offers the corrections of that thing.
    connect(reader(), &ReaderView::contextMenuRequested, this,
            [this](const HighlightTarget& target, const QPoint& position) {
                QMenu* menu = reader()->createStandardContextMenu();
                if (target.id.isEmpty()) { // not over a highlight: only copying makes sense
                    menu->setAttribute(Qt::WA_DeleteOnClose);
                    menu->popup(position);
                    return;
                }
                showDetails(target);
                menu->addSeparator();
                showCorrectionMenu(position, menu);
            });
    connect(m_ui->sidePanel, &SidePanel::contextMenuRequested, this,
            [this](const HighlightTarget& target, const QPoint& position) {
                showDetails(target);
                showCorrectionMenu(position);
            });
    connect(m_ui->statementsPanel, &StatementsPanel::contextMenuRequested, this, [this](const QPoint& position) {
        auto* menu = new QMenu(this);
        QAction* open = menu->addAction(tr("&Open Article at This Statement"));
        connect(open, &QAction::triggered, this, [this] {
            if (const store::StatementRecord* record = m_ui->statementsPanel->currentRecord())
                openArticle(record->articleId, record->span);
        });
        menu->addSeparator();
        showCorrectionMenu(position, menu);
    });
    connect(m_ui->speakersView, &SpeakersView::contextMenuRequested, this,
            [this](qint64 entity, const QString& name, const QPoint& position) {
                setSubject({ std::nullopt, QString(), std::nullopt, entity, name });
                showCorrectionMenu(position);
            });
    connect(m_ui->articlesView, &ArticlesView::contextMenuRequested, this,
            [this](qint64 articleId, const QPoint& position) {
                QMenu menu(this);
                QAction* open = menu.addAction(tr("&Read"));
                QAction* exportSummary = menu.addAction(tr("&Export Summary…"));
                connect(open, &QAction::triggered, this, [this, articleId] { openArticle(articleId); });
                connect(exportSummary, &QAction::triggered, this, [this, articleId] {
                    openArticle(articleId);
                    m_exporter->exportSummaryDialog(articleId, currentTitle());
                });
                menu.exec(position);
            });
}

void MainWindow::connectImport()
{
    connect(m_import, &ImportController::articlesStored, this, [this] { m_ui->articlesView->refresh(); });
    connect(m_import, &ImportController::libraryFailed, this,
            [this](const QString& message) { m_ui->messageBar->showError(tr("Library: %1").arg(message)); });
    connect(m_import, &ImportController::fileFailed, this, [this](const QString& file, const QString& reason) {
        m_ui->messageBar->showError(tr("Could not import %1: %2").arg(QDir::toNativeSeparators(file), reason));
    });
    connect(m_import, &ImportController::fileWarned, this, [this](const QString& file, const QString& message) {
        m_ui->messageBar->showError(tr("Imported %1, but %2").arg(QDir::toNativeSeparators(file), message));
    });
    connect(m_import, &ImportController::finished, this,
            [this](const QStringList& paths, const QList<qint64>& ids, int added, int failures, bool cancelled) {
                for (const QString& path : paths) {
                    if (QFileInfo::exists(path))
                        m_recent->add(path);
                }
                reloadLibrary();
                if (!ids.isEmpty() && (m_showNextImport || !m_current))
                    openArticle(ids.front());
                m_showNextImport = false;
                QString message
                    = added == 1 ? tr("1 new article in the library") : tr("%1 new articles in the library").arg(added);
                const int present = static_cast<int>(ids.size()) - added;
                if (present > 0)
                    message += present == 1 ? tr(", 1 already there") : tr(", %1 already there").arg(present);
                if (failures > 0)
                    message += failures == 1 ? tr(", 1 file failed") : tr(", %1 files failed").arg(failures);
                if (cancelled)
                    message += tr(" (cancelled)");
                statusBar()->showMessage(message, 8000);
            });
}

void MainWindow::connectCorrections()
{
    connect(m_corrections, &CorrectionController::libraryChanged, this, &MainWindow::reloadLibrary);
    connect(m_corrections, &CorrectionController::failed, this,
            [this](const QString& message) { m_ui->messageBar->showError(tr("Correction: %1").arg(message)); });
}

void MainWindow::reloadLibrary()
{
    if (m_current) {
        const int scroll = reader()->verticalScrollBar()->value();
        const store::RowId id = m_current->articleId;
        auto stored = m_search->article(id);
        if (stored) {
            m_current = std::make_shared<const store::StoredAnalysis>(std::move(stored.value()));
            reader()->setArticle(analysisOf(m_current));
            m_ui->sidePanel->setArticle(analysisOf(m_current));
            reader()->verticalScrollBar()->setValue(scroll);
        } else {
            closeCurrentArticle();
        }
    }
    m_ui->articlesView->refresh();
    m_ui->speakersView->refresh();
    m_ui->statementsPanel->refresh();
    updateCorrectionActions();
}

void MainWindow::showLibraryAccess()
{
    const auto access = service::checkLibraryAccess(m_library);
    if (!access) {
        m_ui->messageBar->showError(tr("Library: %1").arg(QString::fromStdString(access.error())));
        return;
    }
    m_readOnly = access->readOnly;
    m_teamArchive = access->teamArchive;
    // Writing is disabled up front rather than failing obscurely on the first import or correction.
    for (QAction* action : { m_ui->openAction, m_ui->importFolderAction })
        action->setEnabled(!m_readOnly);
    m_ui->recentFilesMenu->setEnabled(!m_readOnly);
    m_ui->openPersonalLibraryAction->setEnabled(m_teamArchive);
    if (!m_readOnly && !m_teamArchive)
        return;
    m_accessLabel = new QLabel(this);
    m_accessLabel->setObjectName(QStringLiteral("libraryAccessLabel"));
    m_accessLabel->setText(m_teamArchive ? (m_readOnly ? tr("read-only archive") : tr("team archive"))
                                         : tr("read-only library"));
    m_accessLabel->setToolTip(QString::fromStdString(access->location));
    statusBar()->addPermanentWidget(m_accessLabel);
}

void MainWindow::completeOldArticles()
{
    service::CorrectionService corrections(m_context.analyzer, m_library);
    const auto incomplete = corrections.incompleteArticles();
    if (!incomplete || incomplete.value() == 0)
        return;
    statusBar()->showMessage(incomplete.value() == 1
                                 ? tr("Completing 1 article stored by an earlier Sayline…")
                                 : tr("Completing %1 articles stored by an earlier Sayline…").arg(incomplete.value()));
    m_completing = true;
    connect(&m_completion, &QFutureWatcherBase::finished, this, [this] {
        m_completing = false;
        const auto done = m_completion.result();
        if (!done)
            m_ui->messageBar->showError(
                tr("Could not complete the older articles: %1").arg(QString::fromStdString(done.error())));
        else
            statusBar()->showMessage(tr("The library is up to date."), 5000);
        reloadLibrary();
    });
    m_completion.setFuture(QtConcurrent::run([analyzer = &m_context.analyzer, library = m_library] {
        return service::CorrectionService(*analyzer, library).completeIncompleteArticles();
    }));
}

void MainWindow::openPaths(const QStringList& paths, bool show)
{
    if (paths.isEmpty())
        return;
    if (m_readOnly) {
        m_ui->messageBar->showError(tr("This library is read-only: articles cannot be imported into it."));
        return;
    }
    m_showNextImport = m_showNextImport || show;
    m_import->import(paths);
}

void MainWindow::openArticle(qint64 articleId, std::optional<model::Span> reveal)
{
    if (!m_current || m_current->articleId != articleId) {
        auto stored = m_search->article(articleId);
        if (!stored) {
            m_ui->messageBar->showError(
                tr("Could not read the article from the library: %1").arg(QString::fromStdString(stored.error())));
            return;
        }
        m_current = std::make_shared<const store::StoredAnalysis>(std::move(stored.value()));
        reader()->setArticle(analysisOf(m_current));
        m_ui->sidePanel->setArticle(analysisOf(m_current));
        m_ui->detailsView->clear();
        setWindowTitle(QStringLiteral("%1 — Sayline").arg(currentTitle()));
        m_ui->articlesView->select(articleId);
        updateCorrectionActions();
    }
    if (reveal)
        reader()->revealSpan(*reveal);
}

QString MainWindow::currentTitle() const
{
    if (!m_current)
        return {};
    const model::Article& article = m_current->analysis.article;
    return article.title.empty() ? QFileInfo(QString::fromStdString(article.file)).fileName()
                                 : QString::fromStdString(article.title);
}

void MainWindow::closeCurrentArticle()
{
    m_current.reset();
    reader()->setArticle({});
    m_ui->sidePanel->setArticle({});
    m_ui->detailsView->clear();
    m_ui->articlesView->select(0);
    setWindowTitle(QStringLiteral("Sayline"));
    updateCorrectionActions();
}

void MainWindow::showDetails(const HighlightTarget& target)
{
    if (!m_current)
        return;
    m_ui->detailsView->setHtml(extractionDetailsHtml(m_current->analysis, target));
    if (!m_ui->detailsDock->isVisible())
        m_ui->detailsDock->show();
    setSubjectFromTarget(target);
}

void MainWindow::showSpeaker(qint64 entity, const QString& name)
{
    m_ui->statementsPanel->showSpeaker(entity, name);
    m_ui->statementsDock->show();
    m_ui->speakersView->select(entity);
    setSubject({ std::nullopt, QString(), std::nullopt, entity, name });
}

void MainWindow::setSubjectFromTarget(const HighlightTarget& target)
{
    if (!m_current)
        return;
    const store::StoredAnalysis& stored = *m_current;
    CorrectionSubject subject;
    const std::string id = target.id.toStdString();
    std::optional<std::string> entity;
    if (target.type == HighlightTarget::Type::Statement) {
        for (const model::Statement& statement : stored.analysis.statements) {
            if (statement.id != id)
                continue;
            subject.statement = stored.statementRows.at(statement.id);
            subject.statementText = QString::fromStdString(statement.content);
            subject.article = stored.articleId;
            entity = statement.speaker;
        }
    } else if (target.type == HighlightTarget::Type::Entity) {
        entity = id;
    }
    if (entity) {
        if (const model::Entity* found = stored.analysis.entityById(*entity);
            found && stored.entityRows.contains(*entity)) {
            subject.entity = stored.entityRows.at(*entity);
            subject.entityName = QString::fromStdString(found->name);
        }
    }
    setSubject(subject);
}

void MainWindow::setSubject(CorrectionSubject subject)
{
    m_subject = std::move(subject);
    updateCorrectionActions();
}

void MainWindow::updateCorrectionActions()
{
    const bool statement = m_subject.statement.has_value();
    const bool entity = m_subject.entity.has_value();
    const bool writable = !m_readOnly;
    m_ui->reassignSpeakerAction->setEnabled(writable && statement);
    m_ui->deleteStatementAction->setEnabled(writable && statement);
    m_ui->mergeEntityAction->setEnabled(writable && entity);
    m_ui->renameEntityAction->setEnabled(writable && entity);
    m_ui->splitEntityAction->setEnabled(writable && entity && m_current && m_current->localEntityId(*m_subject.entity));
    m_ui->showSpeakerStatementsAction->setEnabled(entity);
    m_ui->exportSummaryAction->setEnabled(m_current != nullptr);
    m_ui->closeArticleAction->setEnabled(m_current != nullptr);
}

void MainWindow::showCorrectionMenu(const QPoint& globalPosition, QMenu* menu)
{
    if (!menu)
        menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (m_subject.statement && !m_readOnly) {
        menu->addAction(m_ui->reassignSpeakerAction);
        menu->addAction(m_ui->deleteStatementAction);
    }
    if (m_subject.entity) {
        if (m_subject.statement && !m_readOnly)
            menu->addSeparator();
        menu->addAction(m_ui->showSpeakerStatementsAction);
        if (!m_readOnly) {
            menu->addAction(m_ui->mergeEntityAction);
            menu->addAction(m_ui->renameEntityAction);
        }
        if (m_ui->splitEntityAction->isEnabled())
            menu->addAction(m_ui->splitEntityAction);
    }
    if (menu->isEmpty()) {
        delete menu;
        return;
    }
    menu->popup(globalPosition);
}

void MainWindow::openFileDialog()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("library/lastDirectory"), QDir::homePath()).toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Articles"), dir,
        tr("Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.mht *.mhtml *.xml *.rss *.atom *.nitf *.newsml);;"
           "All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("library/lastDirectory"), QFileInfo(files.front()).absolutePath());
    openPaths(files, true);
}

void MainWindow::importFolderDialog()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("library/lastDirectory"), QDir::homePath()).toString();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"), dir);
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("library/lastDirectory"), folder);
    openPaths({ folder });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(std::min(1280, available.width()), std::min(800, available.height()));
    }
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kStateVersion))
        resetLayout();
    m_ui->libraryTabs->setCurrentIndex(settings.value(QStringLiteral("window/libraryTab"), 0).toInt());
}

void MainWindow::resetLayout()
{
    // The reader gets the most room; the docks what their lists need, from 1024 × 680 up.
    for (QDockWidget* dock : { m_ui->libraryDock, m_ui->sidePanelDock, m_ui->detailsDock, m_ui->statementsDock }) {
        dock->setFloating(false);
        dock->show();
    }
    addDockWidget(Qt::LeftDockWidgetArea, m_ui->libraryDock);
    addDockWidget(Qt::RightDockWidgetArea, m_ui->sidePanelDock);
    addDockWidget(Qt::RightDockWidgetArea, m_ui->detailsDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_ui->statementsDock);
    const int side = std::clamp(width() * 24 / 100, 240, 420);
    resizeDocks({ m_ui->libraryDock, m_ui->sidePanelDock }, { side, std::clamp(width() * 28 / 100, 280, 480) },
                Qt::Horizontal);
    resizeDocks({ m_ui->sidePanelDock, m_ui->detailsDock }, { height() * 55 / 100, height() * 30 / 100 }, Qt::Vertical);
    resizeDocks({ m_ui->statementsDock }, { std::clamp(height() * 30 / 100, 200, 320) }, Qt::Vertical);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kStateVersion));
    settings.setValue(QStringLiteral("window/libraryTab"), m_ui->libraryTabs->currentIndex());
    m_import->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_readOnly && !localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openPaths(paths);
}

} // namespace sayline::app
