// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>

#include "store/Database.h"
#include "store/Store.h"

namespace sayline::store::postgresql {

class PgConnection;

/// A team archive on PostgreSQL as a Store: one connection, opened on first use. Mode Create or Existing brings
/// an archive the role may change to the current schema; Read only checks it.
class PgStore final : public Store
{
public:
    PgStore(std::string conninfo, OpenMode mode);
    ~PgStore() override;

    std::string location() const override;
    void open() override;
    PgConnection& connection();

    std::vector<StatementRecord> searchStatements(const SearchQuery& query) override;
    int countStatements(const SearchQuery& query) override;
    Timeline timeline(const SearchQuery& query) override;
    std::vector<SpeakerSummary> speakers(const std::optional<std::vector<RowId>>& ids, int limit,
                                         int offset) override;
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
    bool readOnly() override;

    void mergeEntities(RowId keep, RowId other, const SeenVersions& seen) override;
    void reassignStatement(RowId statement, RowId entity, std::optional<int> seenVersion) override;
    void deleteStatement(RowId statement, std::optional<int> seenVersion) override;
    std::vector<RowId> articleIds(bool onlyIncomplete) override;
    void replaceAnalyses(const std::vector<std::pair<RowId, model::AnalysedArticle>>& analyses) override;
    std::vector<Correction> articleCorrections(RowId articleId) override;
    std::size_t adoptCorrections(RowId articleId, const std::vector<CopiedCorrection>& corrections) override;

private:
    std::string m_conninfo;
    OpenMode m_mode;
    std::unique_ptr<PgConnection> m_connection;
    std::unique_ptr<PgConnection> m_creator; ///< commits an import's new entities at once (PgImportCatalog)
};

} // namespace sayline::store::postgresql
