// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "export/PdfJob.h"
#include "export/Timeline.h"

namespace sayline::exporting {

/// What a drawing call of the PDF module returns: the bytes, or the message of the sayline::Error it caught (no
/// exception crosses the module's edge).
struct PdfModuleResult
{
    bool ok = false;
    int errorCode = 0; ///< a sayline::ErrorCode when !ok
    std::string value; ///< the bytes, or the message
};

/// The PDF module (sayline-pdf.so): the PDF writer and the timeline chart with Qt Gui and Qt Svg behind a table of
/// functions, so that sayline-cli loads them (and the 22 libraries they need) only when an export draws.
struct PdfModuleInterface
{
    /// kPdfModuleVersion of the build that made the module, and the project version; the loader refuses others.
    int interfaceVersion = 0;
    const char* projectVersion = nullptr;
    /// Creates the QGuiApplication drawing needs (fonts), on the offscreen platform, unless the process has an
    /// application object; returns what destroyApplication must be given (nullptr when nothing was created).
    void* (*createApplication)() = nullptr;
    void (*destroyApplication)(void* application) = nullptr;
    PdfModuleResult (*renderPdf)(const PdfJob& job) = nullptr;
    PdfModuleResult (*timelineSvg)(const Timeline& timeline) = nullptr;
};

inline constexpr int kPdfModuleVersion = 1;
/// The module's one exported function: extern "C" const PdfModuleInterface* sayline_pdf_module().
inline constexpr const char* kPdfModuleEntry = "sayline_pdf_module";
using PdfModuleEntry = const PdfModuleInterface* (*)();

} // namespace sayline::exporting
