// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementResultModel.h"

#include <QStringList>

#include "common/DisplayNames.h"
#include "export/ReportedSpeech.h"

namespace sayline::app {
namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value).simplified();
}

QString optionalText(const std::optional<std::string>& value)
{
    return value ? QString::fromStdString(*value) : QString();
}

} // namespace

StatementResultModel::StatementResultModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void StatementResultModel::setResults(std::vector<store::StatementRecord> results, int total)
{
    m_waiting = true; // no request while views hear of the reset
    beginResetModel();
    m_results = std::move(results);
    m_total = std::max(total, static_cast<int>(m_results.size()));
    endResetModel();
    m_waiting = false;
}

void StatementResultModel::appendResults(std::vector<store::StatementRecord> results)
{
    m_waiting = false;
    if (results.empty()) { // the library changed since it was counted
        m_total = static_cast<int>(m_results.size());
        return;
    }
    const int first = static_cast<int>(m_results.size());
    m_waiting = true; // no new request while views hear of these rows
    beginInsertRows({}, first, first + static_cast<int>(results.size()) - 1);
    m_results.insert(m_results.end(), std::make_move_iterator(results.begin()), std::make_move_iterator(results.end()));
    endInsertRows();
    m_waiting = false;
}

bool StatementResultModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_waiting && static_cast<int>(m_results.size()) < m_total;
}

void StatementResultModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_waiting = true;
    Q_EMIT moreWanted(static_cast<int>(m_results.size()));
}

const store::StatementRecord* StatementResultModel::record(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_results[static_cast<std::size_t>(row)];
}

int StatementResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_results.size());
}

int StatementResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::StatementRecord& record = m_results[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return optionalText(record.date);
        case SpeakerColumn:
            return text(record.speaker);
        case StatementColumn: // quotation marks for direct speech only, as in every export
            return text(
                exporting::quotedContent(record.kind, record.snippet.empty() ? record.content : record.snippet));
        case ArticleColumn:
            return text(record.articleTitle);
        case PublisherColumn:
            return optionalText(record.publisher);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StatementColumn) {
            const exporting::Speech speech { record.speaker, record.cue, record.kind, record.content, {} };
            QStringList lines { text(exporting::speechText(speech)) };
            lines.append(
                tr("%1 · %2 · %3").arg(text(record.cue), displayName(record.kind), displayName(record.claimType)));
            lines.append(record.publisher ? tr("%1, %2").arg(text(record.articleTitle), optionalText(record.publisher))
                                          : text(record.articleTitle));
            return lines.join(QLatin1Char('\n'));
        }
        return data(index, Qt::DisplayRole);
    case StatementIdRole:
        return static_cast<qlonglong>(record.id);
    case ArticleIdRole:
        return static_cast<qlonglong>(record.articleId);
    case SpanStartRole:
        return record.span.start;
    case SpanEndRole:
        return record.span.end;
    case SpeakerRole:
        return text(record.speaker);
    case ContentRole:
        return QString::fromStdString(record.content);
    default:
        return {};
    }
}

QVariant StatementResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case SpeakerColumn:
        return tr("Speaker");
    case StatementColumn:
        return tr("Statement");
    case ArticleColumn:
        return tr("Article");
    case PublisherColumn:
        return tr("Publisher");
    default:
        return {};
    }
}

} // namespace sayline::app
