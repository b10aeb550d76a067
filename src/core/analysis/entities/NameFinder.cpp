// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameFinder.h"

#include <algorithm>
#include <vector>

#include "Gazetteer.h"
#include "NameChunker.h"
#include "NameText.h"
#include "NameTokens.h"
#include "analysis/text/Document.h"

namespace sayline::analysis {
namespace {

using model::EntityType;

/// Turns the chunks of one document into typed name candidates.
class CandidateBuilder
{
public:
    CandidateBuilder(NameTokens& tokens, const Gazetteer& gazetteer)
        : m_gazetteer(gazetteer)
        , m_tokens(tokens)
    {
    }

    std::vector<NameCandidate> run()
    {
        for (const NameChunker::Chunk& chunk : NameChunker(m_tokens).chunks()) {
            m_sentence = chunk.sentence;
            build(chunk.first, chunk.end);
        }
        return std::move(m_out);
    }

private:
    /// Words in capitals for emphasis, not acronyms: "GET OUT", "VICTOR TANGERMANN", "VOTE" when the text also
    /// has "vote". Known names ("NEW YORK") and names with a head ("EADS N.V.") are kept.
    bool shouted(int a, int b) const
    {
        int capitalWords = 0;
        bool wordLike = false; // a long word or one the text also writes in lower case: not an acronym
        for (int i = a; i < b; ++i) {
            if (m_tokens.token(i).kind == TokenKind::Punctuation)
                continue;
            const std::u16string_view word = m_tokens.tok(i);
            if (!isAllCaps(word) && !(word.size() == 1 && startsUpper(word)))
                return false;
            ++capitalWords;
            std::u16string titleCase = lowerCase(word);
            titleCase.front() = word.front();
            wordLike
                = wordLike || word.size() > 4 || m_tokens.seenLowerCase(word) || m_gazetteer.isCommonWord(titleCase);
        }
        if (capitalWords == 0 || m_tokens.known(a, b))
            return false;
        int last = b - 1;
        if (m_tokens.tok(last) == u"." && last > a)
            --last;
        if (m_gazetteer.head(m_tokens.tok(last)))
            return false;
        return (capitalWords >= 2 && wordLike) || m_tokens.seenLowerCase(m_tokens.tok(a)); // not "NASA JPL"
    }

    /// An organization head followed by "of" or "for" at i ("League of ...", "Society for ..."): the whole is one
    /// organization's name.
    bool organizationHeadBeforeComplement(int i) const
    {
        if (i + 2 >= m_tokens.count())
            return false;
        const NameHead* head = m_gazetteer.head(m_tokens.tok(i));
        const std::u16string_view next = m_tokens.tok(i + 1);
        return head && head->type == EntityType::Organization && !head->final && (next == u"of" || next == u"for");
    }

    /// One title at a ("President", "Mr." with its period): its length in tokens, 0 when none.
    int singleTitle(int a, int b, const Honorific** honorific) const
    {
        for (int length = std::min(4, b - a); length >= 1; --length) {
            const Honorific* found = m_tokens.honorific(a, a + length);
            if (!found)
                continue;
            *honorific = found;
            int rest = a + length;
            if (rest < b && m_tokens.tok(rest) == u".")
                ++rest;
            return rest - a;
        }
        return 0;
    }

    int singleTitleAt(int a, int b) const
    {
        const Honorific* honorific = nullptr;
        return singleTitle(a, b, &honorific) + jobTitle(a, b, &honorific);
    }

