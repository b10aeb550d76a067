// SPDX-License-Identifier: GPL-3.0-or-later
#include "LibraryPanel.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "LibraryArticle.h"
#include "StatementResultModel.h"
#include "StatementTimeline.h"
#include "corrections/ReassignSpeakerCommand.h"
#include "service/CorrectionService.h"
#include "service/SearchService.h"

namespace sayline::app {
namespace {

constexpr int kResultLimit = 200;
constexpr int kTypingDelayMs = 250;

} // namespace

LibraryPanel::LibraryPanel(const analysis::Analyzer& analyzer, std::filesystem::path library, QUndoStack* undoStack,
                           QWidget* parent)
    : QWidget(parent)
    , m_library(std::move(library))
    , m_undoStack(undoStack)
    , m_speakerEdit(new QLineEdit(this))
    , m_textEdit(new QLineEdit(this))
    , m_results(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_timeline(new StatementTimeline(this))
    , m_model(new StatementResultModel(this))
    , m_corrections(std::make_unique<service::CorrectionService>(analyzer, m_library))
{
    setObjectName(QStringLiteral("libraryPanel"));
    m_speakerEdit->setObjectName(QStringLiteral("speakerSearchEdit"));
    m_speakerEdit->setPlaceholderText(tr("Speaker: name, alias or role"));
    m_speakerEdit->setClearButtonEnabled(true);
    m_textEdit->setObjectName(QStringLiteral("statementSearchEdit"));
    m_textEdit->setPlaceholderText(tr("Words in the statement"));
    m_textEdit->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("libraryStatusLabel"));
    m_status->setText(tr("Search the statements of every article opened so far."));
    m_results->setObjectName(QStringLiteral("libraryResultsView"));
    m_results->setModel(m_model);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(StatementResultModel::StatementColumn, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(StatementResultModel::ArticleColumn, QHeaderView::Interactive);
    m_results->header()->resizeSection(StatementResultModel::ArticleColumn, 220);

    auto* fields = new QHBoxLayout;
    fields->addWidget(m_speakerEdit, 1);
    fields->addWidget(m_textEdit, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(fields);
    layout->addWidget(m_timeline);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kTypingDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &LibraryPanel::startSearch);
    connect(m_speakerEdit, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_textEdit, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_speakerEdit, &QLineEdit::returnPressed, this, &LibraryPanel::refresh);
    connect(m_textEdit, &QLineEdit::returnPressed, this, &LibraryPanel::refresh);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &LibraryPanel::onSearchFinished);
    connect(m_results, &QAbstractItemView::activated, this, &LibraryPanel::openResult);
    createCorrectionActions();
}

LibraryPanel::~LibraryPanel()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void LibraryPanel::refresh()
{
    m_debounce.stop();
    startSearch();
}

void LibraryPanel::startSearch()
{
    store::SearchQuery query;
    query.limit = kResultLimit;
    if (const QString speaker = m_speakerEdit->text().trimmed(); !speaker.isEmpty())
        query.speaker = speaker.toStdString();
    if (const QString text = m_textEdit->text().trimmed(); !text.isEmpty())
        query.text = text.toStdString();
    if (!query.speaker && !query.text) {
        ++m_generation; // a search still running is now stale
        m_model->setResults({});
        m_timeline->setDates({});
        m_status->setText(tr("Search the statements of every article opened so far."));
        return;
    }
    if (m_searching) { // one search at a time; the latest query runs when this one ends
        m_again = true;
        return;
    }
    m_searching = true;
    m_status->setText(tr("Searching…"));
    const int generation = ++m_generation;
    m_watcher.setFuture(QtConcurrent::run([library = m_library, query, generation] {
        Outcome outcome;
        outcome.generation = generation;
        std::error_code ec;
        if (!std::filesystem::exists(library, ec)) {
            outcome.error = tr("The library is empty: open or import articles first.");
            return outcome;
        }
        service::SearchService search(library); // one connection per thread
        auto result = search.searchStatements(query);
        if (result)
            outcome.records = std::move(result.value());
        else
            outcome.error = QString::fromStdString(result.error());
        return outcome;
    }));
}

void LibraryPanel::onSearchFinished()
{
    m_searching = false;
    const Outcome outcome = m_watcher.result();
    if (m_again) {
        m_again = false;
        startSearch();
        return;
    }
    if (outcome.generation != m_generation)
        return;
    m_model->setResults(outcome.records);
    std::vector<std::string> dates;
    for (const store::StatementRecord& record : outcome.records) {
        if (record.date)
            dates.push_back(*record.date);
    }
    m_timeline->setDates(dates);
    if (!outcome.error.isEmpty())
        m_status->setText(outcome.error);
    else if (outcome.records.empty())
        m_status->setText(tr("No statements found."));
    else if (static_cast<int>(outcome.records.size()) >= kResultLimit)
        m_status->setText(tr("The first %1 statements; narrow the search to see others.").arg(kResultLimit));
    else
        m_status->setText(outcome.records.size() == 1 ? tr("1 statement")
                                                      : tr("%1 statements").arg(outcome.records.size()));
}

service::SearchService& LibraryPanel::reader()
{
    if (!m_reader)
        m_reader = std::make_unique<service::SearchService>(m_library);
    return *m_reader;
}

ArticleHandle LibraryPanel::loadArticle(store::RowId articleId)
{
    auto annotations = reader().article(articleId);
    if (!annotations) {
        Q_EMIT problem(
            tr("Could not read the article from the library: %1").arg(QString::fromStdString(annotations.error())));
        return {};
    }
    return analysedFromLibrary(annotations.value());
}

void LibraryPanel::openResult(const QModelIndex& index)
{
    const store::StatementRecord* record = m_model->record(index.row());
    if (!record)
        return;
    if (ArticleHandle article = loadArticle(record->articleId))
        Q_EMIT articleRequested(article, record->span);
}

void LibraryPanel::createCorrectionActions()
{
    m_reassignAction = new QAction(tr("&Reassign Speaker…"), this);
    m_reassignAction->setObjectName(QStringLiteral("reassignSpeakerAction"));
    m_reassignAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_reassignAction->setStatusTip(tr("Give the selected statement to another person or organization"));
    connect(m_reassignAction, &QAction::triggered, this, &LibraryPanel::reassignCurrent);
    m_deleteAction = new QAction(tr("&Delete Statement"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteStatementAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setStatusTip(tr("Remove a false statement from the library"));
    connect(m_deleteAction, &QAction::triggered, this, &LibraryPanel::deleteCurrent);
    m_mergeAction = new QAction(tr("&Merge Speaker Into…"), this);
    m_mergeAction->setObjectName(QStringLiteral("mergeSpeakerAction"));
    m_mergeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_mergeAction->setStatusTip(tr("The selected statement's speaker and another are the same (\"Wang\", "
                                   "\"Wang Wenbin\"): make them one across the library"));
    connect(m_mergeAction, &QAction::triggered, this, &LibraryPanel::mergeCurrent);
    for (QAction* action : { m_reassignAction, m_mergeAction, m_deleteAction }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(false);
        m_results->addAction(action);
    }
    m_results->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_reassignAction->setEnabled(current.isValid());
                m_deleteAction->setEnabled(current.isValid());
                const store::StatementRecord* record = m_model->record(current.row());
                m_mergeAction->setEnabled(record && record->speakerId);
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_reassignAction->setEnabled(false);
        m_deleteAction->setEnabled(false);
        m_mergeAction->setEnabled(false);
    });
}

std::vector<SpeakerCandidate> LibraryPanel::speakerCandidates(int row)
{
    const store::StatementRecord* record = m_model->record(row);
    if (!record)
        return {};
    auto stored = reader().article(record->articleId);
    if (!stored)
        return {};
    std::vector<SpeakerCandidate> out;
    for (const model::Entity& entity : stored.value().analysis.entities) {
        const store::RowId id = stored.value().entityRows.at(entity.id);
        const bool canSpeak
            = entity.type == model::EntityType::Person || entity.type == model::EntityType::Organization;
        const bool known
            = std::any_of(out.begin(), out.end(), [&](const SpeakerCandidate& seen) { return seen.entityId == id; });
        if (canSpeak && !known && id != record->speakerId.value_or(0))
            out.push_back({ id, entity.name });
    }
    return out;
}

bool LibraryPanel::reassignResult(int row, store::RowId speaker)
{
    const store::StatementRecord* record = m_model->record(row);
    if (!record)
        return false;
    const store::RowId articleId = record->articleId;
    if (!record->speakerId) { // an unnamed source: no speaker to give the statement back to
        const auto result = m_corrections->reassign(record->id, speaker);
        corrected(articleId, result ? QString() : QString::fromStdString(result.error()));
        return result.ok();
    }
    const QString text = tr("Reassign “%1”").arg(QString::fromStdString(record->content).simplified().left(40));
    auto* command
        = new ReassignSpeakerCommand(*m_corrections, record->id, *record->speakerId, speaker, text,
                                     [this, articleId](const QString& error) { corrected(articleId, error); });
    m_undoStack->push(command); // runs redo(); a failed command is obsolete and deleted right away
    const int top = m_undoStack->index() - 1;
    return top >= 0 && m_undoStack->command(top) == command;
}

std::vector<store::SpeakerSummary> LibraryPanel::mergeCandidates(int row)
{
    const store::StatementRecord* record = m_model->record(row);
    if (!record || !record->speakerId)
        return {};
    auto speakers = reader().speakers(std::nullopt);
    if (!speakers)
        return {};
    std::vector<store::SpeakerSummary> out;
    for (const store::SpeakerSummary& speaker : speakers.value()) {
        if (speaker.id != *record->speakerId)
            out.push_back(speaker);
    }
    return out;
}

bool LibraryPanel::mergeResultSpeaker(int row, store::RowId keep)
{
    const store::StatementRecord* record = m_model->record(row);
    if (!record || !record->speakerId)
        return false;
    const store::RowId articleId = record->articleId;
    const auto result = m_corrections->merge(keep, *record->speakerId);
    corrected(articleId, result ? QString() : QString::fromStdString(result.error()));
    return result.ok();
}

bool LibraryPanel::deleteResult(int row)
{
    const store::StatementRecord* record = m_model->record(row);
    if (!record)
        return false;
    const store::RowId articleId = record->articleId;
    const auto result = m_corrections->deleteStatement(record->id);
    corrected(articleId, result ? QString() : QString::fromStdString(result.error()));
    return result.ok();
}

void LibraryPanel::reassignCurrent()
{
    const int row = m_results->currentIndex().row();
    const store::StatementRecord* record = m_model->record(row);
    if (!record)
        return;
    const std::vector<SpeakerCandidate> candidates = speakerCandidates(row);
    if (candidates.empty()) {
        Q_EMIT problem(tr("No other person or organization in this article to give the statement to."));
        return;
    }
    QStringList names;
    for (const SpeakerCandidate& entity : candidates)
        names.append(QString::fromStdString(entity.name));
    bool chosen = false;
    const QString question = tr("Who said “%1”?").arg(QString::fromStdString(record->content).simplified().left(80));
    const QString name = QInputDialog::getItem(this, tr("Reassign Speaker"), question, names, 0, false, &chosen);
    if (!chosen)
        return;
    const qsizetype index = names.indexOf(name);
    if (!record->speakerId
        && QMessageBox::question(this, tr("Reassign Speaker"),
                                 tr("This statement has no named speaker to go back to, so the change cannot be "
                                    "undone. Reassign it?"))
            != QMessageBox::Yes)
        return;
    reassignResult(row, candidates[static_cast<std::size_t>(index)].entityId);
}

void LibraryPanel::mergeCurrent()
{
    const int row = m_results->currentIndex().row();
    const store::StatementRecord* record = m_model->record(row);
    if (!record || !record->speakerId)
        return;
    const std::vector<store::SpeakerSummary> candidates = mergeCandidates(row);
    if (candidates.empty()) {
        Q_EMIT problem(
            tr("No other speaker in the library to merge %1 into.").arg(QString::fromStdString(record->speaker)));
        return;
    }
    QStringList names;
    for (const store::SpeakerSummary& speaker : candidates) {
        names.append(
            speaker.statementCount == 1
                ? tr("%1 (1 statement)").arg(QString::fromStdString(speaker.name))
                : tr("%1 (%2 statements)").arg(QString::fromStdString(speaker.name)).arg(speaker.statementCount));
    }
    const QString speaker = QString::fromStdString(record->speaker);
    bool chosen = false;
    const QString name = QInputDialog::getItem(this, tr("Merge Speaker"), tr("%1 is the same as:").arg(speaker), names,
                                               0, false, &chosen);
    if (!chosen)
        return;
    const store::SpeakerSummary& keep = candidates[static_cast<std::size_t>(names.indexOf(name))];
    const auto answer
        = QMessageBox::question(this, tr("Merge Speaker"),
                                tr("Merge %1 into %2 in every article of the library? This cannot be undone.")
                                    .arg(speaker, QString::fromStdString(keep.name)));
    if (answer == QMessageBox::Yes)
        mergeResultSpeaker(row, keep.id);
}

void LibraryPanel::deleteCurrent()
{
    const int row = m_results->currentIndex().row();
    const store::StatementRecord* record = m_model->record(row);
    if (!record)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Statement"),
        tr("Delete “%1” by %2 from the library? It stays deleted when the article is analysed again; this cannot "
           "be undone.")
            .arg(QString::fromStdString(record->content).simplified().left(120),
                 QString::fromStdString(record->speaker)));
    if (answer == QMessageBox::Yes)
        deleteResult(row);
}

void LibraryPanel::corrected(store::RowId articleId, const QString& error)
{
    if (!error.isEmpty()) {
        Q_EMIT problem(tr("Could not correct the library: %1").arg(error));
        return;
    }
    refresh();
    Q_EMIT libraryChanged(articleId);
}

} // namespace sayline::app
