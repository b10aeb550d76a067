// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "model/Analysis.h"
#include "store/Records.h"

namespace sayline::app {

/// An analysed article shared, read-only, by the reader and the side panel.
using ArticleHandle = std::shared_ptr<const model::AnalysedArticle>;

/// An article as the library holds it (its analysis and the library rows behind its ids), shared read-only.
using StoredHandle = std::shared_ptr<const store::StoredAnalysis>;

/// The analysis of a stored article, sharing its ownership.
inline ArticleHandle analysisOf(const StoredHandle& stored)
{
    return stored ? ArticleHandle(stored, &stored->analysis) : ArticleHandle();
}

} // namespace sayline::app
