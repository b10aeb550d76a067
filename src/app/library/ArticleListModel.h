// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <vector>

#include "common/ArticleHandle.h"

namespace sayline::app {

/// The articles opened or imported in this session, in the order they arrived. Opening the same article
/// (same file, same feed item) again replaces it instead of adding a duplicate.
class ArticleListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role : int
    {
        TitleRole = Qt::UserRole,
        FileRole,
        ItemRole, ///< index of the article inside a multi-article file
        PublisherRole,
        PublishedRole, ///< ISO 8601 as read
        StatementCountRole,
        EntityCountRole,
    };

    explicit ArticleListModel(QObject* parent = nullptr);

    /// Adds the article, or replaces the one from the same file and item; returns its row.
    int addArticle(ArticleHandle article);
    void removeArticle(int row);
    ArticleHandle article(int row) const;
    /// The row of the article from file (and feed item), or -1.
    int rowOf(const QString& file, int item = 0) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<ArticleHandle> m_articles;
};

} // namespace sayline::app
