// SPDX-License-Identifier: GPL-3.0-or-later
#ifdef SAYLINE_HAVE_PDF
#include "PdfModule.h"

#include <QLibrary>
#include <string>

#include "SaylineVersion.h"
#include "model/Error.h"

namespace sayline::cli {
namespace {

constexpr const char* kModuleFile = "sayline-pdf.so";

const exporting::PdfModuleInterface& load()
{
    const std::filesystem::path file = PdfModule::location();
    const std::string name = file.string();
    // Never unloaded (QLibrary's destructor leaves it loaded): Qt keeps pointers into it until exit.
    static QLibrary library;
    library.setFileName(QString::fromStdString(name));
    if (!library.load())
        throw Error(ErrorCode::Unsupported,
                    "PDF export needs the module " + name + ", which cannot be loaded: "
                        + library.errorString().toStdString());
    const auto entry = reinterpret_cast<exporting::PdfModuleEntry>(library.resolve(exporting::kPdfModuleEntry));
    const exporting::PdfModuleInterface* module = entry ? entry() : nullptr;
    if (!module || module->interfaceVersion != exporting::kPdfModuleVersion
        || std::string(module->projectVersion) != SAYLINE_VERSION)
        throw Error(ErrorCode::Unsupported,
                    "the PDF module " + name + " does not belong to this sayline-cli " SAYLINE_VERSION);
    return *module;
}

} // namespace

const exporting::PdfModuleInterface& PdfModule::get()
{
    static const exporting::PdfModuleInterface& module = load();
    return module;
}

std::filesystem::path PdfModule::location()
{
    std::error_code error;
    const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", error);
    const std::filesystem::path folder = error ? std::filesystem::path(".") : program.parent_path();
    if (std::filesystem::exists(folder / kModuleFile, error))
        return folder / kModuleFile;
    return (folder / SAYLINE_PDF_MODULE_FROM_BINDIR / kModuleFile).lexically_normal();
}

} // namespace sayline::cli
#endif
