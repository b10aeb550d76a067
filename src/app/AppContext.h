// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>

namespace sayline::analysis {
class Analyzer;
}
namespace sayline::service {
class AnalysisService;
}

namespace sayline::app {

/// What the window is given to work with; main() owns all of it and outlives the window.
struct AppContext
{
    const analysis::Analyzer& analyzer;
    const service::AnalysisService& analysis;
    /// The SQLite library the window shows, imports into and searches (a throw-away one for --no-library).
    std::optional<std::filesystem::path> library;
    /// The user's own library file, which File → Open Personal Library goes back to from a team archive.
    std::filesystem::path personalLibrary;
};

} // namespace sayline::app
