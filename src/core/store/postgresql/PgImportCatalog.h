// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "PgArrayLiteral.h"
#include "PgConnection.h"
#include "PgEntities.h"
#include "model/Analysis.h"
#include "store/EntityCatalog.h"

namespace sayline::store::postgresql {

/// The EntityCatalog an import resolves an article's entities with, in few round trips: every key the resolver can
/// ask about (names, aliases, pinyin) is looked up in one query before (prefetch), aliases and roles not yet known
/// are queued and written at once (writeQueued), and only a new entity costs a round trip of its own.
/// A new entity whose name identifies it (EntityResolver's rule: not a bare surname) is created with its unique
/// import_key through `creator`, a second connection that commits at once: two importers meeting on one new name
/// get one entity, and neither holds the other's batch up (inside the batches, two importers creating two new names
/// in opposite orders would deadlock on the unique index).
class PgImportCatalog final : public EntityCatalog
{
public:
    /// creator: where new entities are committed at once (nullptr: inside the batch, on connection).
    PgImportCatalog(PgConnection& connection, PgConnection* creator);

    /// Looks up, in one query, every key resolving the article's entities may ask about.
    void prefetch(const model::AnalysedArticle& analysed);
    /// The alias and role inserts queued since prefetch (one multi-row command each), for the article's pipeline.
    std::vector<std::pair<std::string, Params>> take();
    /// Writes the queued aliases and roles: committed at once through the creator connection (one round trip, none
    /// when all were known), or appended to rows without one. Aliases and roles are the rows concurrent importers
    /// share; held in two batches' transactions they would deadlock them.
    void writeQueued(std::vector<std::pair<std::string, Params>>& rows);

    std::vector<RowId> findByKey(const std::string& key, model::EntityType type, bool includeAliases) override;
    RowId create(model::EntityType type, const std::string& name) override;
    void addAlias(RowId id, const std::string& alias) override;
    void addRole(RowId id, const std::string& role) override;
    bool exists(RowId id) override;
    std::optional<RowId> pinFor(RowId articleId, const std::string& nameKey) override;

    /// Round trips spent on entities since construction (look-ups and creations): the work the tests count.
    int roundTrips() const { return m_roundTrips; }

private:
    using Key = std::pair<std::string, std::string>; ///< folded key, entity type

    PgConnection& m_connection;
    PgConnection* m_creator;
    PgEntities m_entities;
    std::set<std::string> m_fetched; ///< keys whose answers are in m_names and m_aliases
    std::map<Key, std::set<RowId>> m_names;
    std::map<Key, std::set<RowId>> m_aliases;
    std::map<RowId, std::string> m_types; ///< the type of every entity seen
    std::map<RowId, std::string> m_nameKeys;
    std::set<std::pair<RowId, std::string>> m_knownAliases; ///< (entity, alias key) stored or sent, for the batch
    std::set<std::pair<RowId, std::string>> m_knownRoles; ///< (entity, role) stored or sent
    // Queued in (entity, key) order: two importers then take the rows' locks in one order and cannot deadlock.
    std::set<std::tuple<RowId, std::string, std::string>> m_aliasQueue; ///< entity id, alias key, alias
    std::set<std::tuple<RowId, std::string, std::string>> m_roleQueue; ///< entity id, role, role key
    int m_roundTrips = 0;
};

} // namespace sayline::store::postgresql
