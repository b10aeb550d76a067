// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QListView>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include "common/MessageBar.h"
#include "common/OfflineTextBrowser.h"
#include "library/ArticleItemDelegate.h"
#include "library/ArticleListModel.h"
#include "library/ImportController.h"
#include "library/ImportStatusWidget.h"
#include "library/RecentFiles.h"
#include "reader/ExtractionDetails.h"
#include "reader/ReaderPane.h"
#include "reader/ReaderView.h"
#include "search/LibraryPanel.h"
#include "speakers/SidePanel.h"

// The qrc lives in the sayline_app static library; make sure the linker keeps it (must be outside a namespace).
static void initAppResources()
{
    Q_INIT_RESOURCE(sayline);
}

namespace sayline::app {
namespace {

/// Bump when the docks change so an old saved layout is not applied to a new window.
constexpr int kStateVersion = 2;

QDockWidget* makeDock(const QString& name, const QString& title, QWidget* content, QWidget* parent)
{
    auto* dock = new QDockWidget(title, parent);
    dock->setObjectName(name);
    dock->setWidget(content);
    return dock;
}

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
    , m_context(context)
    , m_articles(new ArticleListModel(this))
    , m_import(new ImportController(m_context, this))
    , m_readerPane(new ReaderPane(this))
    , m_messageBar(new MessageBar(this))
    , m_sidePanel(new SidePanel(this))
    , m_details(new OfflineTextBrowser(this))
    , m_undoStack(new QUndoStack(this))
{
    initAppResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Sayline"));
    setWindowIcon(QIcon(QStringLiteral(":/sayline/sayline.svg")));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    // The side docks run the full height; the Library dock sits under the reader only.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralArea"));
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_readerPane, 1);
    setCentralWidget(central);

    m_details->setObjectName(QStringLiteral("detailsView"));
    m_details->document()->setDefaultStyleSheet(QStringLiteral("a { text-decoration: none; color: #1d4f91; }"));
    m_details->setPlaceholderText(tr("Click a highlight in the article, or a row in the side panel, to see what "
                                     "was extracted."));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(new ImportStatusWidget(m_import, this));

    createDocks();
    if (m_context.library)
        createLibraryDock(*m_context.library);
    createActions();
    connectImport();
    connect(m_readerPane->reader(), &ReaderView::targetActivated, this, &MainWindow::showDetails);
    // Links in the details (a statement of this speaker, the organization it is about) open that item.
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const auto target = HighlightTarget::fromUrl(url);
        if (!target || !m_current)
            return;
        showDetails(*target);
        if (const auto span = spanOf(*m_current, *target))
            m_readerPane->reader()->revealSpan(*span);
    });
    connect(m_sidePanel, &SidePanel::itemSelected, this, [this](const HighlightTarget& target, model::Span span) {
        showDetails(target);
        m_readerPane->reader()->revealSpan(span);
    });
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_articleList = new QListView(this);
    m_articleList->setObjectName(QStringLiteral("articleListView"));
    m_articleList->setModel(m_articles);
    m_articleList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_articleList->setItemDelegate(new ArticleItemDelegate(m_articleList));
    m_articleList->setUniformItemSizes(true);
    m_articleList->setAlternatingRowColors(true);
    m_articleList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_articleList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showArticle(current.row()); });

    addDockWidget(Qt::LeftDockWidgetArea,
                  makeDock(QStringLiteral("articlesDock"), tr("Articles"), m_articleList, this));
    addDockWidget(Qt::RightDockWidgetArea,
                  makeDock(QStringLiteral("sidePanelDock"), tr("In this article"), m_sidePanel, this));
    addDockWidget(Qt::RightDockWidgetArea, makeDock(QStringLiteral("detailsDock"), tr("Details"), m_details, this));
    resizeDocks({ findChild<QDockWidget*>(QStringLiteral("articlesDock")) }, { 210 }, Qt::Horizontal);
    resizeDocks({ findChild<QDockWidget*>(QStringLiteral("sidePanelDock")) }, { 470 }, Qt::Horizontal);
    resizeDocks({ findChild<QDockWidget*>(QStringLiteral("sidePanelDock")),
                  findChild<QDockWidget*>(QStringLiteral("detailsDock")) },
                { 400, 220 }, Qt::Vertical);
}

