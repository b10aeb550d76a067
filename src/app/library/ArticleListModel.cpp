// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleListModel.h"

#include <QFileInfo>

namespace sayline::app {
namespace {

QString titleOf(const model::Article& article)
{
    // Titles may carry line breaks or be blank; the list shows one clean line, else the file name.
    const QString title = QString::fromStdString(article.title).simplified();
    return title.isEmpty() ? QFileInfo(QString::fromStdString(article.file)).fileName() : title;
}

QString toolTipOf(const model::AnalysedArticle& analysed)
{
    const model::Article& article = analysed.article;
    QStringList lines { titleOf(article) };
    QStringList meta;
    if (article.publisher)
        meta.append(QString::fromStdString(*article.publisher));
    if (article.published)
        meta.append(QString::fromStdString(*article.published));
    if (!meta.isEmpty())
        lines.append(meta.join(QStringLiteral(" · ")));
    const std::size_t count = analysed.statements.size();
    lines.append(count == 1 ? ArticleListModel::tr("1 statement") : ArticleListModel::tr("%1 statements").arg(count));
    lines.append(QString::fromStdString(article.file));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ArticleListModel::ArticleListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

int ArticleListModel::addArticle(ArticleHandle article)
{
    if (!article)
        return -1;
    const int existing = rowOf(QString::fromStdString(article->article.file), article->article.item);
    if (existing >= 0) {
        m_articles[static_cast<std::size_t>(existing)] = std::move(article);
        const QModelIndex changed = index(existing);
        Q_EMIT dataChanged(changed, changed);
        return existing;
    }
    const int row = static_cast<int>(m_articles.size());
    beginInsertRows({}, row, row);
    m_articles.push_back(std::move(article));
    endInsertRows();
    return row;
}

void ArticleListModel::removeArticle(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_articles.erase(m_articles.begin() + row);
    endRemoveRows();
}

ArticleHandle ArticleListModel::article(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_articles[static_cast<std::size_t>(row)];
}

int ArticleListModel::rowOf(const QString& file, int item) const
{
    const std::string path = file.toStdString();
    for (std::size_t i = 0; i < m_articles.size(); ++i) {
        if (m_articles[i]->article.file == path && m_articles[i]->article.item == item)
            return static_cast<int>(i);
    }
    return -1;
}

int ArticleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_articles.size());
}

QVariant ArticleListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::AnalysedArticle& analysed = *m_articles[static_cast<std::size_t>(index.row())];
    const model::Article& article = analysed.article;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return titleOf(article);
    case Qt::ToolTipRole:
        return toolTipOf(analysed);
    case FileRole:
        return QString::fromStdString(article.file);
    case ItemRole:
        return article.item;
    case PublisherRole:
        return article.publisher ? QString::fromStdString(*article.publisher) : QString();
    case PublishedRole:
        return article.published ? QString::fromStdString(*article.published) : QString();
    case StatementCountRole:
        return static_cast<int>(analysed.statements.size());
    case EntityCountRole:
        return static_cast<int>(analysed.entities.size());
    default:
        return {};
    }
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TitleRole, "title");
    names.insert(FileRole, "file");
    names.insert(ItemRole, "item");
    names.insert(PublisherRole, "publisher");
    names.insert(PublishedRole, "published");
    names.insert(StatementCountRole, "statementCount");
    names.insert(EntityCountRole, "entityCount");
    return names;
}

} // namespace sayline::app
