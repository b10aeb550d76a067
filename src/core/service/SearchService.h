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
class Store;
}

namespace sayline::service {

/// The reading use cases over a library: statements, speakers, articles, one article with its annotations.
/// Holds one read connection to the library's store (openStore: a library file or a team archive), opened on
/// first use; use one instance per thread.
class SearchService
{
public:
    explicit SearchService(std::filesystem::path library);
    ~SearchService();

    /// One page of the matching statements (query.limit from query.offset), ranked or newest first.
    Result<std::vector<store::StatementRecord>> searchStatements(const store::SearchQuery& query);
    /// How many statements match, over every page.
    Result<int> countStatements(const store::SearchQuery& query);
    /// How many statements match per month or year, over every page: what a timeline plots.
    Result<store::Timeline> timeline(const store::SearchQuery& query);
    /// Entities with statements, most statements first, with aliases and roles; with a name query, those whose
    /// name or alias contains it or one of whose name, alias or role words starts with it.
    Result<std::vector<store::SpeakerSummary>> speakers(const std::optional<std::string>& nameQuery, int limit = 1000,
                                                        int offset = 0);
    /// Speakers for completing a typed name: a name, alias or role word starts with the prefix.
    Result<std::vector<store::SpeakerSummary>> completeSpeakers(const std::string& prefix, int limit = 20);
    /// Entities of any type for completing a typed name (a merge): a name, alias or role word starts with the
    /// prefix; speakers first.
    Result<std::vector<store::EntityInfo>> completeEntities(const std::string& prefix, int limit = 20);
    /// One page of the article list (filter.limit from filter.offset) in the filter's order.
    Result<std::vector<store::ArticleSummary>> articles(const store::ArticleFilter& filter);
    /// How many articles the filter lets through.
    Result<int> countArticles(const store::ArticleFilter& filter);
    /// Publishers with their number of articles, most first (a facet of the article list).
    Result<std::vector<store::FacetValue>> publishers(int limit = 500);
    /// Entities of a type with their number of articles, most first, optionally those with a word starting so.
    Result<std::vector<store::FacetValue>> entityFacet(model::EntityType type, const std::optional<std::string>& prefix,
                                                       int limit = 500);
    /// The article as the library holds it: the whole analysis with the user's corrections.
    Result<store::StoredAnalysis> article(store::RowId id);
    Result<store::EntityInfo> entity(store::RowId id);
    /// Entity ids for a name or alias (case- and accent-insensitive).
    Result<std::vector<store::RowId>> entitiesNamed(const std::string& name);

private:
    store::Store& store();

    std::filesystem::path m_library;
    std::unique_ptr<store::Store> m_store;
};

} // namespace sayline::service
