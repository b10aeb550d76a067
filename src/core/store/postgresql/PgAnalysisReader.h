// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

#include "store/Records.h"

namespace sayline::store::postgresql {

class PgConnection;

/// Reads an archived article back as the analysis it was, as store::AnalysisReader does for the library file:
/// entities with aliases, roles, affiliation and mentions, statements with their spans and targets, dates. The
/// archive's corrections are reassignments (PgCorrections): a statement whose speaker was reassigned names the
/// new speaker, added as an entity when the article does not name it, and its attribution names the correction.
class PgAnalysisReader
{
public:
    explicit PgAnalysisReader(PgConnection& connection);

    std::optional<StoredAnalysis> read(RowId articleId);

private:
    void readEntities(StoredAnalysis& out);
    void readStatements(StoredAnalysis& out);
    void readDates(StoredAnalysis& out);
    std::string entityFor(StoredAnalysis& out, RowId libraryId);

    PgConnection& m_connection;
};

} // namespace sayline::store::postgresql
