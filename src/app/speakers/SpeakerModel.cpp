// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpeakerModel.h"

#include <QColor>
#include <QFont>
#include <algorithm>

#include "common/DisplayNames.h"
#include "export/ReportedSpeech.h"
#include "reader/ExtractionDetails.h"

namespace sayline::app {
namespace {

/// internalId of top-level (speaker) indexes; statement indexes carry their speaker's row + 1.
constexpr quintptr kTopLevel = 0;

} // namespace

SpeakerModel::SpeakerModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void SpeakerModel::setArticle(ArticleHandle article)
{
    beginResetModel();
    m_article = std::move(article);
    m_speakers.clear();
    if (m_article) {
        const model::AnalysedArticle& analysed = *m_article;
        for (std::size_t i = 0; i < analysed.statements.size(); ++i) {
            const model::Statement& statement = analysed.statements[i];
            const QString entityId = statement.speaker ? QString::fromStdString(*statement.speaker) : QString();
            const QString name = speakerName(analysed, statement);
            auto found = std::find_if(m_speakers.begin(), m_speakers.end(), [&](const Speaker& speaker) {
                return entityId.isEmpty()
                    ? speaker.entityId.isEmpty() && speaker.name.compare(name, Qt::CaseInsensitive) == 0
                    : speaker.entityId == entityId;
            });
            if (found == m_speakers.end()) {
                Speaker speaker { entityId, name, {}, {} };
                if (const model::Entity* entity
                    = statement.speaker ? analysed.entityById(*statement.speaker) : nullptr) {
                    for (const std::string& role : entity->roles)
                        speaker.roles.append(QString::fromStdString(role));
                }
                m_speakers.push_back(std::move(speaker));
                found = std::prev(m_speakers.end());
            }
            found->statements.push_back(i);
        }
    }
    endResetModel();
}

QModelIndex SpeakerModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex SpeakerModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kTopLevel);
}

int SpeakerModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_speakers.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    return static_cast<int>(m_speakers[static_cast<std::size_t>(parent.row())].statements.size());
}

int SpeakerModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant SpeakerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_article)
        return {};
    if (index.internalId() == kTopLevel)
        return speakerData(m_speakers[static_cast<std::size_t>(index.row())], index.column(), role);
    const Speaker& speaker = m_speakers[static_cast<std::size_t>(index.internalId() - 1)];
    const std::size_t statement = speaker.statements[static_cast<std::size_t>(index.row())];
    return statementData(m_article->statements[statement], index.column(), role);
}

QVariant SpeakerModel::speakerData(const Speaker& speaker, int column, int role) const
{
    const model::Statement& first = m_article->statements[speaker.statements.front()];
    switch (role) {
    case Qt::DisplayRole:
        if (column == TextColumn) {
            QString text = speaker.name;
            if (!speaker.roles.isEmpty())
                text += QStringLiteral(" (%1)").arg(speaker.roles.join(QStringLiteral(", ")));
            return text;
        }
        if (column == CueColumn)
            return speaker.statements.size() == 1 ? tr("1 statement")
                                                  : tr("%1 statements").arg(speaker.statements.size());
        return {};
    case Qt::ToolTipRole:
        return column == TextColumn ? speaker.name : QVariant();
    case Qt::FontRole:
        if (column == TextColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IdRole:
        return speaker.entityId;
    case NodeTypeRole:
        return static_cast<int>(NodeType::Speaker);
    case SpanStartRole:
        return first.speakerSpan ? first.speakerSpan->start : first.span.start;
    case SpanEndRole:
        return first.speakerSpan ? first.speakerSpan->end : first.span.end;
    case SpeakerNameRole:
        return speaker.name;
    case StatementCountRole:
        return static_cast<int>(speaker.statements.size());
    default:
        return {};
    }
}

QVariant SpeakerModel::statementData(const model::Statement& statement, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TextColumn: // quotation marks for direct speech only, as in every export
            return QString::fromStdString(exporting::quotedContent(statement.kind, statement.content)).simplified();
        case CueColumn:
            return QString::fromStdString(statement.cue);
        case KindColumn:
            return displayName(statement.kind);
        case ClaimColumn:
            return displayName(statement.claimType);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column != TextColumn)
            return {};
        return QString::fromStdString(
            exporting::speechText(exporting::speechOf(*m_article, statement, m_article->article.body())));
    case IdRole:
        return QString::fromStdString(statement.id);
    case NodeTypeRole:
        return static_cast<int>(NodeType::Statement);
    case SpanStartRole:
        return statement.span.start;
    case SpanEndRole:
        return statement.span.end;
    case SpeakerNameRole:
        return speakerName(*m_article, statement);
    default:
        return {};
    }
}

QVariant SpeakerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Speaker / statement");
    case CueColumn:
        return tr("Cue");
    case KindColumn:
        return tr("Kind");
    case ClaimColumn:
        return tr("Claim");
    default:
        return {};
    }
}

} // namespace sayline::app
