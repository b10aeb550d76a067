// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real AttributionExtractor over a text and flattens its statements for assertions.
#pragma once

#include <string>
#include <vector>

#include "analysis/attribution/AttributionExtractor.h"
#include "analysis/attribution/StatementRecord.h"
#include "analysis/entities/EntityList.h"
#include "analysis/lexicon/Lexicons.h"
#include "analysis/text/Document.h"

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
};

inline const Lexicons& lexicons()
{
    static const Lexicons instance;
    return instance;
}

inline std::vector<FoundStatement> attribute(const std::string& text, EntityList& entities)
{
    const Document document(text);
    const AttributionExtractor extractor(lexicons());
    std::vector<FoundStatement> found;
    for (const StatementRecord& record : extractor.extract(document, entities)) {
        FoundStatement statement;
        statement.content = document.utf8(record.start, record.end);
        statement.speakerText = record.speakerText;
        if (record.speaker >= 0)
            statement.speakerName = entities.records[static_cast<std::size_t>(record.speaker)].name;
        statement.cue = record.cue;
        statement.kind = record.kind;
        statement.claim = record.claimType;
        for (int index : record.about)
            statement.about.push_back(entities.records[static_cast<std::size_t>(index)].name);
        found.push_back(std::move(statement));
    }
    return found;
}

inline std::vector<FoundStatement> attribute(const std::string& text)
{
    EntityList entities;
    return attribute(text, entities);
}

} // namespace sayline::analysis::test
