// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterfaceLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace sayline::app::interfaceLanguage {
namespace {

const QString kSettingKey = QStringLiteral("interface/language");
const QString kTranslations = QStringLiteral(":/i18n");

QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

bool isTranslated(const QLocale& locale)
{
    if (locale.language() == QLocale::English)
        return true;
    QTranslator probe;
    return probe.load(locale, QStringLiteral("sayline"), QStringLiteral("_"), kTranslations);
}

} // namespace

QStringList available()
{
    return { QStringLiteral("en"), QStringLiteral("zh_CN") };
}

QString saved()
{
    return QSettings().value(kSettingKey).toString();
}

void save(const QString& name)
{
    QSettings settings;
    if (name.isEmpty())
        settings.remove(kSettingKey);
    else
        settings.setValue(kSettingKey, name);
}

QLocale choose(const QString& requested, const QLocale& system)
{
    const QString name = requested.isEmpty() ? saved() : requested;
    const QLocale locale = name.isEmpty() ? system : QLocale(name);
    return isTranslated(locale) ? locale : english();
}

QLocale install(QCoreApplication& application, const QLocale& locale)
{
    if (locale.language() == QLocale::English || !isTranslated(locale)) {
        QLocale::setDefault(english());
        return english();
    }
    // Owned by the application: translators must live as long as the texts they translate.
    auto* sayline = new QTranslator(&application);
    if (sayline->load(locale, QStringLiteral("sayline"), QStringLiteral("_"), kTranslations))
        QCoreApplication::installTranslator(sayline);
    auto* qt = new QTranslator(&application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(locale);
    return locale;
}

} // namespace sayline::app::interfaceLanguage
