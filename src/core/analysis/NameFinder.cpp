// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameFinder.h"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "Document.h"
#include "Gazetteer.h"
#include "NameText.h"

namespace sayline::analysis {
namespace {

using model::EntityType;

constexpr std::array<std::u16string_view, 20> kParticles
    = { u"de",  u"del", u"della", u"da",  u"do",  u"dos", u"du", u"la", u"le", u"van",
        u"von", u"der", u"den",   u"bin", u"ibn", u"al",  u"el", u"y",  u"di", u"ter" };
constexpr std::array<std::u16string_view, 5> kConnectors = { u"of", u"for", u"and", u"on", u"upon" };
constexpr std::array<std::u16string_view, 14> kNumberBreakers
    = { u"%",      u"percent", u"per",     u"million", u"billion", u"trillion", u"years",
        u"points", u"cents",   u"dollars", u"pounds",  u"euros",   u"yen",      u"times" };

template <std::size_t N> bool contains(const std::array<std::u16string_view, N>& list, std::u16string_view word)
{
    for (std::u16string_view item : list) {
        if (item == word)
            return true;
    }
    return false;
}

bool isParticle(std::u16string_view word)
{
    return contains(kParticles, word);
}
bool isConnector(std::u16string_view word)
{
    return contains(kConnectors, word) || isParticle(word);
}

bool isOpening(std::u16string_view punctuation)
{
    return punctuation == u"\"" || punctuation == u"\u201C" || punctuation == u"\u2018" || punctuation == u"("
        || punctuation == u":" || punctuation == u"\u2014" || punctuation == u"\u2013" || punctuation == u"'"
        || punctuation == u"[";
}

/// One document's scan; holds the per-document facts the rules consult.
class Scanner
{
public:
    Scanner(const Document& document, const Gazetteer& gazetteer)
        : m_document(document)
        , m_gazetteer(gazetteer)
        , m_tokens(document.tokens())
        , m_initial(m_tokens.size(), false)
    {
        for (const Sentence& sentence : document.sentences()) {
            bool first = true;
            for (int i = sentence.firstToken; i < sentence.endToken; ++i) {
                if (m_tokens[static_cast<std::size_t>(i)].kind == TokenKind::Punctuation) {
                    first = first || isOpening(tok(i));
                    continue;
                }
                m_initial[static_cast<std::size_t>(i)] = first;
                if (!first && startsUpper(tok(i)))
                    m_seenInside.insert(std::u16string(tok(i).substr(0, tok(i).size() - possessiveLength(tok(i)))));
                first = false;
            }
        }
    }

    std::vector<NameCandidate> run()
    {
        const auto& sentences = m_document.sentences();
        int i = 0;
        for (std::size_t s = 0; s < sentences.size(); ++s) {
            m_sentence = static_cast<int>(s);
            // A sentence break after "U.S." before a capital is usually wrong: scan on into the next sentence.
            std::size_t last = s;
            while (last + 1 < sentences.size() && endsWithAbbreviation(sentences[last])
                   && sentences[last + 1].paragraph == sentences[last].paragraph)
                ++last;
            const int end = sentences[last].endToken;
            i = std::max(i, sentences[s].firstToken);
            while (i < end) {
                if (!canStart(i)) {
                    ++i;
                    continue;
                }
                int stop = extend(i, end);
                for (int p = i; p < stop; ++p)
                    stop = std::max(stop, longestKnown(p, end)); // "The Standard and Poor's 500"
                segment(i, stop);
                i = stop;
            }
        }
        return std::move(m_out);
    }

private:
    std::u16string_view tok(int i) const { return m_document.tokenText(i); }
    bool endsWithAbbreviation(const Sentence& sentence) const
    {
        const int last = sentence.endToken - 1;
        if (last <= sentence.firstToken || tok(last) != u"." || !adjacent(last - 1, last))
            return false;
        const std::u16string_view word = tok(last - 1);
        return word.find(u'.') != std::u16string_view::npos || (word.size() == 1 && startsUpper(word)); // "U.S.", "M."
    }
    const Token& token(int i) const { return m_tokens[static_cast<std::size_t>(i)]; }
    bool adjacent(int a, int b) const { return token(a).end == token(b).start; }
    bool spaceOnly(int a, int b) const
    {
        for (char16_t c : m_document.slice(token(a).end, token(b).start)) {
            if (c != u' ' && c != 0x00A0)
                return false;
        }
        return true;
    }
    std::u16string text(int a, int b) const
    {
        return normalizeName(m_document.slice(token(a).start, token(b - 1).end));
    }
    /// Text of [a, b) without a final possessive.
    std::u16string nameText(int a, int b) const
    {
        return normalizeName(m_document.slice(token(a).start, token(b - 1).end - possessiveLength(tok(b - 1))));
    }
    const KnownName* known(int a, int b) const { return m_gazetteer.knownName(nameText(a, b)); }

