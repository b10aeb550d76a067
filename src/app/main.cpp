// SPDX-License-Identifier: GPL-3.0-or-later
// sayline [FILE|DIR ...]: the desktop reader, opened on the library. `sayline --screenshot OUT.png PATH...` renders
// one scene of the window into a PNG and exits (for the docs; run it with QT_QPA_PLATFORM=offscreen).
#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTemporaryDir>
#include <cstdio>

#include "MainWindow.h"
#include "SaylineVersion.h"
#include "ScreenshotRunner.h"
#include "WindowHost.h"
#include "common/InterfaceLanguage.h"
#include "library/TeamArchiveDialog.h"
#include "library/TeamArchiveSettings.h"
#include "analysis/Analyzer.h"
#include "service/AnalysisService.h"
#include "service/LibraryPaths.h"
#include "service/LibraryStore.h"

namespace {

struct Options
{
    QCommandLineOption screenshot { QStringLiteral("screenshot"),
                                    QStringLiteral("Import the paths, set up a scene, save the window to OUT.png and "
                                                   "exit (uses a throw-away library unless --library is given)."),
                                    QStringLiteral("OUT.png") };
    QCommandLineOption size { QStringLiteral("size"), QStringLiteral("The window size of a screenshot."),
                              QStringLiteral("WIDTHxHEIGHT"), QStringLiteral("1280x800") };
    QCommandLineOption scene { QStringLiteral("scene"),
                               QStringLiteral("What a screenshot shows: reader (the first path's article), speakers "
                                              "(a speaker's statements and timeline), import (an import under way) or "
                                              "team-archive-dialog (File > Open Team Archive, filled in)."),
                               QStringLiteral("SCENE"), QStringLiteral("reader") };
    QCommandLineOption speaker { QStringLiteral("speaker"),
                                 QStringLiteral("The speaker a speakers screenshot chooses."), QStringLiteral("NAME") };
    QCommandLineOption library { QStringLiteral("library"), QStringLiteral("The library file."),
                                 QStringLiteral("FILE") };
    QCommandLineOption language { QStringLiteral("language"),
                                  QStringLiteral("The interface language: en or zh_CN (default: the View > Language "
                                                 "setting, else the system's)."),
                                  QStringLiteral("LANG") };
    QCommandLineOption noLibrary { QStringLiteral("no-library"),
                                   QStringLiteral(
                                       "Keep opened articles for this session only (a throw-away library).") };
};

void describe(QCommandLineParser& parser, Options& options, const std::filesystem::path& defaultLibrary)
{
    parser.setApplicationDescription(
        QStringLiteral("Sayline: read news articles and see who said what, about whom, and when."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QStringLiteral("Article files or folders to import into the library."),
                                 QStringLiteral("[FILE|DIR ...]"));
    options.library.setDescription(
        QStringLiteral("The library file (default: %1), or a team archive's address "
                       "(postgresql://user@host:port/dbname).")
            .arg(QString::fromStdString(defaultLibrary.string())));
    parser.addOptions(
        { options.screenshot, options.size, options.scene, options.speaker, options.library, options.noLibrary,
                        options.language });
}

std::optional<sayline::app::ScreenshotRequest> screenshotRequest(const QCommandLineParser& parser,
                                                                 const Options& options)
{
    using Scene = sayline::app::ScreenshotRequest::Scene;
    sayline::app::ScreenshotRequest request;
    request.output = parser.value(options.screenshot);
    request.paths = parser.positionalArguments();
    const QStringList size = parser.value(options.size).split(QLatin1Char('x'));
    request.size = QSize(size.value(0).toInt(), size.value(1).toInt());
    const QString scene = parser.value(options.scene);
    if (scene == QLatin1String("speakers"))
        request.scene = Scene::Speakers;
    else if (scene == QLatin1String("import"))
        request.scene = Scene::Import;
    else if (scene == QLatin1String("team-archive-dialog"))
        request.scene = Scene::TeamArchiveDialog;
    else if (scene != QLatin1String("reader"))
        return std::nullopt;
    request.speaker = parser.value(options.speaker);
    if (request.paths.isEmpty() || request.size.width() < 320 || request.size.height() < 240)
        return std::nullopt;
    return request;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("Sayline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAYLINE_VERSION));
    // Resolved before the organization is set, so the GUI and sayline-cli share ~/.local/share/Sayline/.
    const std::filesystem::path defaultLibrary = sayline::service::defaultLibraryPath();

    // --help and --version are answered before there is a window, so they work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    Options options;
    QCommandLineParser parser;
    describe(parser, options, defaultLibrary);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "sayline: %s\n%s", qPrintable(parser.errorText()), qPrintable(parser.helpText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("Sayline %s\n", SAYLINE_VERSION);
        return 0;
    }
    std::optional<sayline::app::ScreenshotRequest> screenshot;
    if (parser.isSet(options.screenshot)) {
        screenshot = screenshotRequest(parser, options);
        if (!screenshot) {
            std::fprintf(stderr,
                         "usage: sayline --screenshot OUT.png [--size WxH] [--scene reader|speakers|import|team-archive-dialog] "
                         "[--speaker NAME] FILE|DIR ...\n");
            return 2;
        }
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Sayline"));
    QApplication::setDesktopFileName(QStringLiteral("sayline"));
    sayline::app::interfaceLanguage::install(app,
                                             sayline::app::interfaceLanguage::choose(parser.value(options.language)));

    QTemporaryDir scratch;
    std::filesystem::path library = defaultLibrary;
    if (parser.isSet(options.library))
        library = parser.value(options.library).toStdString();
    else if (screenshot || parser.isSet(options.noLibrary))
        library = std::filesystem::path(scratch.filePath(QStringLiteral("library.sqlite")).toStdString());
    if (const auto ready = sayline::service::prepareLibrary(library); !ready) {
        const QString reason = QString::fromStdString(ready.error());
        if (screenshot) {
            std::fprintf(stderr, "sayline: %s\n", qPrintable(reason));
            return 1;
        }
        QMessageBox::critical(nullptr, QStringLiteral("Sayline"),
                              QApplication::translate("main",
                                                      "The library cannot be opened: %1\n\nIt was not changed. "
                                                      "Sayline opens a library for this session only.")
                                  .arg(reason));
        library = std::filesystem::path(scratch.filePath(QStringLiteral("library.sqlite")).toStdString());
        if (!sayline::service::prepareLibrary(library))
            return 1;
    }

    // The app owns the one Analyzer; everything below gets it through constructors.
    const sayline::analysis::Analyzer analyzer;
    const sayline::service::AnalysisService analysis(analyzer);
    const bool teamArchive = sayline::service::isTeamArchive(library);
    const std::filesystem::path personalLibrary = teamArchive ? defaultLibrary : library;
    if (screenshot) {
        sayline::app::MainWindow window(sayline::app::AppContext { analyzer, analysis, library, personalLibrary });
        return sayline::app::runScreenshot(app, window, *screenshot);
    }

    // Without --library the window opens what it showed last: the personal library, or the team archive.
    std::filesystem::path first = library;
    if (!parser.isSet(options.library) && !parser.isSet(options.noLibrary)
        && sayline::app::teamArchiveSettings::reopenArchive()) {
        if (const auto archive = sayline::app::reopenTeamArchive())
            first = archive->toStdString();
    }
    sayline::app::WindowHost host(analyzer, analysis, personalLibrary);
    host.open(first)->openPaths(parser.positionalArguments());
    return app.exec();
}
