// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChineseEntityBuilder.h"

#include <algorithm>
#include <map>

#include "ChineseGazetteer.h"
#include "analysis/entities/MentionSpans.h"
#include "analysis/text/Document.h"
#include "analysis/text/zh/ChineseText.h"

namespace sayline::analysis::zh {
namespace {

/// The part after a transliterated name's last dot (卢比奥 of 马尔科·卢比奥), or the name.
std::u16string_view lastPart(std::u16string_view name)
{
    for (std::size_t k = name.size(); k-- > 0;)
        if (isNameDot(name[k]) || (name[k] == u'.' && k + 1 < name.size() && isHan(name[k + 1])))
            return name.substr(k + 1);
    return name;
}

bool hasHan(std::u16string_view text)
{
    return std::any_of(text.begin(), text.end(), [](char16_t c) { return isHan(c); });
}

} // namespace

ChineseEntityBuilder::ChineseEntityBuilder(const ChineseText& text, const ChineseGazetteer& gazetteer)
    : m_text(text)
    , m_gazetteer(gazetteer)
{
}

EntityList ChineseEntityBuilder::build(const ChineseMentions& mentions) const
{
    // A person's key that is the last part of another person's full name joins that name.
    std::map<std::u16string, std::u16string> fullName;
    for (const ChineseMention& mention : mentions)
        if (mention.type == model::EntityType::Person && lastPart(mention.key).size() < mention.key.size())
            fullName.emplace(std::u16string(lastPart(mention.key)), mention.key);

    // A short form or abbreviation of a lexicon name (国安局, NSA of 国家安全局) joins the one name in the text
    // that is that body with its country before it (美国国家安全局).
    std::map<std::u16string, std::u16string> placedKey;
    for (const ChineseMention& mention : mentions) {
        if (mention.type != model::EntityType::Organization)
            continue;
        for (std::size_t cut = 2; cut + 2 <= mention.key.size(); ++cut) {
            const KnownName* place = m_gazetteer.known(std::u16string_view(mention.key).substr(0, cut));
            const KnownName* body = m_gazetteer.known(std::u16string_view(mention.key).substr(cut));
            if (place && place->country && body && body->type == model::EntityType::Organization
                && body->canonical == mention.key.substr(cut)) {
                auto [it, inserted] = placedKey.emplace(body->canonical, mention.key);
                if (!inserted && it->second != mention.key)
                    it->second.clear(); // two countries' bodies: the short form stays apart
                break;
            }
        }
    }

    EntityList entities;
    std::map<std::u16string, int> entityOf;
    std::vector<std::map<std::u16string, int>> forms; // per entity: surface form → count
    std::vector<std::u16string> keys; // per entity
    for (const ChineseMention& mention : mentions) {
        std::u16string key = mention.key;
        if (const KnownName* known = m_gazetteer.known(key); known && known->type == mention.type)
            key = known->canonical; // 世卫组织 found by its head noun is 世界卫生组织
        if (const std::u16string_view form = m_text.slice(mention.start, mention.end); form != key)
            if (auto placed = placedKey.find(key); placed != placedKey.end() && !placed->second.empty())
                key = placed->second;
        if (mention.type == model::EntityType::Person)
            if (auto full = fullName.find(key); full != fullName.end())
                key = full->second;
        auto [it, inserted] = entityOf.try_emplace(key, static_cast<int>(entities.records.size()));
        if (inserted) {
            EntityRecord record;
            record.type = mention.type;
            entities.records.push_back(std::move(record));
            forms.emplace_back();
            keys.push_back(key);
        }
        EntityRecord& record = entities.records[static_cast<std::size_t>(it->second)];
        record.mentions.push_back({ mention.start, mention.end, MentionKind::Name });
        ++forms[static_cast<std::size_t>(it->second)][std::u16string(m_text.slice(mention.start, mention.end))];
    }

    for (std::size_t e = 0; e < entities.records.size(); ++e) {
        EntityRecord& record = entities.records[e];
        // The name: the longest Han form (a Latin form only when there is none).
        std::u16string name;
        for (const auto& [form, count] : forms[e]) {
            const bool better = name.empty() || (hasHan(form) && !hasHan(name))
                || (hasHan(form) == hasHan(name) && form.size() > name.size());
            if (better)
                name = form;
        }
        // a lexicon name the text only abbreviates (中 of 中方, 世卫组织) is named by its full form
        if (const KnownName* known = m_gazetteer.known(keys[e]);
            known && known->canonical == keys[e] && keys[e].size() > name.size() && hasHan(keys[e]))
            name = keys[e];
        record.name = toUtf8(name);
        for (const auto& [form, count] : forms[e])
            if (form != name)
                record.aliases.push_back(toUtf8(form));
    }

    // Roles and affiliations: a title right before a person's mention (…外交部发言人|林剑).
    const std::u16string_view text = m_text.text();
    const MentionSpans spans(entities, work::Stage::Nominals); // no mention is added below
    for (EntityRecord& record : entities.records) {
        if (record.type != model::EntityType::Person)
            continue;
        for (const MentionRecord& mention : record.mentions) {
            const int title = m_gazetteer.titleEndingAt(text, mention.start);
            if (title == 0)
                continue;
            const std::string role
                = toUtf8(text.substr(static_cast<std::size_t>(mention.start - title), static_cast<std::size_t>(title)));
            if (std::find(record.roles.begin(), record.roles.end(), role) == record.roles.end())
                record.roles.push_back(role);
            if (record.affiliation < 0) {
                const int affiliation = spans.entityAt(mention.start - title - 1, mention.start - title);
                if (affiliation >= 0
                    && entities.records[static_cast<std::size_t>(affiliation)].type != model::EntityType::Person)
                    record.affiliation = affiliation;
            }
        }
    }
    return entities;
}

} // namespace sayline::analysis::zh
