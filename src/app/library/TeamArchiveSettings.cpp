// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamArchiveSettings.h"

#include <QSettings>

namespace sayline::app::teamArchiveSettings {
namespace {

const QString kGroup = QStringLiteral("teamArchive");
const QString kReopen = QStringLiteral("teamArchive/reopen");

std::string read(const QSettings& settings, const QString& key)
{
    return settings.value(kGroup + QLatin1Char('/') + key).toString().toStdString();
}

void write(QSettings& settings, const QString& key, const std::string& value)
{
    settings.setValue(kGroup + QLatin1Char('/') + key, QString::fromStdString(value));
}

} // namespace

service::ArchiveConnection load()
{
    const QSettings settings;
    service::ArchiveConnection connection;
    connection.host = read(settings, QStringLiteral("host"));
    connection.port = read(settings, QStringLiteral("port"));
    connection.database = read(settings, QStringLiteral("database"));
    connection.user = read(settings, QStringLiteral("user"));
    connection.service = read(settings, QStringLiteral("service"));
    return connection;
}

void save(const service::ArchiveConnection& connection)
{
    QSettings settings;
    write(settings, QStringLiteral("host"), connection.host);
    write(settings, QStringLiteral("port"), connection.port);
    write(settings, QStringLiteral("database"), connection.database);
    write(settings, QStringLiteral("user"), connection.user);
    write(settings, QStringLiteral("service"), connection.service);
}

bool reopenArchive()
{
    return QSettings().value(kReopen, false).toBool();
}

void setReopenArchive(bool reopen)
{
    QSettings().setValue(kReopen, reopen);
}

} // namespace sayline::app::teamArchiveSettings
