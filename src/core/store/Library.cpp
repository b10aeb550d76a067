// SPDX-License-Identifier: GPL-3.0-or-later
#include "Library.h"

#include "Migrator.h"

namespace sayline::store {

Database openLibrary(const std::filesystem::path& file, OpenMode mode)
{
    if (mode == OpenMode::Create && file.has_parent_path())
        std::filesystem::create_directories(file.parent_path());
    Database db(file, mode);
    Migrator migrator(db);
    if (migrator.currentVersion() != Migrator::latestVersion())
        migrator.migrate();
    else
        migrator.checkCompatible();
    return db;
}

} // namespace sayline::store
