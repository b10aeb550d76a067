// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace sayline::app {
namespace {

/// Older messages beyond this are dropped from the view (the summary still counts them).
constexpr int kMaxVisibleMessages = 6;

} // namespace

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#messageBar { background: #fdecea; border: 1px solid #e0a8a0; border-radius: 3px; }"
                                 "#messageBar QLabel { color: #5f2120; }"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 4, 4, 4);
    outer->setSpacing(2);

    auto* header = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("messageSummaryLabel"));
    auto* dismissAll = new QToolButton(this);
    dismissAll->setObjectName(QStringLiteral("messageDismissAllButton"));
    dismissAll->setText(tr("Dismiss all"));
    dismissAll->setAutoRaise(true);
    connect(dismissAll, &QToolButton::clicked, this, &MessageBar::clear);
    header->addWidget(m_summary, 1);
    header->addWidget(dismissAll);
    outer->addLayout(header);

    m_rows = new QVBoxLayout;
    m_rows->setSpacing(0);
    outer->addLayout(m_rows);
    hide();
}

void MessageBar::showError(const QString& text)
{
    m_messages.append(text);
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* icon = new QLabel(row);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    auto* label = new QLabel(text, row);
    label->setObjectName(QStringLiteral("messageLabel"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(row);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, [this, row] { removeMessage(row); });
    layout->addWidget(icon);
    layout->addWidget(label, 1);
    layout->addWidget(close);
    m_rows->addWidget(row);
    while (m_rows->count() > kMaxVisibleMessages) {
        QWidget* oldest = m_rows->itemAt(0)->widget();
        m_rows->removeWidget(oldest);
        oldest->deleteLater();
    }
    updateSummary();
    show();
}

QStringList MessageBar::messages() const
{
    return m_messages;
}

void MessageBar::clear()
{
    while (m_rows->count() > 0) {
        QWidget* row = m_rows->itemAt(0)->widget();
        m_rows->removeWidget(row);
        row->deleteLater();
    }
    m_messages.clear();
    hide();
}

void MessageBar::removeMessage(QWidget* row)
{
    const auto* label = row->findChild<QLabel*>(QStringLiteral("messageLabel"));
    if (label)
        m_messages.removeOne(label->text());
    m_rows->removeWidget(row);
    row->deleteLater();
    if (m_rows->count() == 0) {
        m_messages.clear();
        hide();
    } else {
        updateSummary();
    }
}

void MessageBar::updateSummary()
{
    m_summary->setText(m_messages.size() == 1
                           ? tr("1 file could not be opened; the others were.")
                           : tr("%1 files could not be opened; the others were.").arg(m_messages.size()));
}

} // namespace sayline::app
