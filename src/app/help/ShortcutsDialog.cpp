// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortcutsDialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

#include "ui_ShortcutsDialog.h"

namespace sayline::app {
namespace {

QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

void addMenu(QTreeWidget* tree, const QMenu* menu, const QString& path)
{
    for (const QAction* action : menu->actions()) {
        if (const QMenu* submenu = action->menu()) {
            addMenu(tree, submenu, path + QStringLiteral(" › ") + withoutMnemonic(submenu->title()));
            continue;
        }
        if (action->isSeparator() || action->shortcut().isEmpty())
            continue;
        tree->addTopLevelItem(new QTreeWidgetItem(
            QStringList { path, plainActionName(action), action->shortcut().toString(QKeySequence::NativeText) }));
    }
}

} // namespace

QString plainActionName(const QAction* action)
{
    const QVariant plain = action->property("plainName");
    return withoutMnemonic(plain.isValid() ? plain.toString() : action->text());
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    for (const QAction* action : menus->actions()) {
        if (const QMenu* menu = action->menu())
            addMenu(m_ui->shortcutTree, menu, withoutMnemonic(menu->title()));
    }
    for (int column = 0; column < m_ui->shortcutTree->columnCount(); ++column)
        m_ui->shortcutTree->resizeColumnToContents(column);
    connect(m_ui->shortcutFilterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int i = 0; i < m_ui->shortcutTree->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_ui->shortcutTree->topLevelItem(i);
            const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive)
                || item->text(1).contains(text, Qt::CaseInsensitive) || item->text(2).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
        }
    });
}

ShortcutsDialog::~ShortcutsDialog() = default;

QList<QStringList> ShortcutsDialog::rows() const
{
    QList<QStringList> out;
    for (int i = 0; i < m_ui->shortcutTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_ui->shortcutTree->topLevelItem(i);
        if (!item->isHidden())
            out.append({ item->text(0), item->text(1), item->text(2) });
    }
    return out;
}

} // namespace sayline::app
