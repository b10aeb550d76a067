// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchService.h"

#include "store/AnnotationReader.h"
#include "store/EntityRepository.h"
#include "store/Library.h"
#include "store/StatementRepository.h"
#include "store/StatementSearch.h"

namespace sayline::service {

SearchService::SearchService(std::filesystem::path library)
    : m_library(std::move(library))
{
}

SearchService::~SearchService() = default;

store::Database& SearchService::db()
{
    if (!m_db)
        m_db = std::make_unique<store::Database>(store::openLibrary(m_library, store::OpenMode::Read));
    return *m_db;
}

Result<std::vector<store::StatementRecord>> SearchService::searchStatements(const store::SearchQuery& query)
{
    return capture([&] { return store::StatementSearch(db()).run(query); });
}

Result<std::vector<store::SpeakerSummary>> SearchService::speakers(const std::optional<std::string>& nameQuery,
                                                                   int limit)
{
    return capture([&] {
        std::optional<std::vector<store::RowId>> ids;
        if (nameQuery)
            ids = store::EntityRepository(db()).search(*nameQuery);
        return store::StatementRepository(db()).speakers(ids, limit);
    });
}

Result<std::vector<store::ArticleSummary>> SearchService::articles(const store::ArticleFilter& filter)
{
    return capture([&] {
        try {
            return store::ArticleRepository(db()).list(filter);
        } catch (const Error& error) {
            if (filter.text && error.code() == ErrorCode::Database)
                throw Error(ErrorCode::Usage, "bad text query '" + *filter.text + "': " + error.what());
            throw;
        }
    });
}

Result<store::ArticleAnnotations> SearchService::article(store::RowId id)
{
    return capture([&] {
        auto annotations = store::AnnotationReader(db()).read(id);
        if (!annotations)
            throw Error(ErrorCode::NotFound, "no article " + std::to_string(id) + " in the library");
        return std::move(*annotations);
    });
}

Result<store::EntityInfo> SearchService::entity(store::RowId id)
{
    return capture([&] {
        auto info = store::EntityRepository(db()).get(id);
        if (!info)
            throw Error(ErrorCode::NotFound, "no entity " + std::to_string(id) + " in the library");
        return std::move(*info);
    });
}

Result<std::vector<store::RowId>> SearchService::entitiesNamed(const std::string& name)
{
    return capture([&] { return store::EntityRepository(db()).findByName(name); });
}

} // namespace sayline::service
