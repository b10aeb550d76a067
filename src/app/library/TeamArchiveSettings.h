// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/ArchiveConnection.h"

namespace sayline::app::teamArchiveSettings {

/// The team archive connection last opened (host, port, database, user, service; never a password), from QSettings.
service::ArchiveConnection load();
void save(const service::ArchiveConnection& connection);

/// Whether the window showed a team archive when it was last switched: then the next start reopens that archive
/// (the personal library otherwise), as it reopens the library file.
bool reopenArchive();
void setReopenArchive(bool reopen);

} // namespace sayline::app::teamArchiveSettings
