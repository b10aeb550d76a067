// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include "AppContext.h"
#include "common/ArticleHandle.h"
#include "model/Span.h"
#include "reader/Highlights.h"

class QListView;
class QMenu;
class QUndoStack;

namespace sayline::app {

class ArticleListModel;
class ImportController;
class LibraryPanel;
class MessageBar;
class OfflineTextBrowser;
class ReaderPane;
class RecentFiles;
class SidePanel;

/// The reader's window: menus, actions and docks around the feature widgets (library, reader, speakers).
/// It wires them together and holds no analysis logic; the service it gets does all the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens files and imports folders (recursively) in the background; the first article is shown.
    void openPaths(const QStringList& paths);

    ImportController* importController() const { return m_import; }
    ArticleListModel* articleModel() const { return m_articles; }
    ArticleHandle currentArticle() const { return m_current; }
    /// The Library dock; null when the window runs without a library.
    LibraryPanel* libraryPanel() const { return m_library; }

public Q_SLOTS:
    void showArticle(int row);
    /// Shows what was extracted for an entity, statement or date of the current article in the details dock.
    void showDetails(const sayline::app::HighlightTarget& target);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createDocks();
    void createActions();
    void connectImport();
    void restoreSettings();
    void openFileDialog();
    void importFolderDialog();
    void closeCurrentArticle();
    void stepArticle(int delta);
    void createLibraryDock(const std::filesystem::path& library);
    void openLibraryArticle(const ArticleHandle& article, model::Span span);
    void reloadFromLibrary(qint64 articleId);
    void showShortcuts();
    void showAbout();
    QAction* addAction(QMenu* menu, const QString& name, const QString& text, const QKeySequence& shortcut);

    AppContext m_context;
    ArticleListModel* m_articles;
    ImportController* m_import;
    ReaderPane* m_readerPane;
    MessageBar* m_messageBar;
    SidePanel* m_sidePanel;
    OfflineTextBrowser* m_details;
    QListView* m_articleList = nullptr;
    RecentFiles* m_recent = nullptr;
    LibraryPanel* m_library = nullptr;
    QUndoStack* m_undoStack;
    ArticleHandle m_current;
    bool m_showNextArrival = false;
};

} // namespace sayline::app
