// SPDX-License-Identifier: GPL-3.0-or-later
// The rows the store hands back to the service layer: plain values, library-wide ids.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/Analysis.h"

namespace sayline::store {

using RowId = std::int64_t;

/// An article as stored, with its library id.
struct StoredArticle
{
    RowId id = 0;
    std::string contentHash;
    std::optional<std::string> date; ///< YYYY-MM-DD of the publication date
    std::string importedAt;
    std::optional<std::string> analysedAt;
    model::Article article;
};

/// One line of the article list.
struct ArticleSummary
{
    RowId id = 0;
    std::string title;
    std::optional<std::string> publisher;
    std::optional<std::string> date;
    std::string file;
    int statementCount = 0;
};

/// A library-wide entity with everything known about it.
struct EntityInfo
{
    RowId id = 0;
    model::EntityType type = model::EntityType::Misc;
    std::string name;
    std::vector<std::string> aliases;
    std::vector<std::string> roles;
    int articleCount = 0;
};

/// An entity that speaks in the library, with its statement count and date range.
struct SpeakerSummary
{
    RowId id = 0;
    model::EntityType type = model::EntityType::Misc;
    std::string name;
    int statementCount = 0;
    std::optional<std::string> firstDate;
    std::optional<std::string> lastDate;
};

/// An entity as it occurs in one article ("E1"), linked to the library entity.
struct ArticleEntity
{
    std::string localId;
    RowId entityId = 0;
    model::EntityType type = model::EntityType::Misc;
    std::string name;
    std::vector<model::Span> mentions;
};

/// A stored statement with what a result list shows about it.
struct StatementRecord
{
    RowId id = 0;
    RowId articleId = 0;
    std::string articleTitle;
    std::optional<std::string> publisher;
    std::optional<std::string> date;
    std::optional<RowId> speakerId;
    std::string speaker; ///< the library entity's name, or the source as written when unnamed
    std::string cue;
    model::StatementKind kind = model::StatementKind::Indirect;
    model::ClaimType claimType = model::ClaimType::Assertion;
    std::string content;
    std::string snippet; ///< the content (or its matching part) with matches between '[' and ']'
    model::Span span;
    std::vector<std::string> about; ///< names of the entities the statement is about
};

/// An article with every annotation the library holds for it (the `show` view).
struct ArticleAnnotations
{
    StoredArticle article;
    std::vector<ArticleEntity> entities;
    std::vector<StatementRecord> statements;
    std::vector<model::DateMention> dates;
};

} // namespace sayline::store
