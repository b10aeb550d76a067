// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventModel.h"

#include "common/BodyLayout.h"
#include "export/ReportedSpeech.h"
#include "reader/ExtractionDetails.h"

namespace sayline::app {
namespace {

/// The sentence around [start, end) in body (UTF-16), cut at sentence ends or paragraph breaks.
QString sentenceAround(const QString& body, int start, int end)
{
    constexpr int kMaxReach = 200;
    int from = start;
    while (from > 0 && start - from < kMaxReach) {
        const QChar before = body.at(from - 1);
        if (before == QLatin1Char('\n'))
            break;
        if (from >= 2 && body.at(from - 1).isSpace() && QStringLiteral(".!?").contains(body.at(from - 2)))
            break;
        --from;
    }
    int to = end;
    while (to < body.size() && to - end < kMaxReach) {
        const QChar at = body.at(to);
        if (at == QLatin1Char('\n'))
            break;
        ++to;
        if (QStringLiteral(".!?").contains(at) && (to == body.size() || body.at(to).isSpace()))
            break;
    }
    return body.mid(from, to - from).simplified();
}

} // namespace

EventModel::EventModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EventModel::setArticle(ArticleHandle article)
{
    beginResetModel();
    m_article = std::move(article);
    m_contexts.clear();
    if (m_article) {
        const BodyLayout layout(m_article->article);
        const QString body = layout.paragraphs().join(QStringLiteral("\n\n"));
        for (const model::DateMention& date : m_article->dates) {
            QString context;
            for (const model::Statement& statement : m_article->statements) {
                if (statement.span.start <= date.span.start && date.span.end <= statement.span.end) {
                    // Quotation marks for direct speech only, as in every export.
                    context = QStringLiteral("%1: %2").arg(
                        speakerName(*m_article, statement),
                        QString::fromStdString(exporting::quotedContent(statement.kind, statement.content))
                            .simplified());
                    break;
                }
            }
            if (context.isEmpty())
                context = sentenceAround(body, layout.utf16Offset(date.span.start), layout.utf16Offset(date.span.end));
            m_contexts.append(context);
        }
    }
    endResetModel();
}

int EventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_article ? 0 : static_cast<int>(m_article->dates.size());
}

int EventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::DateMention& date = m_article->dates[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ValueColumn:
            return QString::fromStdString(date.value);
        case TextColumn:
            return QString::fromStdString(date.text);
        case ContextColumn:
            return m_contexts.value(index.row());
        default:
            return {};
        }
    case IndexRole:
        return index.row();
    case ValueRole:
        return QString::fromStdString(date.value);
    case TypeRole:
        return QString::fromLatin1(model::toString(date.type));
    case SpanStartRole:
        return date.span.start;
    case SpanEndRole:
        return date.span.end;
    default:
        return {};
    }
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ValueColumn:
        return tr("Date");
    case TextColumn:
        return tr("As written");
    case ContextColumn:
        return tr("Event");
    default:
        return {};
    }
}

} // namespace sayline::app
