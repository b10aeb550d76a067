// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiApplication.h"

#include <QGuiApplication>
#include <string>

#include "model/Error.h"

namespace sayline::exporting {

void requireGuiApplication(const char* what)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        throw Error(ErrorCode::Unsupported,
                    std::string(what) + " needs a QGuiApplication, which the front end creates");
}

} // namespace sayline::exporting
