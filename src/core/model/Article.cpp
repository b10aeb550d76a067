// SPDX-License-Identifier: GPL-3.0-or-later
#include "Article.h"

namespace sayline::model {

std::string Article::body() const
{
    std::string out;
    for (const auto& paragraph : paragraphs) {
        if (!out.empty())
            out += "\n\n";
        out += paragraph;
    }
    return out;
}

} // namespace sayline::model
