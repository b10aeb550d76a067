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

bool PronounResolver::afterCue(const Document& document, int token) const
{
    int cue = token - 1;
    if (cue >= 0 && document.tokenText(cue) == u"that")
        --cue;
    return cue > 0 && m_gazetteer.isCueVerb(lowerCase(document.tokenText(cue)))
        && document.tokens()[static_cast<std::size_t>(cue) - 1].kind == TokenKind::Word;
}

PronounResolver::PronounResolver(const Gazetteer& gazetteer)
    : m_gazetteer(gazetteer)
{
}

void PronounResolver::resolve(const Document& document, EntityList& entities, const std::vector<char>& gender) const
{
    const MentionIndex index(document, entities);
    const auto& tokens = document.tokens();
    const auto& records = entities.records;
    std::u16string buffer; // reused from token to token
    std::u16string next;
    for (std::size_t t = 0; t < tokens.size(); ++t) {
        if (tokens[t].kind != TokenKind::Word)
            continue;
        const std::u16string_view lower = lowerCaseToken(document, static_cast<int>(t), buffer);
        const Token& token = tokens[t];
        int entity = -1;
        if (const char wanted = m_gazetteer.pronounGender(lower)) {
            auto fits = [&](int e) {
                const char known = gender[static_cast<std::size_t>(e)];
                return records[static_cast<std::size_t>(e)].type == EntityType::Person
                    && (known == 0 || known == 'u' || known == wanted);
            };
            // "..., while Julen Lopetegui said he was hurt": right after a cue (and "that"), the cue's subject,
            // the nearest person of the sentence, rather than the sentence's first.
            entity = afterCue(document, static_cast<int>(t)) ? index.mostRecent(token.start, 0, fits) : -1;
            if (entity < 0)
                entity = index.antecedent(token.start, 3, fits);
        } else if (lower == u"its"
                   || (lower == u"it" && t + 1 < tokens.size()
                       && actsAfterIt(m_gazetteer, lowerInto(document.tokenText(static_cast<int>(t) + 1), next)))) {
            // Countries act like organizations here: "the US ... its operations".
            auto fits = [&](int e) {
                const EntityType type = records[static_cast<std::size_t>(e)].type;
                return type == EntityType::Organization || type == EntityType::Location;
            };
            // "it said" names the sentence's subject, not a name inside a clause before it ("Novartis, whose
            // Sandoz unit sold the drug, said it had stopped"); "its" the most recent organization.
            entity = lower == u"it" ? index.antecedent(token.start, 1, fits) : index.mostRecent(token.start, 1, fits);
        }
        if (entity >= 0)
            entities.records[static_cast<std::size_t>(entity)].mentions.push_back(
                { token.start, token.end, MentionKind::Pronoun });
    }
}

} // namespace sayline::analysis
