// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextLists.h"

namespace sayline::store {

std::string joinLines(const std::vector<std::string>& items)
{
    std::string out;
    for (const auto& item : items) {
        if (!out.empty())
            out += '\n';
        out += item;
    }
    return out;
}

std::vector<std::string> splitText(std::string_view text, std::string_view separator)
{
    std::vector<std::string> out;
    if (text.empty())
        return out;
    std::size_t start = 0;
    while (true) {
        const std::size_t at = text.find(separator, start);
        out.emplace_back(text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
        if (at == std::string_view::npos)
            break;
        start = at + separator.size();
    }
    return out;
}

} // namespace sayline::store
