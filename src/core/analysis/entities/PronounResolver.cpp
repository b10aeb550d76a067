// SPDX-License-Identifier: GPL-3.0-or-later
#include "PronounResolver.h"

#include "Gazetteer.h"
#include "MentionIndex.h"
#include "NameText.h"
#include "analysis/text/Document.h"

namespace sayline::analysis {
namespace {

using model::EntityType;

bool actsAfterIt(const Gazetteer& gazetteer, std::u16string_view lower)
{
    return gazetteer.isCueVerb(lower) || gazetteer.isOrganizationVerb(lower);
}

std::u16string_view lowerInto(std::u16string_view text, std::u16string& buffer)
{
    lowerCaseInto(text, buffer);
    return buffer;
}

} // namespace

PronounResolver::PronounResolver(const Gazetteer& gazetteer)
    : m_gazetteer(gazetteer)
{
}

void PronounResolver::resolve(const Document& document, EntityList& entities, const std::vector<char>& gender) const
{
    const MentionIndex index(document, entities);
    const auto& tokens = document.tokens();
    const auto& records = entities.records;
    std::u16string lower; // reused from token to token
    std::u16string next;
    for (std::size_t t = 0; t < tokens.size(); ++t) {
        if (tokens[t].kind != TokenKind::Word)
            continue;
        lowerCaseInto(document.tokenText(static_cast<int>(t)), lower);
        const Token& token = tokens[t];
        int entity = -1;
        if (const char wanted = m_gazetteer.pronounGender(lower)) {
            entity = index.antecedent(token.start, 3, [&](int e) {
                const char known = gender[static_cast<std::size_t>(e)];
                return records[static_cast<std::size_t>(e)].type == EntityType::Person
                    && (known == 0 || known == 'u' || known == wanted);
            });
        } else if (lower == u"its"
                   || (lower == u"it" && t + 1 < tokens.size()
                       && actsAfterIt(m_gazetteer, lowerInto(document.tokenText(static_cast<int>(t) + 1), next)))) {
            // Countries act like organizations here: "the US ... its operations".
            entity = index.mostRecent(token.start, 1, [&](int e) {
                const EntityType type = records[static_cast<std::size_t>(e)].type;
                return type == EntityType::Organization || type == EntityType::Location;
            });
        }
        if (entity >= 0)
            entities.records[static_cast<std::size_t>(entity)].mentions.push_back(
                { token.start, token.end, MentionKind::Pronoun });
    }
}

} // namespace sayline::analysis
