// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementsPanel.h"

#include <QHeaderView>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include "StatementResultModel.h"
#include "StatementTimeline.h"
#include "common/CompactColumns.h"
#include "common/SpeakerCompleter.h"
#include "service/SearchService.h"
#include "ui_StatementsPanel.h"

namespace sayline::app {
namespace {

constexpr int kPageSize = 200;
constexpr int kTypingDelayMs = 250;
const QString kSplitterKey = QStringLiteral("statements/splitter");

} // namespace

StatementsPanel::StatementsPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StatementsPanel>())
    , m_model(new StatementResultModel(this))
{
    m_ui->setupUi(this);
    m_ui->statementResultsView->setModel(m_model);
    QHeaderView* header = m_ui->statementResultsView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(StatementResultModel::StatementColumn, QHeaderView::Stretch);
    const int character = fontMetrics().averageCharWidth();
    header->resizeSection(StatementResultModel::DateColumn, character * 11);
    header->resizeSection(StatementResultModel::SpeakerColumn, character * 18);
    header->resizeSection(StatementResultModel::ArticleColumn, character * 24);
    header->resizeSection(StatementResultModel::PublisherColumn, character * 14);
    new CompactColumns(m_ui->statementResultsView, 640,
                       { StatementResultModel::ArticleColumn, StatementResultModel::PublisherColumn });
    m_ui->resultsSplitter->setStretchFactor(0, 3);
    m_ui->resultsSplitter->setStretchFactor(1, 1);
    if (!m_ui->resultsSplitter->restoreState(QSettings().value(kSplitterKey).toByteArray()))
        m_ui->resultsSplitter->setSizes({ 700, 240 });
    connect(m_ui->resultsSplitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(kSplitterKey, m_ui->resultsSplitter->saveState()); });

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kTypingDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &StatementsPanel::startSearch);
    connect(m_ui->speakerSearchEdit, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_ui->statementSearchEdit, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_ui->speakerSearchEdit, &QLineEdit::returnPressed, this, &StatementsPanel::startSearch);
    connect(m_ui->statementSearchEdit, &QLineEdit::returnPressed, this, &StatementsPanel::startSearch);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &StatementsPanel::onFinished);
    connect(m_model, &StatementResultModel::moreWanted, this, &StatementsPanel::fetchPage);
    connect(m_ui->statementResultsView, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (const store::StatementRecord* record = m_model->record(index.row()))
            Q_EMIT statementActivated(record->articleId, record->span);
    });
    connect(m_ui->statementResultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StatementsPanel::currentStatementChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StatementsPanel::currentStatementChanged);
    connect(m_ui->statementResultsView, &QTreeView::customContextMenuRequested, this, [this](const QPoint& position) {
        const QModelIndex index = m_ui->statementResultsView->indexAt(position);
        if (!index.isValid())
            return;
        m_ui->statementResultsView->setCurrentIndex(index);
        Q_EMIT contextMenuRequested(m_ui->statementResultsView->viewport()->mapToGlobal(position));
    });
}

StatementsPanel::~StatementsPanel()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

StatementTimeline* StatementsPanel::timeline() const
{
    return m_ui->statementTimeline;
}

QTreeView* StatementsPanel::view() const
{
    return m_ui->statementResultsView;
}

void StatementsPanel::setLibrary(const std::filesystem::path& library)
{
    m_library = library;
    m_completer = new SpeakerCompleter(library, m_ui->speakerSearchEdit);
    connect(m_completer, &SpeakerCompleter::speakerChosen, this, &StatementsPanel::startSearch);
    startSearch();
}

const store::StatementRecord* StatementsPanel::currentRecord() const
{
    return m_model->record(m_ui->statementResultsView->currentIndex().row());
}

void StatementsPanel::showSpeaker(store::RowId entity, const QString& name)
{
    const QSignalBlocker words(m_ui->statementSearchEdit);
    const QSignalBlocker speaker(m_ui->speakerSearchEdit);
    m_ui->statementSearchEdit->clear();
    m_completer->setChosenSpeaker(entity, name);
    startSearch();
}

