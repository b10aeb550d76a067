// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ArticleRepository.h"
#include "Records.h"
#include "SearchQuery.h"

namespace sayline::store {

/// What writing one analysed article did.
struct WriteResult
{
    RowId articleId = 0;
    bool added = false; ///< false: the same content was already in the library
};

/// Articles written as one transaction: each article atomically inside it, all of them stored by commit(), none
/// when the batch is dropped uncommitted.
class ImportBatch
{
public:
    virtual ~ImportBatch() = default;

    /// Adds the article unless its content hash is already stored (idempotent import, many importers at once).
    /// A failure of this article alone throws and leaves the batch usable (alive()).
    virtual WriteResult add(const model::AnalysedArticle& analysed, const std::string& contentHash) = 0;
    virtual void commit() = 0;
    /// False once a failure ended the whole batch (disk full, connection lost): nothing of it will be stored.
    virtual bool alive() const = 0;
};

/// What the services need of a library, whichever backend holds it: the user's SQLite file (SqliteStore) or a
/// team archive on PostgreSQL (postgresql::PgStore). One call per query or batch, never per row, so the virtual
/// dispatch costs nothing measurable. Failures throw sayline::Error; a store the user may only read says
/// "read-only" in its message. Not thread-safe: one instance per thread.
class Store
{
public:
    virtual ~Store() = default;

    /// The library file or archive address, as messages show it.
    virtual std::string location() const = 0;
    /// Opens the library now (creating it or bringing it to the current schema when the mode allows), so that
    /// one that cannot be used is reported before any work; every other call opens it on first use too.
    virtual void open() = 0;

    /// One page of the matching statements, ranked or newest first. A malformed text query is Error(Usage).
    virtual std::vector<StatementRecord> searchStatements(const SearchQuery& query) = 0;
    /// How many statements match, over every page.
    virtual int countStatements(const SearchQuery& query) = 0;
    /// Matches per month or year: what a timeline plots.
    virtual Timeline timeline(const SearchQuery& query) = 0;
    /// Entities with statements among `ids` (all when nullopt), most statements first, with aliases and roles.
    virtual std::vector<SpeakerSummary> speakers(const std::optional<std::vector<RowId>>& ids, int limit,
                                                 int offset) = 0;
    /// Entities whose name or an alias contains the folded text.
    virtual std::vector<RowId> entitiesContaining(const std::string& text) = 0;
    /// Entities with a name, alias or role one of whose words starts with the folded text, most statements first.
    virtual std::vector<RowId> entitiesByWordPrefix(const std::string& text, int limit) = 0;
    /// Entities whose name or alias folds like the text; failing that, those with that role.
    virtual std::vector<RowId> entitiesNamed(const std::string& name) = 0;
    virtual std::optional<EntityInfo> entity(RowId id) = 0;

    virtual std::vector<ArticleSummary> articles(const ArticleFilter& filter) = 0;
    virtual int countArticles(const ArticleFilter& filter) = 0;
    virtual std::vector<FacetValue> publishers(int limit) = 0;
    virtual std::vector<FacetValue> entityFacet(model::EntityType type, const std::optional<std::string>& prefix,
                                                int limit) = 0;
    /// The article as stored: the whole analysis with the corrections applied.
    virtual std::optional<StoredAnalysis> article(RowId id) = 0;

    /// A new batch of article writes (the store is created when missing).
    virtual std::unique_ptr<ImportBatch> beginImport() = 0;

    // Team archive, issue 12 (the GUI and --read-library): what a front end asks before offering to write.
    /// True when the store can be searched but not changed (a role without the editor's grants, a standby server);
    /// a front end disables its import and correction actions instead of letting them fail.
    virtual bool readOnly() { return false; }
};

} // namespace sayline::store
