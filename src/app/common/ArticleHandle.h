// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "model/Analysis.h"

namespace sayline::app {

/// An analysed article shared, read-only, by the list, the reader and the side panel.
using ArticleHandle = std::shared_ptr<const model::AnalysedArticle>;

} // namespace sayline::app
