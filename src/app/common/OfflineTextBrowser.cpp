// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineTextBrowser.h"

namespace sayline::app {

OfflineTextBrowser::OfflineTextBrowser(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

QVariant OfflineTextBrowser::loadResource(int type, const QUrl& name)
{
    if (name.scheme() == QLatin1String("qrc"))
        return QTextBrowser::loadResource(type, name);
    return {};
}

} // namespace sayline::app
