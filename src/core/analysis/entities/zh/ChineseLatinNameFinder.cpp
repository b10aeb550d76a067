// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChineseLatinNameFinder.h"

#include <map>

#include "ChineseGazetteer.h"
#include "ChineseNameFinder.h"
#include "analysis/text/zh/ChineseText.h"

namespace sayline::analysis::zh {
namespace {

bool isLatinNameCharacter(char16_t c)
{
    return isLatinLetter(c) || isDigit(c) || c == u' ' || c == u'.' || c == u'-' || c == u'\'' || c == u'&';
}

bool isAcronym(std::u16string_view word)
{
    if (word.size() < 2)
        return false;
    for (const char16_t c : word)
        if (!((c >= u'A' && c <= u'Z') || isDigit(c)))
            return false;
    return true;
}

constexpr std::u16string_view platform = u"\u5E73\u53F0"; // 平台
constexpr std::u16string_view news = u"\u65B0\u95FB"; // 新闻

} // namespace

ChineseLatinNameFinder::ChineseLatinNameFinder(const ChineseText& text, const ChineseGazetteer& gazetteer,
                                               const ChineseNameFinder& names)
    : m_text(text)
    , m_gazetteer(gazetteer)
    , m_names(names)
{
}

std::pair<int, int> ChineseLatinNameFinder::latinInBracket(int open) const
{
    const int close = m_text.bracketEnd(open);
    if (close < 0 || !isLatinLetter(m_text.at(open + 1)))
        return { 0, 0 };
    int end = open + 1;
    while (end < close - 1 && isLatinNameCharacter(m_text.at(end)))
        ++end;
    while (end > open + 1 && m_text.at(end - 1) == u' ')
        --end;
    // the bracket must hold the name and nothing but a gloss after a comma: (Scarborough Shoal，中国称黄岩岛)
    if (end != close - 1 && !isClauseMark(m_text.at(end)))
        return { 0, 0 };
    return { open + 1, end };
}

bool ChineseLatinNameFinder::isPostedOn(int start, int end) const
{
    // 在X上发文, 在X上说: a place one posts on
    if (!m_text.endsWith(start, u"\u5728") || m_text.at(end) != u'\u4E0A')
        return false;
    for (const std::u16string_view verb :
         { std::u16string_view(u"\u53D1"), std::u16string_view(u"\u8D34"), std::u16string_view(u"\u8BF4"),
           std::u16string_view(u"\u5199"), std::u16string_view(u"\u8868\u793A"), std::u16string_view(u"\u540E\u7EED") })
        if (m_text.startsWith(end + 1, verb))
            return true; // 发 贴 说 写 表示 后续
    return false;
}

int ChineseLatinNameFinder::hanNameBefore(int end, model::EntityType type) const
{
    if (isClosingQuote(m_text.at(end - 1))) {
        for (int open = end - 2; open >= 0 && end - open < 12; --open)
            if (isOpeningQuote(m_text.at(open)))
                return end - open - 2 >= 2 ? open + 1 : end;
        return end;
    }
    if (type == model::EntityType::Person || type == model::EntityType::Location) {
        const int start = m_names.foreignNameStart(end);
        return end - start >= 2 ? start : end;
    }
    return end;
}

ChineseMentions ChineseLatinNameFinder::find(const ChineseMentions& accepted) const
{
    ChineseMentions out;
    std::map<int, const ChineseMention*> endingAt;
    for (const ChineseMention& mention : accepted)
        endingAt[mention.end] = &mention;
    std::map<std::u16string, std::pair<model::EntityType, std::u16string>> latinForms; // Latin → (type, key)

    const int length = static_cast<int>(m_text.text().size());
    for (int open = 1; open < length; ++open) {
        if (!isOpeningBracket(m_text.at(open)))
            continue;
        const auto [start, end] = latinInBracket(open);
        if (end <= start)
            continue;
        const std::u16string latin(m_text.slice(start, end));
        // The name before: accepted, or closed by a quotation mark (“凯茜”(Cathy)).
        int hanEnd = open;
        if (isClosingQuote(m_text.at(open - 1)) && !endingAt.contains(open))
            hanEnd = open - 1;
        auto before = endingAt.find(hanEnd);
        if (before == endingAt.end() && hanEnd != open)
            before = endingAt.find(open);
        if (before != endingAt.end()) {
            const ChineseMention& name = *before->second;
            out.push_back({ start, end, name.type, name.key, 3, "bracket-form" });
            latinForms[latin] = { name.type, name.key };
            continue;
        }
        std::optional<model::EntityType> type = m_gazetteer.latinNameType(latin);
        if (m_text.at(m_text.bracketEnd(open)) == u'\u53F7' && isClosingQuote(m_text.at(open - 1)))
            type = model::EntityType::Misc; // a vessel: “永恒之爱”(Ever Lovely)号
        if (!type || isAcronym(latin))
            continue;
        const int hanStart = hanNameBefore(open, *type);
        const int hanStop = isClosingQuote(m_text.at(open - 1)) ? open - 1 : open;
        std::u16string key = latin;
        if (hanStart < hanStop) {
            key = std::u16string(m_text.slice(hanStart, hanStop));
            out.push_back({ hanStart, hanStop, *type, key, 1, "bracket-name" });
        }
        out.push_back({ start, end, *type, key, 3, "bracket-name" });
        latinForms[latin] = { *type, key };
    }

    // Latin words outside brackets: a form seen in brackets, a known name, or a platform's name.
    for (int i = 0; i < length; ++i) {
        if (!isLatinLetter(m_text.at(i)) || isLatinLetter(m_text.at(i - 1)) || isDigit(m_text.at(i - 1)))
            continue;
        int end = i;
        while (isLatinLetter(m_text.at(end)) || isDigit(m_text.at(end)))
            ++end;
        const std::u16string word(m_text.slice(i, end));
        const bool inBracket = isOpeningBracket(m_text.at(i - 1));
        if (auto form = latinForms.find(word); form != latinForms.end() && !inBracket) {
            out.push_back({ i, end, form->second.first, form->second.second, 1, "latin-repeat" });
        } else if (m_text.endsWith(i, platform) || m_text.startsWith(end, platform) || isPostedOn(i, end)) {
            out.push_back({ i, end, model::EntityType::Misc, word, 1, "platform" });
            latinForms[word] = { model::EntityType::Misc, word };
        } else if (m_text.startsWith(end, news) && word.size() > 1 && word[0] >= u'A' && word[0] <= u'Z') {
            out.push_back({ i, end, model::EntityType::Organization, word, 1, "latin-medium" });
        }
        i = end;
    }
    // platform names seen later are repeated earlier too (在X上 before 社交平台X)
    for (int i = 0; i < length; ++i) {
        if (!isLatinLetter(m_text.at(i)) || isLatinLetter(m_text.at(i - 1)))
            continue;
        int end = i;
        while (isLatinLetter(m_text.at(end)) || isDigit(m_text.at(end)))
            ++end;
        auto form = latinForms.find(std::u16string(m_text.slice(i, end)));
        if (form != latinForms.end() && form->second.first == model::EntityType::Misc)
            out.push_back({ i, end, form->second.first, form->second.second, 0, "latin-repeat" });
        i = end;
    }
    return out;
}

} // namespace sayline::analysis::zh
