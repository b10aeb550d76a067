// SPDX-License-Identifier: GPL-3.0-or-later
// The zh_CN interface: every action, menu, dock, tab and label of the window in Chinese, and dates with it.
// Each test runs in its own process (ctest), so the translators installed here reach no other test.
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QTabWidget>

#include <QAbstractButton>
#include <QGroupBox>
#include <QLineEdit>
#include <QMenuBar>

#include "WindowFixture.h"
#include "common/InterfaceLanguage.h"
#include "corrections/MergeDialog.h"
#include "corrections/ReassignDialog.h"
#include "export/DossierDialog.h"
#include "help/ShortcutsDialog.h"
#include "reader/ReaderView.h"

using namespace sayline;
namespace language = sayline::app::interfaceLanguage;

namespace {

/// English left in a text: a word of two or more Latin letters that is not a name kept in every language
/// (the product, Qt, file formats, the language menu's "English") or a mnemonic's letter.
QStringList englishWords(const QString& text)
{
    static const QStringList kept { QStringLiteral("Sayline"), QStringLiteral("Qt"), QStringLiteral("PDF"),
                                    QStringLiteral("HTML"), QStringLiteral("CSV"), QStringLiteral("JSON"),
                                    QStringLiteral("Markdown"), QStringLiteral("English"), QStringLiteral("Ctrl"),
                                    QStringLiteral("Shift"), QStringLiteral("Alt"), QStringLiteral("Del"),
                                    QStringLiteral("MHTML"), QStringLiteral("NITF"), QStringLiteral("NewsML"),
                                    QStringLiteral("PostgreSQL"),
                                    // the example names of a tooltip
                                    QStringLiteral("Wang"), QStringLiteral("Wenbin") };
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    QStringList found;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString match = it.next().captured();
        if (!kept.contains(match))
            found.append(match);
    }
    return found;
}

/// The English left in what a dialog shows: its title, labels, buttons, group boxes and placeholders.
QStringList englishIn(const QWidget& dialog)
{
    QStringList english;
    const auto check = [&](const QString& where, const QString& text) {
        if (!englishWords(text).isEmpty())
            english.append(dialog.objectName() + QLatin1Char(' ') + where + QStringLiteral(": ") + text);
    };
    check(QStringLiteral("title"), dialog.windowTitle());
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        check(QStringLiteral("label ") + label->objectName(), label->text());
    for (const QAbstractButton* button : dialog.findChildren<QAbstractButton*>())
        check(QStringLiteral("button ") + button->objectName(), button->text());
    for (const QGroupBox* box : dialog.findChildren<QGroupBox*>())
        check(QStringLiteral("group ") + box->objectName(), box->title());
    for (const QLineEdit* edit : dialog.findChildren<QLineEdit*>())
        check(QStringLiteral("placeholder of ") + edit->objectName(), edit->placeholderText());
    return english;
}

class InterfaceLanguageTest : public test::WindowFixture
{
protected:
    void SetUp() override { m_locale = language::install(*qApp, QLocale(QStringLiteral("zh_CN"))); }

    QLocale m_locale;
};

} // namespace

TEST_F(InterfaceLanguageTest, aChineseSystemGetsTheChineseInterfaceAndAnUntranslatedOneEnglish)
{
    EXPECT_EQ(language::choose(QString(), QLocale(QStringLiteral("zh_CN"))).language(), QLocale::Chinese);
    EXPECT_EQ(language::choose(QString(), QLocale(QStringLiteral("de_DE"))).language(), QLocale::English);
    EXPECT_EQ(language::choose(QStringLiteral("en"), QLocale(QStringLiteral("zh_CN"))).language(), QLocale::English);
    EXPECT_EQ(m_locale.language(), QLocale::Chinese);
    EXPECT_EQ(QLocale().language(), QLocale::Chinese) << "dates and numbers follow the interface";
}

TEST_F(InterfaceLanguageTest, everyActionMenuDockAndTabOfTheWindowIsInChinese)
{
    QStringList english;
    const auto check = [&](const QString& where, const QString& text) {
        const QStringList words = englishWords(text);
        if (!words.isEmpty())
            english.append(where + QStringLiteral(": ") + text);
    };
    for (QAction* action : window().findChildren<QAction*>()) {
        if (action->isSeparator() || action->text().isEmpty()
            || action->objectName().startsWith(QLatin1String("recent")))
            continue;
        check(QStringLiteral("action ") + action->objectName(), action->text());
        check(QStringLiteral("tip of ") + action->objectName(), action->statusTip());
    }
    for (QMenu* menu : window().findChildren<QMenu*>())
        check(QStringLiteral("menu ") + menu->objectName(), menu->title());
    for (QDockWidget* dock : window().findChildren<QDockWidget*>())
        check(QStringLiteral("dock ") + dock->objectName(), dock->windowTitle());
    for (QTabWidget* tabs : window().findChildren<QTabWidget*>()) {
        for (int i = 0; i < tabs->count(); ++i)
            check(QStringLiteral("tab of ") + tabs->objectName(), tabs->tabText(i));
    }
    for (QLabel* label : window().findChildren<QLabel*>())
        check(QStringLiteral("label ") + label->objectName(), label->text());
    EXPECT_TRUE(english.isEmpty()) << english.join(QLatin1Char('\n')).toStdString();
}

TEST_F(InterfaceLanguageTest, anArticleDateIsWrittenTheChineseWay)
{
    ASSERT_TRUE(importThroughWindow({ test::kReference }, true));
    const QString text = child<app::ReaderView>("readerView")->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("2022年6月15日"))) << text.left(300).toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("六月"))) << "no half-translated date";
}

TEST_F(InterfaceLanguageTest, theDialogsAreInChinese)
{
    QStringList english;
    const app::ShortcutsDialog shortcuts(window().menuBar());
    english += englishIn(shortcuts);
    const app::DossierDialog dossier(library(), QStringLiteral("汪文斌"));
    english += englishIn(dossier);
    const app::MergeDialog merge(QStringLiteral("汪文斌"), 1, library());
    english += englishIn(merge);
    const app::ReassignDialog reassign(QStringLiteral("美国是网络安全的最大威胁"), { { 1, QStringLiteral("汪文斌") } },
                                       library());
    english += englishIn(reassign);
    EXPECT_TRUE(english.isEmpty()) << english.join(QLatin1Char('\n')).toStdString();
}
