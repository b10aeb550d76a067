// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextTyper.h"

#include <functional>

#include "Gazetteer.h"
#include "NameText.h"
#include "NameTokens.h"
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

std::optional<EntityType> ContextTyper::describedType(const Document& document, int afterToken) const
{
    const auto& tokens = document.tokens();
    const int count = static_cast<int>(tokens.size());
    auto lowerAt = [&](int i) { return i < count ? lowerCase(document.tokenText(i)) : std::u16string(); };
    auto isPlaceNoun = [&](const std::u16string& word) { // "a town", "the island": a place head in lower case
        const NameHead* head = lowerCaseHead(word, false);
        return head && head->type == EntityType::Location;
    };
    auto isNoun = [&](const std::u16string& word) {
        return m_gazetteer.isPersonNoun(word) || m_gazetteer.organizationNoun(word) != OrganizationNoun::None
            || isPlaceNoun(word);
    };
    const std::u16string link = lowerAt(afterToken);
    const bool apposition = link == u",";
    if (!apposition && !m_gazetteer.isCopula(link))
        return {};
    // ", East Africa's largest telecoms operator,": a possessive name opens the description too.
    bool possessiveOpener = false;
    for (int i = afterToken + 1; apposition && i < count && i <= afterToken + 3 && !possessiveOpener; ++i)
        possessiveOpener = tokens[static_cast<std::size_t>(i)].kind == TokenKind::Word
            && startsUpper(document.tokenText(i)) && possessiveLength(document.tokenText(i)) > 0;
    if (!m_gazetteer.isDescriptionOpener(lowerAt(afterToken + 1)) && !possessiveOpener)
        return {};
    for (int i = afterToken + 2; i < count && i < afterToken + 6; ++i) {
        if (tokens[static_cast<std::size_t>(i)].kind != TokenKind::Word)
            return {};
        const std::u16string word(document.tokenText(i)); // a common noun: "the United States" is a name
        const std::u16string next = lowerAt(i + 1);
        // The head is the last noun of a compound ("party official"), never a possessor ("the company's") nor a
        // modifier ("the official port"): a punctuation mark, a function word or an -ing form follows it.
        if (!isNoun(word) || possessiveLength(word) > 0)
            continue;
        const bool endsPhrase = i + 1 >= count || tokens[static_cast<std::size_t>(i) + 1].kind != TokenKind::Word
            || m_gazetteer.isGrammarWord(next) || next.ends_with(u"ing");
        if (!endsPhrase || (!next.empty() && possessiveLength(next) == static_cast<int>(next.size())))
            continue;
        if (apposition && (m_gazetteer.isCueVerb(next) || m_gazetteer.isCopula(next)))
            return {}; // "After meeting X, the committee said": a clause, not an apposition
        if (m_gazetteer.isPersonNoun(word))
            return EntityType::Person;
        return isPlaceNoun(word) ? EntityType::Location : EntityType::Organization;
    }
    return {};
}

