// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementRepository.h"

#include "Database.h"
#include "FullTextRows.h"
#include "RowInsert.h"
#include "SqlText.h"
#include "TextKeys.h"
#include "TextLists.h"

namespace sayline::store {
namespace {

constexpr const char* kFrom = " FROM statements s JOIN articles a ON a.id = s.article_id "
                              "LEFT JOIN entities e ON e.id = s.speaker_id";

} // namespace

StatementRepository::StatementRepository(Database& db)
    : m_db(db)
{
}

const char* StatementRepository::recordColumns()
{
    return "s.id, s.article_id, a.title, a.publisher, s.date, s.speaker_id, coalesce(e.name, s.speaker_text), s.cue, "
           "s.kind, s.claim_type, s.content, s.start, s.end";
}

StatementRecord StatementRepository::readRecord(const PreparedStatement& query)
{
    StatementRecord record;
    record.id = query.columnInt(0);
    record.articleId = query.columnInt(1);
    record.articleTitle = query.columnText(2);
    record.publisher = query.columnOptionalText(3);
    record.date = query.columnOptionalText(4);
    record.speakerId = query.columnOptionalInt(5);
    record.speaker = query.columnText(6);
    record.cue = query.columnText(7);
    record.kind = model::statementKindFromString(query.columnText(8)).value_or(model::StatementKind::Indirect);
    record.claimType = model::claimTypeFromString(query.columnText(9)).value_or(model::ClaimType::Other);
    record.content = query.columnText(10);
    record.snippet = record.content;
    record.span = model::Span { static_cast<int>(query.columnInt(11)), static_cast<int>(query.columnInt(12)) };
    return record;
}

void StatementRepository::loadAbout(std::vector<StatementRecord>& records)
{
    auto& query = m_db.cached("SELECT e.name FROM statement_targets t JOIN entities e ON e.id = t.entity_id "
                              "WHERE t.statement_id = ? ORDER BY e.name");
    for (StatementRecord& record : records) {
        query.bind(1, record.id);
        while (query.step())
            record.about.push_back(query.columnText(0));
        query.reset();
    }
}

std::vector<RowId> StatementRepository::insertAll(RowId articleId, const std::optional<std::string>& date,
                                                  const std::vector<model::Statement>& statements,
                                                  const std::vector<Links>& links, FullTextRows* heldBack)
{
    if (statements.empty())
        return {};
    std::vector<std::optional<std::string>> contentIndex;
    std::vector<std::string> aboutLocal;
    contentIndex.reserve(statements.size());
    aboutLocal.reserve(statements.size());
    for (const model::Statement& statement : statements) {
        contentIndex.push_back(segmentForIndex(statement.content));
        aboutLocal.push_back(joinLines(statement.about));
    }
    RowInsert insert(
        m_db,
        "INSERT INTO statements (article_id, local_id, speaker_id, speaker_text, speaker_start, "
        "speaker_end, cue, cue_start, cue_end, kind, claim_type, content, content_index, start, end, date, "
        "speaker_local_id, about_local, attribution_sieve, attribution_explanation) VALUES ",
        20);
    const std::vector<RowId> ids = insert.run(statements.size(), [&](PreparedStatement& row, int p, std::size_t i) {
        const model::Statement& statement = statements[i];
        row.bind(p, articleId)
            .bindStatic(p + 1, statement.id)
            .bind(p + 2, links[i].speaker)
            .bindStatic(p + 3, statement.speakerText);
        if (statement.speakerSpan)
            row.bind(p + 4, statement.speakerSpan->start).bind(p + 5, statement.speakerSpan->end);
        else
            row.bind(p + 4, nullptr).bind(p + 5, nullptr);
        row.bindStatic(p + 6, statement.cue);
        if (statement.cueSpan)
            row.bind(p + 7, statement.cueSpan->start).bind(p + 8, statement.cueSpan->end);
        else
            row.bind(p + 7, nullptr).bind(p + 8, nullptr);
        row.bindStatic(p + 9, model::toString(statement.kind))
            .bindStatic(p + 10, model::toString(statement.claimType))
            .bindStatic(p + 11, statement.content)
            .bindStatic(p + 12, contentIndex[i])
            .bind(p + 13, statement.span.start)
            .bind(p + 14, statement.span.end)
            .bindStatic(p + 15, date)
            .bindStatic(p + 16, statement.speaker)
            .bindStatic(p + 17, aboutLocal[i])
            .bindStatic(p + 18, statement.attribution.sieve)
            .bindStatic(p + 19, statement.attribution.explanation);
    });
    // Texts bound without a copy (bindStatic): statements, contentIndex and aboutLocal outlive the run.
    // The full-text entries are written here, not by a trigger (see 0004_fulltext_sync_in_store.sql).
    if (heldBack) {
        for (std::size_t i = 0; i < statements.size(); ++i)
            heldBack->statements.push_back({ ids[i], contentIndex[i].value_or(statements[i].content) });
    } else {
        RowInsert index(m_db, "INSERT INTO statements_fts (rowid, content) VALUES ", 2);
        index.run(statements.size(), [&](PreparedStatement& row, int p, std::size_t i) {
            row.bind(p, ids[i]).bind(p + 1, contentIndex[i] ? *contentIndex[i] : statements[i].content);
        });
    }
    std::vector<std::pair<RowId, RowId>> targets;
    for (std::size_t i = 0; i < statements.size(); ++i) {
        for (RowId entity : links[i].about)
            targets.emplace_back(ids[i], entity);
    }
    RowInsert target(m_db, "INSERT OR IGNORE INTO statement_targets (statement_id, entity_id) VALUES ", 2);
    target.run(targets.size(), [&](PreparedStatement& row, int p, std::size_t i) {
        row.bind(p, targets[i].first).bind(p + 1, targets[i].second);
    });
    return ids;
}

std::optional<StatementRecord> StatementRepository::get(RowId id)
{
    auto& query = m_db.cached(std::string("SELECT ") + recordColumns() + kFrom + " WHERE s.id = ?");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    std::vector<StatementRecord> records { readRecord(query) };
    query.reset();
    loadAbout(records);
    return records.front();
}

std::vector<StatementRecord> StatementRepository::forArticle(RowId articleId)
{
    auto& query = m_db.cached(std::string("SELECT ") + recordColumns() + kFrom
                              + " WHERE s.article_id = ? ORDER BY s.start, s.id");
    query.bind(1, articleId);
    std::vector<StatementRecord> records;
    while (query.step())
        records.push_back(readRecord(query));
    query.reset();
    loadAbout(records);
    return records;
}

std::optional<RowId> StatementRepository::findBySpan(RowId articleId, const model::Span& span)
{
    auto& query = m_db.cached("SELECT id FROM statements WHERE article_id = ? AND start = ? AND end = ? LIMIT 1");
    query.bind(1, articleId).bind(2, span.start).bind(3, span.end);
    std::optional<RowId> id;
    if (query.step())
        id = query.columnInt(0);
    query.reset();
    return id;
}

void StatementRepository::setSpeaker(RowId id, RowId entityId)
{
    auto& update = m_db.cached("UPDATE statements SET speaker_id = ? WHERE id = ?");
    update.bind(1, entityId).bind(2, id).run();
}

void StatementRepository::remove(RowId id)
{
    auto& remove = m_db.cached("DELETE FROM statements WHERE id = ?");
    remove.bind(1, id).run();
}

std::vector<RowId> StatementRepository::removeForArticle(RowId articleId)
{
    std::vector<RowId> entities;
    auto& referenced
        = m_db.cached("SELECT speaker_id FROM statements WHERE article_id = ?1 AND speaker_id IS NOT NULL "
                      "UNION SELECT t.entity_id FROM statement_targets t JOIN statements s ON s.id = t.statement_id "
                      "WHERE s.article_id = ?1");
    referenced.bind(1, articleId);
    while (referenced.step())
        entities.push_back(referenced.columnInt(0));
    referenced.reset();
    auto& remove = m_db.cached("DELETE FROM statements WHERE article_id = ?");
    remove.bind(1, articleId).run();
    return entities;
}

std::vector<SpeakerSummary> StatementRepository::speakers(const std::optional<std::vector<RowId>>& ids, int limit,
                                                          int offset)
{
    SqlText sql("SELECT e.id, e.type, e.name, count(*), min(s.date), max(s.date), "
                "(SELECT group_concat(alias, char(10)) FROM (SELECT alias FROM entity_aliases WHERE entity_id = e.id "
                "ORDER BY alias)), (SELECT group_concat(role, char(10)) FROM (SELECT role FROM entity_roles "
                "WHERE entity_id = e.id ORDER BY role)) FROM statements s JOIN entities e ON e.id = s.speaker_id");
    if (ids) {
        if (ids->empty())
            return {};
        sql.append(" WHERE s.speaker_id IN (" + SqlText::placeholders(ids->size()) + ")");
        for (RowId id : *ids)
            sql.bindValue(id);
    }
    sql.append(" GROUP BY s.speaker_id ORDER BY count(*) DESC, e.name LIMIT ? OFFSET ?");
    sql.bindValue(static_cast<std::int64_t>(limit));
    sql.bindValue(static_cast<std::int64_t>(offset));
    auto query = m_db.prepare(sql.text());
    sql.bindTo(query);
    std::vector<SpeakerSummary> out;
    while (query.step()) {
        SpeakerSummary summary;
        summary.id = query.columnInt(0);
        summary.type = model::entityTypeFromString(query.columnText(1)).value_or(model::EntityType::Misc);
        summary.name = query.columnText(2);
        summary.statementCount = static_cast<int>(query.columnInt(3));
        summary.firstDate = query.columnOptionalText(4);
        summary.lastDate = query.columnOptionalText(5);
        summary.aliases = splitText(query.columnText(6));
        summary.roles = splitText(query.columnText(7));
        out.push_back(std::move(summary));
    }
    return out;
}

} // namespace sayline::store
