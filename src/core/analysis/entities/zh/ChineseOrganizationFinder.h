// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChineseMention.h"

namespace sayline::analysis::zh {

class ChineseGazetteer;
class ChineseText;

/// Finds organisations by their head noun (zh-organization-heads): the name runs back from the head over its
/// modifiers to a place or organisation name (美国|贸易代表|办公室, 香港|律政|司, 美国|国会|参议院) or to a
/// break (的, 在, a verb, punctuation). Rule names: "organization-head", and "place-organization" for a
/// place before a known organisation (美国国务院, 中国外交部).
/// Left out as descriptions rather than names: a head after 的 or a numeral with no place before it (一家新的
/// 埃博拉治疗中心), a one-character head (部, 局) with no place before it, a place with a generic head
/// (香港当局), and lexicalised titles (外交部长, 局长).
class ChineseOrganizationFinder
{
public:
    ChineseOrganizationFinder(const ChineseText& text, const ChineseGazetteer& gazetteer);

    ChineseMentions find() const;

private:
    /// The start of the longest place or organisation name that ends at end, or -1; type gets its type.
    int knownNameEndingAt(int end, model::EntityType* type) const;
    void byHead(ChineseMentions& out) const;
    void placeBeforeOrganization(ChineseMentions& out) const;

    const ChineseText& m_text;
    const ChineseGazetteer& m_gazetteer;
};

} // namespace sayline::analysis::zh
