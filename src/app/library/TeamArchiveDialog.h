// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <memory>
#include <optional>

#include "service/ArchiveConnection.h"
#include "service/LibraryAccess.h"

namespace Ui {
class TeamArchiveDialog;
}

namespace sayline::app {

/// File → Open Team Archive…: where the archive is (host, port, database, user, or a PGSERVICE name) and, when
/// ~/.pgpass does not hold it, a password for this session. Open connects through service::openTeamArchive and
/// stays open with an error dialog when that fails. Layout in ui/library/TeamArchiveDialog.ui.
class TeamArchiveDialog : public QDialog
{
    Q_OBJECT

public:
    /// problem: why the dialog is shown again (the remembered archive could not be reopened at start).
    explicit TeamArchiveDialog(const service::ArchiveConnection& initial, QWidget* parent = nullptr,
                               const QString& problem = {});
    ~TeamArchiveDialog() override;

    /// The fields as given (no password).
    service::ArchiveConnection connection() const;
    /// The archive address the fields make (no password).
    QString address() const;
    /// What the accepted connection found (read-only or not).
    const service::LibraryAccess& access() const { return m_access; }

public Q_SLOTS:
    void accept() override;

private:
    void updateAddress();

    std::unique_ptr<Ui::TeamArchiveDialog> m_ui;
    service::LibraryAccess m_access;
};

/// At start, when the window last showed a team archive: connects to it again (through ~/.pgpass or PGSERVICE), or
/// asks with the dialog, saying why. The address to open, or nullopt (cancelled: the personal library, which is then
/// also what the next start opens).
std::optional<QString> reopenTeamArchive();

} // namespace sayline::app
