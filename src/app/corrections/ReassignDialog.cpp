// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReassignDialog.h"

#include <QPushButton>

#include "common/SpeakerCompleter.h"
#include "ui_ReassignDialog.h"

namespace sayline::app {

ReassignDialog::ReassignDialog(const QString& statement, const std::vector<SpeakerChoice>& candidates,
                               const std::filesystem::path& library, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReassignDialog>())
    , m_candidates(candidates)
{
    m_ui->setupUi(this);
    const QString simple = statement.simplified();
    m_ui->questionLabel->setText(
        tr("Who said “%1”?").arg(simple.size() > 160 ? simple.left(159) + QStringLiteral("…") : simple));
    for (const SpeakerChoice& candidate : m_candidates)
        m_ui->candidateList->addItem(candidate.name);
    m_ui->candidatesLabel->setVisible(!m_candidates.empty());
    m_ui->candidateList->setVisible(!m_candidates.empty());
    m_completer = new SpeakerCompleter(library, m_ui->otherSpeakerEdit);
    connect(m_ui->candidateList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_ui->otherSpeakerEdit->clear();
        updateOk();
    });
    connect(m_ui->candidateList, &QListWidget::itemActivated, this, [this] {
        if (choice())
            accept();
    });
    connect(m_completer, &SpeakerCompleter::speakerChosen, this, [this] {
        m_ui->candidateList->setCurrentRow(-1);
        updateOk();
    });
    connect(m_ui->otherSpeakerEdit, &QLineEdit::textEdited, this, [this] {
        m_ui->candidateList->setCurrentRow(-1);
        updateOk();
    });
    if (m_candidates.empty())
        m_ui->otherSpeakerEdit->setFocus();
    updateOk();
}

ReassignDialog::~ReassignDialog() = default;

std::optional<SpeakerChoice> ReassignDialog::choice() const
{
    const int row = m_ui->candidateList->currentRow();
    if (row >= 0 && row < static_cast<int>(m_candidates.size()))
        return m_candidates[static_cast<std::size_t>(row)];
    if (const auto id = m_completer->chosenSpeaker())
        return SpeakerChoice { *id, m_ui->otherSpeakerEdit->text() };
    return std::nullopt;
}

void ReassignDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(choice().has_value());
}

} // namespace sayline::app
