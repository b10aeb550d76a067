// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "ArticleRepository.h"
#include "CorrectionRepository.h"
#include "EntityRepository.h"
#include "EntityKeyCache.h"
#include "EntityResolver.h"
#include "FullTextRows.h"
#include "Records.h"
#include "SqliteEntityCatalog.h"
#include "StatementRepository.h"
#include "Store.h"

namespace sayline::store {

class Database;

/// Writes analysed articles into the library, each atomically (a SAVEPOINT inside the caller's batch
/// transaction): the article row, its entities resolved to library entities, mentions, statements, targets and
/// dates, then the user's corrections re-applied.
class ArticleWriter
{
public:
    explicit ArticleWriter(Database& db);

    /// Adds the article unless its content hash is already stored (idempotent import).
    WriteResult add(const model::AnalysedArticle& analysed, const std::string& contentHash);
    /// Replaces the machine rows of a stored article with a new analysis and re-applies the corrections.
    void replaceAnalysis(RowId articleId, const model::AnalysedArticle& analysed);

    /// From now on, add() holds the articles' full-text index rows back until flushFullText() (an import batch
    /// calls it just before it commits): see FullTextRows.
    void holdFullTextUntilFlush() { m_holdFullText = true; }
    /// Writes the held-back full-text rows into the index.
    void flushFullText();
    /// Entity look-ups, aliases and roles answered from (and remembered in) cache: an import's batches share one
    /// (see EntityKeyCache for when it is valid). The cache is cleared when an article fails.
    void useEntityCache(EntityKeyCache* cache)
    {
        m_entityCache = cache;
        m_catalog.useCache(cache);
    }

    /// Test hook called after each stage ("article", "entities", "statements", "dates"); may throw.
    void setStageHook(std::function<void(std::string_view stage)> hook) { m_stageHook = std::move(hook); }

private:
    /// newArticle: just inserted (analysed_at already set, no corrections can refer to it yet).
    void writeAnnotations(RowId articleId, const model::AnalysedArticle& analysed, bool newArticle,
                          FullTextRows* heldBack);
    void applyStatementEdits(RowId articleId);
    void stage(std::string_view name);

    Database& m_db;
    ArticleRepository m_articles;
    EntityRepository m_entities;
    StatementRepository m_statements;
    CorrectionRepository m_corrections;
    SqliteEntityCatalog m_catalog;
    EntityResolver m_resolver;
    std::function<void(std::string_view)> m_stageHook;
    EntityKeyCache* m_entityCache = nullptr;
    bool m_holdFullText = false;
    FullTextRows m_heldBack;
};

} // namespace sayline::store
