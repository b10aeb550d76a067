// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "PgEntities.h"
#include "store/EntityResolver.h"
#include "store/Store.h"

namespace sayline::store::postgresql {

class PgConnection;

/// Writes analysed articles into the archive inside the caller's transaction, each in a SAVEPOINT: the article
/// row (INSERT ... ON CONFLICT (content_hash) DO NOTHING, so importers meeting on one article store it once), its
/// entities resolved by the library's rule (store::EntityResolver), mentions, statements, targets and dates.
class PgArticleWriter
{
public:
    explicit PgArticleWriter(PgConnection& connection);

    /// Adds the article unless its content hash is stored (by anyone: a concurrent importer's uncommitted row
    /// is waited for). A deadlock between importers is retried; any other failure throws, leaving the
    /// transaction usable.
    WriteResult add(const model::AnalysedArticle& analysed, const std::string& contentHash);
    /// Writes a new analysis of a stored article whose machine rows are gone (PgReanalysis): its entities are
    /// resolved with the users' pins.
    void rewrite(RowId articleId, const model::AnalysedArticle& analysed);

private:
    WriteResult addOnce(const model::AnalysedArticle& analysed, const std::string& contentHash);
    void writeAnnotations(RowId articleId, const model::AnalysedArticle& analysed, bool newArticle);

    PgConnection& m_connection;
    PgEntities m_entities;
    EntityResolver m_resolver;
};

} // namespace sayline::store::postgresql
