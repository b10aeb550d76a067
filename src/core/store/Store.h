// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ArticleRepository.h"
#include "CorrectionRepository.h"
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

/// Row versions a merge was decided on (nullopt: not checked).
struct SeenVersions
{
    std::optional<int> keep;
    std::optional<int> other;
};

/// A correction copied from another store: ids of articles and statements are this store's, and the entity is
/// named (entity ids differ between stores).
struct CopiedCorrection
{
    Correction correction; ///< its entityId is ignored
    std::string entityName;
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

    // Corrections and re-analysis (service::CorrectionService). A correction may name the row version the user saw
    // (nullopt: whatever is stored now); on a team archive, when another user changed the row since, nothing is
    // written and Error(Conflict) says what it is now. A library file has one user and ignores versions. Each
    // correction is recorded in the corrections table, so that a re-analysis re-applies it.

    /// `other` becomes `keep`: its statements, mentions, aliases and roles move over; it is deleted.
    virtual void mergeEntities(RowId keep, RowId other, const SeenVersions& seen) = 0;
    /// The statement is spoken by entity.
    virtual void reassignStatement(RowId statement, RowId entity, std::optional<int> seenVersion) = 0;
    /// The statement is not one (and stays deleted when its article is analysed again).
    virtual void deleteStatement(RowId statement, std::optional<int> seenVersion) = 0;
    /// Every stored article, oldest first; only those stored by an older Sayline without the whole analysis when
    /// onlyIncomplete.
    virtual std::vector<RowId> articleIds(bool onlyIncomplete) = 0;
    /// Replaces the machine rows of stored articles with new analyses and re-applies the corrections, in one
    /// transaction.
    virtual void replaceAnalyses(const std::vector<std::pair<RowId, model::AnalysedArticle>>& analyses) = 0;
    /// The corrections a re-analysis of the article re-applies (pins, reassignments, deletions), oldest first.
    virtual std::vector<Correction> articleCorrections(RowId articleId) = 0;
    /// Records corrections made in another store on an article copied from it (push, pull), inside the current
    /// import batch. Entities are found again here: a reassigned statement's speaker as this store holds it, else
    /// the entity named entityName. A correction of a statement or article entity that has one already is
    /// skipped, so copying twice adds nothing. Returns how many were recorded.
    virtual std::size_t adoptCorrections(RowId articleId, const std::vector<CopiedCorrection>& corrections) = 0;

    // Team archive, issue 12 (the GUI and --read-library): what a front end asks before offering to write.
    /// True when the store can be searched but not changed (a role without the editor's grants, a standby server);
    /// a front end disables its import and correction actions instead of letting them fail.
    virtual bool readOnly() { return false; }
};

} // namespace sayline::store
