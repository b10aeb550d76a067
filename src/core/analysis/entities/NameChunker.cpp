// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameChunker.h"

#include <algorithm>

#include "Gazetteer.h"
#include "NameTokens.h"
#include "analysis/text/Document.h"

namespace sayline::analysis {
namespace {

/// A word of lower-case ASCII letters only ("moon", "in").
bool isLowerWord(std::u16string_view word)
{
    return !word.empty() && std::all_of(word.begin(), word.end(), [](char16_t c) { return c >= u'a' && c <= u'z'; });
}

} // namespace

NameChunker::NameChunker(const NameTokens& tokens)
    : m_tokens(tokens)
{
}

std::vector<NameChunker::Chunk> NameChunker::chunks() const
{
    std::vector<Chunk> out;
    const auto& sentences = m_tokens.document().sentences();
    int i = 0;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        const int sentence = static_cast<int>(s);
        // A sentence break after "U.S." before a capital is usually wrong: scan on into the next sentence.
        std::size_t last = s;
        while (last + 1 < sentences.size() && endsWithAbbreviation(sentences[last])
               && sentences[last + 1].paragraph == sentences[last].paragraph)
            ++last;
        const int end = sentences[last].endToken;
        i = std::max(i, sentences[s].firstToken);
        while (i < end) {
            if (!m_tokens.canStart(i)) {
                ++i;
                continue;
            }
            int stop = extend(i, end);
            for (int p = i; p < stop; ++p)
                stop = std::max(stop, longestKnown(p, end)); // "The Standard and Poor's 500"
            segment(i, stop, sentence, out);
            i = stop;
        }
    }
    return out;
}

bool NameChunker::endsWithAbbreviation(const Sentence& sentence) const
{
    const int last = sentence.endToken - 1;
    if (last <= sentence.firstToken || m_tokens.tok(last) != u"." || !m_tokens.adjacent(last - 1, last))
        return false;
    const std::u16string_view word = m_tokens.tok(last - 1);
    return word.find(u'.') != std::u16string_view::npos || (word.size() == 1 && startsUpper(word)) // "U.S.", "M."
        || m_tokens.gazetteer().continuesAfterPeriod(word); // "California Gov. Gavin Newsom"
}

bool NameChunker::isFinalHead(int i) const
{
    const NameHead* head = m_tokens.gazetteer().head(m_tokens.tok(i));
    return head && head->final;
}

bool NameChunker::isAbbreviation(int i) const
{
    const std::u16string_view word = m_tokens.tok(i);
    if (word.find(u'.') != std::u16string_view::npos)
        return true;
    if (word.size() == 1 && startsUpper(word))
        return true;
    if (m_tokens.gazetteer().honorific(word))
        return true;
    const NameHead* head = m_tokens.gazetteer().head(word);
    return (head && head->final) || m_tokens.gazetteer().keepsPeriodInName(word); // not "Show." at a sentence end
}

bool NameChunker::isNameNumber(int k, int end) const
{
    if (k + 2 < end && m_tokens.tok(k + 1) == u"-" && m_tokens.token(k + 2).kind == TokenKind::Number)
        return false; // a score or a range: "Liverpool 2-1"
    const std::u16string_view word = m_tokens.tok(k);
    if (word.size() > 4 || !std::all_of(word.begin(), word.end(), [](char16_t c) { return c >= u'0' && c <= u'9'; }))
        return false;
    if (k + 1 < end && m_tokens.gazetteer().isQuantityAfterNumber(lowerCase(m_tokens.tok(k + 1))))
        return false;
    if (k + 1 < end && m_tokens.tok(k + 1) == u"of")
        return false; // "give Republicans 10 of the 14 seats": a count of something

    return true;
}

