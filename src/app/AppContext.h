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
    /// The SQLite library opened articles are imported into and searched; none: they live for the session.
    std::optional<std::filesystem::path> library;
};

} // namespace sayline::app
