// SPDX-License-Identifier: GPL-3.0-or-later
// The rows the store hands back to the service layer: plain values, library-wide ids.
#pragma once

#include <cstdint>
#include <map>
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
    int analysisFormat = 0; ///< kAnalysisFormat when written by this version; older formats lack fields
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
    std::vector<std::string> aliases;
    std::vector<std::string> roles;
    int statementCount = 0;
    std::optional<std::string> firstDate;
    std::optional<std::string> lastDate;
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
    /// The row version a correction names on a team archive (nullopt in a library file, which has no versions).
    std::optional<int> version;
};

/// How many statements fall in each month (or year) from the first to the last, empty periods included.
struct Timeline
{
    enum class Period
    {
        Month, ///< buckets are "YYYY-MM"
        Year, ///< buckets are "YYYY"
    };
    /// More months than this are shown per year.
    static constexpr int kMostMonths = 72;

    Period period = Period::Month;
    std::vector<std::pair<std::string, int>> buckets; ///< period, statements; consecutive, oldest first
    int undated = 0; ///< statements of articles without a date
    int total = 0; ///< every matching statement, dated or not

    /// Sets the buckets from per-month counts ("YYYY-MM", sorted), per year when they span too many months.
    void fill(const std::vector<std::pair<std::string, int>>& months);
};

/// An article as the library holds it: the analysis in the contract's shape (local ids E1…, S1…) with the user's
/// corrections applied, and the library rows behind its ids.
struct StoredAnalysis
{
    RowId articleId = 0;
    std::string contentHash;
    std::string importedAt;
    std::optional<std::string> analysedAt;
    /// False for an article stored before every field of the contract was kept (kContractAnalysisFormat): its
    /// missing fields wait for its re-analysis.
    bool complete = true;
    model::AnalysedArticle analysis;
    std::map<std::string, RowId> entityRows; ///< local entity id → library entity
    std::map<std::string, RowId> statementRows; ///< local statement id → statements.id

    /// The local id of the library entity in this article, if it occurs in it.
    std::optional<std::string> localEntityId(RowId entity) const;
    /// The local id of the statement row, if it belongs to this article.
    std::optional<std::string> localStatementId(RowId statement) const;
    /// Adds the library entity (a speaker a correction named that the analysis does not hold) under the next
    /// local id after the analysis's own, E<highest + 1>, and returns that id.
    std::string addEntity(RowId entity, const std::optional<EntityInfo>& info);
};

} // namespace sayline::store
