// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeDialog.h"

#include <QPushButton>

#include "service/SearchService.h"
#include "ui_MergeDialog.h"

namespace sayline::app {
namespace {

constexpr int kShown = 30;
constexpr int kTypingDelayMs = 150;
constexpr int kIdRole = Qt::UserRole;

QString typeName(model::EntityType type)
{
    switch (type) {
    case model::EntityType::Person:
        return MergeDialog::tr("person");
    case model::EntityType::Organization:
        return MergeDialog::tr("organization");
    case model::EntityType::Location:
        return MergeDialog::tr("place");
    case model::EntityType::Misc:
        break;
    }
    return MergeDialog::tr("other");
}

} // namespace

MergeDialog::MergeDialog(const QString& name, store::RowId entity, const std::filesystem::path& library,
                         QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MergeDialog>())
    , m_entity(entity)
    , m_search(std::make_unique<service::SearchService>(library))
{
    m_ui->setupUi(this);
    m_ui->questionLabel->setText(tr("“%1” is the same as:").arg(name.toHtmlEscaped()));
    m_typing.setSingleShot(true);
    m_typing.setInterval(kTypingDelayMs);
    connect(&m_typing, &QTimer::timeout, this, &MergeDialog::refill);
    connect(m_ui->speakerEdit, &QLineEdit::textEdited, &m_typing, qOverload<>(&QTimer::start));
    connect(m_ui->matchList, &QListWidget::currentRowChanged, this, &MergeDialog::updateOk);
    connect(m_ui->matchList, &QListWidget::itemActivated, this, [this] {
        if (choice())
            accept();
    });
    m_ui->speakerEdit->setFocus();
    updateOk();
}

MergeDialog::~MergeDialog() = default;

void MergeDialog::refill()
{
    m_ui->matchList->clear();
    const auto found = m_search->completeEntities(m_ui->speakerEdit->text().toStdString(), kShown);
    if (!found)
        return;
    for (const store::EntityInfo& info : found.value()) {
        if (info.id == m_entity)
            continue;
        QStringList details { typeName(info.type) };
        for (const std::string& role : info.roles)
            details.append(QString::fromStdString(role));
        details.append(info.articleCount == 1 ? tr("1 article") : tr("%1 articles").arg(info.articleCount));
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(QString::fromStdString(info.name), details.join(QStringLiteral(", "))));
        item->setData(kIdRole, static_cast<qint64>(info.id));
        item->setData(Qt::UserRole + 1, QString::fromStdString(info.name));
        QStringList aliases;
        for (const std::string& alias : info.aliases)
            aliases.append(QString::fromStdString(alias));
        item->setToolTip(aliases.isEmpty() ? QString() : tr("Also: %1").arg(aliases.join(QStringLiteral("; "))));
        m_ui->matchList->addItem(item);
    }
    if (m_ui->matchList->count() == 1)
        m_ui->matchList->setCurrentRow(0);
    updateOk();
}

std::optional<SpeakerChoice> MergeDialog::choice() const
{
    const QListWidgetItem* item = m_ui->matchList->currentItem();
    if (!item)
        return std::nullopt;
    return SpeakerChoice { item->data(kIdRole).toLongLong(), item->data(Qt::UserRole + 1).toString() };
}

void MergeDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(choice().has_value());
}

} // namespace sayline::app
