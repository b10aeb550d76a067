// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>
#include <filesystem>
#include <memory>

#include "model/Span.h"
#include "store/SearchQuery.h"

class QTreeView;

namespace Ui {
class StatementsPanel;
}

namespace sayline::app {

class SpeakerCompleter;
class StatementResultModel;
class StatementTimeline;

/// The library's statements, searched by speaker (a name, alias or role, a word prefix of one, or one speaker
/// picked from the completion list) and by words. With nothing typed it shows every statement, newest first.
/// The count and the timeline cover every match; the results load a page at a time as the list scrolls.
/// Searches run off the GUI thread.
class StatementsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StatementsPanel(QWidget* parent = nullptr);
    ~StatementsPanel() override;

    void setLibrary(const std::filesystem::path& library);
    StatementResultModel* resultModel() const { return m_model; }
    StatementTimeline* timeline() const;
    QTreeView* view() const;
    bool isSearching() const { return m_working || m_debounce.isActive(); }
    /// The statement selected in the results, if any.
    const store::StatementRecord* currentRecord() const;
    /// Searches the statements of one library speaker (chosen in the speakers view).
    void showSpeaker(store::RowId entity, const QString& name);
    /// Puts the cursor in the speaker box.
    void focusSpeaker();

public Q_SLOTS:
    /// Runs the search again (the library changed).
    void refresh();

Q_SIGNALS:
    /// The user wants to read where a statement stands.
    void statementActivated(qint64 articleId, sayline::model::Span span);
    void currentStatementChanged();
    void contextMenuRequested(const QPoint& globalPosition);
    void problem(const QString& message);

private:
    struct Outcome
    {
        std::vector<store::StatementRecord> records;
        int total = 0;
        store::Timeline timeline;
        QString error;
        int generation = 0;
        bool page = false; ///< a further page, not a new search
        int offset = 0; ///< of the page
    };

    store::SearchQuery currentQuery() const;
    void startSearch();
    void fetchPage(int offset);
    void run(std::function<Outcome()> work);
    void onFinished();
    void showStatus(const Outcome& outcome);

    std::unique_ptr<Ui::StatementsPanel> m_ui;
    std::filesystem::path m_library;
    StatementResultModel* m_model;
    SpeakerCompleter* m_completer = nullptr;
    QTimer m_debounce;
    QFutureWatcher<Outcome> m_watcher;
    std::function<Outcome()> m_queued;
    store::SearchQuery m_shown; ///< the query whose results are shown
    int m_generation = 0;
    bool m_working = false; ///< from a request until its result is shown
};

} // namespace sayline::app
