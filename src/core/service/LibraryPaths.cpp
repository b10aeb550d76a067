// SPDX-License-Identifier: GPL-3.0-or-later
#include "LibraryPaths.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include "LibraryStore.h"
#include "store/Library.h"
#include "store/Database.h"

namespace sayline::service {

std::filesystem::path defaultLibraryPath()
{
    // Front ends without a QCoreApplication (the CLI) still get Sayline's folder, not one named after argv[0].
    if (!QCoreApplication::instance() || QCoreApplication::applicationName().isEmpty())
        QCoreApplication::setApplicationName(QStringLiteral("Sayline"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return std::filesystem::path(folder.toStdString()) / "library.sqlite";
}

std::filesystem::path libraryPathOrDefault(const std::string& path)
{
    return path.empty() ? defaultLibraryPath() : std::filesystem::path(path);
}

Result<Done> prepareLibrary(const std::filesystem::path& library)
{
    return capture([&] {
        if (isTeamArchive(library)) {
            // An archive is created by `archive init`; here it only has to be reachable and ours.
            openStore(library, store::OpenMode::Read)->open();
            return Done {};
        }
        store::openLibrary(library, store::OpenMode::Create);
        return Done {};
    });
}

std::optional<std::string> readOnlyLibraryNotice(const std::filesystem::path& library)
{
    if (isTeamArchive(library))
        return std::nullopt; // the server decides, and says "read-only archive" when asked to write
    const std::optional<std::string> reason = store::whyNotWritable(library);
    if (!reason)
        return std::nullopt;
    return "note: library '" + library.string() + "' is read-only (" + *reason + "): it can be read, not changed";
}

} // namespace sayline::service
