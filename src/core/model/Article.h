// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace sayline::model {

/// One article as read from a file: metadata and main text. All strings are valid UTF-8.
struct Article
{
    std::string file;                 ///< the path it was read from, as given
    int item = 0;                     ///< index of the article inside a multi-article file (feed item)
    std::string title;
    std::vector<std::string> authors;
    std::optional<std::string> publisher;
    std::optional<std::string> published; ///< ISO 8601: YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+hh:mm]
    std::optional<std::string> updated;   ///< same form as published
    std::optional<std::string> language;  ///< BCP 47 primary tag: "en", "zh", ...
    std::optional<std::string> url;
    std::vector<std::string> paragraphs;  ///< main text, one entry per paragraph, no empty entries

    /// The body of the analysis contract: paragraphs joined by a blank line.
    std::string body() const;
};

} // namespace sayline::model
