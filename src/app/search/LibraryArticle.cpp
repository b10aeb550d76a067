// SPDX-License-Identifier: GPL-3.0-or-later
#include "LibraryArticle.h"

namespace sayline::app {

ArticleHandle analysedFromLibrary(const store::StoredAnalysis& stored)
{
    return std::make_shared<model::AnalysedArticle>(stored.analysis);
}

} // namespace sayline::app
