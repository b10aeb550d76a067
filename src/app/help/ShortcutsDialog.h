// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <memory>

class QMenuBar;

namespace Ui {
class ShortcutsDialog;
}

namespace sayline::app {

/// Every action with a shortcut, menu by menu in the menus' order, with the action's own name (not a live
/// text such as "Undo Reassign …"), filterable.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);
    ~ShortcutsDialog() override;

    /// Rows shown: menu, action, shortcut (for tests).
    QList<QStringList> rows() const;

private:
    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
};

/// The name of an action as a menu shows it without mnemonics or ellipsis: its "plainName" property when it
/// has one (actions whose text changes), else its text.
QString plainActionName(const class QAction* action);

} // namespace sayline::app
