// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "Result.h"
#include "store/ArticleRepository.h"
#include "store/Records.h"
#include "store/SearchQuery.h"

namespace sayline::store {
class Database;
}

namespace sayline::service {

/// The reading use cases over a library: statements, speakers, articles, one article with its annotations.
/// Holds one read connection, opened on first use; use one instance per thread.
class SearchService
{
public:
    explicit SearchService(std::filesystem::path library);
    ~SearchService();

    Result<std::vector<store::StatementRecord>> searchStatements(const store::SearchQuery& query);
    /// Entities with statements (filtered by a name or alias fragment), most statements first.
    Result<std::vector<store::SpeakerSummary>> speakers(const std::optional<std::string>& nameQuery, int limit = 1000);
    Result<std::vector<store::ArticleSummary>> articles(const store::ArticleFilter& filter);
    Result<store::ArticleAnnotations> article(store::RowId id);
    Result<store::EntityInfo> entity(store::RowId id);
    /// Entity ids for a name or alias (case- and accent-insensitive).
    Result<std::vector<store::RowId>> entitiesNamed(const std::string& name);

private:
    store::Database& db();

    std::filesystem::path m_library;
    std::unique_ptr<store::Database> m_db;
};

} // namespace sayline::service
