// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgStatementSearch.h"

#include "PgConnection.h"
#include "PgEntities.h"
#include "PgSql.h"
#include "PgTextQuery.h"
#include "model/Error.h"

namespace sayline::store::postgresql {

PgStatementSearch::PgStatementSearch(PgConnection& connection)
    : m_connection(connection)
{
}

template <typename Work> auto PgStatementSearch::guarded(const SearchQuery& query, Work&& work) -> decltype(work())
{
    try {
        return work();
    } catch (const Error& error) {
        if (query.text && error.code() == ErrorCode::Database
            && std::string(error.what()).find("tsquery") != std::string::npos)
            throw Error(ErrorCode::Usage,
                        "bad text query '" + *query.text + "': " + error.what()
                            + " (put phrases and words with punctuation in double quotes)");
        throw;
    }
}

std::optional<PgStatementSearch::Resolved> PgStatementSearch::resolve(const SearchQuery& query)
{
    checkQueryLimits(query);
    Resolved resolved;
    if (query.text)
        resolved.tsquery = toTsQuery(*query.text);
    PgEntities entities(m_connection);
    if (query.speakerId)
        resolved.speakers = std::vector<RowId> { *query.speakerId };
    else if (query.speaker) {
        resolved.speakers = entities.findByName(*query.speaker);
        if (resolved.speakers->empty())
            resolved.speakers = entities.findByWordPrefix(*query.speaker, 1000);
    }
    if (query.aboutId)
        resolved.about = std::vector<RowId> { *query.aboutId };
    else if (query.about)
        resolved.about = entities.findByName(*query.about);
    if ((resolved.speakers && resolved.speakers->empty()) || (resolved.about && resolved.about->empty()))
        return std::nullopt;
    return resolved;
}

void PgStatementSearch::addFilters(PgSql& sql, const SearchQuery& query, const Resolved& resolved)
{
    if (resolved.speakers)
        sql.where("s.speaker_id = ANY(" + sql.param(idArray(*resolved.speakers)) + "::bigint[])");
    if (resolved.about)
        sql.where("s.id IN (SELECT statement_id FROM statement_targets WHERE entity_id = ANY("
                  + sql.param(idArray(*resolved.about)) + "::bigint[]))");
    if (resolved.tsquery) {
        std::string match
            = "s.words @@ to_tsquery('" + std::string(kTextConfiguration) + "', " + sql.param(*resolved.tsquery) + ")";
        // A CJK run also matches as a substring (served by the trigram index), whatever the segmentation did.
        if (const std::optional<std::string> substring = cjkSubstring(*query.text))
            match = "(" + match + " OR s.content LIKE " + sql.param("%" + *substring + "%") + ")";
        sql.where(match);
    }
    if (query.from)
        sql.where("s.date >= " + sql.param(*query.from) + "::date");
    if (query.to)
        sql.where("s.date <= " + sql.param(*query.to) + "::date");
    if (query.publisher)
        sql.where("lower(a.publisher) = lower(" + sql.param(*query.publisher) + ")");
    if (query.kind)
        sql.where("s.kind = " + sql.param(std::string(model::toString(*query.kind))));
}

std::vector<StatementRecord> PgStatementSearch::run(const SearchQuery& query)
{
    const std::optional<Resolved> resolved = resolve(query);
    if (!resolved)
        return {};
    return guarded(query, [&] {
        const bool ranked = resolved->tsquery && !resolved->speakers && !resolved->about;
        PgSql sql("SELECT s.id, s.article_id, a.title, a.publisher, s.date::text, s.speaker_id, "
                  "coalesce(e.name, s.speaker_text), s.cue, s.kind, s.claim_type, s.content, s.start, s.\"end\", ");
        if (resolved->tsquery) {
            const std::string tsquery
                = "to_tsquery('" + std::string(kTextConfiguration) + "', " + sql.param(*resolved->tsquery) + ")";
            sql.append("ts_headline('" + std::string(kTextConfiguration) + "', s.content, " + tsquery
                       + ", 'StartSel=[, StopSel=], HighlightAll=true'), ts_rank(s.words, " + tsquery
                       + ") AS rank, s.version");
        } else {
            sql.append("s.content, 0 AS rank, s.version");
        }
        sql.append(" FROM statements s JOIN articles a ON a.id = s.article_id "
                   "LEFT JOIN entities e ON e.id = s.speaker_id");
        addFilters(sql, query, *resolved);
        sql.append(ranked ? " ORDER BY rank DESC, s.date DESC NULLS LAST, s.id DESC"
                          : " ORDER BY s.date DESC NULLS LAST, s.id DESC");
        sql.append(" LIMIT " + sql.param(std::int64_t { query.limit }) + " OFFSET "
                   + sql.param(std::int64_t { query.offset }));
        const PgResult rows = sql.run(m_connection);
        std::vector<StatementRecord> out;
        std::vector<RowId> ids;
        for (int row = 0; row < rows.rows(); ++row) {
            StatementRecord record;
            record.id = rows.integer(row, 0);
            record.articleId = rows.integer(row, 1);
            record.articleTitle = rows.text(row, 2);
            record.publisher = rows.optionalText(row, 3);
            record.date = rows.optionalText(row, 4);
            record.speakerId = rows.optionalInteger(row, 5);
            record.speaker = rows.text(row, 6);
            record.cue = rows.text(row, 7);
            record.kind = model::statementKindFromString(rows.text(row, 8)).value_or(model::StatementKind::Indirect);
            record.claimType = model::claimTypeFromString(rows.text(row, 9)).value_or(model::ClaimType::Other);
            record.content = rows.text(row, 10);
            record.span = model::Span { static_cast<int>(rows.integer(row, 11)), static_cast<int>(rows.integer(row, 12)) };
            record.snippet = rows.text(row, 13);
            record.version = static_cast<int>(rows.integer(row, 15));
            ids.push_back(record.id);
            out.push_back(std::move(record));
        }
        if (ids.empty())
            return out;
        const PgResult about = m_connection.query(
            "SELECT t.statement_id, e.name FROM statement_targets t JOIN entities e ON e.id = t.entity_id "
            "WHERE t.statement_id = ANY($1::bigint[]) ORDER BY e.name",
            { idArray(ids) });
        for (int row = 0; row < about.rows(); ++row) {
            const RowId statement = about.integer(row, 0);
            for (StatementRecord& record : out) {
                if (record.id == statement)
                    record.about.push_back(about.text(row, 1));
            }
        }
        return out;
    });
}

int PgStatementSearch::count(const SearchQuery& query)
{
    const std::optional<Resolved> resolved = resolve(query);
    if (!resolved)
        return 0;
    return guarded(query, [&] {
        PgSql sql("SELECT count(*) FROM statements s JOIN articles a ON a.id = s.article_id");
        addFilters(sql, query, *resolved);
        return static_cast<int>(sql.run(m_connection).integer(0, 0));
    });
}

Timeline PgStatementSearch::timeline(const SearchQuery& query)
{
    Timeline timeline;
    const std::optional<Resolved> resolved = resolve(query);
    if (!resolved)
        return timeline;
    const std::vector<std::pair<std::string, int>> months = guarded(query, [&] {
        PgSql sql("SELECT to_char(s.date, 'YYYY-MM') AS month, count(*) FROM statements s "
                  "JOIN articles a ON a.id = s.article_id");
        addFilters(sql, query, *resolved);
        sql.append(" GROUP BY month ORDER BY month");
        const PgResult rows = sql.run(m_connection);
        std::vector<std::pair<std::string, int>> dated;
        for (int row = 0; row < rows.rows(); ++row) {
            const int count = static_cast<int>(rows.integer(row, 1));
            timeline.total += count;
            if (rows.isNull(row, 0))
                timeline.undated += count;
            else
                dated.emplace_back(rows.text(row, 0), count);
        }
        return dated;
    });
    timeline.fill(months);
    return timeline;
}

} // namespace sayline::store::postgresql