/// The capitalised sequence starting at i, as an exclusive token end.
int NameChunker::extend(int i, int end) const
{
    int j = i;
    while (possessiveLength(m_tokens.tok(j)) == 0) {
        const int k = j + 1;
        if (k >= end)
            break;
        const std::u16string_view next = m_tokens.tok(k);
        if (m_tokens.adjacent(j, k) && next == u"." && isAbbreviation(j)) {
            j = k;
            continue;
        }
        if (isFinalHead(j) || (m_tokens.tok(j) == u"." && j > i && isFinalHead(j - 1)))
            break; // "Chrysler LLC Jim Press"
        if ((m_tokens.startsSentence(k) || m_tokens.tok(j) == u".")
            && m_tokens.gazetteer().isCommonWord(NameTokens::withoutPossessive(next)))
            break; // "... in the U.S. The company said"
        if (m_tokens.adjacent(j, k) && (next == u"'" || next == u"\u2019") && k + 1 < end
            && m_tokens.tok(j).ends_with(u's') && m_tokens.spaceOnly(k, k + 1) && m_tokens.canStart(k + 1)) {
            // "Magistrates' Court", "Workers' Party": a plural possessive before a name head stays inside.
            const NameHead* head = m_tokens.gazetteer().head(m_tokens.tok(k + 1));
            if (head && head->last) {
                j = k + 1;
                continue;
            }
        }
        // "Kestrel Holdings, Inc.", "Arlen Foods, LLC": a legal suffix after a comma ends the name.
        if (next == u"," && m_tokens.adjacent(j, k) && k + 1 < end && m_tokens.spaceOnly(k, k + 1) && isFinalHead(k + 1)
            && !isFinalHead(j)) {
            j = k + 1;
            continue;
        }
        if (m_tokens.adjacent(j, k)) {
            if ((next == u"-" || next == u"&" || next == u"/") && k + 1 < end && m_tokens.adjacent(k, k + 1)
                && (m_tokens.canStart(k + 1) || hasDigit(m_tokens.tok(k + 1))
                    || (next == u"-" && m_tokens.tok(k + 1).size() <= 2 && startsUpper(m_tokens.tok(j)))
                    || (next == u"-" && j > i
                        && (m_tokens.tok(k + 1).size() <= 4
                            || (m_tokens.tok(k + 1).size() == 5 && m_tokens.tok(k + 1).ends_with(u"ng")))
                        && m_tokens.tok(j).size() <= 5 && startsUpper(m_tokens.tok(j))
                        && isLowerWord(m_tokens.tok(k + 1))))) {
                // "Coca-Cola", "777-200LR", "Kim Jong-il"; inside a name, a short lower-case syllable after a
                // hyphen: "Ban Ki-moon", "Moon Jae-in", "Lee Myung-bak", "Lee Jae-myung" (not "Post-war" opening
                // a name, nor "Obama-style")
                j = k + 1;
                continue;
            }
            break;
        }
        if (!m_tokens.spaceOnly(j, k))
            break;
        if (next == u"&" && k + 1 < end && m_tokens.canStart(k + 1)) {
            j = k + 1;
            continue;
        }
        if (m_tokens.canStart(k)) {
            j = k;
            continue;
        }
        if (m_tokens.token(k).kind == TokenKind::Number && m_tokens.token(j).kind == TokenKind::Word
            && isNameNumber(k, end) && !m_tokens.gazetteer().isCommonWord(m_tokens.tok(j))) {
            j = k; // "Boeing 747", "FTSE 100"
            if (k + 2 < end && m_tokens.tok(k + 1) == u"-" && m_tokens.adjacent(k, k + 1)
                && m_tokens.adjacent(k + 1, k + 2) && hasDigit(m_tokens.tok(k + 2)))
                j = k + 2; // "Boeing 777-200LR"
            // "Boeing 787 Dreamliner" goes on; "FTSE 100 Index" does not.
            const int after = j + 1;
            if (after < end && m_tokens.spaceOnly(j, after) && m_tokens.canStart(after)
                && !hasDigit(m_tokens.tok(after)) && !m_tokens.gazetteer().isCommonWord(m_tokens.tok(after))
                && !m_tokens.gazetteer().isOrganizationWord(m_tokens.tok(after))) {
                j = after;
                continue;
            }
            break;
        }
        if (m_tokens.gazetteer().isNameConnector(next) && k + 1 < end && m_tokens.spaceOnly(k, k + 1)) {
            int m = k + 1;
            if (m_tokens.tok(m) == u"the" && m + 1 < end && m_tokens.spaceOnly(m, m + 1)
                && (next == u"of" || next == u"for" || next == u"on"))
                ++m; // "Office of the Director", never "X and the Y"
            if (m + 1 < end && m_tokens.gazetteer().isNameParticle(next)
                && m_tokens.gazetteer().isNameParticle(m_tokens.tok(m)) && m_tokens.spaceOnly(m, m + 1))
                ++m; // "Ursula von der Leyen", "Joost van den Berg": two particles
            if (m_tokens.canStart(m)) {
                j = m;
                continue;
            }
        }
        break;
    }
    return j + 1;
}

