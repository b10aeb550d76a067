// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChinesePlaceFinder.h"

#include "ChineseGazetteer.h"
#include "ChineseNameFinder.h"
#include "analysis/text/zh/ChineseText.h"

namespace sayline::analysis::zh {
namespace {

bool isCompassPoint(char16_t c)
{
    return c == u'\u4E1C' || c == u'\u5357' || c == u'\u897F' || c == u'\u5317' || c == u'\u65B0'; // 东南西北新
}

/// Words only a place follows: 在 X 举行, 首府 X, 前往 X (UTF-16 literals, the few words of one pattern).
constexpr std::u16string_view placeBefore[] = {
    u"\u9996\u5E9C", u"\u9996\u90FD", u"\u524D\u5F80", u"\u62B5\u8FBE", u"\u98DE\u5F80", u"\u4F4D\u4E8E"
}; // 首府 首都 前往 抵达 飞往 位于
constexpr std::u16string_view placeAfter[] = { u"\u4E3E\u884C", u"\u53EC\u5F00", u"\u4E3E\u529E", u"\u4F1A\u8C08",
                                               u"\u5CF0\u4F1A" }; // 举行 召开 举办 会谈 峰会

constexpr char16_t side = u'\u65B9'; // 方

} // namespace

ChinesePlaceFinder::ChinesePlaceFinder(const ChineseText& text, const ChineseGazetteer& gazetteer,
                                       const ChineseNameFinder& names)
    : m_text(text)
    , m_gazetteer(gazetteer)
    , m_names(names)
{
}

ChineseMentions ChinesePlaceFinder::find() const
{
    ChineseMentions out;
    lexiconNames(out);
    suffixPlaces(out);
    contextPlaces(out);
    countrySides(out);
    return out;
}

void ChinesePlaceFinder::countrySides(ChineseMentions& out) const
{
    // 中方, 美方, 俄方面: the one-character abbreviation is a mention of the country, so that a statement of
    // "the Chinese side" has China as its speaker (the conventions leave such abbreviations optional).
    const int length = static_cast<int>(m_text.text().size());
    for (int i = 0; i + 1 < length; ++i) {
        if (m_text.at(i + 1) != side || (isHan(m_text.at(i - 1)) && !m_text.isWordBoundary(i)))
            continue;
        const std::u16string_view country = m_gazetteer.countryOfAbbreviation(m_text.at(i));
        if (country.empty() || (!m_text.isWordBoundary(i + 2) && m_text.at(i + 2) != u'\u9762')) // 方面
            continue;
        out.push_back({ i, i + 1, model::EntityType::Location, std::u16string(country), 0, "country-side" });
    }
}

void ChinesePlaceFinder::lexiconNames(ChineseMentions& out) const
{
    const std::u16string_view text = m_text.text();
    const int length = static_cast<int>(text.size());
    for (int i = 0; i < length; ++i) {
        const auto name = m_gazetteer.nameAt(text, i);
        if (!name)
            continue;
        const int end = i + name->second;
        // A Latin name must be a whole word (X is not the x of "Xi"); a Han name must start at a word break,
        // or follow a place or one-character country abbreviation (美伊, 驻美国).
        if (isLatinLetter(m_text.at(i)) && (isLatinLetter(m_text.at(i - 1)) || isLatinLetter(m_text.at(end))))
            continue;
        // …nor one word of a longer Latin name (G7 in "G7 Critical Minerals … Alliance")
        if (isLatinLetter(m_text.at(i))
            && ((m_text.at(end) == u' ' && isLatinLetter(m_text.at(end + 1)))
                || (m_text.at(i - 1) == u' ' && isLatinLetter(m_text.at(i - 2)))))
            continue;
        // a lexicalised title is no body (外交部长, 国防部长)
        if (m_gazetteer.titleAt(text, i) > name->second)
            continue;
        if (isHan(m_text.at(i)) && !m_text.isWordBoundary(i) && !m_text.isWordBoundary(end))
            continue;
        out.push_back({ i, end, name->first.type, name->first.canonical, 2, "lexicon" });
    }
}

void ChinesePlaceFinder::suffixPlaces(ChineseMentions& out) const
{
    const std::u16string_view text = m_text.text();
    const int length = static_cast<int>(text.size());
    for (int e = 2; e < length; ++e) {
        bool alone = false;
        const int suffix = m_gazetteer.placeHeadAt(text, e, &alone);
        if (suffix == 0)
            continue;
        const int end = e + suffix;
        int start = -1;
        // a known place before a suffix that takes one (德克萨斯州, 武汉市)
        for (int s = std::max(0, e - 8); s < e - 1 && alone; ++s) {
            const KnownName* known
                = m_gazetteer.known(text.substr(static_cast<std::size_t>(s), static_cast<std::size_t>(e - s)));
            if (known && known->type == model::EntityType::Location) {
                start = s;
                break;
            }
        }
        if (start < 0) {
            start = m_names.foreignNameStart(e);
            if (e - start < 2 || isNameDot(m_text.at(start - 1)))
                continue;
            if (isCompassPoint(m_text.at(start - 1)))
                --start; // 南|达科塔州
        }
        if (!m_text.isWordBoundary(end) && isHan(m_text.at(end)) && m_gazetteer.placeHeadAt(text, end) == 0
            && m_gazetteer.organizationHeadAt(text, end) == 0 && m_gazetteer.wordAt(text, end, "breaker") == 0)
            continue; // the suffix character begins another word (…海军, 港口)
        out.push_back(
            { start, end, model::EntityType::Location, std::u16string(m_text.slice(start, end)), 1, "place-suffix" });
    }
}

void ChinesePlaceFinder::contextPlaces(ChineseMentions& out) const
{
    const std::u16string_view text = m_text.text();
    const int length = static_cast<int>(text.size());
    for (int i = 1; i < length; ++i) {
        if (!m_gazetteer.isTransliteration(m_text.at(i)) || m_gazetteer.isTransliteration(m_text.at(i - 1)))
            continue;
        const int end = m_names.foreignNameEnd(i);
        if (end - i < 3 || isNameDot(m_text.at(end)) || isNameDot(m_text.at(i - 1)))
            continue;
        bool at = m_text.endsWith(i, u"\u5728"); // 在 X, or 在 + a country + X (在法国埃维昂莱班)
        for (int s = std::max(1, i - 6); s < i - 1 && !at; ++s) {
            const KnownName* known
                = m_gazetteer.known(text.substr(static_cast<std::size_t>(s), static_cast<std::size_t>(i - s)));
            at = known && known->country && m_text.at(s - 1) == u'\u5728';
        }
        bool firm = false; // 首府 X, 前往 X: nothing else is needed
        for (const std::u16string_view word : placeBefore)
            firm = firm || m_text.endsWith(i, word);
        bool after = false;
        for (const std::u16string_view word : placeAfter)
            after = after || m_text.startsWith(end, word);
        if (!firm && !(at && after))
            continue;
        out.push_back(
            { i, end, model::EntityType::Location, std::u16string(m_text.slice(i, end)), 0, "place-context" });
    }
}

} // namespace sayline::analysis::zh
