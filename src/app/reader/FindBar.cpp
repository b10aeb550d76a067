// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindBar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTextEdit>
#include <QToolButton>

namespace sayline::app {

FindBar::FindBar(QTextEdit* target, QWidget* parent)
    : QWidget(parent)
    , m_target(target)
{
    setObjectName(QStringLiteral("findBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setPlaceholderText(tr("Find in article"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    auto* previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("findPreviousButton"));
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    auto* next = new QToolButton(this);
    next->setObjectName(QStringLiteral("findNextButton"));
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (F3)"));
    m_caseSensitive = new QCheckBox(tr("Match case"), this);
    m_caseSensitive->setObjectName(QStringLiteral("findCaseCheckBox"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findStatusLabel"));
    auto* close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close (Escape)"));
    layout->addWidget(m_edit, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_caseSensitive);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_edit, &QLineEdit::textEdited, this, [this] { find(false, true); });
    connect(m_edit, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void FindBar::activate()
{
    show();
    const QString selected = m_target->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_edit->setText(selected);
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

bool FindBar::findNext()
{
    return find(false, false);
}

bool FindBar::findPrevious()
{
    return find(true, false);
}

bool FindBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            m_target->setFocus();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ShiftModifier) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool FindBar::find(bool backward, bool fromSelectionStart)
{
    const QString text = m_edit->text();
    if (text.isEmpty()) {
        setNotFound(false);
        return false;
    }
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_caseSensitive->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextCursor cursor = m_target->textCursor();
    if (fromSelectionStart) // typing refines the current match instead of skipping past it
        cursor.setPosition(cursor.selectionStart());
    QTextCursor found = m_target->document()->find(text, cursor, flags);
    if (found.isNull()) { // wrap around
        QTextCursor start(m_target->document());
        if (backward)
            start.movePosition(QTextCursor::End);
        found = m_target->document()->find(text, start, flags);
    }
    setNotFound(found.isNull());
    if (found.isNull())
        return false;
    m_target->setTextCursor(found);
    m_target->ensureCursorVisible();
    return true;
}

void FindBar::setNotFound(bool notFound)
{
    m_status->setText(notFound ? tr("Not found") : QString());
    m_edit->setStyleSheet(notFound ? QStringLiteral("QLineEdit { background: #fbe3e4; }") : QString());
}

} // namespace sayline::app
