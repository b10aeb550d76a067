// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QStringList>
#include <vector>

#include "common/ArticleHandle.h"

namespace sayline::app {

/// The article's speakers (top level, in order of first statement) with their statements as children.
/// Statements without a named speaker are grouped by the source as written ("the report").
class SpeakerModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        TextColumn, ///< speaker name, or statement content
        CueColumn,
        KindColumn,
        ClaimColumn,
        ColumnCount
    };
    enum Role : int
    {
        IdRole = Qt::UserRole, ///< entity id of a speaker ("" for unnamed sources), statement id
        NodeTypeRole, ///< NodeType
        SpanStartRole, ///< code point span of the statement, or the speaker's first mention
        SpanEndRole,
        SpeakerNameRole,
        StatementCountRole, ///< on speaker rows
    };
    enum class NodeType
    {
        Speaker,
        Statement,
    };

    explicit SpeakerModel(QObject* parent = nullptr);

    void setArticle(ArticleHandle article);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Speaker
    {
        QString entityId;
        QString name;
        QStringList roles;
        std::vector<std::size_t> statements; ///< indices into AnalysedArticle::statements
    };

    QVariant speakerData(const Speaker& speaker, int column, int role) const;
    QVariant statementData(const model::Statement& statement, int column, int role) const;

    ArticleHandle m_article;
    std::vector<Speaker> m_speakers;
};

} // namespace sayline::app
