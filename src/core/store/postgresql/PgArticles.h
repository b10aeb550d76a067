// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/ArticleRepository.h"

namespace sayline::store::postgresql {

class PgConnection;

/// The archive's article list and its facets (store::ArticleRepository's queries). The list's text filter is a
/// tsquery over title and body, accents folded, served by the expression index articles_words.
class PgArticles
{
public:
    explicit PgArticles(PgConnection& connection);

    std::vector<ArticleSummary> list(const ArticleFilter& filter);
    int count(const ArticleFilter& filter);
    std::vector<FacetValue> publishers(int limit);
    std::vector<FacetValue> entities(model::EntityType type, const std::optional<std::string>& prefix, int limit);

private:
    PgConnection& m_connection;
};

/// The list's text filter: articles (alias a) whose title and body match the tsquery (a parameter such as "$1").
std::string articleTextMatch(const std::string& tsquery);

} // namespace sayline::store::postgresql
