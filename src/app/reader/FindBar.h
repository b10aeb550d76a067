// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTextEdit;

namespace sayline::app {

/// Find in the open article (Edit → Find, Ctrl+F): incremental, wraps around, Enter / F3 for the next match,
/// Shift+Enter / Shift+F3 for the previous one, Escape closes.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QTextEdit* target, QWidget* parent = nullptr);

    QLineEdit* edit() const { return m_edit; }

public Q_SLOTS:
    void activate();
    bool findNext();
    bool findPrevious();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool find(bool backward, bool fromSelectionStart);
    void setNotFound(bool notFound);

    QTextEdit* m_target;
    QLineEdit* m_edit;
    QCheckBox* m_caseSensitive;
    QLabel* m_status;
};

} // namespace sayline::app
