// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gtest/gtest.h>

#include <QApplication>
#include <QDialog>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

#include "MainWindow.h"
#include "analysis/Analyzer.h"
#include "library/ImportController.h"
#include "service/AnalysisService.h"
#include "service/ImportService.h"
#include "service/LibraryPaths.h"

namespace sayline::test {

inline const QString kReference
    = QStringLiteral(SAYLINE_SOURCE_DIR "/resources/samples/global-times-2022-06-15-us-threat.txt");
inline const QString kSamples = QStringLiteral(SAYLINE_SOURCE_DIR "/resources/samples");
inline const QString kFolder = QStringLiteral(SAYLINE_TEST_DATA "/app/folder");

/// A real window on a real library file in a temporary folder. The window is made on first use, so a test can
/// fill the library first and see the window start on it.
class WindowFixture : public testing::Test
{
protected:
    WindowFixture()
        : m_analysis(m_analyzer)
    {
    }

    std::filesystem::path library() const
    {
        return std::filesystem::path(m_dir.filePath("library.sqlite").toStdString());
    }

    /// Imports into the library without a window (as an earlier session or sayline-cli would have).
    void importBeforehand(const QStringList& paths)
    {
        std::vector<std::filesystem::path> inputs;
        for (const QString& path : paths)
            inputs.emplace_back(path.toStdString());
        const service::ImportReport report = service::ImportService(m_analyzer, library()).importPaths(inputs, {});
        ASSERT_TRUE(report.error.empty()) << report.error;
    }

    app::MainWindow& window()
    {
        if (!m_window) {
            EXPECT_TRUE(service::prepareLibrary(library()).ok());
            m_window = std::make_unique<app::MainWindow>(app::AppContext { m_analyzer, m_analysis, library() });
            m_window->resize(1280, 800);
            m_window->show();
        }
        return *m_window;
    }

    /// Waits until imports, completions and searches are over (and the speakers are read).
    bool waitIdle(int milliseconds = 60000)
    {
        return QTest::qWaitFor(
            [this] {
                QApplication::processEvents();
                return !window().isBusy();
            },
            milliseconds);
    }

    /// Imports through the window and waits for it.
    bool importThroughWindow(const QStringList& paths, bool show = false)
    {
        window().openPaths(paths, show);
        return waitIdle();
    }

    template <typename T> T* child(const char* name)
    {
        T* found = window().findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    /// Runs answer on the modal dialog that action opens (the dialog's exec() blocks until answer closes it).
    void answerDialog(const std::function<void()>& action, const std::function<void(QDialog&)>& answer)
    {
        bool answered = false;
        QTimer::singleShot(0, [&] {
            ASSERT_TRUE(QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }, 5000));
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            ASSERT_NE(dialog, nullptr);
            answer(*dialog);
            answered = true;
        });
        action();
        EXPECT_TRUE(answered);
    }

    QTemporaryDir m_dir;
    const analysis::Analyzer m_analyzer;
    const service::AnalysisService m_analysis;
    std::unique_ptr<app::MainWindow> m_window;
};

} // namespace sayline::test
