// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

class QApplication;

namespace sayline::app {

class MainWindow;

/// `sayline --screenshot OUT.png`: imports the paths into the window's library, sets up one scene and saves the
/// window as a PNG (for the docs; run with QT_QPA_PLATFORM=offscreen or under Xvfb).
struct ScreenshotRequest
{
    enum class Scene
    {
        Reader, ///< the first path's article in the reader, its first speaker's details and statements
        Speakers, ///< the Speakers tab with one speaker chosen: their statements and timeline
        Import, ///< an import under way (grabbed while the progress bar runs)
        TeamArchiveDialog, ///< File → Open Team Archive…, filled in with an example connection (the dialog alone)
    };

    QString output;
    QSize size { 1280, 800 };
    Scene scene = Scene::Reader;
    QString speaker; ///< Speakers: whom to choose (default: the speaker with the most statements)
    QStringList paths;
};

/// Runs the scene and saves the picture; the exit status for main().
int runScreenshot(QApplication& app, MainWindow& window, const ScreenshotRequest& request);

} // namespace sayline::app
