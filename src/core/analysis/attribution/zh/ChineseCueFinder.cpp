// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChineseCueFinder.h"

#include <sstream>

#include "analysis/entities/zh/ChineseGazetteer.h"
#include "analysis/lexicon/Lexicons.h"
#include "analysis/text/Document.h"
#include "analysis/text/zh/ChineseText.h"

namespace sayline::analysis::zh {
namespace {

CueFrame frameOf(const std::string& name)
{
    if (name == "object")
        return CueFrame::Object;
    if (name == "call")
        return CueFrame::Call;
    if (name == "document")
        return CueFrame::Document;
    return CueFrame::Clause;
}

bool hasTag(const LexiconEntry& entry, std::string_view tag)
{
    if (entry.size() < 4)
        return false;
    std::stringstream tags(entry[3]);
    std::string item;
    while (tags >> item)
        if (item == tag)
            return true;
    return false;
}

constexpr char16_t de = u'\u7684'; // 的

} // namespace

ChineseCueFinder::ChineseCueFinder(const Lexicons& lexicons, const ChineseGazetteer& gazetteer)
    : m_gazetteer(gazetteer)
{
    for (const LexiconEntry& entry : lexicons.entries("zh-reporting-cues")) {
        ChineseCueWord word;
        word.word = toUtf16(entry[0]);
        if (entry.size() > 1)
            word.claim = model::claimTypeFromString(entry[1]).value_or(model::ClaimType::Assertion);
        if (entry.size() > 2)
            word.frame = frameOf(entry[2]);
        word.noun = hasTag(entry, "noun");
        word.compound = hasTag(entry, "compound");
        word.action = hasTag(entry, "action");
        m_longest = std::max(m_longest, static_cast<int>(word.word.size()));
        m_words.push_back(std::move(word));
    }
    for (std::size_t i = 0; i < m_words.size(); ++i)
        m_index.emplace(m_words[i].word, i);
    for (const LexiconEntry& entry : lexicons.entries("zh-cue-blockers"))
        m_blockers.push_back(toUtf16(entry[0]));
}

const ChineseCueWord* ChineseCueFinder::wordAt(const ChineseText& text, int i) const
{
    for (int length = m_longest; length >= 1; --length) {
        auto it = m_index.find(std::u16string(text.slice(i, i + length)));
        if (it != m_index.end() && static_cast<int>(it->first.size()) == length)
            return &m_words[it->second];
    }
    return nullptr;
}

bool ChineseCueFinder::isBlocked(const ChineseText& text, int start, int end) const
{
    const std::u16string_view cue = text.slice(start, end);
    for (const std::u16string& blocker : m_blockers) {
        for (std::size_t at = blocker.find(cue); at != std::u16string::npos; at = blocker.find(cue, at + 1)) {
            const int from = start - static_cast<int>(at);
            if (from >= 0 && text.slice(from, from + static_cast<int>(blocker.size())) == blocker)
                return true;
        }
    }
    return false;
}

bool ChineseCueFinder::isVerbReading(const ChineseText& text, int start, int end, const ChineseCueWord& word) const
{
    const char16_t before = text.at(start - 1);
    const char16_t after = text.at(end);
    if (after == de || before == u'\u88AB' || before == u'\u6240') // …的; 被…; 所…
        return false;
    if (before == u'\u672A' || before == u'\u4E0D' || before == u'\u6CA1' || text.endsWith(start, u"\u6CA1\u6709"))
        return false; // 未 不 没 没有: negated speech reports nothing
    if (word.compound)
        return wordAt(text, end) != nullptr; // 补充|说
    if (!word.noun)
        return true;
    // A noun reading: after 的, a numeral or a classifier (一份声明, 这项提议), or before 中/里/上 (在声明中).
    if (before == de || before == u'\u4EFD' || before == u'\u9879' || before == u'\u7BC7' || before == u'\u4E2A'
        || before == u'\u4E00' || before == u'\u5219')
        return false; // 的 份 项 篇 个 一 则
    if (after == u'\u4E2D' || after == u'\u91CC' || after == u'\u4E0A' || after == u'\u663E' || after == u'\u6307'
        || after == u'\u79F0' || after == u'\u8BF4' || after == u'\u5DF2' || after == u'\u662F')
        return false; // 中 里 上 显(示) 指(出) 称 说 已 是: the noun is the subject or a place
    return true;
}

std::vector<ChineseCue> ChineseCueFinder::find(const ChineseText& text) const
{
    std::vector<ChineseCue> cues;
    const int length = static_cast<int>(text.text().size());
    for (int i = 0; i < length; ++i) {
        if (!isHan(text.at(i)) || text.quoteAt(i) >= 0)
            continue;
        const ChineseCueWord* word = wordAt(text, i);
        if (!word)
            continue;
        const int end = i + static_cast<int>(word->word.size());
        if (isBlocked(text, i, end) || !isVerbReading(text, i, end, *word)) {
            i = end - 1;
            continue;
        }
        if (word->compound) {
            // the cue is the verb after it, reported with the compound as its first part (补充说)
            const ChineseCueWord* next = wordAt(text, end);
            cues.push_back({ i, end + static_cast<int>(next->word.size()), next });
            i = end + static_cast<int>(next->word.size()) - 1;
            continue;
        }
        // 强调说, 表示称: a one-character cue right after another one is part of it
        const ChineseCueWord* next = wordAt(text, end);
        const int cueEnd = next && next->word.size() == 1 && text.quoteAt(end) < 0 ? end + 1 : end;
        cues.push_back({ i, cueEnd, word });
        i = cueEnd - 1;
    }
    return cues;
}

} // namespace sayline::analysis::zh