    /// A job written capitalised before a name ("Commissioner", "Deputy Director", "Meteorologist"): its length in
    /// tokens, 0 when none. Only before a name that is clearly a person's: two words or more, or a given name.
    int jobTitle(int a, int b, const Honorific** honorific) const
    {
        for (int length = std::min(2, b - a - 1); length >= 1; --length) {
            bool capitalised = true;
            for (int i = a; i < a + length; ++i)
                capitalised = capitalised && m_tokens.token(i).kind == TokenKind::Word && startsUpper(m_tokens.tok(i))
                    && !isAllCaps(m_tokens.tok(i));
            if (!capitalised)
                continue;
            const Honorific* found = m_gazetteer.jobTitle(lowerCase(m_tokens.text(a, a + length)));
            if (!found)
                continue;
            const int name = a + length;
            bool personName = b - name >= 2 || m_gazetteer.isGivenName(m_tokens.tok(name));
            for (int i = name; i < b && personName; ++i) { // never "Pilot Training Program"
                const std::u16string_view word = m_tokens.tok(i);
                if (word.ends_with(u"ing") && !m_gazetteer.isGivenName(word) && !m_gazetteer.isSurname(word))
                    personName = false; // an -ing form is a common word's shape, seldom a name's
                personName = !(i == b - 1 && m_gazetteer.head(word)) && !m_gazetteer.isOrganizationWord(word)
                    && !m_gazetteer.isCommonWord(word) && !m_tokens.seenLowerCase(word);
            }
            if (!personName || !startsUpper(m_tokens.tok(name)) || m_gazetteer.isGivenName(m_tokens.tok(a)))
                return 0;
            *honorific = found;
            return length;
        }
        return 0;
    }

    /// Whether the title at t is one a portfolio may precede ("Minister", "Secretary", "Commissioner").
    bool portfolioTitle(const Honorific& honorific) const
    {
        return honorific.role.find("minister") != std::string::npos
            || honorific.role.find("secretary") != std::string::npos
            || honorific.role.find("commissioner") != std::string::npos;
    }

    /// The number of capitalised words (1 to 3) of a portfolio before a title at a: "Civil Protection Minister",
    /// "Culture Minister"; 0 when none.
    int portfolioLength(int a, int b) const
    {
        const Honorific* honorific = nullptr;
        for (int length = 1; length <= 3 && a + length + 1 < b; ++length) {
            const int i = a + length - 1;
            if (m_tokens.token(i).kind != TokenKind::Word || !startsUpper(m_tokens.tok(i)) || isAllCaps(m_tokens.tok(i))
                || m_gazetteer.isGivenName(m_tokens.tok(i)) || m_tokens.known(i, i + 1))
                return 0;
            if (singleTitle(i, b, &honorific) > 0)
                return 0; // the portfolio ends before a title of its own
            if (singleTitle(a + length, b, &honorific) > 0 && portfolioTitle(*honorific))
                return length;
        }
        return 0;
    }

    struct Title
    {
        int length = 0; ///< tokens before the name, 0 when there is no title
        std::vector<const Honorific*> titles; ///< "Detective Inspector" has two
    };

    /// The titles at a that a name follows: "President", "Detective Inspector", "Treasury Secretary".
    Title titleAt(int a, int b) const
    {
        Title title;
        int t = a;
        const Honorific* honorific = nullptr;
        if (t + 1 < b && singleTitle(t, b, &honorific) == 0) {
            if (m_gazetteer.isOrganizationWord(m_tokens.tok(t)) && singleTitle(t + 1, b, &honorific) > 0)
                ++t; // a portfolio before the title: "Treasury Secretary", "Home Secretary"
            else
                t += portfolioLength(t, b); // "Civil Protection Minister"
        }
        while (t < b) {
            int length = singleTitle(t, b, &honorific);
            if (length == 0 && (title.titles.empty() || title.titles.back()->outside))
                length = jobTitle(
                    t, b, &honorific); // "Commissioner X", "NASA Administrator X", "Detective Chief Inspector X"
            if (length == 0)
                break;
            title.titles.push_back(honorific);
            t += length;
        }
        if (title.titles.empty() || t >= b || !m_tokens.canStart(t))
            return {};
        const NameHead* lastHead = m_gazetteer.head(m_tokens.tok(b - 1));
        const KnownName* knownRest = m_tokens.known(t, b);
        if (lastHead || (knownRest && knownRest->type != EntityType::Person))
            return {}; // "General Motors", "Justice Department"
        title.length = t - a;
        return title;
    }

    int titleLength(int a, int b) const { return titleAt(a, b).length; }

    bool titleOutside(int a, int b) const
    {
        const Title title = titleAt(a, b);
        return title.length > 0 && title.titles.back()->outside;
    }

