// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChineseOrganizationFinder.h"

#include <map>

#include "ChineseGazetteer.h"
#include "analysis/text/zh/ChineseText.h"

namespace sayline::analysis::zh {
namespace {

constexpr int longestModifiers = 10;
constexpr int longestKnownName = 10;

bool isNumeral(char16_t c)
{
    return isDigit(c)
        || std::u16string_view(u"\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u4E24\u51E0\u591A")
               .find(c)
        != std::u16string_view::npos; // 一二三四五六七八九十两几多
}

/// 与, 和, 及 join two nouns inside a name (疾病控制与预防中心) as often as two names.
bool isSoftBreak(char16_t c)
{
    return c == u'\u4E0E' || c == u'\u548C' || c == u'\u53CA';
}

} // namespace

ChineseOrganizationFinder::ChineseOrganizationFinder(const ChineseText& text, const ChineseGazetteer& gazetteer)
    : m_text(text)
    , m_gazetteer(gazetteer)
{
}

ChineseMentions ChineseOrganizationFinder::find() const
{
    ChineseMentions out;
    byHead(out);
    placeBeforeOrganization(out);
    return out;
}

int ChineseOrganizationFinder::knownNameEndingAt(int end, model::EntityType* type) const
{
    const std::u16string_view text = m_text.text();
    for (int start = std::max(0, end - longestKnownName); start < end - 1; ++start) {
        const KnownName* name
            = m_gazetteer.known(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start)));
        if (name && name->type != model::EntityType::Misc) {
            if (type)
                *type = name->type;
            return start;
        }
    }
    return -1;
}

