// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QVBoxLayout;

namespace sayline::app {

/// A non-modal strip above the reader that lists problems (a file that failed to open and why) while the
/// user keeps working. Each message can be dismissed; the bar hides itself when empty.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget* parent = nullptr);

    void showError(const QString& text);
    QStringList messages() const;

public Q_SLOTS:
    void clear();

private:
    void removeMessage(QWidget* row);
    void updateSummary();

    QVBoxLayout* m_rows = nullptr;
    QLabel* m_summary = nullptr;
    QStringList m_messages;
};

} // namespace sayline::app