    /// A person named after a title at titleStart; the mention starts at spanStart (or at the name for a job title).
    void emitTitled(int spanStart, int titleStart, int b)
    {
        const Title title = titleAt(titleStart, b);
        const int nameStart = titleStart + title.length;
        const bool outside = title.length > 0 && title.titles.back()->outside;
        NameCandidate* candidate
            = emit(outside ? nameStart : spanStart, b, nameStart, EntityType::Person, TypeEvidence::Strong, {});
        if (!candidate)
            return;
        for (const Honorific* honorific : title.titles) {
            if (candidate->titleRole.empty() || !honorific->role.empty())
                candidate->titleRole = honorific->role.empty() ? candidate->titleRole : honorific->role;
            if (honorific->gender)
                candidate->gender = honorific->gender;
        }
    }

    bool isRolePhrase(int a, int b) const
    {
        const std::u16string whole = m_tokens.text(a, b);
        if (m_gazetteer.role(lowerCase(whole)))
            return true;
        std::u16string withoutPeriod = whole;
        if (!withoutPeriod.empty() && withoutPeriod.back() == u'.')
            withoutPeriod.pop_back();
        if (m_gazetteer.honorific(withoutPeriod) != nullptr)
            return true;
        // "Environment Minister", "Health Secretary" with no name after them: a portfolio and its title.
        const int portfolio = b < m_tokens.count() ? portfolioLength(a, b + 1) : 0;
        const Honorific* honorific = nullptr;
        return portfolio > 0 && a + portfolio + singleTitle(a + portfolio, b, &honorific) == b;
    }

    /// Whether a known name of two words or more starts at a and ends by b.
    bool knownNameStartsAt(int a, int b) const
    {
        for (int p = std::min(b, a + 6); p >= a + 2; --p)
            if (m_tokens.known(a, p))
                return true;
        return false;
    }

