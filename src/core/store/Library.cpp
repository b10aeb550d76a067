// SPDX-License-Identifier: GPL-3.0-or-later
#include "Library.h"

#include <string>
#include <system_error>

#include "Migrator.h"
#include "model/Error.h"

namespace sayline::store {

Database openLibrary(const std::filesystem::path& file, OpenMode mode)
{
    if (mode == OpenMode::Create && file.has_parent_path()) {
        std::error_code error;
        std::filesystem::create_directories(file.parent_path(), error);
        if (error)
            throw Error(ErrorCode::Io,
                        "cannot create the library folder " + file.parent_path().string() + ": " + error.message());
    }
    Database db(file, mode);
    Migrator migrator(db);
    // Whether the file is ours is decided before anything is written to it (migrate() checks first too).
    if (migrator.currentVersion() == Migrator::latestVersion()) {
        migrator.checkCompatible();
        db.enableWriteAheadLog();
    } else if (db.readOnly()) {
        migrator.checkCompatible();
        throw Error(ErrorCode::Unsupported,
                    "library '" + file.string() + "' was written by an older Sayline (schema version "
                        + std::to_string(migrator.currentVersion()) + ") and is read-only ("
                        + whyNotWritable(file).value_or("not writable")
                        + "); open it once with write access to upgrade it");
    } else {
        migrator.migrate();
    }
    return db;
}

} // namespace sayline::store
