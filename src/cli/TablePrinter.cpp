// SPDX-License-Identifier: GPL-3.0-or-later
#include "TablePrinter.h"

#include <algorithm>
#include <ostream>

namespace sayline::cli {
namespace {

/// Decodes the code point at text[i] (valid UTF-8 assumed) and advances i.
char32_t decode(const std::string& text, std::size_t& i)
{
    const auto byte = static_cast<unsigned char>(text[i]);
    const int length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
    char32_t cp = length == 1 ? byte : byte & (0x7F >> length);
    for (int k = 1; k < length && i + k < text.size(); ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    i += static_cast<std::size_t>(length);
    return cp;
}

int widthOf(char32_t cp)
{
    if (cp == '\n' || cp == '\t')
        return 1;
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
}

std::string oneLine(std::string text)
{
    std::replace(text.begin(), text.end(), '\n', ' ');
    std::replace(text.begin(), text.end(), '\t', ' ');
    return text;
}

} // namespace

TablePrinter::TablePrinter(std::vector<std::string> headers, std::vector<int> maxWidths)
    : m_headers(std::move(headers))
    , m_maxWidths(std::move(maxWidths))
{
    m_maxWidths.resize(m_headers.size(), 0);
}

void TablePrinter::addRow(std::vector<std::string> cells)
{
    cells.resize(m_headers.size());
    for (std::size_t c = 0; c < cells.size(); ++c) {
        cells[c] = oneLine(std::move(cells[c]));
        if (m_maxWidths[c] > 0)
            cells[c] = truncate(cells[c], m_maxWidths[c]);
    }
    m_rows.push_back(std::move(cells));
}

int TablePrinter::displayWidth(const std::string& text)
{
    int width = 0;
    for (std::size_t i = 0; i < text.size();)
        width += widthOf(decode(text, i));
    return width;
}

std::string TablePrinter::truncate(const std::string& text, int width)
{
    if (displayWidth(text) <= width)
        return text;
    std::string out;
    int used = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const int w = widthOf(decode(text, i));
        if (used + w > width - 1)
            break;
        used += w;
        out.append(text, start, i - start);
    }
    return out + "…";
}

void TablePrinter::print(std::ostream& out) const
{
    std::vector<int> widths(m_headers.size(), 0);
    for (std::size_t c = 0; c < m_headers.size(); ++c) {
        widths[c] = displayWidth(m_headers[c]);
        for (const auto& row : m_rows)
            widths[c] = std::max(widths[c], displayWidth(row[c]));
    }
    auto printRow = [&](const std::vector<std::string>& cells) {
        std::string line;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            line += cells[c];
            if (c + 1 < cells.size())
                line += std::string(static_cast<std::size_t>(widths[c] - displayWidth(cells[c]) + 2), ' ');
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out << line << '\n';
    };
    printRow(m_headers);
    for (const auto& row : m_rows)
        printRow(row);
}

} // namespace sayline::cli