    void build(int a, int b)
    {
        // Leading words that are no names: "The", sentence-initial common words, stray connectors.
        while (a < b) {
            const std::u16string_view word = m_tokens.tok(a);
            const bool common = word == u"The"
                || (m_tokens.token(a).kind == TokenKind::Number && !hasLetter(word)
                    && !(a + 1 < b && m_tokens.adjacent(a, a + 1))) // "777-200LR" stays
                || (m_tokens.startsSentence(a) && m_gazetteer.isCommonWord(NameTokens::withoutPossessive(word))
                    && !knownNameStartsAt(a, b)); // "New Hampshire Gov. X" keeps its "New"
            if (common || m_gazetteer.isNameConnector(word) || m_tokens.token(a).kind == TokenKind::Punctuation) {
                if (a + 1 < b && m_tokens.startsSentence(a) && word != u"The")
                    m_tokens.markSentenceStart(a + 1);
                ++a;
                continue;
            }
            break;
        }
        // "Judge Alan Conrad KC", "Jane Smith MP OBE": letters after a person's name
        while (b - a >= 3 && m_gazetteer.isPostNominal(m_tokens.tok(b - 1)))
            --b;
        while (b > a
               && (m_gazetteer.isNameConnector(m_tokens.tok(b - 1))
                   || (m_tokens.tok(b - 1) != u"." && m_tokens.token(b - 1).kind == TokenKind::Punctuation)))
            --b;
        if (a >= b)
            return;

        // "Rivals BMW and Daimler": a sentence-initial word before a known name that covers the rest is the
        // sentence's capital, not the name's.
        if (b - a >= 2 && m_tokens.startsSentence(a) && m_tokens.token(a).kind == TokenKind::Word
            && !isAllCaps(m_tokens.tok(a)) && !m_tokens.known(a, b) && m_tokens.known(a + 1, b)
            && !m_gazetteer.isGivenName(m_tokens.tok(a)) && !m_gazetteer.head(m_tokens.tok(a))
            && !m_gazetteer.isOrganizationWord(m_tokens.tok(a)) // "Environment Canada"
            && !m_gazetteer.demonymCountry(m_tokens.tok(a)) && singleTitleAt(a, b) == 0 && !m_tokens.known(a, a + 1))
            ++a;
        if (shouted(a, b))
            return;
        if (const KnownName* whole = m_tokens.known(a, b)) {
            emit(a, b, a, whole->type, TypeEvidence::Known, whole->canonical);
            return;
        }
        // "USS Enterprise", "Space Shuttle Columbia", "Typhoon Haiyan": a craft's or a storm's name.
        for (int length = 1; length <= 2 && a + length < b; ++length) {
            if (m_gazetteer.isMiscPrefix(m_tokens.text(a, a + length))) {
                emit(a, b, a, EntityType::Misc, TypeEvidence::Strong, {});
                return;
            }
        }
        // "Singapore-Sydney", "Bangkok-Chiang Mai": two places joined by a hyphen.
        for (int h = a + 1; h + 1 < b; ++h) {
            if (m_tokens.tok(h) != u"-")
                continue;
            // One side may be a place the lists lack ("Chiang Mai"), when the other is a known place and the
            // unknown side is one or two capitalised words.
            const KnownName* left = m_tokens.known(a, h);
            const KnownName* right = m_tokens.known(h + 1, b);
            auto place = [](const KnownName* known) { return known && known->type == EntityType::Location; };
            auto unknownWords = [&](int from, int to) {
                if (to - from > 2)
                    return false;
                for (int i = from; i < to; ++i) {
                    // never "R-Texas", "D-Calif.": a party letter before a state
                    if (!startsUpper(m_tokens.tok(i)) || m_tokens.token(i).kind != TokenKind::Word
                        || m_tokens.tok(i).size() < 3 || isAllCaps(m_tokens.tok(i)))
                        return false;
                }
                return !m_tokens.known(from, to) && !m_gazetteer.head(m_tokens.tok(to - 1));
            };
            if ((place(left) && (place(right) || unknownWords(h + 1, b))) || (place(right) && unknownWords(a, h))) {
                emit(a, h, a, EntityType::Location, left ? TypeEvidence::Known : TypeEvidence::Weak,
                     left ? left->canonical : std::u16string());
                emit(h + 1, b, h + 1, EntityType::Location, right ? TypeEvidence::Known : TypeEvidence::Weak,
                     right ? right->canonical : std::u16string());
                return;
            }
        }
        // A known name followed by more capitalised words.
        const KnownName* prefix = nullptr;
        for (int p = b - 1; p > a; --p) {
            prefix = m_tokens.known(a, p);
            if (!prefix)
                continue;
            if (titleLength(p, b) > 0) {
                // "U.S. President Barack Obama" is one mention; "Apple CEO Steve Jobs" two.
                if (prefix->type == EntityType::Location && !titleOutside(p, b)) {
                    // and the place is a mention of its own: "U.S." in "U.S. President Barack Obama"
                    emit(a, p, a, EntityType::Location, TypeEvidence::Known, prefix->canonical);
                    emitTitled(a, p, b);
                } else {
                    emit(a, p, a, prefix->type, TypeEvidence::Known, prefix->canonical);
                    emitTitled(p, p, b);
                }
                return;
            }
            if ((prefix->type == EntityType::Location || prefix->type == EntityType::Organization) && p == b - 1
                && m_gazetteer.isMemberNoun(m_tokens.tok(p)) && !isAllCaps(m_tokens.tok(p))) {
                // "a West Virginia Democrat", "Ohio Republicans", "Senate Democrats": the place or the body a
                // party's members come from.
                emit(a, p, a, prefix->type, TypeEvidence::Known, prefix->canonical);
                return;
            }
            if (prefix->type == EntityType::Misc && p == b - 1 && isAllCaps(m_tokens.tok(p))
                && m_tokens.tok(p).size() <= 3) { // "iPhone XS", "Galaxy S": a product and its model letters
                emit(a, b, a, EntityType::Misc, TypeEvidence::Strong, {});
                return;
            }
            if ((prefix->type == EntityType::Location && m_gazetteer.isNeverName(m_tokens.tok(p)))
                || (p == b - 1 && isAllCaps(m_tokens.tok(p))
                    && !m_gazetteer.head(m_tokens.tok(p)))) { // "Los Angeles LAX"
                emit(a, p, a, prefix->type, TypeEvidence::Known, prefix->canonical);
                build(p, b);
                return;
            }
            break;
        }
        // A leading demonym is a modifier unless it is part of an organization's name ("Chinese Foreign Ministry").
        if (const int d = demonymLength(a, b); d > 0) {
            if (b - a == d)
                return;
            if (titleLength(a + d, b) > 0) {
                emitTitled(titleOutside(a + d, b) ? a + d : a, a + d, b);
                return;
            }
            bool organizationWord = false; // "Canadian Auto Workers", "Australian League of Rights"
            for (int i = a + d; i < b; ++i)
                organizationWord = organizationWord || m_gazetteer.isOrganizationWord(m_tokens.tok(i))
                    || (i + 2 < b && organizationHeadBeforeComplement(i));
            if (!m_gazetteer.head(m_tokens.tok(b - 1)) && !organizationWord) {
                build(a + d, b);
                return;
            }
        }
        if (isRolePhrase(a, b))
            return;
        if (titleLength(a, b) > 0) {
            emitTitled(a, a, b);
            return;
        }
        for (int t = a + 1; t + 1 < b; ++t) {
            if (titleLength(t, b) > 0) { // "EADS North America CEO Ralph Crosby"
                build(a, t);
                emitTitled(t, t, b);
                return;
            }
        }
        typeByShape(a, b, prefix);
    }

