// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownText.h"

#include <cctype>

namespace sayline::ingest {
namespace {

bool onlyChars(std::string_view line, std::string_view allowed, std::size_t minimum)
{
    std::size_t count = 0;
    for (const char c : line) {
        if (c == ' ' || c == '\t' || c == '\r')
            continue;
        if (allowed.find(c) == std::string_view::npos)
            return false;
        ++count;
    }
    return count >= minimum;
}

/// The closing bracket matching the '[' at open, or npos.
std::size_t matchingBracket(std::string_view text, std::size_t open, char openChar, char closeChar)
{
    int depth = 0;
    for (std::size_t i = open; i < text.size(); ++i) {
        if (text[i] == openChar)
            ++depth;
        else if (text[i] == closeChar && --depth == 0)
            return i;
    }
    return std::string_view::npos;
}

} // namespace

std::string MarkdownText::stripInline(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' && i + 1 < text.size() && std::ispunct(static_cast<unsigned char>(text[i + 1]))) {
            out += text[++i];
            continue;
        }
        const bool image = c == '!' && i + 1 < text.size() && text[i + 1] == '[';
        if (c == '[' || image) {
            const std::size_t open = image ? i + 1 : i;
            const std::size_t close = matchingBracket(text, open, '[', ']');
            if (close != std::string_view::npos && close + 1 < text.size() && text[close + 1] == '(') {
                const std::size_t end = matchingBracket(text, close + 1, '(', ')');
                if (end != std::string_view::npos) {
                    if (!image)
                        out += stripInline(text.substr(open + 1, close - open - 1));
                    i = end;
                    continue;
                }
            }
        }
        if (c == '*' || c == '`')
            continue;
        // "__bold__" and "_em_" at word edges; keep snake_case words intact
        if (c == '_') {
            const bool before = i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1]));
            const bool after = i + 1 < text.size() && std::isalnum(static_cast<unsigned char>(text[i + 1]));
            if (!(before && after))
                continue;
        }
        out += c;
    }
    return out;
}

std::string MarkdownText::stripLine(std::string_view line)
{
    std::size_t i = 0;
    while (i < line.size() && line[i] == ' ')
        ++i;
    while (i < line.size() && line[i] == '>') {
        ++i;
        while (i < line.size() && line[i] == ' ')
            ++i;
    }
    if (i < line.size() && line[i] == '#') {
        while (i < line.size() && line[i] == '#')
            ++i;
    } else if (i + 1 < line.size() && (line[i] == '-' || line[i] == '*' || line[i] == '+') && line[i + 1] == ' ') {
        i += 2;
    } else {
        std::size_t j = i;
        while (j < line.size() && std::isdigit(static_cast<unsigned char>(line[j])))
            ++j;
        if (j > i && j + 1 < line.size() && (line[j] == '.' || line[j] == ')') && line[j + 1] == ' ')
            i = j + 2;
    }
    while (i < line.size() && line[i] == ' ')
        ++i;
    return stripInline(line.substr(i));
}

bool MarkdownText::isSetextUnderline(std::string_view line)
{
    return onlyChars(line, "=", 3) || onlyChars(line, "-", 3);
}

bool MarkdownText::isHorizontalRule(std::string_view line)
{
    return onlyChars(line, "-", 3) || onlyChars(line, "*", 3) || onlyChars(line, "_", 3);
}

} // namespace sayline::ingest
