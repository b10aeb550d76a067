// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real Chinese stages (text, entities, attribution, claims) over a text for assertions.
#pragma once

#include <string>
#include <vector>

#include "AttributionTestSupport.h"
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
        m_statements = flatten(m_document, m_entities, records, claims.extract(m_text, m_entities, records));
    }

    const EntityList& entities() const { return m_entities; }
    const std::vector<FoundStatement>& statements() const { return m_statements; }

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
    const FoundStatement* withContent(const std::string& content) const
    {
        for (const FoundStatement& statement : m_statements)
            if (statement.content == content)
                return &statement;
        return nullptr;
    }

private:
    Document m_document;
    zh::ChineseText m_text;
    EntityList m_entities;
    std::vector<FoundStatement> m_statements;
};

} // namespace sayline::analysis::test
