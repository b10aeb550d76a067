// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <map>
#include <string>

namespace sayline::exporting {

/// A place in a PDF: a page (0-based) and a point on it in PDF units (1/72 inch, origin bottom left).
struct PdfDestination
{
    int page = 0;
    double left = 0;
    double top = 0;
};

/// Finishes a PDF that QPdfWriter wrote, by appending an incremental update (PDF 1.7, 7.5.6) that
/// - turns Qt's links to "#name" (written as URI actions, which viewers cannot follow) into GoTo actions to named
///   destinations, and adds those destinations to the catalog (pdfinfo -dests lists them);
/// - repairs the ToUnicode maps of the embedded fonts so that copied or extracted text reads as written: Qt maps a
///   glyph to the lowest code point the font gives it, so with Noto CJK "言" came out as the Kangxi radical "⾔",
///   "fi" as the ligature "ﬁ" and spaces as tabs.
/// Reads only what QPdfWriter writes (one cross-reference table, one flat page tree, uncompressed link annotations
/// and character maps); throws sayline::Error(Internal) when that structure is not there.
class PdfFinisher
{
public:
    static QByteArray finish(const QByteArray& pdf, const std::map<std::string, PdfDestination>& destinations);
};

} // namespace sayline::exporting