void MainWindow::connectImport()
{
    connect(m_import, &ImportController::articlesReady, this, [this](const QList<ArticleHandle>& articles) {
        int first = -1;
        for (const ArticleHandle& article : articles) {
            const int row = m_articles->addArticle(article);
            if (first < 0)
                first = row;
            if (m_current && m_current->article.file == article->article.file
                && m_current->article.item == article->article.item)
                showArticle(row); // re-opened: show the fresh analysis
        }
        if (m_showNextArrival && first >= 0) {
            m_showNextArrival = false;
            m_articleList->setCurrentIndex(m_articles->index(first));
        }
    });
    connect(m_import, &ImportController::libraryFailed, this,
            [this](const QString& message) { m_messageBar->showError(tr("Library: %1").arg(message)); });
    connect(m_import, &ImportController::fileFailed, this, [this](const QString& file, const QString& reason) {
        m_messageBar->showError(tr("Could not open %1: %2").arg(QDir::toNativeSeparators(file), reason));
    });
    connect(m_import, &ImportController::fileWarned, this, [this](const QString& file, const QString& message) {
        m_messageBar->showError(tr("Opened %1, but %2").arg(QDir::toNativeSeparators(file), message));
    });
    connect(m_import, &ImportController::finished, this,
            [this](const QStringList& paths, int articleCount, int failureCount, bool cancelled) {
                for (const QString& path : paths) {
                    const QFileInfo info(path);
                    if ((info.isDir() && articleCount > 0) || m_articles->rowOf(path) >= 0)
                        m_recent->add(path);
                }
                QString message
                    = articleCount == 1 ? tr("1 article opened") : tr("%1 articles opened").arg(articleCount);
                if (failureCount > 0)
                    message += failureCount == 1 ? tr(", 1 file failed") : tr(", %1 files failed").arg(failureCount);
                if (cancelled)
                    message += tr(" (cancelled)");
                statusBar()->showMessage(message, 8000);
            });
}

void MainWindow::createLibraryDock(const std::filesystem::path& library)
{
    m_library = new LibraryPanel(m_context.analyzer, library, m_undoStack, this);
    auto* dock = makeDock(QStringLiteral("libraryDock"), tr("Library"), m_library, this);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({ dock }, { 220 }, Qt::Vertical);
    connect(m_library, &LibraryPanel::articleRequested, this, &MainWindow::openLibraryArticle);
    connect(m_library, &LibraryPanel::problem, m_messageBar, &MessageBar::showError);
    connect(m_import, &ImportController::finished, m_library, &LibraryPanel::refresh);
    connect(m_library, &LibraryPanel::libraryChanged, this, &MainWindow::reloadFromLibrary);
}

void MainWindow::openLibraryArticle(const ArticleHandle& article, model::Span span)
{
    // The copy opened in this session has more detail (aliases, roles, speaker spans); the same text has the
    // same spans. Otherwise read the library's copy, which carries the user's corrections.
    int row = m_articles->rowOf(QString::fromStdString(article->article.file), article->article.item);
    if (row < 0 || m_articles->article(row)->article.paragraphs != article->article.paragraphs)
        row = m_articles->addArticle(article);
    showArticle(row);
    m_readerPane->reader()->revealSpan(span);
    m_readerPane->reader()->setFocus();
}

void MainWindow::reloadFromLibrary(qint64 articleId)
{
    // A correction changed this article: the list keeps the library's corrected copy instead of the one read
    // from the file, and the reader shows it if it is the article being read.
    const ArticleHandle corrected = m_library->loadArticle(articleId);
    if (!corrected)
        return;
    const int row = m_articles->rowOf(QString::fromStdString(corrected->article.file), corrected->article.item);
    if (row < 0)
        return;
    const bool reading = m_current == m_articles->article(row);
    m_articles->addArticle(corrected);
    if (reading)
        showArticle(row);
}

void MainWindow::openPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    m_showNextArrival = true;
    m_import->import(paths);
}

void MainWindow::showArticle(int row)
{
    ArticleHandle article = m_articles->article(row);
    if (m_articleList->currentIndex().row() != row)
        m_articleList->setCurrentIndex(m_articles->index(row));
    m_current = article;
    m_readerPane->reader()->setArticle(article);
    m_sidePanel->setArticle(article);
    m_details->clear();
    const QString title = m_articles->index(row).data().toString();
    setWindowTitle(article ? QStringLiteral("%1 — Sayline").arg(title) : QStringLiteral("Sayline"));
}

void MainWindow::closeCurrentArticle()
{
    const int row = m_articleList->currentIndex().row();
    if (row < 0)
        return;
    m_articles->removeArticle(row);
    if (m_articles->rowCount() == 0)
        showArticle(-1);
}

void MainWindow::stepArticle(int delta)
{
    const int count = m_articles->rowCount();
    if (count == 0)
        return;
    const int row = (m_articleList->currentIndex().row() + delta + count) % count;
    m_articleList->setCurrentIndex(m_articles->index(row));
}

void MainWindow::showDetails(const HighlightTarget& target)
{
    if (!m_current)
        return;
    m_details->setHtml(extractionDetailsHtml(*m_current, target));
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("detailsDock")); dock && !dock->isVisible())
        dock->show();
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
    openPaths(files);
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
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kStateVersion);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kStateVersion));
    m_import->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localPaths(event->mimeData()).isEmpty())
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
