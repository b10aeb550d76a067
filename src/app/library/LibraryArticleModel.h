// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <filesystem>
#include <memory>
#include <vector>

#include "store/ArticleRepository.h"

namespace sayline::service {
class SearchService;
}

namespace sayline::app {

/// The library's articles, one row each, read a page at a time as the view scrolls (canFetchMore/fetchMore):
/// a library of any size opens at once. Sorting and filtering are the library's (ArticleFilter), so they apply to
/// every article, not to the pages read so far.
class LibraryArticleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        DateColumn,
        PublisherColumn,
        StatementsColumn,
        ColumnCount
    };
    enum Role : int
    {
        ArticleIdRole = Qt::UserRole,
        SummaryRole, ///< "2022-06-15 · Global Times · 10 statements": the second line of a compact list
    };
    static constexpr int kPageSize = 200;

    explicit LibraryArticleModel(std::filesystem::path library, QObject* parent = nullptr);
    ~LibraryArticleModel() override;

    /// Shows the articles the filter lets through (its order is kept: sort() sets it).
    void setFilter(const store::ArticleFilter& filter);
    const store::ArticleFilter& filter() const { return m_filter; }
    /// Reads the library again (after an import or a correction), keeping as many rows as were read.
    void refresh();
    /// Every article the filter lets through, read or not.
    int totalCount() const { return m_total; }
    store::RowId articleId(int row) const;
    /// The row of an article among those read so far, or -1.
    int rowOf(store::RowId id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void totalChanged(int total);
    void problem(const QString& message);

private:
    /// Reads the first `rows` rows (at least one page) afresh.
    void reload(int rows);
    std::vector<store::ArticleSummary> page(int offset, int limit);

    std::unique_ptr<service::SearchService> m_search;
    store::ArticleFilter m_filter;
    std::vector<store::ArticleSummary> m_rows;
    int m_total = 0;
    bool m_changing = false; ///< during a reset or an insertion: no fetching
};

} // namespace sayline::app