    /// A model or product code: "A380", "7e7" (not "1990s", "3rd", "30GB", "320x240").
    static bool isCodeLike(std::u16string_view word)
    {
        if (!hasDigit(word) || !hasLetter(word))
            return false;
        if (startsUpper(word))
            return true;
        int letters = 0;
        for (char16_t c : word) {
            if (!(c >= u'0' && c <= u'9'))
                ++letters;
        }
        const bool digitEnds
            = word.front() >= u'0' && word.front() <= u'9' && word.back() >= u'0' && word.back() <= u'9';
        return digitEnds && letters == 1 && word.find(u'x') == std::u16string_view::npos;
    }

    static std::u16string_view withoutPossessive(std::u16string_view word)
    {
        return word.substr(0, word.size() - static_cast<std::size_t>(possessiveLength(word)));
    }

    bool canStart(int i) const
    {
        if (token(i).kind == TokenKind::Punctuation)
            return false;
        const std::u16string_view word = tok(i);
        if (m_gazetteer.isNeverName(withoutPossessive(word)))
            return false;
        if (word == u"May") {
            // the month: "in May", "May 5"
            const bool numberAfter
                = i + 1 < static_cast<int>(m_tokens.size()) && token(i + 1).kind == TokenKind::Number;
            const bool prepositionBefore = i > 0 && !startsUpper(tok(i - 1)) && token(i - 1).kind == TokenKind::Word;
            if (numberAfter || prepositionBefore)
                return false;
        }
        if (i + 1 < static_cast<int>(m_tokens.size()) && adjacent(i, i + 1) && tok(i + 1) == u"$")
            return false; // "US$299"
        if (isCodeLike(word))
            return true;
        if (hasDigit(word) && hasLetter(word) && isAllCaps(word) && i + 1 < static_cast<int>(m_tokens.size())
            && spaceOnly(i, i + 1) && (startsUpper(tok(i + 1)) || isMixedCaseName(tok(i + 1))))
            return true; // "30GB iPod"
        if (token(i).kind == TokenKind::Number) // "777-200LR"
            return i + 2 < static_cast<int>(m_tokens.size()) && tok(i + 1) == u"-" && adjacent(i, i + 1)
                && adjacent(i + 1, i + 2) && hasLetter(tok(i + 2)) && hasDigit(tok(i + 2));
        return startsUpper(word) || isMixedCaseName(word);
    }

    bool isFinalHead(int i) const
    {
        const NameHead* head = m_gazetteer.head(tok(i));
        return head && head->final;
    }

    bool isAbbreviation(int i) const
    {
        const std::u16string_view word = tok(i);
        if (word.find(u'.') != std::u16string_view::npos)
            return true;
        if (word.size() == 1 && startsUpper(word))
            return true;
        if (m_gazetteer.honorific(word))
            return true;
        const NameHead* head = m_gazetteer.head(word);
        return (head && word.size() <= 4) || word == u"St" || word == u"Jr" || word == u"Sr" || word == u"Mt";
    }

    bool isNameNumber(int k, int end) const
    {
        const std::u16string_view word = tok(k);
        if (word.size() > 4
            || !std::all_of(word.begin(), word.end(), [](char16_t c) { return c >= u'0' && c <= u'9'; }))
            return false;
        if (k + 1 < end && contains(kNumberBreakers, lowerCase(tok(k + 1))))
            return false;
        return true;
    }