/// The end of the longest gazetteer name starting at i, or i when there is none.
int NameChunker::longestKnown(int i, int end) const
{
    for (int b = std::min(end, i + 8); b > i + 1; --b) {
        if (m_tokens.token(b - 1).kind != TokenKind::Punctuation && m_tokens.known(i, b))
            return b;
    }
    return i;
}

/// Splits [a, b) at connectors no name head justifies, then builds each part.
void NameChunker::segment(int a, int b, int sentence, std::vector<Chunk>& out) const
{
    for (int c = a + 1; c < b - 1; ++c) {
        const std::u16string_view word = m_tokens.tok(c);
        if (!m_tokens.gazetteer().isNameConnector(word) || m_tokens.gazetteer().isNameParticle(word))
            continue;
        if (justified(a, c, b))
            continue;
        out.push_back({ a, c, sentence });
        int next = c + 1;
        if (m_tokens.tok(next) == u"the")
            ++next;
        segment(next, b, sentence, out);
        return;
    }
    out.push_back({ a, b, sentence });
}

const NameHead* NameChunker::headOrPluralHead(std::u16string_view word) const
{
    if (const NameHead* head = m_tokens.gazetteer().head(word))
        return head;
    if (word.size() > 3 && word.back() == u's') // "Centers for ...", "Institutes of ..."
        return m_tokens.gazetteer().head(word.substr(0, word.size() - 1));
    return nullptr;
}

bool NameChunker::justified(int a, int c, int b) const
{
    for (int p = a; p < c; ++p) {
        for (int q = b; q > c + 1; --q) {
            if (m_tokens.known(p, q))
                return true; // "The Standard and Poor's 500"
        }
    }
    const std::u16string_view word = m_tokens.tok(c);
    int left = c - 1;
    if (m_tokens.tok(left) == u"." && left > a)
        --left;
    if (word == u"and") {
        // "Department of Health and Human Services", "European Aeronautic Defence and Space Company"; not
        // "Sberbank and Gazprom Bank" (a one-word name on the left stands alone).
        bool headAfter = false;
        for (int i = c + 1; i < b; ++i) {
            const NameHead* head = m_tokens.gazetteer().head(m_tokens.tok(i));
            headAfter = headAfter || (head && head->last);
        }
        const bool leftIsName = c - a >= 2 || m_tokens.gazetteer().isOrganizationWord(m_tokens.tok(a));
        // "University of California and Columbia University": the same head opening the left name and closing
        // the right one makes two names.
        const int opener = m_tokens.tok(a) == u"The" ? a + 1 : a;
        if (b - 1 > c + 1 && m_tokens.tok(b - 1) == m_tokens.tok(opener)
            && m_tokens.gazetteer().head(m_tokens.tok(opener)))
            return false;
        if (headAfter && leftIsName && !m_tokens.known(a, c) && !m_tokens.gazetteer().head(m_tokens.tok(left)))
            return true;
        // "Centers for Disease Control and Prevention", "Ministry of Industry and Trade": the complement of an
        // opening head coordinates one or two more words, none of them the start of a known name.
        int h = m_tokens.tok(a) == u"The" ? a + 1 : a; // "The Centers for ..." at a sentence start
        // a modifier or two before the head: "Royal College of Paediatrics and Child Health"
        for (int k = h; k < h + 3 && k + 1 < c; ++k) {
            if (headOrPluralHead(m_tokens.tok(k)) || m_tokens.tok(k + 1) == u"of" || m_tokens.tok(k + 1) == u"for") {
                h = k;
                break;
            }
        }
        const NameHead* opening = headOrPluralHead(m_tokens.tok(h));
        const std::u16string_view joint = h + 1 < c ? m_tokens.tok(h + 1) : std::u16string_view();
        if (!opening || !opening->first || (joint != u"of" && joint != u"for") || c - h < 3 || b - c - 1 > 2)
            return false;
        for (int q = b; q > c + 1; --q) {
            if (m_tokens.known(c + 1, q))
                return false;
        }
        return true;
    }
    const NameHead* head = headOrPluralHead(m_tokens.tok(left));
    if (head && head->first)
        return true;
    // "Federal Service for the Financial Markets", "Royal Society for the Protection of Birds": an organization
    // head that ends a name of two words or more may still take an "of"/"for" complement.
    if (head && head->type == model::EntityType::Organization && !head->final && left > a
        && (word == u"of" || word == u"for"))
        return true;
    return c + 2 <= b && m_tokens.honorific(a, c + 2);
}

} // namespace sayline::analysis
