// SPDX-License-Identifier: GPL-3.0-or-later
#include "LibraryArticleModel.h"

#include <QDir>
#include <QFileInfo>

#include "service/SearchService.h"

namespace sayline::app {

LibraryArticleModel::LibraryArticleModel(std::filesystem::path library, QObject* parent)
    : QAbstractTableModel(parent)
    , m_search(std::make_unique<service::SearchService>(std::move(library)))
{
    m_filter.limit = kPageSize;
}

LibraryArticleModel::~LibraryArticleModel() = default;

std::vector<store::ArticleSummary> LibraryArticleModel::page(int offset, int limit)
{
    store::ArticleFilter filter = m_filter;
    filter.offset = offset;
    filter.limit = limit;
    auto rows = m_search->articles(filter);
    if (!rows) {
        Q_EMIT problem(tr("Could not read the library: %1").arg(QString::fromStdString(rows.error())));
        return {};
    }
    return std::move(rows.value());
}

void LibraryArticleModel::reload(int rows)
{
    m_changing = true; // views and testers may ask for more while they hear of the reset
    beginResetModel();
    const auto total = m_search->countArticles(m_filter);
    m_total = total ? total.value() : 0;
    m_rows = page(0, std::max(rows, kPageSize));
    endResetModel();
    m_changing = false;
    Q_EMIT totalChanged(m_total);
}

void LibraryArticleModel::setFilter(const store::ArticleFilter& filter)
{
    const store::ArticleFilter::Sort sort = m_filter.sort;
    const bool descending = m_filter.descending;
    m_filter = filter;
    m_filter.sort = sort;
    m_filter.descending = descending;
    reload(kPageSize);
}

void LibraryArticleModel::refresh()
{
    reload(static_cast<int>(m_rows.size()));
}

store::RowId LibraryArticleModel::articleId(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? m_rows[static_cast<std::size_t>(row)].id : 0;
}

int LibraryArticleModel::rowOf(store::RowId id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int LibraryArticleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LibraryArticleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryArticleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::ArticleSummary& article = m_rows[static_cast<std::size_t>(index.row())];
    const QString title = article.title.empty() ? QFileInfo(QString::fromStdString(article.file)).fileName()
                                                : QString::fromStdString(article.title);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return title;
        case DateColumn:
            return QString::fromStdString(article.date.value_or(""));
        case PublisherColumn:
            return QString::fromStdString(article.publisher.value_or(""));
        case StatementsColumn:
            return article.statementCount;
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
        if (article.publisher || article.date)
            tip += QStringLiteral("<br>%1 %2")
                       .arg(QString::fromStdString(article.publisher.value_or("")).toHtmlEscaped(),
                            QString::fromStdString(article.date.value_or("")));
        tip += QStringLiteral("<br>%1").arg(
            article.statementCount == 1 ? tr("1 statement") : tr("%1 statements").arg(article.statementCount));
        tip += QStringLiteral("<br><small>%1</small>")
                   .arg(QDir::toNativeSeparators(QString::fromStdString(article.file)).toHtmlEscaped());
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == StatementsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ArticleIdRole:
        return static_cast<qint64>(article.id);
    case SummaryRole: {
        QStringList parts;
        if (article.date)
            parts.append(QString::fromStdString(*article.date));
        if (article.publisher)
            parts.append(QString::fromStdString(*article.publisher));
        parts.append(article.statementCount == 1 ? tr("1 statement") : tr("%1 statements").arg(article.statementCount));
        return parts.join(QStringLiteral(" · "));
    }
    default:
        return {};
    }
}

QVariant LibraryArticleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == StatementsColumn)
        return tr("Statements");
    if (role == Qt::DisplayRole && section == StatementsColumn)
        return tr("#", "the number of statements");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case PublisherColumn:
        return tr("Publisher");
    case StatementsColumn:
        return tr("Statements");
    default:
        return {};
    }
}

bool LibraryArticleModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_changing && static_cast<int>(m_rows.size()) < m_total;
}

void LibraryArticleModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<store::ArticleSummary> more = page(static_cast<int>(m_rows.size()), kPageSize);
    if (more.empty()) { // the library shrank since it was counted
        m_total = static_cast<int>(m_rows.size());
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    endInsertRows();
    m_changing = false;
}

void LibraryArticleModel::sort(int column, Qt::SortOrder order)
{
    static constexpr store::ArticleFilter::Sort kSortOf[] = {
        store::ArticleFilter::Sort::Title,
        store::ArticleFilter::Sort::Date,
        store::ArticleFilter::Sort::Publisher,
        store::ArticleFilter::Sort::Statements,
    };
    if (column < 0 || column >= ColumnCount)
        return;
    m_filter.sort = kSortOf[column];
    m_filter.descending = order == Qt::DescendingOrder;
    reload(kPageSize);
}

} // namespace sayline::app
