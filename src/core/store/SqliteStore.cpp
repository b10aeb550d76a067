// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteStore.h"

#include <algorithm>
#include <optional>

#include "AnalysisReader.h"
#include "ArticleWriter.h"
#include "CorrectionRepository.h"
#include "CorrectionWriter.h"
#include "EntityRepository.h"
#include "Library.h"
#include "StatementRepository.h"
#include "StatementSearch.h"
#include "Transaction.h"

namespace sayline::store {
namespace {

/// One SQLite transaction (BEGIN IMMEDIATE) with an ArticleWriter; each article in its own savepoint, the full-text
/// index rows of the whole batch written just before the commit; the store's EntityKeyCache carried from batch to
/// batch.
class SqliteImportBatch final : public ImportBatch
{
public:
    SqliteImportBatch(Database& db, EntityKeyCache& entities)
        : m_db(db)
        , m_entities(entities)
        , m_writer(db)
        , m_transaction(db)
    {
        m_writer.holdFullTextUntilFlush();
        m_entities.begin(db); // inside the transaction: nobody else can write until it ends
        m_writer.useEntityCache(&m_entities);
    }

    ~SqliteImportBatch() override
    {
        if (!m_committed)
            m_entities.clear(); // rolled back: entities it created are gone
    }
    SqliteImportBatch(const SqliteImportBatch&) = delete;
    SqliteImportBatch& operator=(const SqliteImportBatch&) = delete;

    WriteResult add(const model::AnalysedArticle& analysed, const std::string& contentHash) override
    {
        return m_writer.add(analysed, contentHash);
    }

