// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgReanalysis.h"

#include "PgConnection.h"
#include "model/Error.h"
#include "store/ArticleRepository.h"

namespace sayline::store::postgresql {

PgReanalysis::PgReanalysis(PgConnection& connection)
    : m_connection(connection)
    , m_writer(connection)
    , m_corrections(connection)
{
}

void PgReanalysis::replace(RowId articleId, const model::AnalysedArticle& analysed)
{
    const std::string article = std::to_string(articleId);
    // The row lock makes two re-analyses of one article take turns instead of mixing their rows.
    if (m_connection.query("SELECT 1 FROM articles WHERE id = $1 FOR UPDATE", { article }).rows() == 0)
        throw Error(ErrorCode::NotFound, "no article " + article + " in the archive");
    const PgResult previous = m_connection.query(
        "SELECT entity_id FROM article_entities WHERE article_id = $1 "
        "UNION SELECT speaker_id FROM statements WHERE article_id = $1 AND speaker_id IS NOT NULL "
        "UNION SELECT t.entity_id FROM statement_targets t JOIN statements s ON s.id = t.statement_id "
        "WHERE s.article_id = $1",
        { article });
    m_connection.pipeline({ { "DELETE FROM statements WHERE article_id = $1", { article } },
                            { "DELETE FROM article_entities WHERE article_id = $1", { article } },
                            { "DELETE FROM dates WHERE article_id = $1", { article } } });
    m_writer.rewrite(articleId, analysed);
    m_corrections.applyStatementEdits(articleId);
    m_connection.query("UPDATE articles SET analysed_at = now(), analysis_format = $2 WHERE id = $1",
                       { article, std::to_string(kAnalysisFormat) });
    for (int row = 0; row < previous.rows(); ++row)
        m_corrections.removeIfUnused(previous.integer(row, 0));
}

} // namespace sayline::store::postgresql