    /// The capitalised sequence starting at i, as an exclusive token end.
    int extend(int i, int end) const
    {
        int j = i;
        while (possessiveLength(tok(j)) == 0) {
            const int k = j + 1;
            if (k >= end)
                break;
            const std::u16string_view next = tok(k);
            if (adjacent(j, k) && next == u"." && isAbbreviation(j)) {
                j = k;
                continue;
            }
            if (isFinalHead(j) || (tok(j) == u"." && j > i && isFinalHead(j - 1)))
                break; // "Chrysler LLC Jim Press"
            if (startsSentence(k) && m_gazetteer.isCommonWord(withoutPossessive(next)))
                break; // "... in the U.S. The company said"
            if (adjacent(j, k)) {
                if ((next == u"-" || next == u"&" || next == u"/") && k + 1 < end && adjacent(k, k + 1)
                    && (canStart(k + 1) || hasDigit(tok(k + 1)))) {
                    j = k + 1;
                    continue;
                }
                break;
            }
            if (!spaceOnly(j, k))
                break;
            if (next == u"&" && k + 1 < end && canStart(k + 1)) {
                j = k + 1;
                continue;
            }
            if (canStart(k)) {
                j = k;
                continue;
            }
            if (token(k).kind == TokenKind::Number && token(j).kind == TokenKind::Word && isNameNumber(k, end)
                && !m_gazetteer.isCommonWord(tok(j))) {
                j = k; // "Boeing 747", "FTSE 100"; a following "Index" is not part of it
                if (k + 2 < end && tok(k + 1) == u"-" && adjacent(k, k + 1) && adjacent(k + 1, k + 2)
                    && hasDigit(tok(k + 2)))
                    j = k + 2; // "Boeing 777-200LR"
                break;
            }
            if (isConnector(next) && k + 1 < end && spaceOnly(k, k + 1)) {
                int m = k + 1;
                if (tok(m) == u"the" && m + 1 < end && spaceOnly(m, m + 1) && !isParticle(next))
                    ++m;
                if (canStart(m)) {
                    j = m;
                    continue;
                }
            }
            break;
        }
        return j + 1;
    }

    /// The end of the longest gazetteer name starting at i, or i when there is none.
    int longestKnown(int i, int end) const
    {
        for (int b = std::min(end, i + 8); b > i + 1; --b) {
            if (token(b - 1).kind != TokenKind::Punctuation && known(i, b))
                return b;
        }
        return i;
    }

    /// Splits [a, b) at connectors no name head justifies, then builds each part.
    void segment(int a, int b)
    {
        for (int c = a + 1; c < b - 1; ++c) {
            const std::u16string_view word = tok(c);
            if (!isConnector(word) || isParticle(word))
                continue;
            if (justified(a, c, b))
                continue;
            build(a, c);
            int next = c + 1;
            if (tok(next) == u"the")
                ++next;
            segment(next, b);
            return;
        }
        build(a, b);
    }

    bool justified(int a, int c, int b) const
    {
        for (int p = a; p < c; ++p) {
            for (int q = b; q > c + 1; --q) {
                if (known(p, q))
                    return true; // "The Standard and Poor's 500"
            }
        }
        const std::u16string_view word = tok(c);
        int left = c - 1;
        if (tok(left) == u"." && left > a)
            --left;
        if (word == u"and") {
            // "Department of Health and Human Services", "European Aeronautic Defence and Space Company"; not
            // "Sberbank and Gazprom Bank" (a one-word name on the left stands alone).
            bool headAfter = false;
            for (int i = c + 1; i < b; ++i) {
                const NameHead* head = m_gazetteer.head(tok(i));
                headAfter = headAfter || (head && head->last);
            }
            const bool leftIsName = c - a >= 2 || m_gazetteer.isOrganizationWord(tok(a));
            return headAfter && leftIsName && !known(a, c) && !m_gazetteer.head(tok(left));
        }
        const NameHead* head = m_gazetteer.head(tok(left));
        if (head && head->first)
            return true;
        return c + 2 <= b && m_gazetteer.honorific(text(a, c + 2));
    }

    bool startsSentence(int i) const { return m_initial[static_cast<std::size_t>(i)]; }

    /// Length in tokens of a title at a (with its period), 0 when none is followed by a name.
    int titleLength(int a, int b) const
    {
        for (int length = std::min(4, b - a - 1); length >= 1; --length) {
            if (!m_gazetteer.honorific(text(a, a + length)))
                continue;
            int rest = a + length;
            if (rest < b && tok(rest) == u".")
                ++rest;
            if (rest >= b || !canStart(rest))
                continue;
            const NameHead* lastHead = m_gazetteer.head(tok(b - 1));
            const KnownName* knownRest = known(rest, b);
            if (lastHead || (knownRest && knownRest->type != EntityType::Person))
                continue; // "General Motors", "Justice Department"
            return rest - a;
        }
        return 0;
    }

    const Honorific* titleAt(int a, int b) const
    {
        const int length = titleLength(a, b);
        if (length == 0)
            return nullptr;
        return m_gazetteer.honorific(text(a, a + (tok(a + length - 1) == u"." ? length - 1 : length)));
    }

    bool titleOutside(int a, int b) const
    {
        const Honorific* honorific = titleAt(a, b);
        return honorific && honorific->outside;
    }

