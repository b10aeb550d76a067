// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "analysis/Analyzer.h"
#include "library/ImportController.h"
#include "service/AnalysisService.h"

using namespace sayline;
using app::ImportController;

TEST(ImportController, reportsEachFileAndKeepsGoingAfterAFailure)
{
    const analysis::Analyzer analyzer;
    const service::AnalysisService service(analyzer);
    QTemporaryDir dir;
    ImportController controller(app::AppContext {
        analyzer, service, std::filesystem::path(dir.filePath(QStringLiteral("l.sqlite")).toStdString()) });
    QSignalSpy failed(&controller, &ImportController::fileFailed);
    QSignalSpy finished(&controller, &ImportController::finished);
    controller.import({ QStringLiteral("/nonexistent/gone.txt"), QStringLiteral(SAYLINE_TEST_DATA "/app/folder") });
    EXPECT_TRUE(controller.isBusy());
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 60000));
    EXPECT_FALSE(controller.isBusy());
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.at(0).at(0).toString(), QStringLiteral("/nonexistent/gone.txt"));
    QCoreApplication::processEvents(); // a second "finished" from the reset future would arrive here
    QCoreApplication::processEvents();
    EXPECT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.at(0).at(1).value<QList<qint64>>().size(), 3); // every article of the folder
    EXPECT_EQ(finished.at(0).at(2).toInt(), 3); // all new
    EXPECT_EQ(finished.at(0).at(3).toInt(), 1); // one input failed
}

TEST(ImportController, cancelStopsTheImportAndClearsTheQueue)
{
    const analysis::Analyzer analyzer;
    const service::AnalysisService service(analyzer);
    QTemporaryDir dir;
    ImportController controller(app::AppContext {
        analyzer, service, std::filesystem::path(dir.filePath(QStringLiteral("l.sqlite")).toStdString()) });
    QSignalSpy busy(&controller, &ImportController::busyChanged);
    controller.import({ QStringLiteral(SAYLINE_TEST_DATA "/app/folder") });
    controller.import({ QStringLiteral(SAYLINE_TEST_DATA "/app/folder") });
    controller.cancel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !controller.isBusy(); }, 60000));
    ASSERT_GE(busy.count(), 2);
    EXPECT_FALSE(busy.last().at(0).toBool());
}
