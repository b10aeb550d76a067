// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/EntityCatalog.h"
#include "store/Records.h"

namespace sayline::store::postgresql {

class PgConnection;

/// The archive's entities with their aliases and roles, looked up by folded keys as in the library file
/// (store::EntityRepository), and the speaker summaries built from their statements.
class PgEntities final : public EntityCatalog
{
public:
    explicit PgEntities(PgConnection& connection);

    std::vector<RowId> findByKey(const std::string& key, model::EntityType type, bool includeAliases) override;
    RowId create(model::EntityType type, const std::string& name) override;
    void addAlias(RowId id, const std::string& alias) override;
    void addRole(RowId id, const std::string& role) override;
    bool exists(RowId id) override;
    std::optional<RowId> pinFor(RowId articleId, const std::string& nameKey) override;

    /// Entities of any type whose name or alias folds like text; failing that, those with that role.
    std::vector<RowId> findByName(const std::string& text);
    /// Entities with a name, alias or role one of whose words starts with the folded text, most statements first.
    std::vector<RowId> findByWordPrefix(const std::string& text, int limit);
    /// Entities whose name or an alias contains the folded text.
    std::vector<RowId> containing(const std::string& text);
    std::optional<EntityInfo> get(RowId id);
    /// Entities with statements among ids (all when nullopt), most statements first.
    std::vector<SpeakerSummary> speakers(const std::optional<std::vector<RowId>>& ids, int limit, int offset);

private:
    PgConnection& m_connection;
};

/// ids as a PostgreSQL array literal ("{1,2,3}") for "= ANY($n::bigint[])".
std::string idArray(const std::vector<RowId>& ids);

} // namespace sayline::store::postgresql
