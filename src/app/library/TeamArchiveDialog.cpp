// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamArchiveDialog.h"

#include <QGuiApplication>
#include <QIntValidator>
#include <QMessageBox>
#include <QPushButton>

#include "TeamArchiveSettings.h"
#include "ui_TeamArchiveDialog.h"

namespace sayline::app {
namespace {

std::string field(const QLineEdit* edit)
{
    return edit->text().trimmed().toStdString();
}

} // namespace

TeamArchiveDialog::TeamArchiveDialog(const service::ArchiveConnection& initial, QWidget* parent,
                                     const QString& problem)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TeamArchiveDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("teamArchiveDialog"));
    m_ui->portEdit->setValidator(new QIntValidator(1, 65535, m_ui->portEdit));
    m_ui->serviceEdit->setText(QString::fromStdString(initial.service));
    m_ui->hostEdit->setText(QString::fromStdString(initial.host));
    m_ui->portEdit->setText(QString::fromStdString(initial.port));
    m_ui->databaseEdit->setText(QString::fromStdString(initial.database));
    m_ui->userEdit->setText(QString::fromStdString(initial.user));
    if (!problem.isEmpty())
        m_ui->introLabel->setText(problem);
    for (QLineEdit* edit : { m_ui->serviceEdit, m_ui->hostEdit, m_ui->portEdit, m_ui->databaseEdit, m_ui->userEdit })
        connect(edit, &QLineEdit::textChanged, this, &TeamArchiveDialog::updateAddress);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TeamArchiveDialog::accept);
    updateAddress();
    (initial.database.empty() && initial.service.empty() ? m_ui->hostEdit : m_ui->passwordEdit)->setFocus();
}

TeamArchiveDialog::~TeamArchiveDialog()
{
    m_ui->passwordEdit->clear();
}

service::ArchiveConnection TeamArchiveDialog::connection() const
{
    service::ArchiveConnection connection;
    connection.host = field(m_ui->hostEdit);
    connection.port = field(m_ui->portEdit);
    connection.database = field(m_ui->databaseEdit);
    connection.user = field(m_ui->userEdit);
    connection.service = field(m_ui->serviceEdit);
    return connection;
}

QString TeamArchiveDialog::address() const
{
    return QString::fromStdString(connection().address());
}

void TeamArchiveDialog::updateAddress()
{
    const service::ArchiveConnection fields = connection();
    m_ui->addressLabel->setText(tr("Address: %1").arg(address()));
    m_ui->buttonBox->button(QDialogButtonBox::Open)->setEnabled(!fields.database.empty() || !fields.service.empty());
}

void TeamArchiveDialog::accept()
{
    // The password goes to the service for this session and leaves the widget at once.
    const std::string password = m_ui->passwordEdit->text().toStdString();
    m_ui->passwordEdit->clear();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto opened = service::openTeamArchive(connection().address(), password);
    QGuiApplication::restoreOverrideCursor();
    if (!opened) {
        QMessageBox box(QMessageBox::Critical, tr("Open Team Archive"),
                        tr("Sayline could not open the team archive."), QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("teamArchiveErrorBox"));
        box.setInformativeText(QString::fromStdString(opened.error()));
        box.exec();
        return;
    }
    m_access = opened.value();
    QDialog::accept();
}

std::optional<QString> reopenTeamArchive()
{
    const service::ArchiveConnection last = teamArchiveSettings::load();
    const std::string address = last.address();
    const auto reopened = service::openTeamArchive(address);
    if (reopened)
        return QString::fromStdString(address);
    TeamArchiveDialog dialog(last, nullptr,
                             TeamArchiveDialog::tr("The team archive opened last could not be reopened: %1")
                                 .arg(QString::fromStdString(reopened.error())));
    if (dialog.exec() == QDialog::Accepted) {
        teamArchiveSettings::save(dialog.connection());
        return dialog.address();
    }
    teamArchiveSettings::setReopenArchive(false);
    return std::nullopt;
}

} // namespace sayline::app
