// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QAction>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "MainWindow.h"
#include "analysis/Analyzer.h"
#include "common/MessageBar.h"
#include "export/ExportController.h"
#include "library/ImportController.h"
#include "service/AnalysisService.h"
#include "service/LibraryPaths.h"

using namespace sayline;

namespace {

const QString kReference
    = QStringLiteral(SAYLINE_SOURCE_DIR "/resources/samples/global-times-2022-06-15-us-threat.txt");

class ExportControllerTest : public testing::Test
{
protected:
    ExportControllerTest()
        : m_service(m_analyzer)
        , m_window(
              app::AppContext { m_analyzer, m_service,
                                std::filesystem::path(m_dir.filePath(QStringLiteral("library.sqlite")).toStdString()) })
    {
        m_window.show();
        m_window.openPaths({ kReference }, true);
        m_imported = QTest::qWaitFor([this] { return !m_window.importController()->isBusy(); }, 60000);
    }

    app::ExportController* controller()
    {
        return m_window.findChild<app::ExportController*>(QStringLiteral("exportController"));
    }

    /// Starts an export and waits until it reports back; false when it did not start or never reported.
    bool runExport(const service::ExportRequest& request, const QString& name)
    {
        QSignalSpy exported(controller(), &app::ExportController::exported);
        QSignalSpy failed(controller(), &app::ExportController::failed);
        if (!controller()->start(request, m_dir.filePath(name)))
            return false;
        return QTest::qWaitFor([&] { return exported.count() + failed.count() > 0; }, 60000);
    }

    QByteArray contents(const QString& name)
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    analysis::Analyzer m_analyzer;
    service::AnalysisService m_service;
    app::MainWindow m_window;
    bool m_imported = false;
};

} // namespace

TEST_F(ExportControllerTest, theMenusOfferExportSummaryWithCtrlEAndExportDossier)
{
    auto* summary = m_window.findChild<QAction*>(QStringLiteral("exportSummaryAction"));
    ASSERT_NE(summary, nullptr);
    EXPECT_EQ(summary->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    EXPECT_NE(m_window.findChild<QAction*>(QStringLiteral("exportDossierAction")), nullptr);
    ASSERT_NE(controller(), nullptr);
}

TEST_F(ExportControllerTest, exportsTheCurrentArticleAsHtmlInTheBackground)
{
    ASSERT_TRUE(m_imported);
    ASSERT_NE(m_window.currentArticle(), nullptr);
    service::ExportRequest request;
    request.articleIds = { m_window.currentArticle()->articleId };
    ASSERT_TRUE(runExport(request, QStringLiteral("summary.html")));
    const QByteArray html = contents(QStringLiteral("summary.html"));
    EXPECT_TRUE(html.startsWith("<!DOCTYPE html>"));
    EXPECT_TRUE(html.contains("US becomes major threat to global internet security")) << html.left(300).constData();
    EXPECT_TRUE(html.contains("<h3>Wang Wenbin</h3>"));
    EXPECT_TRUE(html.contains("<h2>Brief</h2>"));
    EXPECT_FALSE(html.contains("<h2>Contents</h2>")); // only the current article
}

TEST_F(ExportControllerTest, exportsASpeakerDossierAsPdf)
{
    ASSERT_TRUE(m_imported);
    service::ExportRequest request;
    request.speaker = "Wang Wenbin";
    ASSERT_TRUE(runExport(request, QStringLiteral("wang.pdf")));
    const QByteArray pdf = contents(QStringLiteral("wang.pdf"));
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_GT(pdf.size(), 2000);
}

TEST_F(ExportControllerTest, aFailedExportIsShownInTheMessageBar)
{
    ASSERT_TRUE(m_imported);
    service::ExportRequest request;
    request.speaker = "Nobody Atall";
    ASSERT_TRUE(runExport(request, QStringLiteral("nobody.md")));
    auto* bar = m_window.findChild<app::MessageBar*>();
    ASSERT_NE(bar, nullptr);
    EXPECT_TRUE(bar->messages().join(QLatin1Char('\n')).contains(QStringLiteral("Nobody Atall")));
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("nobody.md"))));
}
