// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "Records.h"

namespace sayline::store {

class Database;

enum class CorrectionKind
{
    Pin, ///< an article entity (by folded name) belongs to a library entity
    Reassign, ///< a statement (by span) is spoken by a library entity
    DeleteStatement, ///< a statement (by span) is not a statement
    Merge, ///< record of a merge (detail: the merged entity's name)
    Rename, ///< record of a rename (detail: the old name)
};

/// The kind a corrections row stores as text ("reassign", "delete_statement", "merge", "rename"; else a pin), in
/// the library file and in a team archive alike.
CorrectionKind correctionKindFromString(std::string_view text);

/// One user edit. Statements are named by article and content span, which survive re-analysis.
struct Correction
{
    RowId id = 0;
    CorrectionKind kind = CorrectionKind::Pin;
    std::optional<RowId> articleId;
    std::optional<model::Span> span;
    std::string nameKey;
    std::optional<RowId> entityId;
    std::string detail;
    std::string createdAt;
};

/// The corrections table: the user's edits, kept apart from the machine rows they override.
class CorrectionRepository
{
public:
    explicit CorrectionRepository(Database& db);

    RowId add(const Correction& correction);
    /// The library entity the user pinned this article entity to, if any.
    std::optional<RowId> pinFor(RowId articleId, const std::string& nameKey);
    /// Reassign and DeleteStatement corrections of the article, oldest first.
    std::vector<Correction> statementEdits(RowId articleId);
    std::vector<Correction> all();

private:
    Database& m_db;
};

const char* toString(CorrectionKind kind);

} // namespace sayline::store
