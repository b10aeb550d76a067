// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "HtmlTree.h"

namespace sayline::ingest {

/// Finds the main text of a page among navigation, ads, comments and widgets, in the spirit of Mozilla
/// Readability: prune boilerplate elements, score containers by the paragraphs they hold (text length, commas,
/// link density, class/id hints), take the best container and its qualifying siblings, clean them, and lay out
/// their text as paragraphs. Retries with less pruning when a pass finds too little text.
class MainTextExtractor
{
public:
    /// titles: the page's title and headlines; a copy of one at the top of the body is dropped.
    explicit MainTextExtractor(std::vector<std::string> titles = {});

    /// The main text's paragraphs, in document order. Marks pruned nodes of tree as removed.
    std::vector<std::string> extract(HtmlTree& tree) const;

private:
    std::vector<std::string> m_titles;
};

} // namespace sayline::ingest