void ContextTyper::apply(const Document& document, std::vector<NameCandidate>& candidates) const
{
    const int count = static_cast<int>(document.tokens().size());
    for (NameCandidate& candidate : candidates) {
        if (candidate.evidence == TypeEvidence::Known)
            continue;
        // "RALEIGH, N.C. — ...", "CONCORD, N.H. (AP) — ...": the places of a dateline.
        if (inDateline(document, candidate)) {
            candidate.type = EntityType::Location;
            candidate.evidence = TypeEvidence::Strong;
            continue;
        }
        // "the town of Dadu", "the ports of Odesa, ...", "the state of Rio Grande do Sul": a lower-case place head
        // or noun for a kind of place and "of" before the name, whatever role follows ("in the city of Santa
        // Maria, the minister said").
        if (const int at = document.tokenAtOrAfter(candidate.start); at >= 2 && document.tokenText(at - 1) == u"of"
            && (lowerPlaceHeadAt(document, at - 2) || m_gazetteer.isPlaceNoun(document.tokenText(at - 2)))) {
            candidate.type = EntityType::Location;
            candidate.evidence = TypeEvidence::Strong;
            continue;
        }
        // "FC Porto", "Chelsea FC": a club's mark in the name.
        bool club = false;
        for (int t = candidate.firstToken; t < candidate.endToken && !club; ++t)
            club = m_gazetteer.isClubMark(document.tokenText(t));
        if (club && candidate.endToken - candidate.firstToken >= 2) {
            candidate.type = EntityType::Organization;
            candidate.evidence = TypeEvidence::Strong;
            continue;
        }
        // "Daniel Okafor, of Gorton, must serve ...": where a person named just before lives.
        if (const int at = document.tokenAtOrAfter(candidate.start); at >= 3 && candidate.evidence <= TypeEvidence::Weak
            && document.tokenText(at - 1) == u"of" && document.tokenText(at - 2) == u","
            && startsUpper(document.tokenText(at - 3)) && candidate.endToken < count
            && document.tokenText(candidate.endToken) == u",") {
            candidate.type = EntityType::Location;
            candidate.evidence = TypeEvidence::Weak;
            continue;
        }
        // "the Yokohama-based company": where something is based is a place.
        if (!candidate.possessive && candidate.endToken + 1 < count && document.tokenText(candidate.endToken) == u"-"
            && document.tokenText(candidate.endToken + 1) == u"based") {
            candidate.type = EntityType::Location;
            candidate.evidence = TypeEvidence::Strong;
            continue;
        }
        // "the capital Quito", "the town Mindo": a noun for a kind of place right before the name.
        if (const int at = document.tokenAtOrAfter(candidate.start); at >= 2
            && m_gazetteer.isPlaceNoun(document.tokenText(at - 1))
            && placeNounOpener(lowerCase(document.tokenText(at - 2)))) {
            candidate.type = EntityType::Location;
            candidate.evidence = TypeEvidence::Strong;
            continue;
        }
        const int words = candidate.endToken - candidate.firstToken;
        const bool personRole = !roleBefore(document, document.tokenAtOrAfter(candidate.start)).first.empty()
            || !roleAfter(document, candidate.endToken).first.empty();
        if (personRole && candidate.type != EntityType::Misc) {
            candidate.type = EntityType::Person;
            candidate.evidence = TypeEvidence::Strong;
            continue;
        }
        if (candidate.evidence < TypeEvidence::Strong) {
            if (const std::optional<EntityType> described = describedType(document, candidate.endToken)) {
                candidate.type = *described;
                candidate.evidence = TypeEvidence::Strong;
                continue;
            }
        }
        // "Suvarnabhumi airport", "Yangtze river", "Cosham railway station": a lower-case place head after the
        // name, or after one more lower-case word.
        if (!candidate.possessive && lowerPlaceHeadAfter(document, candidate.endToken)) {
            candidate.type = EntityType::Location;
            candidate.evidence = TypeEvidence::Strong;
            continue;
        }
        // "the Old Mutual insurance company", "the Tata group": a noun for any organization closes the phrase.
        if (!candidate.possessive && organizationNounAfter(document, candidate.endToken)) {
            candidate.type = EntityType::Organization;
            candidate.evidence = TypeEvidence::Strong;
            continue;
        }
        // "Michiel Servaes, director of Oxfam Novib": a role and "of" before the name; what one is the director of
        // is an organization (a place a context or the tagger typed stays a place: "president of Velmoria").
        if (const int at = document.tokenAtOrAfter(candidate.start); candidate.type != EntityType::Location
            && candidate.evidence <= TypeEvidence::Weak && at >= 2 && document.tokenText(at - 1) == u"of"
            && !roleBefore(document, at - 1).first.empty()) {
            candidate.type = EntityType::Organization;
            candidate.evidence = TypeEvidence::Weak;
            continue;
        }
        if (candidate.evidence >= TypeEvidence::Weak)
            continue;
        // "a former Minneapolis police officer", "Rockland residents": a place used as a modifier.
        if (!candidate.possessive && candidate.endToken < count
            && m_gazetteer.isPlaceModifierNoun(document.tokenText(candidate.endToken))) {
            candidate.type = EntityType::Location;
            candidate.evidence = TypeEvidence::Weak;
            continue;
        }
        // "World Rugby chairman Bill Beaumont": a role and then a person's name after the name: an organization.
        if (!candidate.possessive && !adjectiveLike(candidate, words) && roleThenName(document, candidate.endToken)) {
            candidate.type = EntityType::Organization;
            candidate.evidence = TypeEvidence::Weak;
            continue;
        }
        // "the company, Belo Sun Mining,": a noun for any organization and a comma before the name.
        if (organizationNounAndCommaBefore(document, document.tokenAtOrAfter(candidate.start))) {
            candidate.type = EntityType::Organization;
            candidate.evidence = TypeEvidence::Weak;
            continue;
        }
        if (!candidate.possessive && !candidate.acronym && productNounAfter(document, candidate.endToken)) {
            candidate.type = EntityType::Misc;
            candidate.evidence = TypeEvidence::Weak;
            continue;
        }
        const std::u16string next
            = candidate.endToken < count ? lowerCase(document.tokenText(candidate.endToken)) : std::u16string();
        // (not "FC Barcelona announced", "Volkswagen AG said": a short capital word marks an organization)
        const bool capitalWord = isAllCaps(document.tokenText(candidate.firstToken))
            || isAllCaps(document.tokenText(candidate.endToken - 1));
        // (nor "The Turkish Red Crescent said": a person's name takes no article, even after a nationality)
        const int nameFirst = document.tokenAtOrAfter(candidate.start);
        const int articleAt = nameFirst >= 1 && m_gazetteer.demonymCountry(document.tokenText(nameFirst - 1))
            ? nameFirst - 2
            : nameFirst - 1;
        const bool article = articleAt >= 0 && lowerCase(document.tokenText(articleAt)) == u"the";
        if (m_gazetteer.isCueVerb(next) && words >= 2 && words <= 3 && !candidate.acronym && !capitalWord && !article) {
            candidate.type = EntityType::Person;
            candidate.evidence = TypeEvidence::Weak;
            continue;
        }
        const int first = document.tokenAtOrAfter(candidate.start);
        const std::u16string previous = first > 0 ? std::u16string(document.tokenText(first - 1)) : std::u16string();
        const std::u16string beforePrevious
            = first > 1 ? lowerCase(document.tokenText(first - 2)) : std::u16string(); // "shares in X" is a company
        // "American Coco Gauff", "Norway's Casper Ruud", "Iga Swiatek of Poland": a nationality right before an
        // unknown name of two words, or "of" and a country right after it, names a person (an organization's name
        // carries its head: "American Airlines", "Bank of Poland").
        if (words == 2 && !candidate.acronym && !candidate.possessive && candidate.evidence == TypeEvidence::Guess) {
            auto isPlace = [this](std::u16string_view word) {
                const KnownName* known = m_gazetteer.knownName(word);
                return known && known->type == EntityType::Location;
            };
            const std::u16string_view owner = NameTokens::withoutPossessive(previous);
            const bool nationality = first > 0 && startsUpper(previous)
                && (m_gazetteer.demonymCountry(previous) || (owner.size() < previous.size() && isPlace(owner)));
            const bool ofCountry = candidate.endToken + 2 < count && document.tokenText(candidate.endToken) == u"of"
                && isPlace(document.tokenText(candidate.endToken + 1))
                && !startsUpper(document.tokenText(candidate.endToken + 2));
            bool plainName = true;
            for (int t = candidate.firstToken; t < candidate.endToken && plainName; ++t) {
                const std::u16string_view word = document.tokenText(t);
                plainName = startsUpper(word) && !isAllCaps(word) && !m_gazetteer.head(word)
                    && !m_gazetteer.isOrganizationWord(word) && !m_gazetteer.isCommonWord(word);
            }
            const bool article = first >= 2 && lowerCase(document.tokenText(first - 2)) == u"the";
            if (((nationality && !article) || ofCountry) && plainName) {
                candidate.type = EntityType::Person;
                candidate.evidence = TypeEvidence::Weak;
                continue;
            }
            if (nationality && article && m_gazetteer.demonymCountry(previous)) {
                candidate.type = EntityType::Organization; // "the Turkish Red Crescent", "the Greek Orthodox Church"
                candidate.evidence = TypeEvidence::Weak;
                continue;
            }
        }
        // "the Beatles", "the Yankees": one plural name after "the" names a group of people.
        if (words == 1 && lowerCase(previous) == u"the" && !candidate.acronym && candidate.text.size() > 3
            && candidate.text.back() == u's' && candidate.text[candidate.text.size() - 2] != u's'
            && !candidate.possessive) {
            // but "in the Andes", "across the Rockies": a range or a group of islands
            const bool locative = beforePrevious == u"in" || beforePrevious == u"across" || beforePrevious == u"into"
                || beforePrevious == u"through" || beforePrevious == u"throughout" || beforePrevious == u"near";
            candidate.type = locative ? EntityType::Location : EntityType::Organization;
            candidate.evidence = TypeEvidence::Weak;
            continue;
        }
        // "carmaker Kestrel", "broadcaster Ecuavisa", "the agency Ibama": a noun for an organization right before
        // the name.
        if (!previous.empty() && !startsUpper(previous) && !candidate.acronym
            && m_gazetteer.organizationNoun(previous) != OrganizationNoun::None) {
            candidate.type = EntityType::Organization;
            candidate.evidence = TypeEvidence::Weak;
            continue;
        }
        // "Floyd's brother Philonise", "his widow Anna": a noun for a person right before the name.
        if (!previous.empty() && !startsUpper(previous) && !candidate.acronym && words <= 3
            && m_gazetteer.isPersonNoun(previous) && m_gazetteer.organizationNoun(previous) == OrganizationNoun::None) {
            candidate.type = EntityType::Person;
            candidate.evidence = TypeEvidence::Weak;
            continue;
        }
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
    typeLists(document, candidates);
}

bool ContextTyper::placeNounOpener(std::u16string_view lowerWord)
{
    return lowerWord == u"the" || lowerWord == u"its" || lowerWord == u"their" || lowerWord == u"'s"
        || lowerWord == u"\u2019s";
}

bool ContextTyper::inDateline(const Document& document, const NameCandidate& candidate)
{
    // The first sentence of a paragraph opens with a capitalised place ("WASHINGTON", "RALEIGH") and a comma, a
    // parenthesis or a dash; a dash ends the dateline within a few tokens, with no lower-case word before it. A
    // news agency in parentheses ("(AP)") is no place.
    const int sentenceIndex = document.sentenceAt(candidate.start);
    if (sentenceIndex < 0)
        return false;
    const auto& sentences = document.sentences();
    const Sentence& sentence = sentences[static_cast<std::size_t>(sentenceIndex)];
    if (sentenceIndex > 0 && sentences[static_cast<std::size_t>(sentenceIndex) - 1].paragraph == sentence.paragraph)
        return false;
    const std::u16string_view opener = document.tokenText(sentence.firstToken);
    if (opener.size() < 2 || !isAllCaps(opener) || sentence.firstToken + 1 >= sentence.endToken)
        return false;
    const std::u16string_view after = document.tokenText(sentence.firstToken + 1);
    if (after != u"," && after != u"(" && after != u"\u2014" && after != u"\u2013" && !isAllCaps(after))
        return false;
    bool inParentheses = false;
    constexpr int kLongestDateline = 12;
    // (The dateline may run over a sentence break after an abbreviation: "VELMORTH, N.D. (AP) —".)
    const int paragraphEnd = document.paragraphs()[static_cast<std::size_t>(sentence.paragraph)].end;
    const int tokenCount = static_cast<int>(document.tokens().size());
    for (int t = sentence.firstToken;
         t < tokenCount && document.tokens()[static_cast<std::size_t>(t)].start < paragraphEnd
         && t - sentence.firstToken < kLongestDateline;
         ++t) {
        const std::u16string_view text = document.tokenText(t);
        if (text == u"\u2014" || text == u"\u2013" || text == u"--")
            return candidate.endToken <= t && !inParentheses;
        if (text == u"(" && t <= candidate.firstToken)
            inParentheses = true;
        if (text == u")" && t < candidate.firstToken)
            inParentheses = false;
        if (!text.empty() && text.front() >= u'a' && text.front() <= u'z')
            return false;
    }
    return false;
}

int ContextTyper::nounClosingPhrase(const Document& document, int afterToken,
                                    const std::function<bool(std::u16string_view)>& isNoun) const
{
    const auto& tokens = document.tokens();
    const int count = static_cast<int>(tokens.size());
    for (int i = afterToken; i < count && i < afterToken + 2; ++i) {
        const std::u16string_view word = document.tokenText(i);
        if (tokens[static_cast<std::size_t>(i)].kind != TokenKind::Word || word.empty() || startsUpper(word))
            return -1;
        if (!isNoun(word))
            continue;
        const std::u16string next = i + 1 < count ? lowerCase(document.tokenText(i + 1)) : std::u16string();
        const bool endsPhrase = i + 1 >= count || tokens[static_cast<std::size_t>(i) + 1].kind != TokenKind::Word
            || m_gazetteer.isGrammarWord(next) || next.ends_with(u"ly") || next.ends_with(u"wide") // "worldwide"
            || m_gazetteer.isPastForm(next) || m_gazetteer.isCueVerb(next); // "sedans built in", "jets sold"
        return endsPhrase ? i : -1;
    }
    return -1;
}

bool ContextTyper::organizationNounAfter(const Document& document, int afterToken) const
{
    const int noun = nounClosingPhrase(document, afterToken, [this](std::u16string_view word) {
        return m_gazetteer.organizationNoun(word) == OrganizationNoun::Any;
    });
    const int count = static_cast<int>(document.tokens().size());
    if (noun >= 0)
        return noun + 1 >= count || possessiveLength(document.tokenText(noun + 1)) == 0;
    // "the Left party", "the Unite union": a noun for one kind of organization right after the name names it.
    return afterToken < count && document.tokens()[static_cast<std::size_t>(afterToken)].kind == TokenKind::Word
        && m_gazetteer.organizationNoun(lowerCase(document.tokenText(afterToken))) == OrganizationNoun::NameMatch
        && (afterToken + 1 >= count || possessiveLength(document.tokenText(afterToken + 1)) == 0);
}

bool ContextTyper::adjectiveLike(const NameCandidate& candidate, int words)
{
    // "Victorian leader X", "Kurdish commander Y": one capitalised word shaped like a demonym the lists lack.
    const std::u16string_view text = candidate.text;
    return words == 1 && (text.ends_with(u"an") || text.ends_with(u"ese") || text.ends_with(u"ish"));
}

bool ContextTyper::roleThenName(const Document& document, int afterToken) const
{
    const auto& tokens = document.tokens();
    const int count = static_cast<int>(tokens.size());
    for (int length = 3; length >= 1; --length) {
        const int next = afterToken + length;
        if (next >= count || tokens[static_cast<std::size_t>(next)].kind != TokenKind::Word
            || !startsUpper(document.tokenText(next)))
            continue;
        bool lowerWords = true;
        for (int i = afterToken; i < next; ++i) {
            const std::u16string_view word = document.tokenText(i);
            lowerWords = lowerWords && tokens[static_cast<std::size_t>(i)].kind == TokenKind::Word && !word.empty()
                && !startsUpper(word);
        }
        if (!lowerWords)
            continue;
        const std::u16string phrase = lowerCase(normalizeName(document.slice(
            tokens[static_cast<std::size_t>(afterToken)].start, tokens[static_cast<std::size_t>(next) - 1].end)));
        if (m_gazetteer.role(phrase))
            return true;
    }
    return false;
}

bool ContextTyper::organizationNounAndCommaBefore(const Document& document, int firstToken) const
{
    if (firstToken < 3 || document.tokenText(firstToken - 1) != u",")
        return false;
    const std::u16string noun = lowerCase(document.tokenText(firstToken - 2));
    const std::u16string determiner = lowerCase(document.tokenText(firstToken - 3));
    return m_gazetteer.organizationNoun(noun) == OrganizationNoun::Any
        && (determiner == u"the" || determiner == u"a" || determiner == u"an");
}

const NameHead* ContextTyper::lowerCaseHead(std::u16string_view word, bool plural) const
{
    // The head a lower-case word would be capitalised ("airport" -> Airport), or its singular's ("ports" -> Port).
    if (word.size() < 2 || word.front() < u'a' || word.front() > u'z')
        return nullptr;
    std::u16string capitalised(word);
    capitalised.front() = static_cast<char16_t>(capitalised.front() - u'a' + u'A');
    if (!plural)
        return m_gazetteer.head(capitalised);
    if (capitalised.size() < 4 || capitalised.back() != u's')
        return nullptr;
    capitalised.pop_back();
    return m_gazetteer.head(capitalised);
}

bool ContextTyper::lowerPlaceHeadAt(const Document& document, int token) const
{
    // "town", "ports", "island": a place head in lower case, singular or plural.
    if (document.tokens()[static_cast<std::size_t>(token)].kind != TokenKind::Word)
        return false;
    const std::u16string_view word = document.tokenText(token);
    const NameHead* head = lowerCaseHead(word, false);
    if (!head)
        head = lowerCaseHead(word, true);
    return head && head->type == EntityType::Location;
}

bool ContextTyper::lowerPlaceHeadAfter(const Document& document, int afterToken) const
{
    const int count = static_cast<int>(document.tokens().size());
    for (int i = afterToken; i < count && i < afterToken + 2; ++i) {
        if (document.tokens()[static_cast<std::size_t>(i)].kind != TokenKind::Word)
            return false;
        const std::u16string_view word = document.tokenText(i);
        if (word.empty() || word.front() < u'a' || word.front() > u'z')
            return false;
        const NameHead* head = lowerCaseHead(word, false);
        if (head && head->type == EntityType::Location && head->last)
            return true;
    }
    return false;
}

bool ContextTyper::placeHeadPluralAfter(const Document& document, int afterToken) const
{
    if (afterToken >= static_cast<int>(document.tokens().size())
        || document.tokens()[static_cast<std::size_t>(afterToken)].kind != TokenKind::Word)
        return false;
    const NameHead* head = lowerCaseHead(document.tokenText(afterToken), true);
    return head && head->type == EntityType::Location && head->last;
}

bool ContextTyper::productNounAfter(const Document& document, int afterToken) const
{
    return nounClosingPhrase(document, afterToken,
                             [this](std::u16string_view word) { return m_gazetteer.isProductNoun(word); })
        >= 0;
}

void ContextTyper::typeLists(const Document& document, std::vector<NameCandidate>& candidates) const
{
    // Only commas and "and"/"or" between one name and the next: "the Chrysler Aspen, PT Cruiser, and Durango".
    auto listed = [&](const NameCandidate& left, const NameCandidate& right) {
        if (left.possessive || left.sentence != right.sentence)
            return false;
        const int rightFirst = document.tokenAtOrAfter(right.start);
        const int gap = rightFirst - left.endToken;
        if (gap < 1 || gap > 2)
            return false;
        for (int i = left.endToken; i < rightFirst; ++i) {
            const std::u16string_view word = document.tokenText(i);
            if (word != u"," && word != u"and" && word != u"or")
                return false;
        }
        return gap == 1 || document.tokenText(left.endToken) == u",";
    };
    std::size_t first = 0;
    while (first < candidates.size()) {
        std::size_t end = first + 1;
        while (end < candidates.size() && listed(candidates[end - 1], candidates[end]))
            ++end;
        // Three names or more in one list, the typed ones all of one type: the guessed ones are of that type too.
        std::optional<EntityType> shared;
        bool agree = true;
        for (std::size_t i = first; i < end; ++i) {
            if (candidates[i].evidence == TypeEvidence::Guess)
                continue;
            agree = agree && (!shared || *shared == candidates[i].type);
            shared = candidates[i].type;
        }
        // "the Camry and Corolla sedans": a product noun after the last name of a list types the whole list.
        const NameCandidate& last = candidates[end - 1];
        if (end - first >= 2 && !last.possessive && productNounAfter(document, last.endToken)) {
            for (std::size_t i = first; i + 1 < end; ++i) {
                if (candidates[i].evidence == TypeEvidence::Guess && !candidates[i].acronym) {
                    candidates[i].type = EntityType::Misc;
                    candidates[i].evidence = TypeEvidence::Weak;
                }
            }
        }
        // "Charles de Gaulle and Orly airports": a plural place head after the last name of a list types the list.
        if (end - first >= 2 && !last.possessive && placeHeadPluralAfter(document, last.endToken)) {
            for (std::size_t i = first; i < end; ++i) {
                if (candidates[i].evidence != TypeEvidence::Known) {
                    candidates[i].type = EntityType::Location;
                    candidates[i].evidence = TypeEvidence::Strong;
                }
            }
        }
        // "in Balochistan and Khyber Pakhtunkhwa", "at Deutsche Bank and Bernstein": a pair after a preposition
        // where one name is known and the other a guess.
        if (end - first == 2) {
            NameCandidate& left = candidates[first];
            NameCandidate& right = candidates[first + 1];
            const int opening = document.tokenAtOrAfter(left.start);
            const std::u16string before = opening > 0 ? lowerCase(document.tokenText(opening - 1)) : std::u16string();
            const bool preposition = before == u"in" || before == u"at" || before == u"from" || before == u"of"
                || before == u"across" || before == u"near";
            if (preposition && document.tokenText(left.endToken) == u"and") {
                const bool placePreposition = before == u"in" || before == u"across" || before == u"near";
                const bool leftPlace = left.type == EntityType::Location && left.evidence >= TypeEvidence::Weak;
                if ((left.evidence == TypeEvidence::Known || (placePreposition && leftPlace))
                    && right.evidence == TypeEvidence::Guess && !right.acronym) {
                    right.type = left.type;
                    right.evidence = TypeEvidence::Weak;
                } else if (right.evidence == TypeEvidence::Known && left.evidence == TypeEvidence::Guess
                           && !left.acronym) {
                    left.type = right.type;
                    left.evidence = TypeEvidence::Weak;
                }
            }
        }
        if (end - first >= 3 && shared && agree) {
            for (std::size_t i = first; i < end; ++i) {
                if (candidates[i].evidence == TypeEvidence::Guess) {
                    candidates[i].type = *shared;
                    candidates[i].evidence = TypeEvidence::Weak;
                }
            }
        }
        first = end;
    }
}

} // namespace sayline::analysis
