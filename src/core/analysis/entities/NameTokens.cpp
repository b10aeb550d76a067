// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameTokens.h"

#include <algorithm>

#include "Gazetteer.h"

namespace sayline::analysis {
namespace {

bool isOpening(std::u16string_view punctuation)
{
    return punctuation == u"\"" || punctuation == u"\u201C" || punctuation == u"\u2018" || punctuation == u"("
        || punctuation == u":" || punctuation == u"\u2014" || punctuation == u"\u2013" || punctuation == u"'"
        || punctuation == u"[";
}

/// normalizeName turns every run of these into the one space that separates the words of a known name.
bool isNameSpace(char16_t c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == 0x00A0;
}

/// Whether a word (a run of text between name spaces) starts at offset k.
bool startsWord(const std::u16string& text, std::size_t k)
{
    return !isNameSpace(text[k]) && (k == 0 || isNameSpace(text[k - 1]));
}

} // namespace

NameTokens::NameTokens(const Document& document, const Gazetteer& gazetteer)
    : m_document(document)
    , m_gazetteer(gazetteer)
    , m_tokens(document.tokens())
    , m_initial(m_tokens.size(), false)
    , m_marked(m_tokens.size(), false)
    , m_canStart(m_tokens.size(), -1)
    , m_wordEnd(m_tokens.size(), -1)
    , m_nameLengths(m_tokens.size(), 0)
    , m_singleMayBeKnown(m_tokens.size(), -1)
{
    m_wordStarts.reserve(m_tokens.size());
    const std::u16string& text = document.text();
    int wordStarts = 0;
    std::size_t k = 0;
    for (const Token& token : m_tokens) {
        for (; k <= static_cast<std::size_t>(token.start); ++k)
            wordStarts += startsWord(text, k) ? 1 : 0;
        m_wordStarts.push_back(wordStarts);
    }
    m_lowerCaseWords.reserve(m_tokens.size() / 2);
    m_seenInside.reserve(m_tokens.size() / 8);
    for (const Sentence& sentence : document.sentences()) {
        bool first = true;
        for (int i = sentence.firstToken; i < sentence.endToken; ++i) {
            const std::u16string_view word = tok(i);
            if (m_tokens[static_cast<std::size_t>(i)].kind == TokenKind::Punctuation) {
                first = first || isOpening(word);
                continue;
            }
            m_initial[static_cast<std::size_t>(i)] = first;
            if (!word.empty() && word.front() >= u'a' && word.front() <= u'z')
                m_lowerCaseWords.insert(word);
            if (!first && startsUpper(word))
                m_seenInside.insert(word.substr(0, word.size() - possessiveLength(word)));
            first = false;
        }
    }
}

bool NameTokens::seenLowerCase(std::u16string_view word) const
{
    lowerCaseInto(word, m_scratch);
    return m_lowerCaseWords.contains(m_scratch);
}

bool NameTokens::spaceOnly(int a, int b) const
{
    for (char16_t c : m_document.slice(token(a).end, token(b).start)) {
        if (c != u' ' && c != 0x00A0)
            return false;
    }
    return true;
}

std::u16string NameTokens::text(int a, int b) const
{
    return normalizeName(m_document.slice(token(a).start, token(b - 1).end));
}

std::u16string NameTokens::nameText(int a, int b) const
{
    return normalizeName(m_document.slice(token(a).start, token(b - 1).end - possessiveLength(tok(b - 1))));
}

const KnownName* NameTokens::known(int a, int b) const
{
    const int nameEnd = token(b - 1).end - possessiveLength(tok(b - 1));
    if (!mayBeKnown(a, b - 1, nameEnd))
        return nullptr;
    normalizeNameInto(m_document.slice(token(a).start, nameEnd), m_scratch);
    return m_gazetteer.knownName(m_scratch);
}

const Honorific* NameTokens::honorific(int a, int b) const
{
    normalizeNameInto(m_document.slice(token(a).start, token(b - 1).end), m_scratch);
    return m_gazetteer.honorific(m_scratch);
}

int NameTokens::wordStartsBefore(int i, int offset) const
{
    // m_wordStarts counts up to the token's first unit; a token has no name space inside as a rule, but count exactly.
    const std::u16string& text = m_document.text();
    int words = m_wordStarts[static_cast<std::size_t>(i)];
    for (int k = token(i).start + 1; k < offset; ++k)
        words += startsWord(text, static_cast<std::size_t>(k)) ? 1 : 0;
    return words;
}

bool NameTokens::mayBeKnown(int a, int last, int nameEnd) const
{
    const std::u16string& text = m_document.text();
    const auto index = static_cast<std::size_t>(a);
    const int start = token(a).start;
    if (m_wordEnd[index] < 0) {
        int end = start;
        while (end < static_cast<int>(text.size()) && !isNameSpace(text[static_cast<std::size_t>(end)]))
            ++end;
        m_wordEnd[index] = end;
        normalizeNameInto(m_document.slice(start, end), m_scratch);
        m_nameLengths[index] = m_gazetteer.nameLengthsStartingWith(m_scratch);
    }
    const int wordEnd = m_wordEnd[index];
    if (nameEnd <= wordEnd) { // the name ends inside its first word: ask for this range alone
        auto rangeMayBeKnown = [&] {
            normalizeNameInto(m_document.slice(start, nameEnd), m_scratch);
            return (m_gazetteer.nameLengthsStartingWith(m_scratch) & Gazetteer::wordCountBit(1)) != 0;
        };
        if (last != a)
            return rangeMayBeKnown();
        signed char& single = m_singleMayBeKnown[index]; // one token: the same range every time it is asked
        if (single < 0)
            single = rangeMayBeKnown() ? 1 : 0;
        return single != 0;
    }
    if (m_nameLengths[index] == 0)
        return false;
    // The words from wordEnd on: no word starts in [start, wordEnd), so those before wordEnd are m_wordStarts[a].
    const int words = 1 + wordStartsBefore(last, nameEnd) - m_wordStarts[index];
    return (m_nameLengths[index] & Gazetteer::wordCountBit(words)) != 0;
}

bool NameTokens::isCodeLike(std::u16string_view word)
{
    if (!hasDigit(word) || !hasLetter(word) || word.find_first_of(u".,") != std::u16string_view::npos)
        return false; // "SGD1.75" is an amount
    if (startsUpper(word))
        return true;
    int letters = 0;
    for (char16_t c : word) {
        if (!(c >= u'0' && c <= u'9'))
            ++letters;
    }
    const bool digitEnds = word.front() >= u'0' && word.front() <= u'9' && word.back() >= u'0' && word.back() <= u'9';
    return digitEnds && letters == 1 && word.find(u'x') == std::u16string_view::npos;
}

std::u16string_view NameTokens::withoutPossessive(std::u16string_view word)
{
    return word.substr(0, word.size() - static_cast<std::size_t>(possessiveLength(word)));
}

bool NameTokens::looksLikeDate(int i) const
{
    const bool numberAfter = i + 1 < count() && token(i + 1).kind == TokenKind::Number;
    const bool periodAfter = i + 1 < count() && tok(i + 1) == u"." && adjacent(i, i + 1);
    const bool prepositionBefore = i > 0 && m_gazetteer.isMonthDateCue(tok(i - 1));
    const bool nameAfter = i + 1 < count() && spaceOnly(i, i + 1) && startsUpper(tok(i + 1));
    return numberAfter || periodAfter || (prepositionBefore && !nameAfter);
}

bool NameTokens::canStart(int i) const
{
    signed char& known = m_canStart[static_cast<std::size_t>(i)];
    if (known < 0)
        known = computeCanStart(i) ? 1 : 0;
    return known != 0;
}

bool NameTokens::computeCanStart(int i) const
{
    if (token(i).kind == TokenKind::Punctuation)
        return false;
    const std::u16string_view word = tok(i);
    // Most tokens are lower-case ASCII words: no rule below lets one start a name (no capital, no digit).
    if (token(i).kind == TokenKind::Word
        && std::all_of(word.begin(), word.end(), [](char16_t c) { return c >= u'a' && c <= u'z'; }))
        return false;
    if (m_gazetteer.isNeverName(withoutPossessive(word)) && !(m_gazetteer.isGivenName(word) && !looksLikeDate(i)))
        return false; // "Jan 15" is a month, "Jan Egeland" a person
    if (isAllCaps(word) && word.size() > 2) { // "NOV", "MONDAY"
        lowerCaseInto(word, m_scratch);
        m_scratch.front() = word.front();
        if (m_gazetteer.isNeverName(m_scratch))
            return false;
    }
    if (word == u"May" && looksLikeDate(i))
        return false; // the month: "in May", "May 5"
    if (i > 0 && adjacent(i - 1, i) && tok(i - 1) == u"$")
        return false; // "$US39"
    if (i + 1 < count() && adjacent(i, i + 1) && tok(i + 1) == u"$")
        return false; // "US$299"
    if (isCodeLike(word))
        return true;
    if (hasDigit(word) && hasLetter(word) && isAllCaps(word) && i + 1 < count() && spaceOnly(i, i + 1)
        && (startsUpper(tok(i + 1)) || isMixedCaseName(tok(i + 1))))
        return true; // "30GB iPod"
    if (token(i).kind == TokenKind::Number) // "777-200LR"
        return i + 2 < count() && tok(i + 1) == u"-" && adjacent(i, i + 1) && adjacent(i + 1, i + 2)
            && hasLetter(tok(i + 2)) && hasDigit(tok(i + 2));
    return startsUpper(word) || isMixedCaseName(word);
}

} // namespace sayline::analysis
