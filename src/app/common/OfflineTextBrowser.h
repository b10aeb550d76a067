// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace sayline::app {

/// A QTextBrowser that never loads anything: no remote URL, no local file an article could name. Only the
/// application's own qrc: resources resolve. Links are reported, never followed.
class OfflineTextBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit OfflineTextBrowser(QWidget* parent = nullptr);

    QVariant loadResource(int type, const QUrl& name) override;
};

} // namespace sayline::app
