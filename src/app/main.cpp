// SPDX-License-Identifier: GPL-3.0-or-later
// sayline [FILE|DIR ...]: the desktop reader. `sayline --screenshot OUT.png FILE` renders FILE once analysed
// into a PNG and exits (for the docs; run it with QT_QPA_PLATFORM=offscreen).
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTimer>
#include <cstdio>

#include "MainWindow.h"
#include "analysis/Analyzer.h"
#include "library/ArticleListModel.h"
#include "library/ImportController.h"
#include "service/AnalysisService.h"

namespace {

/// Opens the paths, waits for their analysis, shows the first speaker's details, saves the window as a PNG.
int runScreenshot(QApplication& app, sayline::app::MainWindow& window, const QString& output, const QStringList& paths)
{
    using sayline::app::ImportController;
    window.resize(1440, 900);
    window.show();
    int status = 1;
    QObject::connect(window.importController(), &ImportController::busyChanged, &app, [&](bool busy) {
        if (busy)
            return;
        if (const sayline::app::ArticleHandle article = window.currentArticle();
            article && !article->statements.empty()) {
            const auto& first = article->statements.front();
            window.showDetails(first.speaker
                                   ? sayline::app::HighlightTarget { sayline::app::HighlightTarget::Type::Entity,
                                                                     QString::fromStdString(*first.speaker) }
                                   : sayline::app::HighlightTarget { sayline::app::HighlightTarget::Type::Statement,
                                                                     QString::fromStdString(first.id) });
        }
        // Let the layout settle before grabbing.
        QTimer::singleShot(300, &app, [&] {
            if (!window.currentArticle()) {
                std::fprintf(stderr, "sayline: could not open %s\n", qPrintable(paths.join(QStringLiteral(", "))));
            } else if (!window.grab().save(output, "PNG")) {
                std::fprintf(stderr, "sayline: could not write %s\n", qPrintable(QDir::toNativeSeparators(output)));
            } else {
                status = 0;
            }
            app.quit();
        });
    });
    QTimer::singleShot(120000, &app, [&] {
        std::fprintf(stderr, "sayline: timed out analysing %s\n", qPrintable(paths.join(QStringLiteral(", "))));
        app.quit();
    });
    window.openPaths(paths);
    app.exec();
    return status;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Sayline"));
    QApplication::setApplicationName(QStringLiteral("sayline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sayline"));
    QApplication::setApplicationVersion(QStringLiteral(SAYLINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("sayline"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sayline: read news articles and see who said what, about "
                                                    "whom, and when."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("Article files or folders to open."),
                                 QStringLiteral("[FILE|DIR ...]"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Open the paths, wait for the analysis, save the window to OUT.png "
                       "and exit."),
        QStringLiteral("OUT.png"));
    parser.addOption(screenshot);
    parser.process(app);
    const QStringList paths = parser.positionalArguments();

    // The app owns the one Analyzer; everything below gets it through constructors.
    const sayline::analysis::Analyzer analyzer;
    const sayline::service::AnalysisService service(analyzer);
    sayline::app::MainWindow window(service);

    if (parser.isSet(screenshot)) {
        if (paths.isEmpty()) {
            std::fprintf(stderr, "usage: sayline --screenshot OUT.png FILE|DIR ...\n");
            return 2;
        }
        return runScreenshot(app, window, parser.value(screenshot), paths);
    }
    window.show();
    window.openPaths(paths);
    return app.exec();
}
