// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChineseMention.h"

namespace sayline::analysis::zh {

class ChineseGazetteer;
class ChineseText;

/// Finds people's names in Chinese text, each by one rule:
///   dot-name       transliterated names joined by a middle dot: 马尔科·卢比奥, JD·万斯, 托马斯·威尔·保肯二世
///   titled-name    a transliterated name after or before a title: 总统特朗普, 特朗普总统
///   government-of  a transliterated name before 政府/政权: 特朗普政府, 里根政府
///   chinese-name   a surname and a one- or two-character given name, with a title before it (发言人林剑), a
///                  person's Latin name in brackets after it (谷立言(Raymond Greene)) or as the whole subject of a
///                  reporting verb (。李明华说)
class ChineseNameFinder
{
public:
    ChineseNameFinder(const ChineseText& text, const ChineseGazetteer& gazetteer);

    ChineseMentions find() const;

    /// The start of a transliterated name that ends at end: a run of transliteration characters, cut after a
    /// title or a place name that reaches into it (总理|弗里德里希). end when there is none.
    int foreignNameStart(int end) const;
    /// The end of a transliterated name part starting at start (at most six characters, with a generation
    /// suffix such as 二世), or start.
    int foreignNameEnd(int start) const;
    /// The length of a Chinese name (surname + given name) at start that a bracket or title confirms, choosing
    /// two or three characters by the word breaks around it; 0 for none.
    int chineseNameLength(int start) const;

private:
    void dotNames(ChineseMentions& out) const;
    void titledNames(ChineseMentions& out) const;
    void chineseNames(ChineseMentions& out) const;
    bool endsName(int i) const;
    /// True when [start, end) is the whole subject of a reporting verb (。李明华说, ”李明华还表示) or opens a
    /// paragraph before a colon (a transcript: 李明华：…).
    bool isCuedSubject(int start, int end) const;
    /// True when the bracket opening at open holds a person's name in Latin script.
    bool personInBracket(int open) const;

    const ChineseText& m_text;
    const ChineseGazetteer& m_gazetteer;
};

} // namespace sayline::analysis::zh
