// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "PgImportCatalog.h"
#include "store/EntityResolver.h"
#include "store/Store.h"

namespace sayline::store::postgresql {

class PgConnection;

/// Writes analysed articles into the archive inside the caller's transaction, each in a SAVEPOINT: the article
/// row (INSERT ... ON CONFLICT (content_hash) DO NOTHING, so importers meeting on one article store it once), its
/// entities resolved by the library's rule (store::EntityResolver) over a PgImportCatalog (one look-up query per
/// article), then entities, mentions, statements, targets, dates, new aliases and roles in one pipeline of
/// multi-row commands. Four round trips for an article whose entities are known.
class PgArticleWriter
{
public:
    /// creator: a second connection on which new entities are committed at once (PgImportCatalog); nullptr
    /// creates them inside the caller's transaction.
    explicit PgArticleWriter(PgConnection& connection, PgConnection* creator = nullptr);

    /// Adds the article unless its content hash is stored (by anyone: a concurrent importer's uncommitted row
    /// is waited for). A deadlock between importers is retried; any other failure throws, leaving the
    /// transaction usable.
    WriteResult add(const model::AnalysedArticle& analysed, const std::string& contentHash);
    /// Writes a new analysis of a stored article whose machine rows are gone (PgReanalysis): its entities are
    /// resolved with the users' pins.
    void rewrite(RowId articleId, const model::AnalysedArticle& analysed);

private:
    /// The article inside its savepoint; true when the savepoint was released with the article's rows.
    bool addOnce(const model::AnalysedArticle& analysed, const std::string& contentHash, WriteResult& written);
    void writeAnnotations(RowId articleId, const model::AnalysedArticle& analysed, bool newArticle);

    PgConnection& m_connection;
    PgImportCatalog m_entities;
    EntityResolver m_resolver;
};

} // namespace sayline::store::postgresql