    /// Whether the words after `prefix`, the known name that opens [a, b), hold an organization head or are
    /// a known place or organization themselves.
    bool companyAfterKnownName(int a, int b, const KnownName* prefix) const
    {
        int p = b - 1;
        while (p > a && m_tokens.known(a, p) != prefix)
            --p;
        if (p <= a)
            return false;
        for (int i = p; i < b; ++i) {
            const NameHead* head = m_gazetteer.head(m_tokens.tok(i));
            if (head && head->type == EntityType::Organization)
                return true;
        }
        const KnownName* rest = m_tokens.known(p, b);
        return rest && (rest->type == EntityType::Location || rest->type == EntityType::Organization);
    }

    /// ", East Africa's largest operator, said": an apposition set off by commas at i, then a reporting verb.
    bool appositionThenCue(int i) const
    {
        if (i >= m_tokens.count() || m_tokens.tok(i) != u",")
            return false;
        for (int j = i + 2; j + 1 < m_tokens.count() && j - i <= 12; ++j) {
            const std::u16string_view word = m_tokens.tok(j);
            if (word == u"." || word == u";" || word == u":")
                return false;
            if (word == u",")
                return m_gazetteer.isCueVerb(m_tokens.tok(j + 1));
        }
        return false;
    }

    /// ", the state copper company,", ", a lobby group in Brussels.": an apposition at i whose head noun says
    /// what the word before it names; Person or Organization, or Misc when there is none.
    EntityType appositionKind(int i) const
    {
        if (i + 2 >= m_tokens.count() || m_tokens.tok(i) != u",")
            return EntityType::Misc;
        const std::u16string_view opener = m_tokens.tok(i + 1);
        if (opener != u"the" && opener != u"a" && opener != u"an")
            return EntityType::Misc;
        EntityType kind = EntityType::Misc;
        for (int j = i + 2; j < m_tokens.count() && j - i <= 8; ++j) {
            const std::u16string_view word = m_tokens.tok(j);
            if (m_tokens.token(j).kind != TokenKind::Word || startsUpper(word))
                return word == u"," || word == u"." ? kind : EntityType::Misc;
            const std::u16string lower = lowerCase(word);
            if (m_gazetteer.isGrammarWord(lower))
                return EntityType::Misc; // only the noun phrase: "a company that ..." is no apposition here
            if (m_gazetteer.organizationNoun(lower) != OrganizationNoun::None)
                kind = EntityType::Organization;
            else if (m_gazetteer.isPersonNoun(lower))
                kind = EntityType::Person;
            else
                kind = EntityType::Misc; // the head is the last noun
        }
        return EntityType::Misc;
    }

