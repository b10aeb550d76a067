// SPDX-License-Identifier: GPL-3.0-or-later
// sayline [FILE|DIR ...]: the desktop reader. `sayline --screenshot OUT.png FILE|DIR ...` renders the window
// once the paths are analysed into a PNG and exits (for the docs; run it with QT_QPA_PLATFORM=offscreen).
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

#include "MainWindow.h"
#include "SaylineVersion.h"
#include "analysis/Analyzer.h"
#include "library/ImportController.h"
#include "search/LibraryPanel.h"
#include "service/AnalysisService.h"
#include "service/LibraryPaths.h"

namespace {

using sayline::app::HighlightTarget;
using sayline::app::MainWindow;

/// A window grab with at most 256 colours: keeps screenshots in the docs small (no dithering: UI colours are
/// flat, and dithered text reads badly).
QImage compactImage(const QImage& image)
{
    return image.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither);
}

/// Shows the first statement's speaker in the details dock and searches the library for them.
void showFirstSpeaker(MainWindow& window)
{
    const sayline::app::ArticleHandle article = window.currentArticle();
    if (!article || article->statements.empty())
        return;
    const auto& first = article->statements.front();
    if (!first.speaker) {
        window.showDetails({ HighlightTarget::Type::Statement, QString::fromStdString(first.id) });
        return;
    }
    window.showDetails({ HighlightTarget::Type::Entity, QString::fromStdString(*first.speaker) });
    if (window.libraryPanel()) {
        if (const auto* speaker = article->entityById(*first.speaker))
            window.libraryPanel()
                ->findChild<QLineEdit*>(QStringLiteral("speakerSearchEdit"))
                ->setText(QString::fromStdString(speaker->name));
    }
}

/// Opens the paths, waits for their analysis (and the library search), saves the window as a PNG.
int runScreenshot(QApplication& app, MainWindow& window, const QString& output, const QStringList& paths)
{
    window.resize(1440, 900);
    window.show();
    int status = 1;
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (window.importController()->isBusy() || (window.libraryPanel() && window.libraryPanel()->isSearching()))
            return;
        poll.stop();
        QTimer::singleShot(300, &app, [&] { // let the layout settle
            if (!window.currentArticle())
                std::fprintf(stderr, "sayline: could not open %s\n", qPrintable(paths.join(QStringLiteral(", "))));
            else if (!compactImage(window.grab().toImage()).save(output, "PNG", 0))
                std::fprintf(stderr, "sayline: could not write %s\n", qPrintable(QDir::toNativeSeparators(output)));
            else
                status = 0;
            app.quit();
        });
    });
    QObject::connect(window.importController(), &sayline::app::ImportController::busyChanged, &app, [&](bool busy) {
        if (busy)
            return;
        showFirstSpeaker(window);
        poll.start();
    });
    QTimer::singleShot(120000, &app, [&] {
        std::fprintf(stderr, "sayline: timed out analysing %s\n", qPrintable(paths.join(QStringLiteral(", "))));
        app.quit();
    });
    window.openPaths(paths);
    app.exec();
    return status;
}

/// --help and --version need no window, so they must not need a display either: they are answered on a
/// QCoreApplication, before the QApplication (which aborts without a display) exists.
void answerWithoutDisplay(QCommandLineParser& parser, const QCommandLineOption& help, const QCommandLineOption& version,
                          int& argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    parser.parse(arguments); // errors wait for process() below, once Qt has taken its own options out
    if (!parser.isSet(help) && !parser.isSet(QStringLiteral("help-all")) && !parser.isSet(version))
        return;
    QCoreApplication console(argc, argv);
    if (parser.isSet(version))
        parser.showVersion(); // exits
    parser.showHelp(); // exits
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication::setApplicationName(QStringLiteral("Sayline"));
    // Resolved before the organization is set, so the GUI and sayline-cli share ~/.local/share/Sayline/.
    const std::filesystem::path defaultLibrary = sayline::service::defaultLibraryPath();
    QApplication::setOrganizationName(QStringLiteral("Sayline"));
    QApplication::setApplicationVersion(QStringLiteral(SAYLINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("sayline"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sayline: read news articles and see who said what, about "
                                                    "whom, and when."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("Article files or folders to open."),
                                 QStringLiteral("[FILE|DIR ...]"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Open the paths, wait for the analysis, save the window to "
                                                       "OUT.png and exit (uses a throw-away library unless "
                                                       "--library is given)."),
                                        QStringLiteral("OUT.png"));
    const QCommandLineOption libraryOption(
        QStringLiteral("library"),
        QStringLiteral("The library file (default: %1).").arg(QString::fromStdString(defaultLibrary.string())),
        QStringLiteral("FILE"));
    const QCommandLineOption noLibrary(QStringLiteral("no-library"),
                                       QStringLiteral("Keep opened articles for this session only."));
    parser.addOptions({ screenshot, libraryOption, noLibrary });
    answerWithoutDisplay(parser, help, version, argc, argv);

    QApplication app(argc, argv);
    parser.process(app);
    const QStringList paths = parser.positionalArguments();
    if (parser.isSet(screenshot) && paths.isEmpty()) {
        std::fprintf(stderr, "usage: sayline --screenshot OUT.png FILE|DIR ...\n");
        return 2;
    }

    std::optional<std::filesystem::path> library;
    QTemporaryDir scratch;
    if (parser.isSet(libraryOption))
        library = parser.value(libraryOption).toStdString();
    else if (parser.isSet(screenshot))
        library = std::filesystem::path(scratch.filePath(QStringLiteral("library.sqlite")).toStdString());
    else if (!parser.isSet(noLibrary))
        library = defaultLibrary;

    // The app owns the one Analyzer; everything below gets it through constructors.
    const sayline::analysis::Analyzer analyzer;
    const sayline::service::AnalysisService analysis(analyzer);
    MainWindow window(sayline::app::AppContext { analyzer, analysis, library });

    if (parser.isSet(screenshot))
        return runScreenshot(app, window, parser.value(screenshot), paths);
    window.show();
    window.openPaths(paths);
    return app.exec();
}
