// SPDX-License-Identifier: GPL-3.0-or-later
#include "NominalResolver.h"

#include <algorithm>

#include "Gazetteer.h"
#include "MentionIndex.h"
#include "NameText.h"
#include "analysis/text/Document.h"

namespace sayline::analysis {
namespace {

using model::EntityType;

enum class HeadKind
{
    None,
    Person,
    Organization,
};

bool hasRoleWith(const EntityRecord& record, std::u16string_view noun)
{
    return std::any_of(record.roles.begin(), record.roles.end(), [&](const std::string& role) {
        return lowerCase(toUtf16(role)).find(noun) != std::u16string::npos; // "the CEO" for role "CEO"
    });
}

/// An institution rather than a company: "the company" never means the "US Treasury Department".
bool isInstitutionName(const Gazetteer& gazetteer, std::u16string_view name)
{
    std::size_t from = 0;
    while (from < name.size()) {
        std::size_t space = name.find(u' ', from);
        if (space == std::u16string_view::npos)
            space = name.size();
        const NameHead* head = gazetteer.head(name.substr(from, space - from));
        if (head && head->first)
            return true;
        from = space + 1;
    }
    return false;
}

void addNominal(EntityRecord& record, const Document& document, int start, int end, std::u16string_view prefix)
{
    record.mentions.push_back({ start, end, MentionKind::Nominal });
    const std::string text = toUtf8(std::u16string(prefix) + normalizeName(document.slice(start, end)));
    if (text != record.name && std::find(record.aliases.begin(), record.aliases.end(), text) == record.aliases.end())
        record.aliases.push_back(text);
}

} // namespace

NominalResolver::NominalResolver(const Gazetteer& gazetteer)
    : m_gazetteer(gazetteer)
{
}

void NominalResolver::resolve(const Document& document, EntityList& entities) const
{
    const MentionIndex index(document, entities);
    auto& records = entities.records;
    const auto& tokens = document.tokens();
    const auto& sentences = document.sentences();
    auto headKind = [&](std::u16string_view lower) {
        if (m_gazetteer.isPersonNoun(lower) || m_gazetteer.role(lower))
            return HeadKind::Person;
        if (m_gazetteer.organizationNoun(lower) != OrganizationNoun::None)
            return HeadKind::Organization;
        return HeadKind::None;
    };
    auto isInstitution = [&](std::u16string_view name) { return isInstitutionName(m_gazetteer, name); };

    for (std::size_t s = 0; s < sentences.size(); ++s) {
        const int end = sentences[s].endToken;
        for (int i = sentences[s].firstToken; i < end; ++i) {
            // Compared with ASCII words only, where the document's lower-cased twin answers as lowerCase would.
            const std::u16string_view determiner = document.lowerSlice(tokens[static_cast<std::size_t>(i)].start,
                                                                       tokens[static_cast<std::size_t>(i)].end);
            if (determiner != u"the" && determiner != u"a" && determiner != u"an")
                continue;
            int head = -1;
            HeadKind kind = HeadKind::None;
            for (int h = i + 1; h < std::min(end, i + 5); ++h) {
                if (tokens[static_cast<std::size_t>(h)].kind != TokenKind::Word)
                    break;
                const std::u16string word = lowerCase(document.tokenText(h));
                kind = headKind(word);
                if (kind != HeadKind::None) {
                    head = h;
                    // "the company spokesman": the last noun of the compound is the head.
                    while (head + 1 < end && tokens[static_cast<std::size_t>(head) + 1].kind == TokenKind::Word
                           && headKind(lowerCase(document.tokenText(head + 1))) != HeadKind::None) {
                        ++head;
                        kind = headKind(lowerCase(document.tokenText(head)));
                    }
                    break;
                }
                // the head is within the noun phrase: never past a function word ("the government to stand firm")
                if (word == u"of" || word == u"and" || m_gazetteer.isGrammarWord(word) || m_gazetteer.isCueVerb(word))
                    break;
            }
            if (head < 0)
                continue;
            const int start = tokens[static_cast<std::size_t>(i)].start;
            const int stop = tokens[static_cast<std::size_t>(head)].end;
            const std::u16string noun = lowerCase(document.tokenText(head));
            const bool nameFollows = head + 1 < end && startsUpper(document.tokenText(head + 1));
            // "X, the chief executive of Y": the role finder already read the apposition.
            const bool apposition = i > 0 && document.tokenText(i - 1) == u"," && i >= 2
                && index.endsAt(tokens[static_cast<std::size_t>(i) - 2].end);
            // "The country's Foreign Minister, Tomas Berg,": the name in apposition is the one meant.
            bool namedApposition = false;
            if (kind == HeadKind::Person && head + 2 < end && document.tokenText(head + 1) == u",") {
                const int nameStart = tokens[static_cast<std::size_t>(head) + 2].start;
                for (const MentionIndex::Entry& entry : index.inSentences(static_cast<int>(s), static_cast<int>(s)))
                    namedApposition = namedApposition || entry.start == nameStart;
            }
            if (nameFollows || apposition || namedApposition || index.overlaps(start, stop))
                continue;
            int entity = -1;
            if (determiner == u"the" && kind == HeadKind::Person) {
                // "the Finance Minister": a capitalised portfolio must be part of the role too.
                bool portfolio = head > i + 1;
                for (int w = i + 1; w < head && portfolio; ++w)
                    portfolio = startsUpper(document.tokenText(w));
                const std::u16string role
                    = portfolio ? lowerCase(document.slice(tokens[static_cast<std::size_t>(i) + 1].start, stop)) : noun;
                entity = index.mostRecent(start, 10, [&](int e) {
                    const EntityRecord& record = records[static_cast<std::size_t>(e)];
                    return record.type == EntityType::Person && hasRoleWith(record, role);
                });
            } else if (determiner == u"the" && kind == HeadKind::Organization) {
                const bool any = m_gazetteer.organizationNoun(noun) == OrganizationNoun::Any;
                entity = index.mostRecent(start, any ? 5 : 10, [&](int e) {
                    const EntityRecord& record = records[static_cast<std::size_t>(e)];
                    if (record.type != EntityType::Organization)
                        return false;
                    const std::u16string name = toUtf16(record.name);
                    if (lowerCase(name).find(noun) != std::u16string::npos)
                        return true;
                    return any && !isInstitution(name);
                });
            } else if (kind == HeadKind::Person) {
                // An unnamed speaker in the lead, named in the next sentences: "a senior Chinese official said".
                // Only the lead (the first paragraph) is written that way; later "a government spokesperson said"
                // is one more source, not the next person named.
                const bool lead = document.sentences()[static_cast<std::size_t>(s)].paragraph
                    == document.sentences().front().paragraph;
                const bool speaks
                    = lead && head + 1 < end && m_gazetteer.isCueVerb(lowerCase(document.tokenText(head + 1)));
                const auto here = index.inSentences(static_cast<int>(s), static_cast<int>(s));
                const bool namedHere = std::any_of(here.begin(), here.end(), [&](const MentionIndex::Entry& entry) {
                    return records[static_cast<std::size_t>(entry.entity)].type == EntityType::Person;
                });
                if (speaks && !namedHere) {
                    for (const MentionIndex::Entry& entry :
                         index.inSentences(static_cast<int>(s) + 1, static_cast<int>(s) + 2)) {
                        const EntityRecord& record = records[static_cast<std::size_t>(entry.entity)];
                        if (record.type == EntityType::Person && !record.roles.empty()) {
                            entity = entry.entity;
                            break;
                        }
                    }
                }
            }
            if (entity < 0)
                continue;
            // A definite description's span leaves out "the" (a capital "The" is no name); its alias keeps it.
            const int spanStart = determiner == u"the" ? tokens[static_cast<std::size_t>(i) + 1].start : start;
            addNominal(records[static_cast<std::size_t>(entity)], document, spanStart, stop,
                       determiner == u"the" ? u"the " : u"");
        }
    }
}

} // namespace sayline::analysis
