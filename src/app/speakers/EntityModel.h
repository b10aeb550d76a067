// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "common/ArticleHandle.h"
#include "model/Entity.h"

namespace sayline::app {

/// The article's entities of some types (the organizations; or people and places), one row each.
class EntityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        AliasesColumn,
        RolesColumn,
        MentionsColumn,
        ColumnCount
    };
    enum Role : int
    {
        IdRole = Qt::UserRole,
        TypeRole, ///< the contract's type name: "organization", ...
        SpanStartRole, ///< first mention
        SpanEndRole,
        MentionCountRole,
    };

    explicit EntityModel(std::vector<model::EntityType> types, QObject* parent = nullptr);

    void setArticle(ArticleHandle article);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<model::EntityType> m_types;
    ArticleHandle m_article;
    std::vector<const model::Entity*> m_rows;
};

} // namespace sayline::app
