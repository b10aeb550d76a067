// SPDX-License-Identifier: GPL-3.0-or-later
// The sayline program's command line: --help and --version answer without a display.
#include <gtest/gtest.h>

#include <QProcess>

#include "SaylineVersion.h"

namespace {

struct ProgramRun
{
    int status = -1;
    QString out;
    QString err;
};

/// Runs the real sayline binary where no display exists: no DISPLAY or WAYLAND_DISPLAY, the xcb platform.
ProgramRun runWithoutDisplay(const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SAYLINE_GUI), arguments);
    process.waitForFinished(60000);
    ProgramRun run;
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

} // namespace

TEST(Main, helpNeedsNoDisplay)
{
    const ProgramRun run = runWithoutDisplay({ QStringLiteral("--help") });
    EXPECT_EQ(run.status, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("--screenshot"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("--library"))) << run.out.toStdString();
}

TEST(Main, versionNeedsNoDisplay)
{
    const ProgramRun run = runWithoutDisplay({ QStringLiteral("--version") });
    EXPECT_EQ(run.status, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.trimmed(), QStringLiteral("Sayline " SAYLINE_VERSION));
}
