// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierDialog.h"

#include <QPushButton>

#include "common/SpeakerCompleter.h"
#include "ui_DossierDialog.h"

namespace sayline::app {
namespace {

const QDate kAnyDate(1900, 1, 1);

std::optional<std::string> dateOf(const QDateEdit* edit)
{
    if (edit->date() == edit->minimumDate())
        return std::nullopt;
    return edit->date().toString(Qt::ISODate).toStdString();
}

} // namespace

DossierDialog::DossierDialog(const std::filesystem::path& library, const QString& speaker, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DossierDialog>())
{
    m_ui->setupUi(this);
    for (QDateEdit* edit : { m_ui->fromDateEdit, m_ui->toDateEdit }) {
        edit->setMinimumDate(kAnyDate);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(kAnyDate);
    }
    m_completer = new SpeakerCompleter(library, m_ui->dossierSpeakerEdit);
    m_ui->dossierSpeakerEdit->setText(speaker);
    auto updateOk = [this] {
        m_ui->buttonBox->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_ui->dossierSpeakerEdit->text().trimmed().isEmpty());
    };
    connect(m_ui->dossierSpeakerEdit, &QLineEdit::textChanged, this, updateOk);
    updateOk();
}

DossierDialog::~DossierDialog() = default;

QString DossierDialog::speaker() const
{
    return m_ui->dossierSpeakerEdit->text().trimmed();
}

std::optional<std::string> DossierDialog::from() const
{
    return dateOf(m_ui->fromDateEdit);
}

std::optional<std::string> DossierDialog::to() const
{
    return dateOf(m_ui->toDateEdit);
}

} // namespace sayline::app
