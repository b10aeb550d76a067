// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgStore.h"

#include "ArchiveUri.h"
#include "PgAnalysisReader.h"
#include "PgArticleWriter.h"
#include "PgArticles.h"
#include "PgConnection.h"
#include "PgCorrections.h"
#include "PgEntities.h"
#include "PgMigrator.h"
#include "PgReanalysis.h"
#include "PgStatementSearch.h"
#include "model/Error.h"
#include "store/ArticleRepository.h"

namespace sayline::store::postgresql {
namespace {

/// One archive transaction with a PgArticleWriter.
class PgImportBatch final : public ImportBatch
{
public:
    PgImportBatch(PgConnection& connection, PgConnection& creator)
        : m_connection(connection)
        , m_transaction(connection)
        , m_writer(connection, &creator)
    {
    }

    WriteResult add(const model::AnalysedArticle& analysed, const std::string& contentHash) override
    {
        return m_writer.add(analysed, contentHash);
    }
    void commit() override { m_transaction.commit(); }
    bool alive() const override { return m_connection.inTransaction(); }

private:
    PgConnection& m_connection;
    PgTransaction m_transaction;
    PgArticleWriter m_writer;
};

} // namespace

PgStore::PgStore(std::string conninfo, OpenMode mode)
    : m_conninfo(std::move(conninfo))
    , m_mode(mode)
{
    checkNoPassword(m_conninfo);
}

PgStore::~PgStore() = default;

std::string PgStore::location() const
{
    return redactedLocation(m_conninfo);
}

void PgStore::open()
{
    connection();
}

PgConnection& PgStore::connection()
{
    if (m_connection)
        return *m_connection;
    auto connection = std::make_unique<PgConnection>(m_conninfo);
    PgMigrator migrator(*connection);
    const int version = migrator.currentVersion();
    if (version == PgMigrator::latestVersion() || m_mode == OpenMode::Read) {
        migrator.checkCompatible();
        if (version == 0)
            throw Error(ErrorCode::NotFound, "no Sayline archive in " + connection->describe()
                                                 + " (create one with `sayline-cli archive init`)");
        if (version < PgMigrator::latestVersion())
            throw Error(ErrorCode::Unsupported,
                        "archive " + connection->describe() + " was written by an older Sayline (schema version "
                            + std::to_string(version) + "); its owner upgrades it by opening it for writing once");
    } else {
        migrator.migrate();
    }
    // A role that may only read (an analyst), or a standby server (a streaming replica), is told so when it opens
    // the archive to change it, not by the first failed INSERT.
    if (m_mode != OpenMode::Read && connection->query("SELECT pg_is_in_recovery()").boolean(0, 0))
        throw Error(ErrorCode::Unsupported, "read-only archive: " + connection->describe()
                                                + " is a standby server (a replica) that only answers searches; "
                                                  "write to the primary (--library) instead");
    if (m_mode != OpenMode::Read && !connection->query("SELECT has_table_privilege('articles', 'INSERT')").boolean(0, 0))
        throw Error(ErrorCode::Unsupported, "read-only archive: role '" + connection->user() + "' may search "
                                                + connection->describe() + " but not change it (ask for the editor role)");
    m_connection = std::move(connection);
    return *m_connection;
}

std::vector<StatementRecord> PgStore::searchStatements(const SearchQuery& query)
{
    return PgStatementSearch(connection()).run(query);
}

int PgStore::countStatements(const SearchQuery& query)
{
    return PgStatementSearch(connection()).count(query);
}

Timeline PgStore::timeline(const SearchQuery& query)
{
    return PgStatementSearch(connection()).timeline(query);
}

std::vector<SpeakerSummary> PgStore::speakers(const std::optional<std::vector<RowId>>& ids, int limit, int offset)
{
    return PgEntities(connection()).speakers(ids, limit, offset);
}

std::vector<RowId> PgStore::entitiesContaining(const std::string& text)
{
    return PgEntities(connection()).containing(text);
}

std::vector<RowId> PgStore::entitiesByWordPrefix(const std::string& text, int limit)
{
    return PgEntities(connection()).findByWordPrefix(text, limit);
}

std::vector<RowId> PgStore::entitiesNamed(const std::string& name)
{
    return PgEntities(connection()).findByName(name);
}

std::optional<EntityInfo> PgStore::entity(RowId id)
{
    return PgEntities(connection()).get(id);
}

std::vector<ArticleSummary> PgStore::articles(const ArticleFilter& filter)
{
    return PgArticles(connection()).list(filter);
}

int PgStore::countArticles(const ArticleFilter& filter)
{
    return PgArticles(connection()).count(filter);
}

std::vector<FacetValue> PgStore::publishers(int limit)
{
    return PgArticles(connection()).publishers(limit);
}

std::vector<FacetValue> PgStore::entityFacet(model::EntityType type, const std::optional<std::string>& prefix,
                                             int limit)
{
    return PgArticles(connection()).entities(type, prefix, limit);
}

std::optional<StoredAnalysis> PgStore::article(RowId id)
{
    return PgAnalysisReader(connection()).read(id);
}

std::unique_ptr<ImportBatch> PgStore::beginImport()
{
    PgConnection& writer = connection();
    if (!m_creator)
        m_creator = std::make_unique<PgConnection>(m_conninfo);
    return std::make_unique<PgImportBatch>(writer, *m_creator);
}

bool PgStore::readOnly()
{
    return connection()
        .query("SELECT pg_is_in_recovery() OR NOT has_table_privilege('articles', 'INSERT')")
        .boolean(0, 0);
}

void PgStore::mergeEntities(RowId keep, RowId other, const SeenVersions& seen)
{
    PgCorrections(connection()).merge(keep, other, seen);
}

void PgStore::reassignStatement(RowId statement, RowId entity, std::optional<int> seenVersion)
{
    PgCorrections(connection()).reassign(statement, entity, seenVersion);
}

void PgStore::deleteStatement(RowId statement, std::optional<int> seenVersion)
{
    PgCorrections(connection()).deleteStatement(statement, seenVersion);
}

std::vector<RowId> PgStore::articleIds(bool onlyIncomplete)
{
    const PgResult rows = connection().query("SELECT id FROM articles WHERE NOT $1::boolean OR analysis_format < $2 "
                                             "ORDER BY id",
                                             { onlyIncomplete ? "true" : "false", std::to_string(kAnalysisFormat) });
    std::vector<RowId> ids;
    ids.reserve(static_cast<std::size_t>(rows.rows()));
    for (int row = 0; row < rows.rows(); ++row)
        ids.push_back(rows.integer(row, 0));
    return ids;
}

void PgStore::replaceAnalyses(const std::vector<std::pair<RowId, model::AnalysedArticle>>& analyses)
{
    PgTransaction transaction(connection());
    PgReanalysis reanalysis(connection());
    for (const auto& [id, analysed] : analyses)
        reanalysis.replace(id, analysed);
    transaction.commit();
}

std::vector<Correction> PgStore::articleCorrections(RowId articleId)
{
    return PgCorrections(connection()).articleCorrections(articleId);
}

std::size_t PgStore::adoptCorrections(RowId articleId, const std::vector<CopiedCorrection>& corrections)
{
    return PgCorrections(connection()).adopt(articleId, corrections);
}

} // namespace sayline::store::postgresql
