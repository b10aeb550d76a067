// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>

#include "Records.h"

namespace sayline::store {

class Database;

/// The attribution "sieve" of a statement whose speaker the user reassigned: the correction decided, not the analysis.
inline constexpr std::string_view kCorrectionSieve = "correction";

/// Reads a stored article back as the analysis it was, with the user's corrections applied: entities with their
/// aliases, roles, affiliation and mentions, statements with speaker, cue and content spans, kind, claim type
/// and targets, dates with their values.
///
/// Corrections show as the analysis would have found them: article entities the user merged into one library
/// entity become one entity (mentions, aliases and roles together); a renamed entity carries its new name; a
/// statement reassigned to someone the article never names gets an entity for them (no mentions); a reassigned
/// statement's attribution names the correction (kCorrectionSieve), not the sieve of the analysis.
class AnalysisReader
{
public:
    explicit AnalysisReader(Database& db);

    std::optional<StoredAnalysis> read(RowId articleId);

private:
    void readEntities(StoredAnalysis& out);
    void readStatements(StoredAnalysis& out);
    void readDates(StoredAnalysis& out);
    /// The local id of the entity standing for a library entity, adding one for a speaker the article does not
    /// name (a reassignment to someone from another article).
    std::string entityFor(StoredAnalysis& out, RowId libraryId);

    Database& m_db;
    /// Local ids of article entities folded into an earlier one (same library entity) → that one's id.
    std::map<std::string, std::string> m_foldedInto;
};

} // namespace sayline::store
