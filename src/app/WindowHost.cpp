// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowHost.h"

#include "MainWindow.h"
#include "library/TeamArchiveSettings.h"
#include "service/LibraryPaths.h"

namespace sayline::app {

WindowHost::WindowHost(const analysis::Analyzer& analyzer, const service::AnalysisService& analysis,
                       std::filesystem::path personalLibrary, QObject* parent)
    : QObject(parent)
    , m_analyzer(analyzer)
    , m_analysis(analysis)
    , m_personalLibrary(std::move(personalLibrary))
{
}

WindowHost::~WindowHost()
{
    delete m_window;
}

MainWindow* WindowHost::open(const std::filesystem::path& library)
{
    MainWindow* previous = m_window;
    m_window = new MainWindow(AppContext { m_analyzer, m_analysis, library, m_personalLibrary });
    connect(m_window, &MainWindow::libraryRequested, this, [this](const QString& address) {
        teamArchiveSettings::setReopenArchive(true);
        open(address.toStdString());
    });
    connect(m_window, &MainWindow::personalLibraryRequested, this, [this] {
        teamArchiveSettings::setReopenArchive(false);
        if (service::prepareLibrary(m_personalLibrary))
            open(m_personalLibrary);
    });
    if (previous)
        m_window->setGeometry(previous->geometry());
    m_window->show(); // before the old one closes, or the application would quit with its last window
    if (previous) {
        previous->close(); // saves the layout and stops its import
        previous->deleteLater(); // it may be inside the slot that asked for the switch
    }
    Q_EMIT windowReplaced(m_window);
    return m_window;
}

} // namespace sayline::app
