// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchService.h"

#include <algorithm>
#include <limits>

#include "LibraryStore.h"
#include "store/Store.h"

namespace sayline::service {

SearchService::SearchService(std::filesystem::path library)
    : m_library(std::move(library))
{
}

SearchService::~SearchService() = default;

store::Store& SearchService::store()
{
    if (!m_store)
        m_store = openStore(m_library, store::OpenMode::Read);
    return *m_store;
}

Result<std::vector<store::StatementRecord>> SearchService::searchStatements(const store::SearchQuery& query)
{
    return capture([&] { return store().searchStatements(query); });
}

Result<int> SearchService::countStatements(const store::SearchQuery& query)
{
    return capture([&] { return store().countStatements(query); });
}

Result<store::Timeline> SearchService::timeline(const store::SearchQuery& query)
{
    return capture([&] { return store().timeline(query); });
}

Result<std::vector<store::SpeakerSummary>> SearchService::speakers(const std::optional<std::string>& nameQuery,
                                                                   int limit, int offset)
{
    return capture([&] {
        std::optional<std::vector<store::RowId>> ids;
        if (nameQuery) {
            ids = store().entitiesContaining(*nameQuery);
            for (store::RowId id : store().entitiesByWordPrefix(*nameQuery, std::numeric_limits<int>::max())) {
                if (std::find(ids->begin(), ids->end(), id) == ids->end())
                    ids->push_back(id);
            }
        }
        return store().speakers(ids, limit, offset);
    });
}

Result<std::vector<store::SpeakerSummary>> SearchService::completeSpeakers(const std::string& prefix, int limit)
{
    return capture([&] {
        // Entities without statements are passed over, so ask for more than will be shown.
        const std::vector<store::RowId> ids = store().entitiesByWordPrefix(prefix, limit * 4);
        return store().speakers(ids, limit, 0);
    });
}

Result<std::vector<store::EntityInfo>> SearchService::completeEntities(const std::string& prefix, int limit)
{
    return capture([&] {
        std::vector<store::EntityInfo> out;
        for (store::RowId id : store().entitiesByWordPrefix(prefix, limit)) {
            if (auto info = store().entity(id))
                out.push_back(std::move(*info));
        }
        return out;
    });
}

namespace {

/// Runs a query over the articles, turning a broken full-text query into a usage error that names it.
template <typename Work> auto articleQuery(const store::ArticleFilter& filter, Work&& work) -> decltype(work())
{
    try {
        return work();
    } catch (const Error& error) {
        if (filter.text && error.code() == ErrorCode::Database)
            throw Error(ErrorCode::Usage, "bad text query '" + *filter.text + "': " + error.what());
        throw;
    }
}

} // namespace

Result<std::vector<store::ArticleSummary>> SearchService::articles(const store::ArticleFilter& filter)
{
    return capture([&] { return articleQuery(filter, [&] { return store().articles(filter); }); });
}

Result<int> SearchService::countArticles(const store::ArticleFilter& filter)
{
    return capture([&] { return articleQuery(filter, [&] { return store().countArticles(filter); }); });
}

Result<std::vector<store::FacetValue>> SearchService::publishers(int limit)
{
    return capture([&] { return store().publishers(limit); });
}

Result<std::vector<store::FacetValue>> SearchService::entityFacet(model::EntityType type,
                                                                  const std::optional<std::string>& prefix, int limit)
{
    return capture([&] { return store().entityFacet(type, prefix, limit); });
}

Result<store::StoredAnalysis> SearchService::article(store::RowId id)
{
    return capture([&] {
        auto stored = store().article(id);
        if (!stored)
            throw Error(ErrorCode::NotFound, "no article " + std::to_string(id) + " in the library");
        return std::move(*stored);
    });
}

Result<store::EntityInfo> SearchService::entity(store::RowId id)
{
    return capture([&] {
        auto info = store().entity(id);
        if (!info)
            throw Error(ErrorCode::NotFound, "no entity " + std::to_string(id) + " in the library");
        return std::move(*info);
    });
}

Result<std::vector<store::RowId>> SearchService::entitiesNamed(const std::string& name)
{
    return capture([&] { return store().entitiesNamed(name); });
}

} // namespace sayline::service
