// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include "common/ArticleHandle.h"

namespace sayline::app {

/// The article's dated events: each date mention with its normalized value and what happened then (the
/// statement it stands in, or the sentence around it).
class EventModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ValueColumn, ///< TIMEX3 value: "2022-06-15", "P3Y"
        TextColumn, ///< as written: "Wednesday"
        ContextColumn,
        ColumnCount
    };
    enum Role : int
    {
        IndexRole = Qt::UserRole, ///< index into AnalysedArticle::dates
        ValueRole,
        TypeRole,
        SpanStartRole,
        SpanEndRole,
    };

    explicit EventModel(QObject* parent = nullptr);

    void setArticle(ArticleHandle article);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ArticleHandle m_article;
    QStringList m_contexts;
};

} // namespace sayline::app
