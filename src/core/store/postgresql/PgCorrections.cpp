// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgCorrections.h"

#include <tuple>

#include "PgConnection.h"
#include "PgEntities.h"
#include "model/Error.h"

namespace sayline::store::postgresql {
namespace {

std::optional<std::string> versionParam(std::optional<int> version)
{
    return version ? std::optional<std::string>(std::to_string(*version)) : std::nullopt;
}


} // namespace

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

/// Why a versioned write of the statement changed no row: it is gone or at another version. Throws.
[[noreturn]] static void statementConflict(PgCorrections& corrections, PgConnection& connection, RowId id,
                                           std::optional<int> seenVersion)
{
    const std::string name = "statement " + std::to_string(id);
    if (connection.query("SELECT 1 FROM statements WHERE id = $1", { std::to_string(id) }).rows() == 0) {
        if (!seenVersion)
            throw Error(ErrorCode::NotFound, "no " + name + " in the archive");
        throw Error(ErrorCode::Conflict, name + " is no longer in the archive (deleted by someone else, or its "
                                                "article was analysed again since you read it); nothing was changed");
    }
    const StatementState now = corrections.statement(id);
    throw Error(ErrorCode::Conflict, name + " was corrected by someone else since you read it: it is now spoken by "
                                         + now.speaker + " (version " + std::to_string(now.version)
                                         + ", you saw version " + std::to_string(seenVersion.value_or(0))
                                         + "); nothing was changed");
}

void PgCorrections::recordStatementEdit(const std::string& kind, const std::string& article, const std::string& start,
                                        const std::string& end, const std::optional<std::string>& entity,
                                        const std::optional<std::string>& detail)
{
    m_connection.query("DELETE FROM corrections WHERE kind IN ('reassign', 'delete_statement') AND article_id = $1 "
                       "AND span_start = $2 AND span_end = $3",
                       { article, start, end });
    m_connection.query("INSERT INTO corrections (kind, article_id, span_start, span_end, entity_id, detail) "
                       "VALUES ($1, $2, $3, $4, $5, $6)",
                       { kind, article, start, end, entity, detail });
}

StatementState PgCorrections::reassign(RowId statementId, RowId entity, std::optional<int> seenVersion)
{
    PgTransaction transaction(m_connection);
    if (m_connection.query("SELECT 1 FROM entities WHERE id = $1", { std::to_string(entity) }).rows() == 0)
        throw Error(ErrorCode::NotFound, "no entity " + std::to_string(entity) + " in the archive");
    // The version check and the write are one statement: of two users who saw the same version, one wins.
    const PgResult updated = m_connection.query(
        "UPDATE statements SET speaker_id = $2, version = version + 1 WHERE id = $1 "
        "AND ($3::integer IS NULL OR version = $3) RETURNING article_id, start, \"end\"",
        { std::to_string(statementId), std::to_string(entity), versionParam(seenVersion) });
    if (updated.rows() == 0)
        statementConflict(*this, m_connection, statementId, seenVersion);
    recordStatementEdit("reassign", updated.text(0, 0), updated.text(0, 1), updated.text(0, 2),
                        std::to_string(entity), std::nullopt);
    transaction.commit();
    return statement(statementId);
}

void PgCorrections::deleteStatement(RowId statementId, std::optional<int> seenVersion)
{
    PgTransaction transaction(m_connection);
    const PgResult deleted = m_connection.query(
        "DELETE FROM statements WHERE id = $1 AND ($2::integer IS NULL OR version = $2) "
        "RETURNING article_id, start, \"end\", content, speaker_id",
        { std::to_string(statementId), versionParam(seenVersion) });
    if (deleted.rows() == 0)
        statementConflict(*this, m_connection, statementId, seenVersion);
    recordStatementEdit("delete_statement", deleted.text(0, 0), deleted.text(0, 1), deleted.text(0, 2), std::nullopt,
                        deleted.text(0, 3));
    if (const std::optional<RowId> speaker = deleted.optionalInteger(0, 4))
        removeIfUnused(*speaker);
    transaction.commit();
}

std::string PgCorrections::entityDescription(RowId id)
{
    const PgResult row = m_connection.query("SELECT name FROM entities WHERE id = $1", { std::to_string(id) });
    return "entity " + std::to_string(id) + (row.rows() ? " (" + row.text(0, 0) + ")" : std::string());
}

void PgCorrections::merge(RowId keep, RowId other, const SeenVersions& seen)
{
    if (keep == other)
        throw Error(ErrorCode::Usage, "cannot merge entity " + std::to_string(keep) + " with itself");
    const std::string keepId = std::to_string(keep);
    const std::string otherId = std::to_string(other);
    PgTransaction transaction(m_connection);
    // Both rows are locked before anything is checked: a concurrent merge, rename or re-analysis of either waits
    // for this one (or this one for it) and then sees what it did. keep's key does not change, so imports that
    // refer to it (a foreign key check) are not held up.
    const PgResult rows = m_connection.query(
        "SELECT id, version, name FROM entities WHERE id = $1 FOR UPDATE", { otherId });
    const PgResult kept = m_connection.query(
        "SELECT id, version, name FROM entities WHERE id = $1 FOR NO KEY UPDATE", { keepId });
    for (const auto& [id, row, seenVersion] :
         { std::tuple { other, &rows, seen.other }, std::tuple { keep, &kept, seen.keep } }) {
        const std::string name = "entity " + std::to_string(id);
        if (row->rows() == 0) {
            const PgResult into = m_connection.query("SELECT entity_id FROM corrections WHERE kind = 'merge' AND "
                                                     "merged_id = $1 ORDER BY id DESC LIMIT 1",
                                                     { std::to_string(id) });
            if (into.rows() > 0 && !into.isNull(0, 0))
                throw Error(ErrorCode::Conflict, name + " was merged into " + entityDescription(into.integer(0, 0))
                                                     + " by someone else; nothing was changed");
            throw Error(ErrorCode::NotFound, "no " + name + " in the archive");
        }
        const int version = static_cast<int>(row->integer(0, 1));
        if (seenVersion && *seenVersion != version)
            throw Error(ErrorCode::Conflict, name + " (" + row->text(0, 2)
                                                 + ") was corrected by someone else since you read it (version "
                                                 + std::to_string(version) + ", you saw version "
                                                 + std::to_string(*seenVersion) + "); nothing was changed");
    }
    const std::string otherName = rows.text(0, 2);
    // Each occurrence of other is pinned to keep, so that a re-analysis finds the merge again.
    m_connection.query("DELETE FROM corrections c USING article_entities ae WHERE ae.entity_id = $1 "
                       "AND c.kind = 'pin' AND c.article_id = ae.article_id AND c.name_key = ae.name_key",
                       { otherId });
    const Params both { otherId, keepId };
    const Params otherOnly { otherId };
    const Params keepOnly { keepId };
    m_connection.pipeline({
        { "INSERT INTO corrections (kind, article_id, name_key, entity_id) "
          "SELECT DISTINCT 'pin', article_id, name_key, $2::bigint FROM article_entities WHERE entity_id = $1",
          both },
        { "INSERT INTO entity_aliases (entity_id, alias, alias_key) SELECT $2::bigint, name, name_key FROM entities "
          "WHERE id = $1 ON CONFLICT DO NOTHING",
          both },
        { "INSERT INTO entity_aliases (entity_id, alias, alias_key) SELECT $2::bigint, alias, alias_key "
          "FROM entity_aliases WHERE entity_id = $1 ON CONFLICT DO NOTHING",
          both },
        { "DELETE FROM entity_aliases WHERE entity_id = $1 AND alias_key = (SELECT name_key FROM entities "
          "WHERE id = $1)",
          keepOnly },
        { "INSERT INTO entity_roles (entity_id, role, role_key) SELECT $2::bigint, role, role_key FROM entity_roles "
          "WHERE entity_id = $1 ON CONFLICT DO NOTHING",
          both },
        { "UPDATE article_entities SET entity_id = $2 WHERE entity_id = $1", both },
        { "UPDATE statements SET speaker_id = $2, version = version + 1 WHERE speaker_id = $1", both },
        { "INSERT INTO statement_targets (statement_id, entity_id) SELECT statement_id, $2::bigint "
          "FROM statement_targets WHERE entity_id = $1 ON CONFLICT DO NOTHING",
          both },
        { "DELETE FROM statement_targets WHERE entity_id = $1", otherOnly },
        { "UPDATE corrections SET entity_id = $2 WHERE entity_id = $1", both },
        { "DELETE FROM entities WHERE id = $1", otherOnly },
        { "UPDATE entities SET version = version + 1 WHERE id = $1", keepOnly },
    });
    m_connection.query("INSERT INTO corrections (kind, entity_id, detail, merged_id) VALUES ('merge', $1, $2, $3)",
                       { keepId, otherName, otherId });
    transaction.commit();
}

void PgCorrections::applyStatementEdits(RowId articleId)
{
    const std::string article = std::to_string(articleId);
    m_connection.query("DELETE FROM statements s USING corrections c WHERE c.article_id = $1 "
                       "AND c.kind = 'delete_statement' AND s.article_id = $1 AND s.start = c.span_start "
                       "AND s.\"end\" = c.span_end",
                       { article });
    m_connection.query("UPDATE statements s SET speaker_id = c.entity_id FROM corrections c WHERE c.article_id = $1 "
                       "AND c.kind = 'reassign' AND c.entity_id IS NOT NULL AND s.article_id = $1 "
                       "AND s.start = c.span_start AND s.\"end\" = c.span_end",
                       { article });
}

void PgCorrections::removeIfUnused(RowId entity)
{
    m_connection.query("DELETE FROM entities WHERE id = $1 "
                       "AND NOT EXISTS (SELECT 1 FROM article_entities WHERE entity_id = $1) "
                       "AND NOT EXISTS (SELECT 1 FROM statements WHERE speaker_id = $1) "
                       "AND NOT EXISTS (SELECT 1 FROM statement_targets WHERE entity_id = $1) "
                       "AND NOT EXISTS (SELECT 1 FROM corrections WHERE entity_id = $1)",
                       { std::to_string(entity) });
}

std::vector<Correction> PgCorrections::articleCorrections(RowId articleId)
{
    const PgResult rows = m_connection.query(
        "SELECT id, kind, span_start, span_end, coalesce(name_key, ''), entity_id, coalesce(detail, ''), "
        "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') FROM corrections WHERE article_id = $1 "
        "AND kind IN ('pin', 'reassign', 'delete_statement') ORDER BY id",
        { std::to_string(articleId) });
    std::vector<Correction> out;
    for (int row = 0; row < rows.rows(); ++row) {
        Correction correction;
        correction.id = rows.integer(row, 0);
        correction.kind = correctionKindFromString(rows.text(row, 1));
        correction.articleId = articleId;
        if (!rows.isNull(row, 2) && !rows.isNull(row, 3))
            correction.span = model::Span { static_cast<int>(rows.integer(row, 2)),
                                            static_cast<int>(rows.integer(row, 3)) };
        correction.nameKey = rows.text(row, 4);
        correction.entityId = rows.optionalInteger(row, 5);
        correction.detail = rows.text(row, 6);
        correction.createdAt = rows.text(row, 7);
        out.push_back(std::move(correction));
    }
    return out;
}

std::size_t PgCorrections::adopt(RowId articleId, const std::vector<CopiedCorrection>& corrections)
{
    const std::string article = std::to_string(articleId);
    PgEntities entities(m_connection);
    const auto uniqueNamed = [&](const std::string& name) -> std::optional<RowId> {
        const std::vector<RowId> ids = entities.findByName(name);
        return ids.size() == 1 ? std::optional<RowId>(ids.front()) : std::nullopt;
    };
    std::size_t added = 0;
    for (const CopiedCorrection& copied : corrections) {
        const Correction& correction = copied.correction;
        std::optional<RowId> entity;
        std::optional<std::string> start;
        std::optional<std::string> end;
        if (correction.kind == CorrectionKind::Pin) {
            if (entities.pinFor(articleId, correction.nameKey))
                continue;
            entity = uniqueNamed(copied.entityName);
        } else if (correction.kind == CorrectionKind::Reassign || correction.kind == CorrectionKind::DeleteStatement) {
            if (!correction.span)
                continue;
            start = std::to_string(correction.span->start);
            end = std::to_string(correction.span->end);
            if (m_connection
                    .query("SELECT 1 FROM corrections WHERE kind IN ('reassign', 'delete_statement') AND article_id = "
                           "$1 AND span_start = $2 AND span_end = $3",
                           { article, start, end })
                    .rows()
                > 0)
                continue;
            if (correction.kind == CorrectionKind::Reassign) {
                const PgResult speaker = m_connection.query(
                    "SELECT speaker_id FROM statements WHERE article_id = $1 AND start = $2 AND \"end\" = $3 "
                    "AND speaker_id IS NOT NULL ORDER BY id LIMIT 1",
                    { article, start, end });
                entity = speaker.rows() > 0 ? speaker.optionalInteger(0, 0) : uniqueNamed(copied.entityName);
            }
        } else {
            continue;
        }
        if (correction.kind != CorrectionKind::DeleteStatement && !entity)
            continue; // its entity is not known here
        m_connection.query("INSERT INTO corrections (kind, article_id, span_start, span_end, name_key, entity_id, "
                           "detail) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                           { std::string(toString(correction.kind)), article, start, end,
                             correction.kind == CorrectionKind::Pin ? std::optional<std::string>(correction.nameKey)
                                                                    : std::nullopt,
                             entity ? std::optional<std::string>(std::to_string(*entity)) : std::nullopt,
                             correction.detail });
        ++added;
    }
    return added;
}

} // namespace sayline::store::postgresql
