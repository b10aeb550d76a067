// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "CorrectionRepository.h"
#include "EntityRepository.h"
#include "Records.h"
#include "StatementRepository.h"

namespace sayline::store {

class Database;

/// Applies a user's edit to the machine rows and records it in the corrections table, so that re-analysis
/// (which rebuilds the machine rows) applies it again. Call inside a transaction; throws Error(NotFound) for
/// unknown ids.
class CorrectionWriter
{
public:
    explicit CorrectionWriter(Database& db);

    /// `other` becomes `keep`: its statements, mentions, aliases and roles move over; it is deleted.
    void merge(RowId keep, RowId other);
    /// The occurrences of `entity` in these articles become a new entity (returned) that never merges by name.
    RowId split(RowId entity, const std::vector<RowId>& articleIds);
    void reassign(RowId statement, RowId entity);
    void deleteStatement(RowId statement);
    void rename(RowId entity, const std::string& name);

private:
    void requireEntity(RowId id);
    StatementRecord requireStatement(RowId id);
    /// Pins every occurrence of `entity` in `articleId` (or in all its articles when articleId is 0) to `target`.
    void pinOccurrences(RowId entity, RowId articleId, RowId target);

    Database& m_db;
    EntityRepository m_entities;
    StatementRepository m_statements;
    CorrectionRepository m_corrections;
};

} // namespace sayline::store
