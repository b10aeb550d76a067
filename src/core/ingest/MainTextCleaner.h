// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "HtmlTree.h"

namespace sayline::ingest {

/// The last steps of main-text extraction: conditional removal of link lists, widgets and headers inside the
/// chosen containers, and line-level clean-up of the resulting paragraphs.
class MainTextCleaner
{
public:
    MainTextCleaner(const std::vector<std::string>& titles, bool cleanConditionally, bool weightClasses);

    /// Marks as removed what in the selected subtree looks like boilerplate (Readability's conditional clean).
    void clean(HtmlNode& selected) const;

    /// Drops boilerplate lines, lines that are mostly link text (teasers), a title repeated at the top and
    /// immediate repeats. linkShares: per paragraph, the share of its text inside links.
    void finish(std::vector<std::string>& paragraphs, const std::vector<double>& linkShares) const;

    /// Readability's similarity: share of the second text's word characters also found in the first.
    static double similarity(std::string_view a, std::string_view b);

private:
    bool isTitle(std::string_view text) const;
    bool shouldRemove(const HtmlNode& node) const;

    const std::vector<std::string>& m_titles;
    bool m_cleanConditionally;
    bool m_weightClasses;
};

} // namespace sayline::ingest
