// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real attribution and claims stages over a text and flattens their statements for assertions.
#pragma once

#include <string>
#include <vector>

#include "LexiconTestSupport.h"
#include "analysis/attribution/AttributionExtractor.h"
#include "analysis/attribution/StatementRecord.h"
#include "analysis/claims/ClaimExtractor.h"
#include "analysis/entities/EntityList.h"
#include "analysis/entities/EntityRecognizer.h"
#include "analysis/text/Document.h"
#include "analysis/text/TokenView.h"
#include "analysis/text/WordClasses.h"

namespace sayline::analysis::test {

struct FoundStatement
{
    std::string content;
    std::string speakerText;
    std::string speakerName; ///< the entity's name, "" for an unnamed source
    std::string cue;
    model::StatementKind kind = model::StatementKind::Indirect;
    model::ClaimType claim = model::ClaimType::Assertion;
    std::vector<std::string> about; ///< entity names
    std::string sieve; ///< the attribution sieve that decided the speaker
    std::string explanation;
};

inline const WordClasses& wordClasses()
{
    static const WordClasses instance(lexicons());
    return instance;
}

/// The statements and claims of a document as text, for assertions (shared by every language's tests).
inline std::vector<FoundStatement> flatten(const Document& document, const EntityList& entities,
                                           const std::vector<StatementRecord>& records,
                                           const std::vector<ClaimRecord>& claimRecords)
{
    std::vector<FoundStatement> found;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const StatementRecord& record = records[i];
        FoundStatement statement;
        statement.content = document.utf8(record.start, record.end);
        statement.speakerText = record.speakerText;
        if (record.speaker >= 0)
            statement.speakerName = entities.records[static_cast<std::size_t>(record.speaker)].name;
        statement.cue = record.cue;
        statement.kind = record.kind;
        statement.claim = claimRecords[i].type;
        statement.sieve = toString(record.sieve);
        statement.explanation = record.explanation;
        for (int index : claimRecords[i].about)
            statement.about.push_back(entities.records[static_cast<std::size_t>(index)].name);
        found.push_back(std::move(statement));
    }
    return found;
}

/// The statements of text with the speakers proposed from the given entities (hand-built, or the recognizer's).
inline std::vector<FoundStatement> attribute(const std::string& text, const EntityList& entities)
{
    const Document document(text);
    const TokenView view(document, wordClasses());
    const AttributionExtractor attribution(lexicons());
    const ClaimExtractor claims(lexicons());
    const std::vector<StatementRecord> records = attribution.extract(view, entities);
    return flatten(document, entities, records, claims.extract(view, entities, records));
}

/// The entity stage's entities of text: what the attribution stage gets in the pipeline.
inline EntityList recognise(const std::string& text)
{
    static const EntityRecognizer recognizer(lexicons());
    return recognizer.recognise(Document(text));
}

/// The statements of text as the pipeline finds them: the real entity stage, then attribution and claims.
inline std::vector<FoundStatement> attribute(const std::string& text)
{
    return attribute(text, recognise(text));
}

} // namespace sayline::analysis::test
