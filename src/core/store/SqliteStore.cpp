// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteStore.h"

#include <optional>

#include "AnalysisReader.h"
#include "ArticleWriter.h"
#include "EntityRepository.h"
#include "Library.h"
#include "StatementRepository.h"
#include "StatementSearch.h"
#include "Transaction.h"

namespace sayline::store {
namespace {

/// One SQLite transaction (BEGIN IMMEDIATE) with an ArticleWriter; each article in its own savepoint, the full-text
/// index rows of the whole batch written just before the commit.
class SqliteImportBatch final : public ImportBatch
{
public:
    explicit SqliteImportBatch(Database& db)
        : m_db(db)
        , m_writer(db)
        , m_transaction(db)
    {
        m_writer.holdFullTextUntilFlush();
    }

    WriteResult add(const model::AnalysedArticle& analysed, const std::string& contentHash) override
    {
        return m_writer.add(analysed, contentHash);
    }

    void commit() override
    {
        m_writer.flushFullText(); // the batch's index rows, outside every article's savepoint (FullTextRows)
        m_transaction.commit();
    }
    // SQLite ends the transaction itself on a failure that loses it (SQLITE_FULL, I/O errors).
    bool alive() const override { return m_db.inTransaction(); }

private:
    Database& m_db;
    ArticleWriter m_writer;
    Transaction m_transaction;
};

} // namespace

SqliteStore::SqliteStore(std::filesystem::path file, OpenMode mode)
    : m_file(std::move(file))
    , m_mode(mode)
{
}

SqliteStore::~SqliteStore() = default;

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
    return std::make_unique<SqliteImportBatch>(database());
}

} // namespace sayline::store
