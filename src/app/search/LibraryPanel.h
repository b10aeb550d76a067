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

class QLabel;
class QLineEdit;
class QModelIndex;
class QTreeView;

namespace sayline::service {
class SearchService;
}

namespace sayline::app {

class StatementResultModel;

/// The Library dock: past statements in the SQLite library, searched by speaker (name, alias or role, case-
/// and accent-insensitive) and by words. Searches run off the GUI thread, each with its own SearchService;
/// activating a result opens its article at the statement.
class LibraryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPanel(std::filesystem::path library, QWidget* parent = nullptr);
    ~LibraryPanel() override;

    StatementResultModel* resultModel() const { return m_model; }
    bool isSearching() const { return m_searching || m_debounce.isActive(); }

public Q_SLOTS:
    /// Runs the current search again (after an import changed the library).
    void refresh();

Q_SIGNALS:
    /// The user wants to read a result: the article as stored, and where the statement stands in it.
    void articleRequested(const sayline::app::ArticleHandle& article, sayline::model::Span span);
    void problem(const QString& message);

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

    std::filesystem::path m_library;
    QLineEdit* m_speakerEdit;
    QLineEdit* m_textEdit;
    QTreeView* m_results;
    QLabel* m_status;
    StatementResultModel* m_model;
    QTimer m_debounce;
    QFutureWatcher<Outcome> m_watcher;
    int m_generation = 0;
    bool m_searching = false;
    bool m_again = false;
    std::unique_ptr<service::SearchService> m_reader; ///< the GUI thread's own connection, for opening results
};

} // namespace sayline::app
