// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "Records.h"

namespace sayline::store {

class Database;

/// Filters of the article list; dates are YYYY-MM-DD, inclusive.
struct ArticleFilter
{
    std::optional<std::string> publisher;
    std::optional<std::string> from;
    std::optional<std::string> to;
    std::optional<std::string> text; ///< FTS5 query over title and body
    int limit = 1000;
};

/// The articles table and its full-text index.
class ArticleRepository
{
public:
    explicit ArticleRepository(Database& db);

    std::optional<RowId> findByHash(const std::string& contentHash);
    /// Inserts the article row (and its full-text entry), marked analysed now; returns its id.
    RowId insert(const model::Article& article, const std::string& contentHash);
    void markAnalysed(RowId id);
    std::optional<StoredArticle> get(RowId id);
    std::vector<ArticleSummary> list(const ArticleFilter& filter);
    std::vector<RowId> allIds();
    int count();

    /// YYYY-MM-DD of an ISO 8601 date, or nullopt.
    static std::optional<std::string> dayOf(const std::optional<std::string>& iso);

private:
    Database& m_db;
};

} // namespace sayline::store
