// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityResolver.h"

#include "EntityCatalog.h"
#include "TextKeys.h"

namespace sayline::store {

EntityResolver::EntityResolver(EntityCatalog& catalog)
    : m_entities(catalog)
{
}

bool EntityResolver::isProperAlias(const std::string& alias)
{
    if (alias.empty())
        return false;
    const auto first = static_cast<unsigned char>(alias.front());
    // ASCII text must start with a capital or a digit; other scripts (accents, CJK, Cyrillic) are kept.
    return first >= 0x80 || (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9');
}

RowId EntityResolver::lookup(const model::Entity& entity, const std::string& key)
{
    const bool person = entity.type == model::EntityType::Person;
    if (person && !isFullPersonName(entity.name))
        return 0; // a bare surname is ambiguous library-wide
    // The same full name: the oldest such entity (a split-off entity does not take part).
    std::vector<RowId> candidates = m_entities.findByKey(key, entity.type, false);
    if (!candidates.empty())
        return candidates.front();
    // Alias evidence: the name is another entity's alias, or one of our full aliases is its name or alias.
    candidates = m_entities.findByKey(key, entity.type, true);
    for (const std::string& alias : entity.aliases) {
        if (!candidates.empty())
            break;
        if (!isProperAlias(alias) || (person && !isFullPersonName(alias)))
            continue;
        candidates = m_entities.findByKey(foldKey(alias), entity.type, true);
    }
    return candidates.size() == 1 ? candidates.front() : 0;
}

RowId EntityResolver::resolve(RowId articleId, const model::Entity& entity, bool newArticle)
{
    const std::string key = foldKey(entity.name);
    RowId id = 0;
    if (!newArticle) {
        if (auto pinned = m_entities.pinFor(articleId, key); pinned && m_entities.exists(*pinned))
            id = *pinned;
    }
    if (id == 0)
        id = lookup(entity, key);
    // A Chinese name is also the pinyin English text writes it in: 汪文斌 and Wang Wenbin are one speaker.
    const std::optional<std::string> pinyin
        = entity.type == model::EntityType::Person ? pinyinPersonName(entity.name) : std::nullopt;
    if (id == 0 && pinyin) {
        const std::vector<RowId> candidates = m_entities.findByKey(foldKey(*pinyin), entity.type, true);
        if (candidates.size() == 1)
            id = candidates.front();
    }
    if (id == 0)
        id = m_entities.create(entity.type, entity.name);
    m_entities.addAlias(id, entity.name);
    if (pinyin)
        m_entities.addAlias(id, *pinyin);
    for (const std::string& alias : entity.aliases) {
        if (isProperAlias(alias))
            m_entities.addAlias(id, alias);
    }
    for (const std::string& role : entity.roles)
        m_entities.addRole(id, role);
    return id;
}

} // namespace sayline::store
