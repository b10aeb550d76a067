// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "export/PdfJob.h"

namespace sayline::exporting {

/// Lays out a summary or dossier page (HTML made for the PDF target) on A4 pages: Noto CJK fonts, a running header
/// with the title from page 2, a footer with the source and "Page N of M", the timeline chart as vector graphics,
/// working links between statements and their place in the text (PdfFinisher). Needs the front end's
/// QGuiApplication (throws sayline::Error(Unsupported) without one).
class PdfSummaryWriter
{
public:
    /// The PDF file's bytes.
    static std::string render(const PdfJob& job);
};

} // namespace sayline::exporting