    /// The number of tokens of a demonym opening [a, b): "Peruvian" (1), "South African", "Sri Lankan" (2), or 0.
    int demonymLength(int a, int b) const
    {
        if (m_gazetteer.demonymCountry(m_tokens.tok(a)))
            return 1;
        if (a + 2 <= b && m_gazetteer.demonymCountry(m_tokens.nameText(a, a + 2)))
            return 2;
        return 0;
    }

    void typeByShape(int a, int b, const KnownName* prefix)
    {
        const std::u16string_view first = m_tokens.tok(a);
        int last = b - 1;
        if (m_tokens.tok(last) == u"." && last > a)
            --last;
        // "Organization of American States": a head that opens the name with a connector wins over the last word.
        if (const NameHead* firstHead = m_gazetteer.head(first); firstHead && firstHead->first
            && ((a + 2 < b && m_gazetteer.isNameConnector(m_tokens.tok(a + 1))) || (!firstHead->last && a + 1 < b))) {
            // also a head that only ever opens a name: "Grupo Santander", "Cape Town"
            emit(a, b, a, firstHead->type, TypeEvidence::Known, {});
            return;
        }
        if (const NameHead* lastHead = m_gazetteer.head(m_tokens.tok(last)); lastHead && lastHead->last && last > a) {
            const KnownName* place = m_tokens.known(a, a + 1); // "Victoria Police": a place, not "Jim Press"
            if (lastHead->type == EntityType::Organization && !lastHead->final && last == a + 1
                && m_gazetteer.isGivenName(first) && !(place && place->type == EntityType::Location)) {
                emit(a, b, a, EntityType::Person, TypeEvidence::Strong, {}); // "Jim Press"
                return;
            }
            emit(a, b, a, lastHead->type, TypeEvidence::Known, {});
            return;
        }
        // "Van Gogh Museum", "Bolshoi Theatre": a building and what it houses, a place like "Wembley Stadium".
        if (last > a && m_gazetteer.isFacilityHead(m_tokens.tok(last))) {
            emit(a, b, a, EntityType::Location, TypeEvidence::Weak, {});
            return;
        }
        // "Lake Merritt", "Gulf Shores": a place head that may open a name, and no head at the end.
        if (const NameHead* firstHead = m_gazetteer.head(first);
            firstHead && firstHead->first && firstHead->type == EntityType::Location && a + 1 < b) {
            emit(a, b, a, EntityType::Location, TypeEvidence::Strong, {});
            return;
        }
        // "Ministry of ...", "University of ...", also after a modifier ("US Department of Labor", "League of
        // Rights").
        for (int i = a; i + 2 < b; ++i) {
            const NameHead* head = m_gazetteer.head(m_tokens.tok(i));
            if ((head && head->first && m_gazetteer.isNameConnector(m_tokens.tok(i + 1)))
                || organizationHeadBeforeComplement(i)) {
                emit(a, b, a, head->type, TypeEvidence::Known, {});
                return;
            }
        }
        int words = 0;
        for (int i = a; i < b; ++i) {
            if (m_tokens.token(i).kind != TokenKind::Punctuation && !(i > a && m_tokens.adjacent(i - 1, i)))
                ++words; // "Wal-Mart" is one word
        }
        bool code = false;
        bool connector = false;
        bool common = false;
        for (int i = a; i < b; ++i) {
            code = code || m_tokens.token(i).kind == TokenKind::Number || NameTokens::isCodeLike(m_tokens.tok(i))
                || isMixedCaseName(m_tokens.tok(i)) || (hasDigit(m_tokens.tok(i)) && hasLetter(m_tokens.tok(i)));
            connector = connector || m_gazetteer.isNameConnector(m_tokens.tok(i)) || m_tokens.tok(i) == u"&";
            common = common || m_gazetteer.isCommonWord(m_tokens.tok(i)) || isAllCaps(m_tokens.tok(i));
        }
        if (code) {
            emit(a, b, a, EntityType::Misc, TypeEvidence::Strong, {});
            return;
        }
        if (!prefix && b < m_tokens.count() && m_gazetteer.isGroupNoun(m_tokens.tok(b))) {
            emit(a, b, a, EntityType::Misc, TypeEvidence::Strong, {}); // "the Juruna people": a group's name
            return;
        }
        if (prefix) {
            // "Intel Core Duo", "Chrysler Aspen": a maker's name followed by more words names a product; but an
            // organization head or a known place or organization after it names a company ("Kia Motors
            // America", "Sony Ericsson", "Nissan Europe").
            emit(a, b, a,
                 prefix->type == EntityType::Location || companyAfterKnownName(a, b, prefix) ? EntityType::Organization
                                                                                             : EntityType::Misc,
                 TypeEvidence::Weak, {});
            return;
        }
        if (words == 1) {
            if (m_gazetteer.isCommonWord(NameTokens::withoutPossessive(first)) || first.size() == 1)
                return; // "Index", "New", "X": not a name by itself anywhere
            if (const NameHead* head = m_gazetteer.head(NameTokens::withoutPossessive(first));
                head && head->type == EntityType::Organization && !head->final && !m_tokens.startsSentence(a)) {
                emit(a, b, a, EntityType::Organization, TypeEvidence::Weak, {}); // "the League", "the Party"
                return;
            }
            if (b - a == 3 && m_tokens.tok(a + 1) == u"-" && m_gazetteer.demonymCountry(m_tokens.tok(a + 2)))
                return; // "Anglo-Australian", "Sino-Japanese"
            if (first.size() > 2 && first.back() == u's'
                && (isAllCaps(first.substr(0, first.size() - 1))
                    || m_gazetteer.demonymCountry(first.substr(0, first.size() - 1))))
                return; // "SUVs", "Singaporeans"
            if (m_gazetteer.isMemberPlural(first))
                return; // "Republicans", "Buddhists": a group of people, no name
            if (first.size() > 4 && first.back() == u's' && m_tokens.startsSentence(a)
                && m_gazetteer.isPersonNoun(lowerCase(first.substr(0, first.size() - 1))))
                return; // "Senators said ...", "Lawmakers ...": people named by their job
            const bool initial = m_tokens.startsSentence(a);
            // seen inside a sentence elsewhere, but not only as a word of an organization's name ("Safety" of
            // "National Transportation Safety Board" opening a quote)
            const bool seen = m_tokens.seenInside(NameTokens::withoutPossessive(first))
                && !m_gazetteer.isOrganizationWord(NameTokens::withoutPossessive(first));
            const bool given = m_gazetteer.isGivenName(first) || m_gazetteer.isSurname(first);
            const bool cue
                = a + 1 < m_tokens.count() && (m_gazetteer.isCueVerb(m_tokens.tok(a + 1)) || appositionThenCue(a + 1));
            // "Codelco, the state copper company, ...": an apposition says what the word names.
            const EntityType described = b < m_tokens.count() ? appositionKind(b) : EntityType::Misc;
            if (initial && !seen && !given && !isAllCaps(first) && described != EntityType::Misc) {
                emit(a, b, a, described, TypeEvidence::Weak, {});
                return;
            }
            if (initial && !seen && !given && !isAllCaps(first) && !(cue && !m_gazetteer.isCommonWord(first)))
                return;
            // "Voting rights groups filed suit", "Housing costs rose": an -ing form opening a sentence before a
            // lower-case word is a common word, even where a name elsewhere starts with it ("Voting Rights Act").
            if (initial && !given && !cue && first.size() > 5 && first.ends_with(u"ing") && b < m_tokens.count()
                && m_tokens.token(b).kind == TokenKind::Word && !startsUpper(m_tokens.tok(b)))
                return;
            if (m_gazetteer.isGivenName(first)) {
                NameCandidate* candidate = emit(a, b, a, EntityType::Person, TypeEvidence::Weak, {});
                if (candidate)
                    candidate->gender = m_gazetteer.givenNameGender(first);
                return;
            }
            if (!isAllCaps(first) && !isMixedCaseName(first) && m_tokens.seenLowerCase(first) && !cue)
                return; // "Authorities", "Experience": a common word the text also writes in lower case
            emit(a, b, a, EntityType::Organization, TypeEvidence::Guess, {});
            return;
        }
        // Initials before a surname: "J.J. Abrams", "T. Boone Pickens".
        const bool initials = b - a >= 3 && m_tokens.tok(a + 1) == u"." && first.size() <= 3
            && std::all_of(first.begin(), first.end(),
                           [](char16_t c) { return c == u'.' || (c >= u'A' && c <= u'Z'); });
        if (initials && !connector) {
            emit(a, b, a, EntityType::Person, TypeEvidence::Strong, {});
            return;
        }
        if (!connector && words <= 4 && (m_gazetteer.isGivenName(first) || m_gazetteer.isSurname(first))) {
            NameCandidate* candidate = emit(a, b, a, EntityType::Person, TypeEvidence::Strong, {});
            if (candidate && m_gazetteer.givenNameGender(first) != 'u')
                candidate->gender = m_gazetteer.givenNameGender(first);
            return;
        }
        bool organizationWord = false;
        bool organizationHead = false; // "University College London": a head inside, a place after it
        for (int i = a; i < b; ++i) {
            const NameHead* head = m_gazetteer.head(m_tokens.tok(i));
            organizationHead = organizationHead || (head && head->type == EntityType::Organization && !head->final);
            organizationWord = organizationWord || m_gazetteer.isOrganizationWord(m_tokens.tok(i));
        }
        if (organizationHead && words >= 3 && !connector) {
            emit(a, b, a, EntityType::Organization, TypeEvidence::Weak, {});
            return;
        }
        const bool owned = a > 0 && (m_tokens.tok(a - 1) == u"its" || m_tokens.tok(a - 1) == u"their");
        if (owned && !connector && words <= 3) {
            emit(a, b, a, EntityType::Misc, TypeEvidence::Guess, {}); // "its Galaxy Tab": a product
            return;
        }
        const bool determiner
            = a > 0 && (m_tokens.tok(a - 1) == u"the" || m_tokens.tok(a - 1) == u"a" || m_tokens.tok(a - 1) == u"an");
        if (!connector && !common && !organizationWord && !determiner && words <= 3)
            emit(a, b, a, EntityType::Person, TypeEvidence::Guess, {});
        else
            emit(a, b, a, EntityType::Organization, TypeEvidence::Guess, {});
    }

