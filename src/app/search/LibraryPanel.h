// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>
#include <filesystem>
#include <memory>
#include <vector>

#include "common/ArticleHandle.h"
#include "model/Span.h"
#include "store/Records.h"

class QAction;
class QLabel;
class QUndoStack;
class QLineEdit;
class QModelIndex;
class QTreeView;

namespace sayline::analysis {
class Analyzer;
}
namespace sayline::service {
class CorrectionService;
class SearchService;
} // namespace sayline::service

namespace sayline::app {

/// A library entity a statement can be given to.
struct SpeakerCandidate
{
    store::RowId entityId = 0;
    std::string name;
};

class StatementResultModel;
class StatementTimeline;

/// The Library dock: past statements in the SQLite library, searched by speaker (name, alias or role, case-
/// and accent-insensitive) and by words. Searches run off the GUI thread, each with its own SearchService;
/// activating a result opens its article at the statement. Results can be corrected (reassign the speaker,
/// delete a false statement) through the CorrectionService; reassignments go on the undo stack.
class LibraryPanel : public QWidget
{
    Q_OBJECT

public:
    LibraryPanel(const analysis::Analyzer& analyzer, std::filesystem::path library, QUndoStack* undoStack,
                 QWidget* parent = nullptr);
    ~LibraryPanel() override;

    StatementResultModel* resultModel() const { return m_model; }
    bool isSearching() const { return m_searching || m_debounce.isActive(); }

    /// The entities of the result's article a statement can be given to (people and organizations).
    std::vector<SpeakerCandidate> speakerCandidates(int row);
    /// Gives the result's statement to another library entity; undoable when it had a named speaker.
    bool reassignResult(int row, store::RowId speaker);
    /// The library's other speakers the result's speaker can be merged into, most statements first.
    std::vector<store::SpeakerSummary> mergeCandidates(int row);
    /// Merges the result's speaker into `keep` across the whole library (not undoable).
    bool mergeResultSpeaker(int row, store::RowId keep);
    /// Deletes the result's statement from the library (kept deleted across re-analysis; not undoable).
    bool deleteResult(int row);
    /// The article as the library holds it now, or null (the reason goes to problem()).
    ArticleHandle loadArticle(store::RowId articleId);

public Q_SLOTS:
    /// Runs the current search again (after an import changed the library).
    void refresh();

Q_SIGNALS:
    /// The user wants to read a result: the article as stored, and where the statement stands in it.
    void articleRequested(const sayline::app::ArticleHandle& article, sayline::model::Span span);
    void problem(const QString& message);
    /// A correction changed this article in the library.
    void libraryChanged(qint64 articleId);

private:
    struct Outcome
    {
        std::vector<store::StatementRecord> records;
        QString error;
        int generation = 0;
    };

    void startSearch();
    void onSearchFinished();
    void openResult(const QModelIndex& index);
    void createCorrectionActions();
    void reassignCurrent();
    void deleteCurrent();
    void mergeCurrent();
    void corrected(store::RowId articleId, const QString& error);
    service::SearchService& reader();

    std::filesystem::path m_library;
    QUndoStack* m_undoStack;
    QLineEdit* m_speakerEdit;
    QLineEdit* m_textEdit;
    QTreeView* m_results;
    QLabel* m_status;
    StatementTimeline* m_timeline;
    StatementResultModel* m_model;
    QTimer m_debounce;
    QFutureWatcher<Outcome> m_watcher;
    int m_generation = 0;
    bool m_searching = false;
    bool m_again = false;
    std::unique_ptr<service::SearchService> m_reader; ///< the GUI thread's own connection, for opening results
    std::unique_ptr<service::CorrectionService> m_corrections;
    QAction* m_reassignAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_mergeAction = nullptr;
};

} // namespace sayline::app