void ChineseOrganizationFinder::byHead(ChineseMentions& out) const
{
    const std::u16string_view text = m_text.text();
    const int length = static_cast<int>(text.size());
    // Names with no place before them are kept when they are strong (a bracketed Latin form after them, four
    // or more modifiers) or found twice; the others wait here to be counted.
    std::map<std::u16string, std::vector<std::pair<int, int>>> weak;
    for (int e = 1; e < length; ++e) {
        const int head = m_gazetteer.organizationHeadAt(text, e);
        if (head == 0)
            continue;
        const int headEnd = e + head;
        const std::u16string_view headWord = text.substr(static_cast<std::size_t>(e), static_cast<std::size_t>(head));
        const bool single = m_gazetteer.isSingleCharacterHead(headWord);
        if (single && !m_text.isWordBoundary(headEnd))
            continue; // 部分, 局面
        if (m_gazetteer.isFalseHeadEndingAt(text, headEnd))
            continue; // 签署, 南部
        if (m_gazetteer.organizationHeadAt(text, headEnd) > 0 && m_gazetteer.titleAt(text, headEnd) == 0)
            continue; // the longer name ends at the later head (工作|小组, 国会|参议院)
        bool longerHead = false; // 法院 over 院: the longest head ending here decides
        for (int k = std::max(0, e - 4); k < e && !longerHead; ++k)
            longerHead = m_gazetteer.organizationHeadAt(text, k) == headEnd - k;
        if (longerHead)
            continue;

        int s = e;
        int prefixEnd = -1; // end of the place or organisation that opens the name
        int softBreak = -1; // where the name started before a 与/和 it then ran past
        while (s > 0 && e - s <= longestModifiers) {
            model::EntityType type = model::EntityType::Misc;
            const int known = knownNameEndingAt(s, &type);
            if (known >= 0) {
                if (softBreak >= 0 && type != model::EntityType::Location)
                    break; // 国际法院|和|常设仲裁法院: two bodies, not one
                if (prefixEnd < 0)
                    prefixEnd = s;
                s = known;
                if (type == model::EntityType::Organization && knownNameEndingAt(s, nullptr) >= 0)
                    continue; // 美国|国会|参议院
                break;
            }
            const char16_t c = m_text.at(s - 1);
            if (isSoftBreak(c) && softBreak < 0 && s < e) {
                softBreak = s;
                --s;
                continue;
            }
            if (!isHan(c)) {
                // a Latin abbreviation of a known body opens the name (G7关键矿产…联盟)
                int latin = s;
                while (latin > 0 && (isLatinLetter(m_text.at(latin - 1)) || isDigit(m_text.at(latin - 1))))
                    --latin;
                const KnownName* name = latin < s ? m_gazetteer.known(m_text.slice(latin, s)) : nullptr;
                if (name && name->type == model::EntityType::Organization) {
                    prefixEnd = s;
                    s = latin;
                }
                break;
            }
            if (m_gazetteer.wordEndingAt(text, s, "breaker") > 0 || m_gazetteer.wordEndingAt(text, s, "verb") > 0
                || m_gazetteer.wordEndingAt(text, s, "cue") > 0 || m_gazetteer.wordEndingAt(text, s, "preposition") > 0
                || m_gazetteer.wordEndingAt(text, s, "demonstrative") > 0)
                break;
            --s;
        }
        bool placed = prefixEnd >= 0 && s < prefixEnd;
        if (softBreak >= 0 && (!placed || s > softBreak)) {
            s = softBreak;
            placed = false;
        }
        // the head inside a title (外交部长, 多数党领袖) makes no body
        bool inTitle = false;
        for (int k = s; k < headEnd && !inTitle; ++k)
            inTitle = k + m_gazetteer.titleAt(text, k) > headEnd;
        if (inTitle)
            continue;
        if (!placed) {
            // with no place, the name starts at its opening word if it has one (利用|国际组织)
            for (int k = s; k < e; ++k)
                if (m_gazetteer.openingWordAt(text, k) > 0) {
                    s = k;
                    break;
                }
        }
        const int opening = placed ? 0 : m_gazetteer.openingWordAt(text, s);
        const int modifiers = e - (placed ? prefixEnd : s + opening);
        if (placed) {
            if (modifiers == 0 && m_gazetteer.isGenericHead(headWord))
                continue; // 香港当局
        } else {
            const char16_t before = m_text.at(s - 1);
            if ((single && opening == 0) || modifiers < 2 || before == u'\u7684' || isNumeral(before)
                || m_text.endsWith(s, u"\u4E2A") || headWord == u"\u653F\u5E9C")
                continue; // …的; 一个; X政府 with no place is a leader's administration (特朗普政府)
        }
        ChineseMention mention { s,
                                 headEnd,
                                 model::EntityType::Organization,
                                 std::u16string(m_text.slice(s, headEnd)),
                                 2,
                                 "organization-head" };
        const bool bracketed = isOpeningBracket(m_text.at(headEnd)) && isLatinLetter(m_text.at(headEnd + 1));
        if (placed || bracketed || modifiers >= 4)
            out.push_back(std::move(mention));
        else
            weak[mention.key].emplace_back(s, headEnd);
    }
    for (const auto& [name, spans] : weak)
        if (spans.size() >= 2)
            for (const auto& [start, end] : spans)
                out.push_back({ start, end, model::EntityType::Organization, name, 2, "organization-head" });
}

void ChineseOrganizationFinder::placeBeforeOrganization(ChineseMentions& out) const
{
    const std::u16string_view text = m_text.text();
    const int length = static_cast<int>(text.size());
    for (int i = 2; i < length; ++i) {
        const auto name = m_gazetteer.nameAt(text, i);
        if (!name || name->first.type != model::EntityType::Organization)
            continue;
        model::EntityType type = model::EntityType::Misc;
        const int place = knownNameEndingAt(i, &type);
        if (place < 0 || type != model::EntityType::Location)
            continue;
        int end = i + name->second;
        if (m_gazetteer.titleAt(text, i) > name->second)
            continue; // 美国国务卿 is not 美国国务院's
        // a chamber after its body: 美国|国会|参议院
        if (const auto chamber = m_gazetteer.nameAt(text, end); chamber
            && chamber->first.type == model::EntityType::Organization
            && m_gazetteer.titleAt(text, end) <= chamber->second)
            end += chamber->second;
        out.push_back({ place, end, model::EntityType::Organization, std::u16string(m_text.slice(place, end)), 2,
                        "place-organization" });
    }
}

} // namespace sayline::analysis::zh
