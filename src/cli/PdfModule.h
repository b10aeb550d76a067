// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

#include "export/pdf/module/PdfModuleInterface.h"

namespace sayline::cli {

/// The PDF module (sayline-pdf.so), loaded on the first export that draws: the PDF writer and the timeline chart
/// need Qt Gui and Qt Svg, which no other command should pay for at start.
class PdfModule
{
public:
    /// Loads the module once per process. Throws sayline::Error(Unsupported) naming the file when it is missing,
    /// cannot be loaded or belongs to another build.
    static const exporting::PdfModuleInterface& get();
    /// Where it is looked for: beside this program (the build tree), else SAYLINE_PDF_MODULE_FROM_BINDIR from it
    /// (the installed layout, ../lib/sayline).
    static std::filesystem::path location();
};

} // namespace sayline::cli
