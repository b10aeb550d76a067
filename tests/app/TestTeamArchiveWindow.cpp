// SPDX-License-Identifier: GPL-3.0-or-later
// File → Open Team Archive… against the throw-away PostgreSQL server of scripts/test-postgres: the dialog's fields
// open the archive in a new window, the settings keep the connection without its password, and an analyst's window
// offers no import or correction.
#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include "MainWindow.h"
#include "TestArchive.h"
#include "WindowFixture.h"
#include "WindowHost.h"
#include "library/TeamArchiveDialog.h"
#include "library/TeamArchiveSettings.h"
#include "service/ArchiveService.h"
#include "speakers/LibrarySpeakerModel.h"
#include "speakers/SpeakersView.h"

using namespace sayline;

namespace {

const QString kSecret = QStringLiteral("not-kept-anywhere-7d1f");

class TeamArchiveWindowTest : public test::WindowFixture
{
protected:
    void SetUp() override
    {
        SAYLINE_REQUIRE_POSTGRES();
        m_database = std::make_unique<test::TestDatabase>(*test::testPostgresAdmin());
        const auto made = service::ArchiveService::init(m_database->uri());
        ASSERT_TRUE(made.ok()) << made.error();
        const service::ImportReport report = service::ImportService(m_analyzer, m_database->uri())
                                                 .importPaths({ std::filesystem::path(test::kReference.toStdString()) }, {});
        ASSERT_TRUE(report.error.empty()) << report.error;
        QSettings().clear();
    }

    void TearDown() override
    {
        m_host.reset();
        m_window.reset();
    }

    static QStringList speakerNames(app::MainWindow& window)
    {
        app::LibrarySpeakerModel* speakers = window.speakersView()->model();
        QStringList names;
        for (int row = 0; row < speakers->rowCount(); ++row)
            names.append(speakers->index(row, 0).data().toString());
        return names;
    }

    static bool waitIdle(app::MainWindow& window)
    {
        return QTest::qWaitFor(
            [&window] {
                QApplication::processEvents();
                return !window.isBusy();
            },
            60000);
    }

    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<app::WindowHost> m_host;
};

} // namespace

TEST_F(TeamArchiveWindowTest, theDialogsFieldsOpenTheArchiveAndTheSettingsKeepNoPassword)
{
    m_host = std::make_unique<app::WindowHost>(m_analyzer, m_analysis, library());
    ASSERT_TRUE(service::prepareLibrary(library()).ok());
    app::MainWindow* personal = m_host->open(library());
    ASSERT_TRUE(waitIdle(*personal));
    EXPECT_TRUE(speakerNames(*personal).isEmpty());
    auto* openArchive = personal->findChild<QAction*>(QStringLiteral("openTeamArchiveAction"));
    ASSERT_NE(openArchive, nullptr);

    const QUrl server(QString::fromStdString(m_database->uri()));
    bool answered = false;
    QTimer::singleShot(0, [&] {
        ASSERT_TRUE(QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }, 5000));
        auto* dialog = qobject_cast<app::TeamArchiveDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->findChild<QLineEdit*>(QStringLiteral("hostEdit"))->setText(server.host());
        dialog->findChild<QLineEdit*>(QStringLiteral("portEdit"))->setText(QString::number(server.port()));
        dialog->findChild<QLineEdit*>(QStringLiteral("databaseEdit"))->setText(server.path().mid(1));
        dialog->findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText(server.userName());
        // The test server trusts its users, so the password is not needed; it must still be kept nowhere.
        dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(kSecret);
        dialog->accept();
        answered = true;
    });
    openArchive->trigger();
    ASSERT_TRUE(answered);

    ASSERT_TRUE(QTest::qWaitFor([&] { return m_host->window() != personal; }, 10000));
    app::MainWindow& archive = *m_host->window();
    ASSERT_TRUE(waitIdle(archive));
    EXPECT_TRUE(speakerNames(archive).contains(QStringLiteral("Wang Wenbin"))) << speakerNames(archive).join(u',').toStdString();
    EXPECT_FALSE(archive.isReadOnly());
    auto* label = archive.findChild<QLabel*>(QStringLiteral("libraryAccessLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->text(), QStringLiteral("team archive"));

    // The connection is remembered for the next start, its password nowhere in the settings.
    QSettings settings;
    settings.sync();
    EXPECT_EQ(settings.value(QStringLiteral("teamArchive/database")).toString(), server.path().mid(1));
    EXPECT_EQ(settings.value(QStringLiteral("teamArchive/user")).toString(), server.userName());
    EXPECT_TRUE(app::teamArchiveSettings::reopenArchive());
    for (const QString& key : settings.allKeys())
        EXPECT_FALSE(settings.value(key).toString().contains(kSecret)) << key.toStdString();
    QFile file(settings.fileName());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains(kSecret.toUtf8()));

    // Back to the personal library: the next start opens that again.
    auto* personalAction = archive.findChild<QAction*>(QStringLiteral("openPersonalLibraryAction"));
    ASSERT_NE(personalAction, nullptr);
    ASSERT_TRUE(personalAction->isEnabled());
    personalAction->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_host->window() != &archive; }, 10000));
    EXPECT_FALSE(app::teamArchiveSettings::reopenArchive());
}

TEST_F(TeamArchiveWindowTest, anAnalystsWindowSaysReadOnlyArchiveAndDisablesImportAndCorrections)
{
    const std::string analyst = m_database->loginRole("ann", m_database->name() + "_analyst");
    const std::filesystem::path address = m_database->uri(analyst);
    m_window = std::make_unique<app::MainWindow>(app::AppContext { m_analyzer, m_analysis, address, library() });
    m_window->show();
    ASSERT_TRUE(waitIdle(*m_window));

    EXPECT_TRUE(m_window->isReadOnly());
    auto* label = m_window->findChild<QLabel*>(QStringLiteral("libraryAccessLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->text(), QStringLiteral("read-only archive"));
    EXPECT_TRUE(speakerNames(*m_window).contains(QStringLiteral("Wang Wenbin")));

    // A speaker chosen: it can be shown, not corrected.
    m_window->showSpeaker(m_window->speakersView()->model()->index(0, 0).data(app::LibrarySpeakerModel::EntityIdRole).toLongLong(),
                          speakerNames(*m_window).front());
    for (const char* name : { "openAction", "importFolderAction", "reassignSpeakerAction", "deleteStatementAction",
                              "mergeEntityAction", "renameEntityAction", "splitEntityAction" }) {
        auto* action = m_window->findChild<QAction*>(QString::fromLatin1(name));
        ASSERT_NE(action, nullptr) << name;
        EXPECT_FALSE(action->isEnabled()) << name;
    }
    EXPECT_TRUE(m_window->findChild<QAction*>(QStringLiteral("showSpeakerStatementsAction"))->isEnabled());
}
