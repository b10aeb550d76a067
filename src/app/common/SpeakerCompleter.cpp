// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpeakerCompleter.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QStandardItemModel>

#include "service/SearchService.h"

namespace sayline::app {
namespace {

constexpr int kShown = 20;
constexpr int kTypingDelayMs = 150;

QString describe(const store::SpeakerSummary& speaker)
{
    QStringList parts;
    for (const std::string& role : speaker.roles)
        parts.append(QString::fromStdString(role));
    parts.append(speaker.statementCount == 1 ? SpeakerCompleter::tr("1 statement")
                                             : SpeakerCompleter::tr("%1 statements").arg(speaker.statementCount));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

SpeakerCompleter::SpeakerCompleter(std::filesystem::path library, QLineEdit* edit)
    : QCompleter(edit)
    , m_library(std::move(library))
    , m_edit(edit)
    , m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    // The library matched aliases and roles already: show every row it gave, not only those starting so.
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCaseSensitivity(Qt::CaseInsensitive);
    setMaxVisibleItems(12);
    edit->setCompleter(this);
    m_typing.setSingleShot(true);
    m_typing.setInterval(kTypingDelayMs);
    connect(&m_typing, &QTimer::timeout, this, &SpeakerCompleter::refill);
    connect(edit, &QLineEdit::textEdited, this, [this] {
        m_chosen.reset();
        m_typing.start();
    });
    connect(this, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        m_chosen = index.data(EntityIdRole).toLongLong();
        Q_EMIT speakerChosen(*m_chosen, index.data(Qt::DisplayRole).toString());
    });
}

SpeakerCompleter::~SpeakerCompleter() = default;

void SpeakerCompleter::setChosenSpeaker(store::RowId id, const QString& name)
{
    m_typing.stop();
    m_edit->setText(name);
    m_chosen = id;
}

std::vector<store::SpeakerSummary> SpeakerCompleter::matches(const QString& prefix)
{
    if (prefix.trimmed().isEmpty())
        return {};
    if (!m_search)
        m_search = std::make_unique<service::SearchService>(m_library);
    auto found = m_search->completeSpeakers(prefix.toStdString(), kShown);
    return found ? found.value() : std::vector<store::SpeakerSummary> {};
}

void SpeakerCompleter::refill()
{
    m_model->clear();
    for (const store::SpeakerSummary& speaker : matches(m_edit->text())) {
        auto* item = new QStandardItem(QString::fromStdString(speaker.name));
        item->setData(static_cast<qint64>(speaker.id), EntityIdRole);
        item->setToolTip(describe(speaker));
        m_model->appendRow(item);
    }
    if (m_model->rowCount() > 0 && m_edit->hasFocus())
        complete();
}

} // namespace sayline::app
