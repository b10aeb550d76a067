// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/Store.h"

namespace sayline::store::postgresql {

class PgConnection;

/// A statement's speaker as the archive holds it now, with the row version a correction must name.
struct StatementState
{
    RowId id = 0;
    std::optional<RowId> speakerId;
    std::string speaker; ///< the entity's name, or the source as written
    int version = 0;
};

/// Corrections on the archive by several users at once. Each may name the row version it was made on; when the row
/// changed since (another user's correction), nothing is written and Error(Conflict) says what it is now, so no
/// correction is lost silently. Each is recorded in the corrections table with the role that made it, where a
/// re-analysis finds it again (applyStatementEdits; pins through PgEntities::pinFor).
class PgCorrections
{
public:
    explicit PgCorrections(PgConnection& connection);

    /// Throws Error(NotFound) for an unknown statement.
    StatementState statement(RowId id);
    /// The statement is spoken by entity; returns the new state. seenVersion: the version the user saw.
    StatementState reassign(RowId statement, RowId entity, std::optional<int> seenVersion);
    /// The statement goes, and stays gone when its article is analysed again.
    void deleteStatement(RowId statement, std::optional<int> seenVersion);
    /// `other` becomes `keep` (its rows move over, it is deleted); the versions are the entities' as the user saw them.
    void merge(RowId keep, RowId other, const SeenVersions& seen);

    /// Re-applies the reassignments and deletions recorded for the article to its statements (after re-analysis).
    void applyStatementEdits(RowId articleId);
    /// Deletes the entity when nothing refers to it any more.
    void removeIfUnused(RowId entity);

    /// The article's pins, reassignments and deletions, oldest first.
    std::vector<Correction> articleCorrections(RowId articleId);
    /// Records corrections copied from another store (Store::adoptCorrections), in the caller's transaction.
    std::size_t adopt(RowId articleId, const std::vector<CopiedCorrection>& corrections);

private:
    /// Replaces an older reassignment or deletion of the same statement (article and span) by this one.
    void recordStatementEdit(const std::string& kind, const std::string& article, const std::string& start,
                             const std::string& end, const std::optional<std::string>& entity,
                             const std::optional<std::string>& detail);
    std::string entityDescription(RowId id);

    PgConnection& m_connection;
};

} // namespace sayline::store::postgresql