    /// A person named after a title at titleStart; the mention starts at spanStart (or at the name for a job title).
    void emitTitled(int spanStart, int titleStart, int b)
    {
        const int nameStart = titleStart + titleLength(titleStart, b);
        const Honorific* honorific = titleAt(titleStart, b);
        const bool outside = honorific && honorific->outside;
        NameCandidate* candidate
            = emit(outside ? nameStart : spanStart, b, nameStart, EntityType::Person, TypeEvidence::Strong, {});
        if (candidate && honorific) {
            candidate->titleRole = honorific->role;
            if (honorific->gender)
                candidate->gender = honorific->gender;
        }
    }

    bool isRolePhrase(int a, int b) const
    {
        const std::u16string whole = text(a, b);
        if (m_gazetteer.role(lowerCase(whole)))
            return true;
        std::u16string withoutPeriod = whole;
        if (!withoutPeriod.empty() && withoutPeriod.back() == u'.')
            withoutPeriod.pop_back();
        return m_gazetteer.honorific(withoutPeriod) != nullptr;
    }

    void build(int a, int b)
    {
        // Leading words that are no names: "The", sentence-initial common words, stray connectors.
        while (a < b) {
            const std::u16string_view word = tok(a);
            const bool common = word == u"The" || (token(a).kind == TokenKind::Number && !hasLetter(word))
                || (startsSentence(a) && m_gazetteer.isCommonWord(withoutPossessive(word)) && !known(a, b));
            if (common || isConnector(word) || token(a).kind == TokenKind::Punctuation) {
                if (a + 1 < b && startsSentence(a) && word != u"The")
                    m_initial[static_cast<std::size_t>(a) + 1] = true;
                ++a;
                continue;
            }
            break;
        }
        while (b > a
               && (isConnector(tok(b - 1)) || (tok(b - 1) != u"." && token(b - 1).kind == TokenKind::Punctuation)))
            --b;
        if (a >= b)
            return;

        if (const KnownName* whole = known(a, b)) {
            emit(a, b, a, whole->type, TypeEvidence::Known, whole->canonical);
            return;
        }
        // A known name followed by more capitalised words.
        const KnownName* prefix = nullptr;
        for (int p = b - 1; p > a; --p) {
            prefix = known(a, p);
            if (!prefix)
                continue;
            if (titleLength(p, b) > 0) {
                // "U.S. President Barack Obama" is one mention; "Apple CEO Steve Jobs" two.
                if (prefix->type == EntityType::Location && !titleOutside(p, b)) {
                    emitTitled(a, p, b);
                } else {
                    emit(a, p, a, prefix->type, TypeEvidence::Known, prefix->canonical);
                    emitTitled(p, p, b);
                }
                return;
            }
            if ((prefix->type == EntityType::Location && m_gazetteer.isNeverName(tok(p)))
                || (p == b - 1 && isAllCaps(tok(p)) && !m_gazetteer.head(tok(p)))) { // "Los Angeles LAX"
                emit(a, p, a, prefix->type, TypeEvidence::Known, prefix->canonical);
                build(p, b);
                return;
            }
            break;
        }
        // A leading demonym is a modifier unless it is part of an organization's name ("Chinese Foreign Ministry").
        if (m_gazetteer.demonymCountry(tok(a))) {
            if (b - a == 1)
                return;
            if (titleLength(a + 1, b) > 0) {
                emitTitled(titleOutside(a + 1, b) ? a + 1 : a, a + 1, b);
                return;
            }
            if (!m_gazetteer.head(tok(b - 1))) {
                build(a + 1, b);
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

    void typeByShape(int a, int b, const KnownName* prefix)
    {
        const std::u16string_view first = tok(a);
        int last = b - 1;
        if (tok(last) == u"." && last > a)
            --last;
        if (const NameHead* lastHead = m_gazetteer.head(tok(last)); lastHead && lastHead->last && last > a) {
            if (lastHead->type == EntityType::Organization && !lastHead->final && last == a + 1
                && m_gazetteer.isGivenName(first)) {
                emit(a, b, a, EntityType::Person, TypeEvidence::Strong, {}); // "Jim Press"
                return;
            }
            emit(a, b, a, lastHead->type, TypeEvidence::Known, {});
            return;
        }
        // "Ministry of ...", "University of ...", also after a modifier ("US Department of Labor").
        for (int i = a; i + 2 < b; ++i) {
            const NameHead* head = m_gazetteer.head(tok(i));
            if (head && head->first && isConnector(tok(i + 1))) {
                emit(a, b, a, head->type, TypeEvidence::Known, {});
                return;
            }
        }
        int words = 0;
        for (int i = a; i < b; ++i) {
            if (token(i).kind != TokenKind::Punctuation && !(i > a && adjacent(i - 1, i)))
                ++words; // "Wal-Mart" is one word
        }
        bool code = false;
        bool connector = false;
        bool common = false;
        for (int i = a; i < b; ++i) {
            code = code || token(i).kind == TokenKind::Number || isCodeLike(tok(i)) || isMixedCaseName(tok(i))
                || (hasDigit(tok(i)) && hasLetter(tok(i)));
            connector = connector || isConnector(tok(i)) || tok(i) == u"&";
            common = common || m_gazetteer.isCommonWord(tok(i)) || isAllCaps(tok(i));
        }
        if (code) {
            emit(a, b, a, EntityType::Misc, TypeEvidence::Strong, {});
            return;
        }
        if (prefix) {
            // "Intel Core Duo", "Chrysler Aspen": a maker's name followed by more words names a product.
            emit(a, b, a, prefix->type == EntityType::Location ? EntityType::Organization : EntityType::Misc,
                 TypeEvidence::Weak, {});
            return;
        }
        if (words == 1) {
            if (m_gazetteer.isCommonWord(withoutPossessive(first)))
                return; // "Index", "New": not a name by itself anywhere
            if (first.size() > 2 && first.back() == u's'
                && (isAllCaps(first.substr(0, first.size() - 1))
                    || m_gazetteer.demonymCountry(first.substr(0, first.size() - 1))))
                return; // "SUVs", "Singaporeans"
            const bool initial = startsSentence(a);
            const bool seen
                = m_seenInside.count(std::u16string(first.substr(0, first.size() - possessiveLength(first))));
            const bool given = m_gazetteer.isGivenName(first) || m_gazetteer.isSurname(first);
            const bool cue = a + 1 < static_cast<int>(m_tokens.size()) && m_gazetteer.isCueVerb(tok(a + 1));
            if (initial && !seen && !given && !isAllCaps(first) && !(cue && !m_gazetteer.isCommonWord(first)))
                return;
            if (m_gazetteer.isGivenName(first)) {
                NameCandidate* candidate = emit(a, b, a, EntityType::Person, TypeEvidence::Weak, {});
                if (candidate)
                    candidate->gender = m_gazetteer.givenNameGender(first);
                return;
            }
            emit(a, b, a, EntityType::Organization, TypeEvidence::Guess, {});
            return;
        }
        if (!connector && words <= 4 && (m_gazetteer.isGivenName(first) || m_gazetteer.isSurname(first))) {
            NameCandidate* candidate = emit(a, b, a, EntityType::Person, TypeEvidence::Strong, {});
            if (candidate && m_gazetteer.givenNameGender(first) != 'u')
                candidate->gender = m_gazetteer.givenNameGender(first);
            return;
        }
        bool organizationWord = false;
        for (int i = a; i < b; ++i)
            organizationWord = organizationWord || m_gazetteer.isOrganizationWord(tok(i));
        const bool determiner = a > 0 && (tok(a - 1) == u"the" || tok(a - 1) == u"a" || tok(a - 1) == u"an");
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
        candidate.start = token(a).start;
        candidate.nameStart = token(nameFrom).start;
        candidate.end = token(b - 1).end - possessiveLength(tok(b - 1));
        candidate.possessive = possessiveLength(tok(b - 1)) > 0;
        candidate.firstToken = nameFrom;
        candidate.endToken = b;
        candidate.sentence = m_sentence;
        candidate.text = nameText(nameFrom, b);
        candidate.canonical = std::move(canonical);
        candidate.type = type;
        candidate.evidence = evidence;
        candidate.acronym = b - nameFrom <= 2 && isAllCaps(tok(nameFrom)) && acronymLetters(candidate.text).size() <= 6;
        candidate.sentenceInitial = startsSentence(a);
        if (candidate.end <= candidate.start)
            return nullptr;
        m_out.push_back(std::move(candidate));
        return &m_out.back();
    }

    const Document& m_document;
    const Gazetteer& m_gazetteer;
    const std::vector<Token>& m_tokens;
    std::vector<bool> m_initial;
    std::unordered_set<std::u16string, U16Hash, std::equal_to<>> m_seenInside;
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
    return Scanner(document, m_gazetteer).run();
}

} // namespace sayline::analysis