    NameCandidate* emit(int a, int b, int nameFrom, EntityType type, TypeEvidence evidence, std::u16string canonical)
    {
        if (nameFrom >= b)
            return nullptr;
        NameCandidate candidate;
        candidate.start = m_tokens.token(a).start;
        candidate.nameStart = m_tokens.token(nameFrom).start;
        candidate.end = m_tokens.token(b - 1).end - possessiveLength(m_tokens.tok(b - 1));
        candidate.possessive = possessiveLength(m_tokens.tok(b - 1)) > 0;
        candidate.firstToken = nameFrom;
        candidate.endToken = b;
        candidate.sentence = m_sentence;
        candidate.text = m_tokens.nameText(nameFrom, b);
        candidate.canonical = std::move(canonical);
        candidate.type = type;
        candidate.evidence = evidence;
        candidate.acronym
            = b - nameFrom <= 2 && isAllCaps(m_tokens.tok(nameFrom)) && acronymLetters(candidate.text).size() <= 6;
        candidate.sentenceInitial = m_tokens.startsSentence(a);
        if (candidate.end <= candidate.start)
            return nullptr;
        m_out.push_back(std::move(candidate));
        return &m_out.back();
    }

    const Gazetteer& m_gazetteer;
    NameTokens& m_tokens;
    std::vector<NameCandidate> m_out;
    int m_sentence = 0;
};

} // namespace

NameFinder::NameFinder(const Gazetteer& gazetteer)
    : m_gazetteer(gazetteer)
{
}

std::vector<NameCandidate> NameFinder::find(const Document& document) const
{
    NameTokens tokens(document, m_gazetteer);
    return find(tokens);
}

std::vector<NameCandidate> NameFinder::find(NameTokens& tokens) const
{
    return CandidateBuilder(tokens, m_gazetteer).run();
}

} // namespace sayline::analysis
