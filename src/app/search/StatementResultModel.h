// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "store/Records.h"

namespace sayline::app {

/// Statements found in the library, one row each: when, who, what, where it was published.
class StatementResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        SpeakerColumn,
        StatementColumn,
        ArticleColumn,
        PublisherColumn,
        ColumnCount
    };
    enum Role : int
    {
        StatementIdRole = Qt::UserRole, ///< library row id
        ArticleIdRole,
        SpanStartRole, ///< code point span of the statement in its article
        SpanEndRole,
        SpeakerRole,
        ContentRole,
    };

    explicit StatementResultModel(QObject* parent = nullptr);

    void setResults(std::vector<store::StatementRecord> results);
    const store::StatementRecord* record(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<store::StatementRecord> m_results;
};

} // namespace sayline::app
