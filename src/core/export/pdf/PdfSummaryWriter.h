// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>

namespace sayline::exporting {

/// Lays out an HTML summary or dossier (as the HTML writers make it) on A4 pages and writes it as a PDF file.
/// Needs a QGuiApplication for fonts: when there is no Qt application yet, one is created on the offscreen
/// platform (for the command line). Throws sayline::Error when the file cannot be written.
class PdfSummaryWriter
{
public:
    static void write(const std::string& html, const std::string& title, const std::filesystem::path& file);
};

} // namespace sayline::exporting
