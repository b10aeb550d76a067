// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgCorrections.h"

#include "PgConnection.h"
#include "model/Error.h"

namespace sayline::store::postgresql {

PgCorrections::PgCorrections(PgConnection& connection)
    : m_connection(connection)
{
}

StatementState PgCorrections::statement(RowId id)
{
    const PgResult row = m_connection.query("SELECT s.speaker_id, coalesce(e.name, s.speaker_text), s.version "
                                            "FROM statements s LEFT JOIN entities e ON e.id = s.speaker_id "
                                            "WHERE s.id = $1",
                                            { std::to_string(id) });
    if (row.rows() == 0)
        throw Error(ErrorCode::NotFound, "no statement " + std::to_string(id) + " in the archive");
    return { id, row.optionalInteger(0, 0), row.text(0, 1), static_cast<int>(row.integer(0, 2)) };
}

StatementState PgCorrections::reassign(RowId statementId, RowId entity, int seenVersion)
{
    PgTransaction transaction(m_connection);
    if (m_connection.query("SELECT 1 FROM entities WHERE id = $1", { std::to_string(entity) }).rows() == 0)
        throw Error(ErrorCode::NotFound, "no entity " + std::to_string(entity) + " in the archive");
    // The version check and the write are one statement: of two users who saw the same version, one wins.
    const PgResult updated = m_connection.query(
        "UPDATE statements SET speaker_id = $2, version = version + 1 WHERE id = $1 AND version = $3 "
        "RETURNING article_id, start, \"end\"",
        { std::to_string(statementId), std::to_string(entity), std::to_string(seenVersion) });
    if (updated.rows() == 0) {
        const StatementState now = statement(statementId);
        throw Error(ErrorCode::Conflict,
                    "statement " + std::to_string(statementId) + " was corrected by someone else since you read it: "
                        + "it is now spoken by " + now.speaker + " (version " + std::to_string(now.version)
                        + ", you saw version " + std::to_string(seenVersion) + "); nothing was changed");
    }
    m_connection.query("INSERT INTO corrections (kind, article_id, span_start, span_end, entity_id) "
                       "VALUES ('reassign', $1, $2, $3, $4)",
                       { updated.text(0, 0), updated.text(0, 1), updated.text(0, 2), std::to_string(entity) });
    transaction.commit();
    return statement(statementId);
}

} // namespace sayline::store::postgresql
