// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotRunner.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <cstdio>

#include "MainWindow.h"
#include "library/ArticlesView.h"
#include "library/ImportController.h"
#include "library/LibraryArticleModel.h"
#include "library/TeamArchiveDialog.h"
#include "speakers/LibrarySpeakerModel.h"
#include "speakers/SpeakersView.h"

namespace sayline::app {
namespace {

/// A window grab with at most 256 colours: keeps screenshots in the docs small (no dithering: UI colours are
/// flat, and dithered text reads badly).
QImage compactImage(const QImage& image)
{
    return image.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither);
}

bool save(MainWindow& window, const QString& output)
{
    if (compactImage(window.grab().toImage()).save(output, "PNG", 0))
        return true;
    std::fprintf(stderr, "sayline: could not write %s\n", qPrintable(QDir::toNativeSeparators(output)));
    return false;
}

/// The library row of the article read from file, among the first rows of the list.
qint64 articleFrom(MainWindow& window, const QString& file)
{
    LibraryArticleModel* model = window.articlesView()->model();
    const QString wanted = QFileInfo(file).fileName();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(Qt::ToolTipRole).toString().contains(wanted))
            return model->articleId(row);
    }
    return model->rowCount() > 0 ? model->articleId(0) : 0;
}

void setUpScene(MainWindow& window, const ScreenshotRequest& request)
{
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("libraryTabs"));
    switch (request.scene) {
    case ScreenshotRequest::Scene::Reader: {
        tabs->setCurrentIndex(0);
        window.openArticle(articleFrom(window, request.paths.value(0)));
        const StoredHandle article = window.currentArticle();
        if (article && !article->analysis.statements.empty()) {
            const model::Statement& first = article->analysis.statements.front();
            window.showDetails({ first.speaker ? HighlightTarget::Type::Entity : HighlightTarget::Type::Statement,
                                 QString::fromStdString(first.speaker.value_or(first.id)) });
            if (first.speaker && article->entityRows.contains(*first.speaker))
                window.showSpeaker(article->entityRows.at(*first.speaker),
                                   QString::fromStdString(article->analysis.entityById(*first.speaker)->name));
        }
        break;
    }
    case ScreenshotRequest::Scene::Speakers: {
        tabs->setCurrentIndex(1);
        LibrarySpeakerModel* speakers = window.speakersView()->model();
        int row = 0;
        for (int i = 0; i < speakers->rowCount(); ++i) {
            if (speakers->index(i, 0).data().toString() == request.speaker)
                row = i;
        }
        if (speakers->rowCount() > 0) {
            const QModelIndex name = speakers->index(row, 0);
            window.showSpeaker(name.data(LibrarySpeakerModel::EntityIdRole).toLongLong(), name.data().toString());
            window.openArticle(window.articlesView()->model()->articleId(0));
        }
        break;
    }
    case ScreenshotRequest::Scene::Import:
    case ScreenshotRequest::Scene::TeamArchiveDialog:
        break;
    }
}

/// The Open Team Archive dialog as a user fills it in, saved alone.
bool saveTeamArchiveDialog(MainWindow& window, const QString& output)
{
    service::ArchiveConnection example;
    example.host = "dbhost.example.org";
    example.port = "5432";
    example.database = "newsroom";
    example.user = "alice";
    TeamArchiveDialog dialog(example, &window);
    dialog.show();
    QApplication::processEvents();
    dialog.adjustSize();
    QApplication::processEvents();
    if (compactImage(dialog.grab().toImage()).save(output, "PNG", 0))
        return true;
    std::fprintf(stderr, "sayline: could not write %s\n", qPrintable(QDir::toNativeSeparators(output)));
    return false;
}

} // namespace

int runScreenshot(QApplication& app, MainWindow& window, const ScreenshotRequest& request)
{
    window.resize(request.size);
    window.show();
    window.resetLayout();
    int status = 1;
    QTimer poll;
    poll.setInterval(100);
    bool sceneSet = false;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (window.isBusy() || window.speakersView()->model()->isLoading())
            return;
        if (!sceneSet) { // the import is done: set the scene, then wait for its searches
            sceneSet = true;
            setUpScene(window, request);
            return;
        }
        poll.stop();
        QTimer::singleShot(400, &app, [&] { // let the layout settle
            if (request.scene == ScreenshotRequest::Scene::TeamArchiveDialog)
                status = saveTeamArchiveDialog(window, request.output) ? 0 : 1;
            else
                status = save(window, request.output) ? 0 : 1;
            app.quit();
        });
    });
    if (request.scene == ScreenshotRequest::Scene::Import) {
        QObject::connect(window.importController(), &ImportController::progressChanged, &app,
                         [&](int done, int total, const QString&) {
                             if (total == 0 || done < std::min(3, total) || status == 0 || sceneSet)
                                 return;
                             sceneSet = true;
                             status = save(window, request.output) ? 0 : 1;
                             window.importController()->cancel();
                             QTimer::singleShot(0, &app, &QApplication::quit);
                         });
    } else {
        poll.start();
    }
    QTimer::singleShot(180000, &app, [&] {
        std::fprintf(stderr, "sayline: timed out preparing the screenshot of %s\n",
                     qPrintable(request.paths.join(QStringLiteral(", "))));
        app.quit();
    });
    if (!window.isReadOnly()) // a read-only archive is shown as it is
        window.openPaths(request.paths);
    app.exec();
    return status;
}

} // namespace sayline::app
