// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChineseNameFinder.h"

#include <optional>

#include "ChineseGazetteer.h"
#include "analysis/text/zh/ChineseText.h"

namespace sayline::analysis::zh {
namespace {

constexpr int longestForeignPart = 6;
constexpr int longestForeignRun = 8;

/// 了 着 过 right after a word make it a verb.
bool isAspectParticle(char16_t c)
{
    return c == u'\u4E86' || c == u'\u7740' || c == u'\u8FC7';
}

bool isInitial(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}

} // namespace

ChineseNameFinder::ChineseNameFinder(const ChineseText& text, const ChineseGazetteer& gazetteer)
    : m_text(text)
    , m_gazetteer(gazetteer)
{
}

ChineseMentions ChineseNameFinder::find() const
{
    ChineseMentions out;
    dotNames(out);
    titledNames(out);
    chineseNames(out);
    return out;
}

int ChineseNameFinder::foreignNameStart(int end) const
{
    const std::u16string_view text = m_text.text();
    int run = end;
    while (run > 0 && end - run < longestForeignRun && m_gazetteer.isTransliteration(m_text.at(run - 1)))
        --run;
    int start = run;
    for (int p = run + 1; p < end; ++p) {
        const int title = m_gazetteer.titleEndingAt(text, p);
        if (title > 0 && p - title < run) {
            start = p;
            continue;
        }
        for (int q = std::max(0, p - 8); q <= run; ++q) {
            const KnownName* name
                = m_gazetteer.known(text.substr(static_cast<std::size_t>(q), static_cast<std::size_t>(p - q)));
            if (name && name->type == model::EntityType::Location) {
                start = p;
                break;
            }
        }
    }
    return start;
}

int ChineseNameFinder::foreignNameEnd(int start) const
{
    int end = start;
    while (end - start < longestForeignPart && m_gazetteer.isTransliteration(m_text.at(end))) {
        // a title after the name ends it even when its first character could spell a name (特朗普总统)
        if (end > start
            && (m_gazetteer.titleAt(m_text.text(), end) > 1 || m_gazetteer.wordAt(m_text.text(), end, "adverb") > 1))
            break;
        ++end;
    }
    if (end > start && m_text.startsWith(end + 1, u"\u4E16") // 世: 二世, 三世
        && (m_text.at(end) == u'\u4E00' || m_text.at(end) == u'\u4E8C' || m_text.at(end) == u'\u4E09'))
        end += 2;
    return end;
}

void ChineseNameFinder::dotNames(ChineseMentions& out) const
{
    const int length = static_cast<int>(m_text.text().size());
    for (int i = 0; i < length; ++i) {
        // A name's first dot: a dot, or the full stop after Latin initials before Han (J.D.万斯).
        const bool dot = isNameDot(m_text.at(i));
        const bool initialsDot = m_text.at(i) == u'.' && isInitial(m_text.at(i - 1)) && isHan(m_text.at(i + 1));
        if (!dot && !initialsDot)
            continue;
        int start = i;
        if (isLatinLetter(m_text.at(i - 1)) || m_text.at(i - 1) == u'.') {
            while (start > 0 && (isLatinLetter(m_text.at(start - 1)) || m_text.at(start - 1) == u'.'))
                --start;
        } else {
            start = foreignNameStart(i);
        }
        if (start == i)
            continue;
        // Following parts, each a transliterated run or Latin initials, joined by dots.
        int end = i;
        while (end < length && (isNameDot(m_text.at(end)) || (m_text.at(end) == u'.' && end == i))) {
            const int partStart = end + 1;
            int partEnd = partStart;
            if (isLatinLetter(m_text.at(partStart))) {
                while (isLatinLetter(m_text.at(partEnd))
                       || (m_text.at(partEnd) == u'.' && isInitial(m_text.at(partEnd - 1))))
                    ++partEnd;
            } else {
                partEnd = foreignNameEnd(partStart);
            }
            if (partEnd == partStart)
                break;
            end = partEnd;
        }
        if (end <= i)
            continue;
        out.push_back(
            { start, end, model::EntityType::Person, std::u16string(m_text.slice(start, end)), 3, "dot-name" });
        i = end;
    }
}

void ChineseNameFinder::titledNames(ChineseMentions& out) const
{
    const std::u16string_view text = m_text.text();
    const int length = static_cast<int>(text.size());
    for (int i = 1; i < length; ++i) {
        if (!m_gazetteer.isTransliteration(m_text.at(i - 1)) || isNameDot(m_text.at(i)))
            continue;
        // A title or 政府 right after a transliterated run (特朗普总统, 特朗普政府).
        const int title = m_gazetteer.titleAt(text, i);
        const bool afterTitle = title > 0
            && m_gazetteer.isTitleAfterName(text.substr(static_cast<std::size_t>(i), static_cast<std::size_t>(title)));
        const bool government
            = m_text.startsWith(i, u"\u653F\u5E9C") || m_text.startsWith(i, u"\u653F\u6743"); // 政府 政权
        if (!afterTitle && !government)
            continue;
        const int start = foreignNameStart(i);
        if (i - start < 2 || isNameDot(m_text.at(start - 1))
            || m_gazetteer.known(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start))))
            continue;
        out.push_back({ start, i, model::EntityType::Person, std::u16string(m_text.slice(start, i)), 1,
                        government ? "government-of" : "titled-name" });
    }
    // A transliterated run right after a title (总统特朗普, 国务卿卢比奥), ending before a non-name character.
    for (int i = 1; i < length; ++i) {
        const int title = m_gazetteer.titleEndingAt(text, i);
        if (title == 0 || !m_gazetteer.isTransliteration(m_text.at(i)))
            continue;
        const int end = foreignNameEnd(i);
        if (end - i < 2 || isNameDot(m_text.at(end)) || !endsName(end)
            || m_gazetteer.known(text.substr(static_cast<std::size_t>(i), static_cast<std::size_t>(end - i))))
            continue;
        out.push_back({ i, end, model::EntityType::Person, std::u16string(m_text.slice(i, end)), 1, "titled-name" });
    }
}

