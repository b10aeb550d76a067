// SPDX-License-Identifier: GPL-3.0-or-later
// The plain values the summary and dossier writers render; the service fills them from the library.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ReportedSpeech.h"
#include "model/Analysis.h"

namespace sayline::exporting {

/// One analysed article of a summary, with its library ids when it comes from a library.
struct SummaryArticle
{
    model::AnalysedArticle analysed;
    std::optional<std::int64_t> articleId;
    std::map<std::string, std::int64_t> entityIds; ///< local id ("E1") -> library entity id
    std::map<std::string, std::int64_t> statementIds; ///< local id ("S1") -> library statement id
};

/// An annotated summary of one or many articles.
struct SummaryDocument
{
    std::string title;
    std::vector<SummaryArticle> articles;
};

/// One statement of a dossier or a statement list, with its source.
struct DossierEntry
{
    std::optional<std::string> date; ///< YYYY-MM-DD of the article
    std::string speaker;
    std::string cue;
    model::StatementKind kind = model::StatementKind::Indirect;
    model::ClaimType claimType = model::ClaimType::Assertion;
    std::string statement;
    std::string articleTitle;
    std::optional<std::string> publisher;
    std::string sourceFile;
    std::optional<std::string> url;
    std::optional<std::int64_t> articleId;
    std::optional<std::int64_t> statementId;
    SpeechFrame frame; ///< how the article frames the statement (for reported speech)
    std::vector<std::string> about; ///< names of the entities the statement is about
    std::vector<std::string> organizations; ///< one name per mention inside the statement
    std::vector<std::string> places; ///< one name per mention inside the statement
    std::vector<model::DateMention> dates; ///< the dates and times written inside the statement

    Speech speech() const;
};

/// All statements of one speaker (or any statement list), in date order.
struct Dossier
{
    std::string title;
    std::string speaker; ///< empty for a statement list of several speakers
    std::vector<DossierEntry> entries;
};

/// The speaker of a statement as a reader names it: its entity's name, else the source as written.
std::string speakerName(const model::AnalysedArticle& analysed, const model::Statement& statement);
/// YYYY-MM-DD of an ISO 8601 date (or the text itself when shorter).
std::optional<std::string> dayOf(const std::optional<std::string>& iso);
/// One statement of an analysed article as a dossier entry; body is the article's body().
DossierEntry dossierEntry(const SummaryArticle& article, const model::Statement& statement, std::string_view body);
/// The statements of summary articles as dossier entries (article order, then body order).
Dossier statementList(const SummaryDocument& document);
/// Sorts entries by date (undated last), keeping the order of entries of the same day.
void sortByDate(std::vector<DossierEntry>& entries);

} // namespace sayline::exporting
