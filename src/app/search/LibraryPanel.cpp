// SPDX-License-Identifier: GPL-3.0-or-later
#include "LibraryPanel.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "LibraryArticle.h"
#include "StatementResultModel.h"
#include "service/SearchService.h"

namespace sayline::app {
namespace {

constexpr int kResultLimit = 200;
constexpr int kTypingDelayMs = 250;

} // namespace

LibraryPanel::LibraryPanel(std::filesystem::path library, QWidget* parent)
    : QWidget(parent)
    , m_library(std::move(library))
    , m_speakerEdit(new QLineEdit(this))
    , m_textEdit(new QLineEdit(this))
    , m_results(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_model(new StatementResultModel(this))
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

void LibraryPanel::openResult(const QModelIndex& index)
{
    const store::StatementRecord* record = m_model->record(index.row());
    if (!record)
        return;
    if (!m_reader)
        m_reader = std::make_unique<service::SearchService>(m_library);
    auto annotations = m_reader->article(record->articleId);
    if (!annotations) {
        Q_EMIT problem(
            tr("Could not open the article of this statement: %1").arg(QString::fromStdString(annotations.error())));
        return;
    }
    Q_EMIT articleRequested(analysedFromLibrary(annotations.value()), record->span);
}

} // namespace sayline::app
