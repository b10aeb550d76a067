// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChineseMention.h"

namespace sayline::analysis::zh {

class ChineseGazetteer;
class ChineseNameFinder;
class ChineseText;

/// Names in Latin script inside Chinese text, each by one rule:
///   bracket-form   the Latin form in brackets after a name is a mention of the same entity:
///                  马尔科·卢比奥(Marco Rubio), 世界卫生组织(WHO)
///   bracket-name   where no name was found before the bracket, the Latin form tells the type (a given name:
///                  “凯茜”(Cathy); a head word: Fox News) and the Han name before it becomes a mention too
///   latin-repeat   a Latin form seen in brackets, again elsewhere (G7, CDC)
///   platform       a Latin word next to 平台 (社交平台X) or posted on (在X上发文) is a platform's name (misc)
///   a vessel's name, “永恒之爱”(Ever Lovely)号, is misc too
class ChineseLatinNameFinder
{
public:
    ChineseLatinNameFinder(const ChineseText& text, const ChineseGazetteer& gazetteer, const ChineseNameFinder& names);

    /// New mentions, given the Han mentions already accepted.
    ChineseMentions find(const ChineseMentions& accepted) const;

private:
    /// The Latin name at the start of the bracket that opens at open: [start, end), or an empty range.
    std::pair<int, int> latinInBracket(int open) const;
    /// The start of a Han name that ends at end and that only the Latin form confirms, or end.
    int hanNameBefore(int end, model::EntityType type) const;
    /// True for a Latin word between 在 and 上 before a verb of posting (在X上发文).
    bool isPostedOn(int start, int end) const;

    const ChineseText& m_text;
    const ChineseGazetteer& m_gazetteer;
    const ChineseNameFinder& m_names;
};

} // namespace sayline::analysis::zh
