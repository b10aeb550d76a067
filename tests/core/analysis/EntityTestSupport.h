// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real EntityRecognizer (with the compiled-in lexicons) on a text and looks entities up by name.
#pragma once

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "LexiconTestSupport.h"
#include "analysis/entities/EntityRecognizer.h"
#include "analysis/entities/Gazetteer.h"
#include "analysis/text/Document.h"

namespace sayline::analysis::test {

inline const Gazetteer& gazetteer()
{
    static const Gazetteer instance(lexicons());
    return instance;
}

class Recognised
{
public:
    explicit Recognised(const std::string& text, NameTyping typing = NameTyping::Rules)
        : m_document(text)
        , m_entities(recognizer().recognise(m_document, typing))
    {
    }

    const Document& document() const { return m_document; }
    const EntityList& entities() const { return m_entities; }

    /// The entity whose name is `name`, or nullptr.
    const EntityRecord* named(const std::string& name) const
    {
        for (const EntityRecord& record : m_entities.records) {
            if (record.name == name)
                return &record;
        }
        return nullptr;
    }

    int indexOf(const EntityRecord* record) const
    {
        return record ? static_cast<int>(record - m_entities.records.data()) : -1;
    }

    /// The entity with a mention whose text is exactly `text`, or nullptr.
    const EntityRecord* mentioned(const std::string& text) const
    {
        for (const EntityRecord& record : m_entities.records) {
            for (const MentionRecord& mention : record.mentions) {
                if (m_document.utf8(mention.start, mention.end) == text)
                    return &record;
            }
        }
        return nullptr;
    }

    /// Texts of the mentions of `record` of one kind, in text order.
    std::vector<std::string> mentions(const EntityRecord& record, MentionKind kind) const
    {
        std::vector<MentionRecord> sorted = record.mentions;
        std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
        std::vector<std::string> out;
        for (const MentionRecord& mention : sorted) {
            if (mention.kind == kind)
                out.push_back(m_document.utf8(mention.start, mention.end));
        }
        return out;
    }

    static bool has(const std::vector<std::string>& list, const std::string& item)
    {
        return std::find(list.begin(), list.end(), item) != list.end();
    }

    static const EntityRecognizer& recognizer()
    {
        static const EntityRecognizer instance(lexicons());
        return instance;
    }

private:
    Document m_document;
    EntityList m_entities;
};

} // namespace sayline::analysis::test
