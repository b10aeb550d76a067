// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextTyper.h"

#include "Gazetteer.h"
#include "NameText.h"
#include "analysis/text/Document.h"

namespace sayline::analysis {
namespace {

using model::EntityType;

} // namespace

ContextTyper::ContextTyper(const Gazetteer& gazetteer)
    : m_gazetteer(gazetteer)
{
}

std::pair<std::string, int> ContextTyper::roleBefore(const Document& document, int firstToken) const
{
    const auto& tokens = document.tokens();
    for (int length = 3; length >= 1; --length) {
        const int from = firstToken - length;
        if (from < 0)
            continue;
        bool words = true;
        for (int i = from; i < firstToken; ++i)
            words = words && tokens[static_cast<std::size_t>(i)].kind == TokenKind::Word;
        if (!words)
            continue;
        const std::u16string phrase = lowerCase(normalizeName(document.slice(
            tokens[static_cast<std::size_t>(from)].start, tokens[static_cast<std::size_t>(firstToken) - 1].end)));
        if (const std::string* role = m_gazetteer.role(phrase))
            return { *role, from };
    }
    // "Its chief executive, Alan Mulally": a role and a comma before the name.
    if (firstToken >= 2 && document.tokenText(firstToken - 1) == u","
        && (firstToken < 3 || document.tokenText(firstToken - 3) != u",")) {
        auto [role, from] = roleBefore(document, firstToken - 1);
        if (!role.empty())
            return { role, from };
    }
    return {};
}

std::pair<std::string, int> ContextTyper::roleAfter(const Document& document, int afterToken) const
{
    const auto& tokens = document.tokens();
    const int count = static_cast<int>(tokens.size());
    if (afterToken >= count || document.tokenText(afterToken) != u",")
        return {};
    int i = afterToken + 1;
    int skipped = 0;
    while (i < count && skipped < 5 && tokens[static_cast<std::size_t>(i)].kind == TokenKind::Word) {
        const std::u16string lower = lowerCase(document.tokenText(i));
        for (int length = 4; length >= 1; --length) {
            if (i + length > count)
                continue;
            const std::u16string phrase = lowerCase(normalizeName(document.slice(
                tokens[static_cast<std::size_t>(i)].start, tokens[static_cast<std::size_t>(i + length - 1)].end)));
            if (const std::string* role = m_gazetteer.role(phrase))
                return { *role, i + length };
        }
        if (skipped == 0 && !m_gazetteer.isDescriptionOpener(lower) && !startsUpper(document.tokenText(i)))
            return {}; // an apposition starts with a determiner or a modifier ("Japanese minister")
        if (lower == u"who" || lower == u"which" || lower == u"that" || lower == u"whose")
            return {};
        ++i;
        ++skipped;
    }
    return {};
}

void ContextTyper::apply(const Document& document, std::vector<NameCandidate>& candidates) const
{
    const int count = static_cast<int>(document.tokens().size());
    for (NameCandidate& candidate : candidates) {
        if (candidate.evidence == TypeEvidence::Known)
            continue;
        const int words = candidate.endToken - candidate.firstToken;
        const bool personRole = !roleBefore(document, document.tokenAtOrAfter(candidate.start)).first.empty()
            || !roleAfter(document, candidate.endToken).first.empty();
        if (personRole && candidate.type != EntityType::Misc) {
            candidate.type = EntityType::Person;
            candidate.evidence = TypeEvidence::Strong;
            continue;
        }
        // "Suvarnabhumi airport", "Yangtze river": a lower-case place head after the name.
        if (candidate.endToken < count) {
            const std::u16string_view after = document.tokenText(candidate.endToken);
            if (!after.empty() && after.front() >= u'a' && after.front() <= u'z') {
                std::u16string capitalised(after);
                capitalised.front() = static_cast<char16_t>(capitalised.front() - u'a' + u'A');
                const NameHead* head = m_gazetteer.head(capitalised);
                if (head && head->type == EntityType::Location && head->last) {
                    candidate.type = EntityType::Location;
                    candidate.evidence = TypeEvidence::Strong;
                    continue;
                }
            }
        }
        if (candidate.evidence >= TypeEvidence::Weak)
            continue;
        const std::u16string next
            = candidate.endToken < count ? lowerCase(document.tokenText(candidate.endToken)) : std::u16string();
        if (m_gazetteer.isCueVerb(next) && words >= 2 && words <= 3 && !candidate.acronym) {
            candidate.type = EntityType::Person;
            candidate.evidence = TypeEvidence::Weak;
            continue;
        }
        const int first = document.tokenAtOrAfter(candidate.start);
        const std::u16string previous = first > 0 ? std::u16string(document.tokenText(first - 1)) : std::u16string();
        const std::u16string beforePrevious
            = first > 1 ? lowerCase(document.tokenText(first - 2)) : std::u16string(); // "shares in X" is a company
        if ((previous == u"in" || previous == u"of") && m_gazetteer.isHoldingNoun(beforePrevious)) {
            candidate.type = EntityType::Organization; // "shares in Rio Tinto", "a stake of X"
            candidate.evidence = TypeEvidence::Weak;
            continue;
        }
        if ((previous == u"in" || previous == u"near" || previous == u"across" || previous == u"outside")
            && !candidate.acronym) {
            candidate.type = EntityType::Location;
            candidate.evidence = TypeEvidence::Weak;
        }
    }
}

} // namespace sayline::analysis
