// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real Chinese stages (text, entities, attribution, claims) over a text for assertions.
#pragma once

#include <string>
#include <vector>

#include "LexiconTestSupport.h"
#include "analysis/attribution/zh/ChineseAttributionExtractor.h"
#include "analysis/claims/zh/ChineseClaimExtractor.h"
#include "analysis/entities/zh/ChineseEntityRecognizer.h"
#include "analysis/text/Document.h"
#include "analysis/text/zh/ChineseText.h"

namespace sayline::analysis::test {

inline const zh::ChineseEntityRecognizer& chineseRecognizer()
{
    static const zh::ChineseEntityRecognizer instance(lexicons());
    return instance;
}

/// One statement with its speaker, cue and claim as text, for comparing with what a reader expects.
struct ChineseStatement
{
    std::string content;
    std::string speakerText;
    std::string speakerName; ///< the entity's name, "" for an unnamed source
    std::string cue;
    model::StatementKind kind = model::StatementKind::Indirect;
    model::ClaimType claim = model::ClaimType::Assertion;
};

/// A Chinese text run through the entity, attribution and claims stages.
class ChineseAnalysed
{
public:
    explicit ChineseAnalysed(const std::string& text)
        : m_document(text)
        , m_text(m_document)
        , m_entities(chineseRecognizer().recognise(m_text))
    {
        static const zh::ChineseAttributionExtractor attribution(lexicons(), chineseRecognizer().gazetteer());
        static const zh::ChineseClaimExtractor claims(lexicons());
        const std::vector<StatementRecord> records = attribution.extract(m_text, m_entities);
        const std::vector<ClaimRecord> claimRecords = claims.extract(m_text, m_entities, records);
        for (std::size_t i = 0; i < records.size(); ++i) {
            const StatementRecord& record = records[i];
            ChineseStatement statement;
            statement.content = m_document.utf8(record.start, record.end);
            statement.speakerText = record.speakerText;
            if (record.speaker >= 0)
                statement.speakerName = m_entities.records[static_cast<std::size_t>(record.speaker)].name;
            statement.cue = record.cue;
            statement.kind = record.kind;
            statement.claim = claimRecords[i].type;
            m_statements.push_back(std::move(statement));
        }
    }

    const EntityList& entities() const { return m_entities; }
    const std::vector<ChineseStatement>& statements() const { return m_statements; }

    /// The entity whose name is `name`, or nullptr.
    const EntityRecord* named(const std::string& name) const
    {
        for (const EntityRecord& record : m_entities.records)
            if (record.name == name)
                return &record;
        return nullptr;
    }

    /// The texts of an entity's mentions, in text order.
    std::vector<std::string> mentionTexts(const EntityRecord& record) const
    {
        std::vector<std::string> texts;
        for (const MentionRecord& mention : record.mentions)
            texts.push_back(m_document.utf8(mention.start, mention.end));
        return texts;
    }

    /// The statement whose content is `content`, or nullptr.
    const ChineseStatement* withContent(const std::string& content) const
    {
        for (const ChineseStatement& statement : m_statements)
            if (statement.content == content)
                return &statement;
        return nullptr;
    }

private:
    Document m_document;
    zh::ChineseText m_text;
    EntityList m_entities;
    std::vector<ChineseStatement> m_statements;
};

} // namespace sayline::analysis::test
