// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "store/Records.h"

namespace sayline::app {

/// A library entity the user picked in a dialog.
struct SpeakerChoice
{
    store::RowId id = 0;
    QString name;
};

} // namespace sayline::app
