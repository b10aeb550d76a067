// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArchiveRoles.h"

#include "PgConnection.h"
#include "PgMigrator.h"

namespace sayline::store::postgresql {

ArchiveRoles defaultArchiveRoles(const std::string& database)
{
    return { database + "_analyst", database + "_editor" };
}

void initArchive(PgConnection& connection, const ArchiveRoles& roles)
{
    PgMigrator(connection).migrate();
    PgTransaction transaction(connection);
    for (const std::string& role : { roles.analyst, roles.editor }) {
        if (connection.query("SELECT 1 FROM pg_roles WHERE rolname = $1", { role }).rows() == 0)
            connection.exec("CREATE ROLE " + connection.identifier(role) + " NOLOGIN");
    }
    const std::string analyst = connection.identifier(roles.analyst);
    const std::string editor = connection.identifier(roles.editor);
    const std::string database = connection.identifier(connection.query("SELECT current_database()").text(0, 0));
    const std::string schema = connection.identifier(connection.query("SELECT current_schema()").text(0, 0));
    connection.exec("GRANT CONNECT, TEMPORARY ON DATABASE " + database + " TO " + analyst + ", " + editor + ";"
                    "GRANT USAGE ON SCHEMA " + schema + " TO " + analyst + ", " + editor + ";"
                    "GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + analyst + ", " + editor + ";"
                    "GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + editor + ";"
                    "REVOKE INSERT, UPDATE, DELETE ON sayline_schema FROM " + editor + ";"
                    "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + editor + ";"
                    // Tables a later migration adds (run by the owner) get the same grants.
                    "ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " GRANT SELECT ON TABLES TO " + analyst + ", "
                    + editor + ";"
                    "ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " GRANT INSERT, UPDATE, DELETE ON TABLES TO "
                    + editor + ";"
                    "ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " GRANT USAGE, SELECT ON SEQUENCES TO "
                    + editor);
    transaction.commit();
}

} // namespace sayline::store::postgresql
