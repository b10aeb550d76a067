// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <memory>

#include "Database.h"
#include "EntityKeyCache.h"
#include "Store.h"

namespace sayline::store {

/// The user's library file as a Store: the repositories, StatementSearch and ArticleWriter on one connection,
/// opened (and brought to the current schema) on first use with the given mode.
class SqliteStore final : public Store
{
public:
    SqliteStore(std::filesystem::path file, OpenMode mode);
    ~SqliteStore() override;

    std::string location() const override { return m_file.string(); }
    void open() override { database(); }
    /// The connection, opened on first use (for the SQLite-only use cases: undo, re-analysis).
    Database& database();

    std::vector<StatementRecord> searchStatements(const SearchQuery& query) override;
    int countStatements(const SearchQuery& query) override;
    Timeline timeline(const SearchQuery& query) override;
    std::vector<SpeakerSummary> speakers(const std::optional<std::vector<RowId>>& ids, int limit, int offset) override;
    std::vector<RowId> entitiesContaining(const std::string& text) override;
    std::vector<RowId> entitiesByWordPrefix(const std::string& text, int limit) override;
    std::vector<RowId> entitiesNamed(const std::string& name) override;
    std::optional<EntityInfo> entity(RowId id) override;
    std::vector<ArticleSummary> articles(const ArticleFilter& filter) override;
    int countArticles(const ArticleFilter& filter) override;
    std::vector<FacetValue> publishers(int limit) override;
    std::vector<FacetValue> entityFacet(model::EntityType type, const std::optional<std::string>& prefix,
                                        int limit) override;
    std::optional<StoredAnalysis> article(RowId id) override;
    std::unique_ptr<ImportBatch> beginImport() override;

    void mergeEntities(RowId keep, RowId other, const SeenVersions& seen) override;
    void reassignStatement(RowId statement, RowId entity, std::optional<int> seenVersion) override;
    void deleteStatement(RowId statement, std::optional<int> seenVersion) override;
    std::vector<RowId> articleIds(bool onlyIncomplete) override;
    void replaceAnalyses(const std::vector<std::pair<RowId, model::AnalysedArticle>>& analyses) override;
    std::vector<Correction> articleCorrections(RowId articleId) override;
    std::size_t adoptCorrections(RowId articleId, const std::vector<CopiedCorrection>& corrections) override;

private:
    std::filesystem::path m_file;
    OpenMode m_mode;
    std::unique_ptr<Database> m_db;
    EntityKeyCache m_entityCache; ///< shared by the import batches of this connection
    bool m_imported = false; ///< an import ran on this connection (its WAL checkpoints are rarer: see beginImport)
};

} // namespace sayline::store
