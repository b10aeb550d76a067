// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "Records.h"

namespace sayline::store {

struct FullTextRows;

class Database;
class PreparedStatement;

/// Statements, their targets (about) and the speaker summaries built from them.
class StatementRepository
{
public:
    explicit StatementRepository(Database& db);

    /// The library ids an article's statements speak with and about (speaker nullopt: unnamed source).
    struct Links
    {
        std::optional<RowId> speaker;
        std::vector<RowId> about;
    };
    /// Inserts the statements of one article (links[i] belongs to statements[i]) with their targets and full-text
    /// entries (held back when heldBack is given), a few multi-row INSERTs for all of them (RowInsert); returns
    /// their ids in order.
    std::vector<RowId> insertAll(RowId articleId, const std::optional<std::string>& date,
                                 const std::vector<model::Statement>& statements, const std::vector<Links>& links,
                                 FullTextRows* heldBack = nullptr);
    std::optional<StatementRecord> get(RowId id);
    std::vector<StatementRecord> forArticle(RowId articleId);
    std::optional<RowId> findBySpan(RowId articleId, const model::Span& span);
    void setSpeaker(RowId id, RowId entityId);
    void remove(RowId id);
    /// Removes the statements (with targets) of an article; returns the entity ids they referred to.
    std::vector<RowId> removeForArticle(RowId articleId);

    /// Entities with statements among `ids` (all when nullopt), most statements first, with aliases and roles.
    std::vector<SpeakerSummary> speakers(const std::optional<std::vector<RowId>>& ids, int limit, int offset = 0);

    /// The select list readRecord() understands; the query must alias statements s, articles a, entities e.
    static const char* recordColumns();
    static StatementRecord readRecord(const PreparedStatement& query);
    /// Fills StatementRecord::about for each record.
    void loadAbout(std::vector<StatementRecord>& records);

private:
    Database& m_db;
};

} // namespace sayline::store
