// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace sayline::store::postgresql {

class PgConnection;

/// The two group roles of an archive: analysts read and search, editors also import and correct. A user is
/// given one with `GRANT <role> TO <user>` (docs/team-archive.md).
struct ArchiveRoles
{
    std::string analyst;
    std::string editor;
};

/// "<database>_analyst" and "<database>_editor" (role names are server-wide; the database name keeps two
/// archives on one server apart).
ArchiveRoles defaultArchiveRoles(const std::string& database);

/// Creates the archive in the connection's database (the schema, when missing) and its roles with their GRANTs;
/// running it again changes nothing. Needs the database's owner with CREATEROLE (or a superuser).
void initArchive(PgConnection& connection, const ArchiveRoles& roles);

} // namespace sayline::store::postgresql
