// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace sayline::app {

/// The language of the window: its texts, and the dates and numbers it shows. Chosen by `--language`, else the
/// setting (View → Language), else the system locale; a language without a translation falls back to English.
/// The command line (sayline-cli) always speaks English.
namespace interfaceLanguage {

/// The languages the interface is translated into, as locale names ("en", "zh_CN").
QStringList available();

/// The setting's value: a locale name, or empty to follow the system.
QString saved();
void save(const QString& name);

/// The locale the interface uses for a request (a locale name or empty) and the system's locale.
QLocale choose(const QString& requested, const QLocale& system = QLocale::system());

/// Installs Sayline's and Qt's own translations for locale into application and makes locale the default for
/// dates and numbers. Returns the locale in effect (English when there is no translation for locale).
QLocale install(QCoreApplication& application, const QLocale& locale);

} // namespace interfaceLanguage
} // namespace sayline::app
