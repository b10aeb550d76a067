// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ArticleHandle.h"
#include "store/Records.h"

namespace sayline::app {

/// An article as the library holds it (with the user's corrections applied) in the form the reader shows.
/// The library keeps no per-article aliases, roles or speaker spans; those stay empty.
ArticleHandle analysedFromLibrary(const store::StoredAnalysis& stored);

} // namespace sayline::app