void StatementsPanel::focusSpeaker()
{
    m_ui->speakerSearchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->speakerSearchEdit->selectAll();
}

store::SearchQuery StatementsPanel::currentQuery() const
{
    store::SearchQuery query;
    const QString speaker = m_ui->speakerSearchEdit->text().trimmed();
    if (m_completer && m_completer->chosenSpeaker())
        query.speakerId = m_completer->chosenSpeaker();
    else if (!speaker.isEmpty())
        query.speaker = speaker.toStdString();
    const QString words = m_ui->statementSearchEdit->text().trimmed();
    if (!words.isEmpty())
        query.text = words.toStdString();
    query.limit = kPageSize;
    return query;
}

void StatementsPanel::refresh()
{
    startSearch();
}

void StatementsPanel::startSearch()
{
    if (m_library.empty())
        return;
    m_debounce.stop();
    const store::SearchQuery query = currentQuery();
    const int generation = ++m_generation;
    m_shown = query;
    run([library = m_library, query, generation] {
        Outcome outcome;
        outcome.generation = generation;
        service::SearchService search(library);
        auto records = search.searchStatements(query);
        if (!records) {
            outcome.error = QString::fromStdString(records.error());
            return outcome;
        }
        outcome.records = std::move(records.value());
        const auto total = search.countStatements(query);
        outcome.total = total ? total.value() : static_cast<int>(outcome.records.size());
        if (auto timeline = search.timeline(query))
            outcome.timeline = std::move(timeline.value());
        return outcome;
    });
}

void StatementsPanel::fetchPage(int offset)
{
    store::SearchQuery query = m_shown;
    query.offset = offset;
    run([library = m_library, query, generation = m_generation] {
        Outcome outcome;
        outcome.generation = generation;
        outcome.page = true;
        outcome.offset = query.offset;
        auto records = service::SearchService(library).searchStatements(query);
        if (records)
            outcome.records = std::move(records.value());
        else
            outcome.error = QString::fromStdString(records.error());
        return outcome;
    });
}

void StatementsPanel::run(std::function<Outcome()> work)
{
    m_working = true;
    if (m_watcher.isRunning()) {
        m_queued = std::move(work); // the newest request wins; the running one's result is checked on arrival
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(std::move(work)));
}

void StatementsPanel::onFinished()
{
    Outcome outcome = m_watcher.result();
    if (m_queued) {
        auto next = std::move(m_queued);
        m_queued = nullptr;
        m_watcher.setFuture(QtConcurrent::run(std::move(next)));
    } else {
        m_working = false;
    }
    if (outcome.generation != m_generation || (outcome.page && outcome.offset != m_model->rowCount())) {
        if (outcome.page)
            m_model->abandonFetch();
        return; // a newer search replaced this one
    }
    if (!outcome.error.isEmpty()) {
        m_model->setResults({}, 0);
        m_ui->statusLabel->setText(outcome.error);
        return;
    }
    if (outcome.page) {
        m_model->appendResults(std::move(outcome.records));
        return;
    }
    m_ui->statementTimeline->setTimeline(outcome.timeline);
    showStatus(outcome);
    m_model->setResults(std::move(outcome.records), outcome.total);
}

void StatementsPanel::showStatus(const Outcome& outcome)
{
    const bool filtered = m_shown.hasFilter();
    if (outcome.total == 0)
        m_ui->statusLabel->setText(filtered ? tr("No statements found.") : tr("The library has no statements yet."));
    else if (!filtered)
        m_ui->statusLabel->setText(outcome.total == 1
                                       ? tr("1 statement in the library, newest first")
                                       : tr("%1 statements in the library, newest first").arg(outcome.total));
    else
        m_ui->statusLabel->setText(outcome.total == 1 ? tr("1 statement") : tr("%1 statements").arg(outcome.total));
}

} // namespace sayline::app
