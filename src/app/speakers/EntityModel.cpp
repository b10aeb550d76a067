// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityModel.h"

#include <QStringList>
#include <algorithm>

#include "reader/Highlights.h"

namespace sayline::app {
namespace {

QString joined(const std::vector<std::string>& items)
{
    QStringList out;
    for (const std::string& item : items)
        out.append(QString::fromStdString(item));
    return out.join(QStringLiteral(", "));
}

} // namespace

EntityModel::EntityModel(std::vector<model::EntityType> types, QObject* parent)
    : QAbstractTableModel(parent)
    , m_types(std::move(types))
{
}

void EntityModel::setArticle(ArticleHandle article)
{
    beginResetModel();
    m_article = std::move(article);
    m_rows.clear();
    if (m_article) {
        for (const model::Entity& entity : m_article->entities) {
            if (std::find(m_types.begin(), m_types.end(), entity.type) != m_types.end())
                m_rows.push_back(&entity);
        }
    }
    endResetModel();
}

int EntityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EntityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::Entity& entity = *m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return QString::fromStdString(entity.name);
        case TypeColumn:
            return displayName(highlightKindOf(entity.type));
        case AliasesColumn:
            return joined(entity.aliases);
        case RolesColumn:
            return joined(entity.roles);
        case MentionsColumn:
            return static_cast<int>(entity.mentions.size());
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == NameColumn ? highlightColor(highlightKindOf(entity.type)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == MentionsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return QString::fromStdString(entity.id);
    case TypeRole:
        return QString::fromLatin1(model::toString(entity.type));
    case SpanStartRole:
        return entity.mentions.empty() ? -1 : entity.mentions.front().start;
    case SpanEndRole:
        return entity.mentions.empty() ? -1 : entity.mentions.front().end;
    case MentionCountRole:
        return static_cast<int>(entity.mentions.size());
    default:
        return {};
    }
}

QVariant EntityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case AliasesColumn:
        return tr("Aliases");
    case RolesColumn:
        return tr("Roles");
    case MentionsColumn:
        return tr("Mentions");
    default:
        return {};
    }
}

} // namespace sayline::app