    void commit() override
    {
        m_writer.flushFullText(); // the batch's index rows, outside every article's savepoint (FullTextRows)
        const EntityKeyCache::Stamp stamp = EntityKeyCache::stamp(m_db); // before COMMIT, while nobody else can
        m_transaction.commit();
        m_committed = true;
        m_entities.confirm(stamp);
    }
    // SQLite ends the transaction itself on a failure that loses it (SQLITE_FULL, I/O errors).
    bool alive() const override { return m_db.inTransaction(); }

private:
    Database& m_db;
    EntityKeyCache& m_entities;
    ArticleWriter m_writer;
    Transaction m_transaction;
    bool m_committed = false;
};

} // namespace

SqliteStore::SqliteStore(std::filesystem::path file, OpenMode mode)
    : m_file(std::move(file))
    , m_mode(mode)
{
}

SqliteStore::~SqliteStore()
{
    if (!m_imported || !m_db)
        return;
    // The import's last batches are in the WAL, synced only by a checkpoint: one now, so that they are on disk when
    // the import ends even if another connection (the window) keeps the library open. Closing the last connection
    // would checkpoint too; a checkpoint that readers hold back copies what it can.
    try {
        m_db->exec("PRAGMA wal_checkpoint(PASSIVE)");
    } catch (...) {
        // Best effort: the commits are in the WAL either way.
    }
}

Database& SqliteStore::database()
{
    if (!m_db)
        m_db = std::make_unique<Database>(openLibrary(m_file, m_mode));
    return *m_db;
}

std::vector<StatementRecord> SqliteStore::searchStatements(const SearchQuery& query)
{
    return StatementSearch(database()).run(query);
}

int SqliteStore::countStatements(const SearchQuery& query)
{
    return StatementSearch(database()).count(query);
}

Timeline SqliteStore::timeline(const SearchQuery& query)
{
    return StatementSearch(database()).timeline(query);
}

std::vector<SpeakerSummary> SqliteStore::speakers(const std::optional<std::vector<RowId>>& ids, int limit, int offset)
{
    return StatementRepository(database()).speakers(ids, limit, offset);
}

std::vector<RowId> SqliteStore::entitiesContaining(const std::string& text)
{
    return EntityRepository(database()).search(text);
}

std::vector<RowId> SqliteStore::entitiesByWordPrefix(const std::string& text, int limit)
{
    return EntityRepository(database()).findByWordPrefix(text, limit);
}

std::vector<RowId> SqliteStore::entitiesNamed(const std::string& name)
{
    return EntityRepository(database()).findByName(name);
}

std::optional<EntityInfo> SqliteStore::entity(RowId id)
{
    return EntityRepository(database()).get(id);
}

std::vector<ArticleSummary> SqliteStore::articles(const ArticleFilter& filter)
{
    return ArticleRepository(database()).list(filter);
}

int SqliteStore::countArticles(const ArticleFilter& filter)
{
    return ArticleRepository(database()).count(filter);
}

std::vector<FacetValue> SqliteStore::publishers(int limit)
{
    return ArticleRepository(database()).publishers(limit);
}

std::vector<FacetValue> SqliteStore::entityFacet(model::EntityType type, const std::optional<std::string>& prefix,
                                                 int limit)
{
    return ArticleRepository(database()).entities(type, prefix, limit);
}

std::optional<StoredAnalysis> SqliteStore::article(RowId id)
{
    return AnalysisReader(database()).read(id);
}

std::unique_ptr<ImportBatch> SqliteStore::beginImport()
{
    // An import writes a library's worth of pages through the WAL. At SQLite's default (a checkpoint every 1,000
    // pages, 4 MiB) the writer thread waited on the checkpoints' fdatasync about 0.2 ms per article (265 syncs of
    // ~16 ms for 20,000 generated articles): a fifth of its time. Checkpointing every 64 MiB syncs a sixteenth as
    // often and copies a page rewritten by several batches once. Each batch is still one atomic commit; in WAL with
    // synchronous=NORMAL only a checkpoint syncs the WAL, so a power cut during an import can take back more of
    // its last batches than before (up to 64 MiB of WAL, not 4) and the destructor checkpoints when the import ends
    // (docs/database.md).
    Database& db = database();
    db.exec("PRAGMA wal_autocheckpoint=16384");
    m_imported = true;
    return std::make_unique<SqliteImportBatch>(db, m_entityCache);
}

// A library file has one user at a time: the versions a correction saw are not kept, so not checked. Each edit is
// a savepoint, so it joins a transaction the caller holds (CorrectionService records its changes for undo).

void SqliteStore::mergeEntities(RowId keep, RowId other, const SeenVersions& /*seen*/)
{
    Savepoint savepoint(database(), "correction");
    CorrectionWriter(database()).merge(keep, other);
    savepoint.commit();
}

void SqliteStore::reassignStatement(RowId statement, RowId entity, std::optional<int> /*seenVersion*/)
{
    Savepoint savepoint(database(), "correction");
    CorrectionWriter(database()).reassign(statement, entity);
    savepoint.commit();
}

void SqliteStore::deleteStatement(RowId statement, std::optional<int> /*seenVersion*/)
{
    Savepoint savepoint(database(), "correction");
    CorrectionWriter(database()).deleteStatement(statement);
    savepoint.commit();
}

std::vector<RowId> SqliteStore::articleIds(bool onlyIncomplete)
{
    ArticleRepository articles(database());
    return onlyIncomplete ? articles.staleIds() : articles.allIds();
}

void SqliteStore::replaceAnalyses(const std::vector<std::pair<RowId, model::AnalysedArticle>>& analyses)
{
    Transaction transaction(database());
    ArticleWriter writer(database());
    for (const auto& [id, analysed] : analyses)
        writer.replaceAnalysis(id, analysed);
    transaction.commit();
}

std::vector<Correction> SqliteStore::articleCorrections(RowId articleId)
{
    CorrectionRepository corrections(database());
    std::vector<Correction> out;
    for (Correction& correction : corrections.all()) {
        const bool reapplied = correction.kind == CorrectionKind::Pin || correction.kind == CorrectionKind::Reassign
            || correction.kind == CorrectionKind::DeleteStatement;
        if (reapplied && correction.articleId == articleId)
            out.push_back(std::move(correction));
    }
    return out;
}

std::size_t SqliteStore::adoptCorrections(RowId articleId, const std::vector<CopiedCorrection>& corrections)
{
    Database& db = database();
    CorrectionRepository repository(db);
    StatementRepository statements(db);
    EntityRepository entities(db);
    const std::vector<Correction> present = repository.statementEdits(articleId);
    const auto uniqueNamed = [&](const std::string& name) -> std::optional<RowId> {
        const std::vector<RowId> ids = entities.findByName(name);
        return ids.size() == 1 ? std::optional<RowId>(ids.front()) : std::nullopt;
    };
    std::size_t added = 0;
    for (const CopiedCorrection& copied : corrections) {
        Correction correction = copied.correction;
        correction.id = 0;
        correction.articleId = articleId;
        correction.entityId.reset();
        if (correction.kind == CorrectionKind::Pin) {
            if (repository.pinFor(articleId, correction.nameKey))
                continue;
            correction.entityId = uniqueNamed(copied.entityName);
        } else if (correction.kind == CorrectionKind::Reassign || correction.kind == CorrectionKind::DeleteStatement) {
            if (!correction.span)
                continue;
            const bool edited = std::any_of(present.begin(), present.end(),
                                            [&](const Correction& other) { return other.span == correction.span; });
            if (edited)
                continue;
            if (correction.kind == CorrectionKind::Reassign) {
                if (auto statement = statements.findBySpan(articleId, *correction.span))
                    correction.entityId = statements.get(*statement)->speakerId;
                if (!correction.entityId)
                    correction.entityId = uniqueNamed(copied.entityName);
            }
        } else {
            continue;
        }
        if (correction.kind != CorrectionKind::DeleteStatement && !correction.entityId)
            continue; // its entity is not known here
        repository.add(correction);
        ++added;
    }
    return added;
}

} // namespace sayline::store
