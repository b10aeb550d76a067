// SPDX-License-Identifier: GPL-3.0-or-later
// The entry point of sayline-pdf.so; see PdfModuleInterface.h.
#include <QGuiApplication>

#include "PdfModuleInterface.h"
#include "SaylineVersion.h"
#include "export/pdf/PdfSummaryWriter.h"
#include "export/pdf/TimelineChart.h"
#include "model/Error.h"

namespace sayline::exporting {
namespace {

template <typename Draw> PdfModuleResult capture(Draw&& draw)
{
    PdfModuleResult result;
    try {
        result.value = draw();
        result.ok = true;
    } catch (const Error& error) {
        result.errorCode = static_cast<int>(error.code());
        result.value = error.what();
    } catch (const std::exception& error) {
        result.errorCode = static_cast<int>(ErrorCode::Internal);
        result.value = error.what();
    }
    return result;
}

void* createApplication()
{
    if (QCoreApplication::instance())
        return nullptr;
    // A command line needs fonts, not a display. Qt keeps argc and argv for the application's lifetime.
    static int argc = 3;
    static char name[] = "sayline-cli";
    static char option[] = "-platform";
    static char platform[] = "offscreen";
    static char* argv[] = { name, option, platform, nullptr };
    return new QGuiApplication(argc, argv);
}

void destroyApplication(void* application)
{
    delete static_cast<QGuiApplication*>(application);
}

PdfModuleResult renderPdf(const PdfJob& job)
{
    return capture([&] { return PdfSummaryWriter::render(job); });
}

PdfModuleResult timelineSvg(const Timeline& timeline)
{
    return capture([&] { return TimelineChart::svg(timeline); });
}

} // namespace
} // namespace sayline::exporting

extern "C" __attribute__((visibility("default"))) const sayline::exporting::PdfModuleInterface* sayline_pdf_module()
{
    using namespace sayline::exporting;
    static const PdfModuleInterface interface { kPdfModuleVersion, SAYLINE_VERSION, &createApplication,
                                                &destroyApplication, &renderPdf,           &timelineSvg };
    return &interface;
}
