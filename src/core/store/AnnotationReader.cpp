// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnotationReader.h"

#include "ArticleRepository.h"
#include "Database.h"
#include "StatementRepository.h"

namespace sayline::store {

AnnotationReader::AnnotationReader(Database& db)
    : m_db(db)
{
}

std::optional<ArticleAnnotations> AnnotationReader::read(RowId articleId)
{
    std::optional<StoredArticle> article = ArticleRepository(m_db).get(articleId);
    if (!article)
        return std::nullopt;
    ArticleAnnotations out;
    out.article = std::move(*article);

    auto& entities = m_db.cached("SELECT ae.id, ae.local_id, ae.entity_id, ae.type, e.name FROM article_entities ae "
                                 "JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = ? ORDER BY ae.id");
    auto& mentions = m_db.cached("SELECT start, end FROM mentions WHERE article_entity_id = ? ORDER BY start");
    entities.bind(1, articleId);
    std::vector<RowId> rowIds;
    while (entities.step()) {
        ArticleEntity entity;
        rowIds.push_back(entities.columnInt(0));
        entity.localId = entities.columnText(1);
        entity.entityId = entities.columnInt(2);
        entity.type = model::entityTypeFromString(entities.columnText(3)).value_or(model::EntityType::Misc);
        entity.name = entities.columnText(4);
        out.entities.push_back(std::move(entity));
    }
    entities.reset();
    for (std::size_t i = 0; i < rowIds.size(); ++i) {
        mentions.bind(1, rowIds[i]);
        while (mentions.step())
            out.entities[i].mentions.push_back(
                model::Span { static_cast<int>(mentions.columnInt(0)), static_cast<int>(mentions.columnInt(1)) });
        mentions.reset();
    }

    out.statements = StatementRepository(m_db).forArticle(articleId);

    auto& dates = m_db.cached("SELECT text, start, end, type, value FROM dates WHERE article_id = ? ORDER BY start");
    dates.bind(1, articleId);
    while (dates.step()) {
        model::DateMention date;
        date.text = dates.columnText(0);
        date.span = model::Span { static_cast<int>(dates.columnInt(1)), static_cast<int>(dates.columnInt(2)) };
        date.type = model::dateTypeFromString(dates.columnText(3)).value_or(model::DateType::Date);
        date.value = dates.columnText(4);
        out.dates.push_back(std::move(date));
    }
    dates.reset();
    return out;
}

} // namespace sayline::store
