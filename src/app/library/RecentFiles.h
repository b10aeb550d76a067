// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace sayline::app {

/// The files and folders the user opened last, kept in QSettings, shown in File → Open Recent.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    explicit RecentFiles(QMenu* menu, QObject* parent = nullptr);

    void add(const QString& path);
    QStringList paths() const;

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    void openRequested(const QString& path);

private:
    void store(const QStringList& paths);
    void rebuildMenu();

    QMenu* m_menu;
};

} // namespace sayline::app
