// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "Html.h"
#include "SummaryDocument.h"

namespace sayline::exporting {

/// How a CSV file is written: RFC 4180 always; line ends and an optional UTF-8 byte order mark for Excel.
struct CsvOptions
{
    bool crlf = true;
    bool byteOrderMark = false;
};

/// Renders a speaker dossier (or any statement list) in the order of its entries: as CSV for spreadsheets (one row
/// per statement), as Markdown, or as an HTML page; Markdown and HTML open with the brief.
class DossierWriter
{
public:
    /// The CSV columns, in order.
    static const std::vector<std::string>& csvColumns();

    static std::string csv(const Dossier& dossier, const CsvOptions& options = {});
    static std::string markdown(const Dossier& dossier);
    static std::string html(const Dossier& dossier, const HtmlOptions& options = {});
    /// A JSON array of objects with the CSV columns as members (ids as numbers, missing values null) and "url".
    static std::string json(const Dossier& dossier);

    /// One CSV field: a text a spreadsheet would take for a formula (starting with =, +, -, @, tab or CR) gets a
    /// leading apostrophe (OWASP); then quoted, inner quotes doubled, when it holds a comma, quote, CR or LF.
    static std::string csvField(std::string_view text);

    /// "Dossier: NAME", or the dossier's own title.
    static std::string title(const Dossier& dossier);
    /// "Speaker dossier · 12 statements · 2007-01-12 to 2010-08-09": for a kicker line or a page footer.
    static std::string source(const Dossier& dossier);
};

} // namespace sayline::exporting
