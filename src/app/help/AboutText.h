// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sayline::app {

/// The About box's text (rich text): what Sayline is, its licence, and the credits the trained models owe
/// their training data (resources/models/README.md holds the full attribution lines).
QString aboutText();

} // namespace sayline::app
