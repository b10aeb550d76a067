// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgArticleWriter.h"
#include "PgCorrections.h"
#include "store/Records.h"

namespace sayline::store::postgresql {

class PgConnection;

/// Re-analysis on the archive, as ArticleWriter::replaceAnalysis on the library file: an article's machine rows
/// (entities, mentions, statements, targets, dates) are replaced by a new analysis, its entities resolved with the
/// users' pins and its statements corrected again (reassignments, deletions). In the caller's transaction.
class PgReanalysis
{
public:
    explicit PgReanalysis(PgConnection& connection);

    void replace(RowId articleId, const model::AnalysedArticle& analysed);

private:
    PgConnection& m_connection;
    PgArticleWriter m_writer;
    PgCorrections m_corrections;
};

} // namespace sayline::store::postgresql
