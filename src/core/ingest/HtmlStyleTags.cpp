// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlStyleTags.h"

#include <array>

#include "model/Utf8.h"

namespace sayline::ingest {
namespace {

bool isStyleTag(std::string_view name)
{
    static constexpr std::array<std::string_view, 12> tags { "font",   "basefont", "b",     "i",  "u",  "s",
                                                             "strike", "big",      "small", "tt", "em", "strong" };
    for (const std::string_view tag : tags)
        if (name == tag)
            return true;
    return false;
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// The position after the '>' that ends the tag whose name ends at from (quoted attribute values may hold
/// '>'), or npos when the tag never ends.
std::size_t tagEnd(std::string_view html, std::size_t from)
{
    for (std::size_t i = from; i < html.size(); ++i) {
        const char c = html[i];
        if (c == '>')
            return i + 1;
        if (c == '"' || c == '\'') {
            const std::size_t close = html.find(c, i + 1);
            if (close == std::string_view::npos)
                return std::string_view::npos;
            i = close;
        }
    }
    return std::string_view::npos;
}

/// Where the raw text of a <script> or <style> element ends: at its end tag, else the end of the page.
std::size_t rawTextEnd(std::string_view html, std::size_t from, std::string_view name)
{
    for (std::size_t at = html.find("</", from); at != std::string_view::npos; at = html.find("</", at + 2)) {
        if (model::asciiLower(html.substr(at + 2, name.size())) == name)
            return at;
    }
    return html.size();
}

} // namespace

std::string withoutStyleTags(std::string_view html)
{
    std::string out;
    out.reserve(html.size());
    std::size_t i = 0;
    while (i < html.size()) {
        const std::size_t open = html.find('<', i);
        if (open == std::string_view::npos) {
            out.append(html.substr(i));
            break;
        }
        out.append(html.substr(i, open - i));
        if (html.substr(open, 4) == "<!--") {
            const std::size_t close = html.find("-->", open + 4);
            const std::size_t end = close == std::string_view::npos ? html.size() : close + 3;
            out.append(html.substr(open, end - open));
            i = end;
            continue;
        }
        const bool endTag = open + 1 < html.size() && html[open + 1] == '/';
        const std::size_t nameStart = open + (endTag ? 2 : 1);
        std::size_t nameEnd = nameStart;
        while (nameEnd < html.size() && isNameChar(html[nameEnd]))
            ++nameEnd;
        const std::string name = model::asciiLower(html.substr(nameStart, nameEnd - nameStart));
        if (name.empty()) {
            out += '<';
            i = open + 1;
            continue;
        }
        const std::size_t end = tagEnd(html, nameEnd);
        if (end == std::string_view::npos) {
            out.append(html.substr(open));
            break;
        }
        if (isStyleTag(name)) {
            i = end; // dropped
            continue;
        }
        std::size_t copyEnd = end;
        if (!endTag && (name == "script" || name == "style"))
            copyEnd = rawTextEnd(html, end, name);
        out.append(html.substr(open, copyEnd - open));
        i = copyEnd;
    }
    return out;
}

} // namespace sayline::ingest
