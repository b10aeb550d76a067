// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "store/Records.h"

namespace sayline::app {

/// Statements found in the library, one row each: when, who, what, where it was published. Rows come a page at
/// a time: the view's scrolling asks for more (moreWanted) until every match of the search is shown.
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

    /// The first page of a search and how many statements match in all.
    void setResults(std::vector<store::StatementRecord> results, int total);
    void setResults(std::vector<store::StatementRecord> results)
    {
        setResults(results, static_cast<int>(results.size()));
    }
    /// The next page, asked for by moreWanted().
    void appendResults(std::vector<store::StatementRecord> results);
    /// The page asked for will not come (the search changed): the view may ask again.
    void abandonFetch() { m_waiting = false; }
    const store::StatementRecord* record(int row) const;
    int total() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    /// The view wants the rows from offset on; answer with appendResults().
    void moreWanted(int offset);

private:
    std::vector<store::StatementRecord> m_results;
    int m_total = 0;
    bool m_waiting = false; ///< a page was asked for and has not come yet
};

} // namespace sayline::app
