// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

#include "store/Records.h"

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

/// Corrections on the archive by several users at once. Each names the row version it was made on; when the row
/// changed since (another user's correction), nothing is written and Error(Conflict) says who speaks it now, so
/// no correction is lost silently. Recorded in the corrections table with the role that made it.
class PgCorrections
{
public:
    explicit PgCorrections(PgConnection& connection);

    /// Throws Error(NotFound) for an unknown statement.
    StatementState statement(RowId id);
    /// The statement is spoken by entity; returns the new state. seenVersion: the version the user saw.
    StatementState reassign(RowId statement, RowId entity, int seenVersion);

private:
    PgConnection& m_connection;
};

} // namespace sayline::store::postgresql