bool ChineseNameFinder::isCuedSubject(int start, int end) const
{
    // a transcript's speaker: the name and a colon open the paragraph (郑明远：…)
    if ((start == 0 || m_text.at(start - 1) == u'\n') && (m_text.at(end) == u'\uFF1A' || m_text.at(end) == u':'))
        return true;
    // the whole clause subject: nothing Han before it in the clause (。李明华说, ”李明华说)
    if (isHan(m_text.at(start - 1)))
        return false;
    // not one dictionary word (何时 is a word, 李明华 is not)
    bool inside = false;
    for (int k = start + 1; k < end && !inside; ++k)
        inside = m_text.isWordBoundary(k);
    if (!inside)
        return false;
    const std::u16string_view text = m_text.text();
    const int verb = end + m_gazetteer.wordAt(text, end, "adverb");
    return m_gazetteer.wordAt(text, verb, "cue") > 0;
}

bool ChineseNameFinder::endsName(int i) const
{
    const std::u16string_view text = m_text.text();
    const char16_t c = m_text.at(i);
    if (!isHan(c))
        return true;
    return m_gazetteer.wordAt(text, i, "adverb") > 0 || m_gazetteer.wordAt(text, i, "preposition") > 0
        || m_gazetteer.wordAt(text, i, "breaker") > 0 || m_gazetteer.titleAt(text, i) > 0 || m_text.isWordBoundary(i);
}

int ChineseNameFinder::chineseNameLength(int start) const
{
    const std::u16string_view text = m_text.text();
    const int surname = m_gazetteer.surnameAt(text, start);
    if (surname == 0 || m_gazetteer.wordAt(text, start, "cue") > 0)
        return 0; // 强调 is a verb, not 强 + 调
    for (const int given : { 2, 1 }) {
        const int end = start + surname + given;
        bool han = true;
        for (int k = start + surname; k < end; ++k)
            han = han && isHan(m_text.at(k)) && m_gazetteer.wordAt(text, k, "breaker") == 0
                && m_gazetteer.wordAt(text, k, "adverb") == 0 && m_gazetteer.wordAt(text, k, "preposition") == 0
                && m_gazetteer.titleAt(text, k) == 0 && m_gazetteer.wordAt(text, k, "cue") == 0;
        if (!han || !m_text.isWordBoundary(end) || isAspectParticle(m_text.at(end)))
            continue; // 查阅了: a verb and its particle
        if (given == 2 && !endsName(end))
            continue;
        return surname + given;
    }
    return 0;
}

bool ChineseNameFinder::personInBracket(int open) const
{
    const int close = m_text.bracketEnd(open);
    if (close < 0 || !isLatinLetter(m_text.at(open + 1)))
        return false;
    const std::u16string_view latin = m_text.slice(open + 1, close - 1);
    if (const std::optional<model::EntityType> type = m_gazetteer.latinNameType(latin))
        return *type == model::EntityType::Person;
    // two or more capitalised words with no organisation or place word: a person's name (Raymond Greene)
    int words = 0;
    bool capitalised = true;
    for (std::size_t k = 0; k < latin.size(); ++k) {
        if (k == 0 || latin[k - 1] == u' ') {
            ++words;
            capitalised = capitalised && latin[k] >= u'A' && latin[k] <= u'Z';
        }
        if (!isLatinLetter(latin[k]) && latin[k] != u' ' && latin[k] != u'-' && latin[k] != u'.')
            return false;
    }
    return words >= 2 && words <= 4 && capitalised;
}

void ChineseNameFinder::chineseNames(ChineseMentions& out) const
{
    // Only with evidence: a title before the name (发言人林剑, 大亨黎智英) or a person's Latin name in brackets
    // after it (谷立言(Raymond Greene)); the other occurrences of a name found so are found later, as repeats.
    const std::u16string_view text = m_text.text();
    const int length = static_cast<int>(text.size());
    for (int i = 0; i < length; ++i) {
        bool functionWord = false;
        if (m_gazetteer.surnameAt(text, i, &functionWord) == 0 || !m_text.isWordBoundary(i))
            continue;
        const int size = chineseNameLength(i);
        if (size == 0)
            continue;
        const int end = i + size;
        // a surname that is also a function word (向, 于, 和) needs a clear end after a title: 总统向任何试图…
        // is a preposition, 发言人何立平表示 a name
        const bool clearEnd = !isHan(m_text.at(end)) || m_gazetteer.wordAt(text, end, "cue") > 0
            || m_gazetteer.wordAt(text, end, "adverb") > 0 || m_gazetteer.wordAt(text, end, "preposition") > 0
            || m_gazetteer.wordAt(text, end, "time") > 0;
        if (functionWord && !clearEnd && !(isOpeningBracket(m_text.at(end)) && personInBracket(end)))
            continue;
        const bool titled = m_gazetteer.titleEndingAt(text, i) > 0;
        const bool bracketed = isOpeningBracket(m_text.at(end)) && personInBracket(end);
        if (!titled && !bracketed && !isCuedSubject(i, end))
            continue;
        out.push_back({ i, end, model::EntityType::Person,
                        std::u16string(text.substr(static_cast<std::size_t>(i), static_cast<std::size_t>(size))), 1,
                        "chinese-name" });
        i = end - 1;
    }
}

} // namespace sayline::analysis::zh
