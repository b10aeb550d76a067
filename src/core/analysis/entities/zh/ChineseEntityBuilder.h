// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChineseMention.h"
#include "analysis/entities/EntityList.h"

namespace sayline::analysis::zh {

class ChineseGazetteer;
class ChineseText;

/// Groups the chosen mentions into entities: one per key, a person's last name (卢比奥) joined to the full
/// name (马尔科·卢比奥), a bracketed Latin form to the name before it; the name is the longest Han mention.
/// A title right before a person's mention becomes a role (外交部发言人汪文斌 → 发言人), and the organisation
/// or place right before the title the affiliation (外交部).
class ChineseEntityBuilder
{
public:
    ChineseEntityBuilder(const ChineseText& text, const ChineseGazetteer& gazetteer);

    EntityList build(const ChineseMentions& mentions) const;

private:
    const ChineseText& m_text;
    const ChineseGazetteer& m_gazetteer;
};

} // namespace sayline::analysis::zh
