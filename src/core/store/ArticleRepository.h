// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "Records.h"

namespace sayline::store {

struct FullTextRows;

class Database;

/// The version of what the store keeps of an analysis. Articles written with an older one lack fields and are
/// analysed again when the library is opened (ArticleRepository::staleIds). 1: every field of the contract;
/// 2: and how each statement's speaker was found (its attribution sieve and explanation).
inline constexpr int kAnalysisFormat = 2;
/// The first version that keeps every field of the contract: an article of it reads back whole (its
/// attribution, added by version 2, stays empty until its re-analysis).
inline constexpr int kContractAnalysisFormat = 1;

/// Filters and order of the article list; dates are YYYY-MM-DD, inclusive. Every filter is optional.
struct ArticleFilter
{
    enum class Sort
    {
        Date,
        Title,
        Publisher,
        Statements,
    };

    std::optional<std::string> publisher;
    std::optional<std::string> from;
    std::optional<std::string> to;
    std::optional<std::string> text; ///< FTS5 query over title and body
    std::optional<std::string> contains; ///< text the title, publisher or file name contains (any case)
    std::optional<RowId> speaker; ///< articles in which this library entity speaks
    std::optional<RowId> mentioning; ///< articles in which this library entity occurs (organization facet)
    Sort sort = Sort::Date;
    bool descending = true;
    int limit = 1000;
    int offset = 0;
};

/// A value of a facet (a publisher, an organization) and how many articles have it.
struct FacetValue
{
    std::optional<RowId> id; ///< the library entity, for entity facets
    std::string name;
    int articles = 0;
};

/// The articles table and its full-text index.
class ArticleRepository
{
public:
    explicit ArticleRepository(Database& db);

    std::optional<RowId> findByHash(const std::string& contentHash);
    /// Inserts the article row (and its full-text entry), marked analysed now in the current format; returns its id.
    /// With `heldBack`, the full-text row goes there instead of into the index (FullTextRows).
    RowId insert(const model::Article& article, const std::string& contentHash, FullTextRows* heldBack = nullptr);
    /// Records that the article's analysis rows were just written in the current format.
    void markAnalysed(RowId id);
    /// Articles whose analysis was stored in an older format (missing fields), oldest first.
    std::vector<RowId> staleIds();
    std::optional<StoredArticle> get(RowId id);
    /// One page of the filtered list (filter.limit rows from filter.offset), in the filter's order.
    std::vector<ArticleSummary> list(const ArticleFilter& filter);
    /// How many articles the filter lets through (all pages).
    int count(const ArticleFilter& filter);
    /// Publishers with their number of articles, most first.
    std::vector<FacetValue> publishers(int limit);
    /// Entities of a type (organizations, people, places) with the number of articles they occur in, most first;
    /// with a prefix, only those with a name word starting so.
    std::vector<FacetValue> entities(model::EntityType type, const std::optional<std::string>& prefix, int limit);
    std::vector<RowId> allIds();
    int count();

    /// YYYY-MM-DD of an ISO 8601 date, or nullopt.
    static std::optional<std::string> dayOf(const std::optional<std::string>& iso);

private:
    Database& m_db;
};

} // namespace sayline::store
