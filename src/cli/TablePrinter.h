// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace sayline::cli {

/// A plain-text table for the terminal: columns padded to their widest cell (CJK counted double width),
/// cells of limited columns shortened with an ellipsis.
class TablePrinter
{
public:
    /// maxWidths: 0 means unlimited.
    TablePrinter(std::vector<std::string> headers, std::vector<int> maxWidths = {});

    void addRow(std::vector<std::string> cells);
    void print(std::ostream& out) const;
    bool empty() const { return m_rows.empty(); }

    /// Columns the text takes on a terminal.
    static int displayWidth(const std::string& text);
    /// text cut to at most width columns, ending in "…" when cut.
    static std::string truncate(const std::string& text, int width);

private:
    std::vector<std::string> m_headers;
    std::vector<int> m_maxWidths;
    std::vector<std::vector<std::string>> m_rows;
};

} // namespace sayline::cli
