// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <filesystem>

namespace sayline::analysis {
class Analyzer;
}
namespace sayline::service {
class AnalysisService;
}

namespace sayline::app {

class MainWindow;

/// Owns the one main window and replaces it when the user switches library (File → Open Team Archive…, File →
/// Open Personal Library): every view, controller and service of a window is built for one library, so a switch
/// is a new window on the new library, at the old one's place.
class WindowHost : public QObject
{
    Q_OBJECT

public:
    /// personalLibrary: the SQLite library File → Open Personal Library goes back to.
    WindowHost(const analysis::Analyzer& analyzer, const service::AnalysisService& analysis,
               std::filesystem::path personalLibrary, QObject* parent = nullptr);
    ~WindowHost() override;

    /// Shows a window on the library (a file or a team archive address), closing the one before.
    MainWindow* open(const std::filesystem::path& library);
    MainWindow* window() const { return m_window; }

Q_SIGNALS:
    void windowReplaced(sayline::app::MainWindow* window);

private:
    const analysis::Analyzer& m_analyzer;
    const service::AnalysisService& m_analysis;
    std::filesystem::path m_personalLibrary;
    MainWindow* m_window = nullptr;
};

} // namespace sayline::app
