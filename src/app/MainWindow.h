// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>
#include <memory>

#include "AppContext.h"
#include "common/ArticleHandle.h"
#include "model/Span.h"
#include "reader/Highlights.h"
#include "service/CorrectionService.h"

class QLabel;
class QUndoStack;

namespace Ui {
class MainWindow;
}
namespace sayline::service {
class SearchService;
}

namespace sayline::app {

class ArticlesView;
class CorrectionController;
class ExportController;
class ImportController;
class ReaderView;
class RecentFiles;
class SidePanel;
class SpeakersView;
class StatementsPanel;

/// What the correction actions (Edit menu, context menus) apply to: the statement and the entity last chosen in
/// the reader, the side panel, the results or the speakers view.
struct CorrectionSubject
{
    std::optional<store::RowId> statement;
    QString statementText;
    std::optional<store::RowId> article; ///< the statement's article
    std::optional<store::RowId> entity;
    QString entityName;
};

/// The reader's window, opened on the library: the library's articles and speakers on the left, the article
/// being read in the middle, what was found in it on the right, the library's statements (search, timeline)
/// below. Layout in ui/MainWindow.ui; this class wires the views to the controllers and holds no business rule.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Imports files and folders into the library in the background. With show, the first of their articles is
    /// read when the import is done (File→Open); otherwise only when nothing is being read.
    void openPaths(const QStringList& paths, bool show = false);

    ImportController* importController() const { return m_import; }
    CorrectionController* corrections() const { return m_corrections; }
    StoredHandle currentArticle() const { return m_current; }
    ArticlesView* articlesView() const;
    SpeakersView* speakersView() const;
    StatementsPanel* statementsPanel() const;
    SidePanel* sidePanel() const;
    ReaderView* reader() const;
    const CorrectionSubject& subject() const { return m_subject; }
    /// True while an import, the completion of old articles or a search is running.
    bool isBusy() const;
    /// Puts every dock back where it starts, sized for the window's size.
    void resetLayout();
    /// True when the library may only be searched (an analyst's archive, a replica, a file in a read-only folder):
    /// the import and correction actions are disabled and the status bar says so.
    bool isReadOnly() const { return m_readOnly; }

Q_SIGNALS:
    /// The user opened a team archive (File → Open Team Archive…): a window on that address replaces this one.
    void libraryRequested(const QString& address);
    /// The user goes back from a team archive to the personal library file.
    void personalLibraryRequested();

public Q_SLOTS:
    /// Reads an article from the library (and reveals a span of it).
    void openArticle(qint64 articleId, std::optional<sayline::model::Span> reveal = std::nullopt);
    /// Shows what was extracted for an entity, statement or date of the current article in the details dock.
    void showDetails(const sayline::app::HighlightTarget& target);
    /// Chooses a library speaker: their statements and timeline below, the Speakers tab on it.
    void showSpeaker(qint64 entity, const QString& name);
    /// The correction actions on the current subject, with their dialogs.
    void reassignSubject();
    void deleteSubject();
    void mergeSubject();
    void renameSubject();
    void splitSubject();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void connectViews();
    void connectActions();
    void connectImport();
    void connectCorrections();
    void restoreSettings();
    void openFileDialog();
    void importFolderDialog();
    void openTeamArchiveDialog();
    void showLibraryAccess();
    void closeCurrentArticle();
    void reloadLibrary();
    void completeOldArticles();
    void showShortcuts();
    void showAbout();
    void setSubjectFromTarget(const HighlightTarget& target);
    void setSubject(CorrectionSubject subject);
    void updateCorrectionActions();
    void showCorrectionMenu(const QPoint& globalPosition, QMenu* menu = nullptr);
    QString currentTitle() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppContext m_context;
    std::filesystem::path m_library;
    std::unique_ptr<service::SearchService> m_search; ///< the GUI thread's connection, for reading articles
    QUndoStack* m_undoStack;
    ImportController* m_import;
    CorrectionController* m_corrections;
    ExportController* m_exporter;
    RecentFiles* m_recent = nullptr;
    StoredHandle m_current;
    CorrectionSubject m_subject;
    bool m_showNextImport = false;
    QFutureWatcher<service::Result<service::ReanalysisReport>> m_completion;
    bool m_completing = false;
    QPointer<QWidget> m_shortcuts;
    bool m_readOnly = false;
    bool m_teamArchive = false;
    QLabel* m_accessLabel = nullptr;
};

} // namespace sayline::app
