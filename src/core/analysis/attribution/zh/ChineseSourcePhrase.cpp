// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChineseSourcePhrase.h"

#include <algorithm>

#include "analysis/entities/MentionSpans.h"
#include "analysis/entities/zh/ChineseGazetteer.h"
#include "analysis/lexicon/Lexicons.h"
#include "analysis/text/Document.h"
#include "analysis/text/zh/ChineseText.h"

namespace sayline::analysis::zh {
namespace {

constexpr int longestPhrase = 60;

/// The end of the entity mention that starts at i, or -1.
} // namespace

int mentionEndAt(const MentionSpans& spans, int i)
{
    return spans.endOfMentionAt(i);
}

ChineseSourcePhrase::ChineseSourcePhrase(const Lexicons& lexicons, const ChineseGazetteer& gazetteer)
    : m_gazetteer(gazetteer)
{
    for (const LexiconEntry& entry : lexicons.entries("zh-source-nouns"))
        m_sourceNouns.emplace_back(toUtf16(entry[0]), entry.size() > 1 ? entry[1] : std::string());
    std::sort(m_sourceNouns.begin(), m_sourceNouns.end(),
              [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    for (const LexiconEntry& entry : lexicons.entries("zh-time-deictic"))
        m_timeWords.insert(toUtf16(entry[0]));
}

std::string ChineseSourcePhrase::sourceKindEndingAt(const ChineseText& text, int end) const
{
    for (const auto& [noun, tag] : m_sourceNouns)
        if (text.endsWith(end, noun))
            return tag.empty() ? std::string("person") : tag;
    return {};
}

bool ChineseSourcePhrase::endsWithSource(const ChineseText& text, int end) const
{
    if (!sourceKindEndingAt(text, end).empty() || m_gazetteer.titleEndingAt(text.text(), end) > 0)
        return true;
    // a country's side: 中方, 美方, 俄罗斯方面 (ChinesePartySieve gives the country)
    int side = text.endsWith(end, u"\u65B9\u9762") ? 2 : text.endsWith(end, u"\u65B9") ? 1 : 0; // 方面, 方
    if (side == 0)
        return false;
    const int before = end - side;
    if (!m_gazetteer.countryOfAbbreviation(text.at(before - 1)).empty())
        return true;
    for (int length = 2; length <= 6 && length <= before; ++length)
        if (const KnownName* known = m_gazetteer.known(text.slice(before - length, before)); known && known->country)
            return true;
    return false;
}

int ChineseSourcePhrase::timeWordAt(const ChineseText& text, int i) const
{
    if (isDigit(text.at(i)))
        return 1;
    for (int length = 5; length >= 2; --length)
        if (m_timeWords.contains(text.slice(i, i + length)))
            return length;
    // 星期X, 周X, 上星期X, 本周, 当天
    if (text.startsWith(i, u"\u661F\u671F") || text.startsWith(i, u"\u4E0A\u661F\u671F")
        || text.startsWith(i, u"\u5F53\u5929"))
        return 2;
    return 0;
}

SourceSpan ChineseSourcePhrase::read(const ChineseText& text, const MentionSpans& spans, int clauseStart,
                                     int cueStart) const
{
    const std::u16string_view chars = text.text();
    // a dateline before the subject (新华社北京3月12日电 商务部发言人…): the subject starts after its space
    for (int p = cueStart - 1; p > clauseStart; --p)
        if ((text.at(p) == u' ' || text.at(p) == u'\u3000') && isHan(text.at(p - 1)) && isHan(text.at(p + 1))) {
            clauseStart = p + 1;
            break;
        }
    int k = clauseStart;
    while (k < cueStart && (isClauseMark(text.at(k)) || text.at(k) == u' ' || isClosingQuote(text.at(k))))
        ++k;
    const int start = k;
    int end = -1;
    while (k < cueStart && k - start < longestPhrase) {
        if (const int mention = mentionEndAt(spans, k); mention > k) {
            k = std::min(mention, cueStart);
            end = k;
            if (const int bracket = text.bracketEnd(k);
                bracket > 0 && bracket <= cueStart && isLatinLetter(text.at(k + 1)))
                k = bracket; // 马尔科·卢比奥(Marco Rubio)
            continue;
        }
        if (k > start
            && (timeWordAt(text, k) > 0 || m_gazetteer.wordAt(chars, k, "preposition") > 0
                || m_gazetteer.wordAt(chars, k, "adverb") > 0
                || (end > start && m_gazetteer.wordAt(chars, k, "verb") > 0)))
            break; // …|会后|发表声明称: the subject ends before its adverbials and its verb
        if (isOpeningBracket(text.at(k))) {
            const int bracket = text.bracketEnd(k);
            if (bracket < 0 || bracket > cueStart || !isLatinLetter(text.at(k + 1)))
                break;
            k = bracket;
            continue;
        }
        if (isClauseMark(text.at(k)) || isSentenceEnd(text.at(k)) || isOpeningQuote(text.at(k)))
            break;
        if (const int title = m_gazetteer.titleAt(chars, k); title > 0) {
            k += title;
            end = k;
            continue;
        }
        if (const int pronoun = m_gazetteer.wordAt(chars, k, "pronoun"); pronoun > 0 && k == start) {
            k += pronoun;
            end = k;
            continue;
        }
        ++k;
        if (endsWithSource(text, k))
            end = k;
    }
    if (end < 0)
        return {};
    return { start, end };
}

} // namespace sayline::analysis::zh
