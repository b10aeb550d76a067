// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sayline::exporting {

/// Throws sayline::Error(Unsupported) unless the process has a QGuiApplication: laying out text needs fonts, and
/// the front end (never core) owns the application object and its platform.
void requireGuiApplication(const char* what);

} // namespace sayline::exporting
