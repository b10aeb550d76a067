// SPDX-License-Identifier: GPL-3.0-or-later
// SpeakerIndex answers by hash and binary search what SpeakerResolver used to answer by scanning every
// entity, mention and earlier statement; these compare it with those scans on a generated name-dense text.
#include <gtest/gtest.h>

#include "AttributionTestSupport.h"
#include "HostileTextSupport.h"
#include "analysis/attribution/AttributionExtractor.h"
#include "analysis/attribution/SpeakerIndex.h"

using namespace sayline::analysis;
using sayline::model::EntityType;
using test::HostileKind;

namespace {

std::vector<std::string> words(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t from = 0;
    while (from < text.size()) {
        std::size_t space = text.find(' ', from);
        if (space == std::string::npos)
            space = text.size();
        if (space > from)
            out.push_back(text.substr(from, space - from));
        from = space + 1;
    }
    return out;
}

/// findByName as the resolver scanned it.
int scanFindByName(const EntityList& entities, const std::string& name, EntityType type)
{
    for (std::size_t i = 0; i < entities.records.size(); ++i) {
        const EntityRecord& record = entities.records[i];
        if (record.name == name
            || std::find(record.aliases.begin(), record.aliases.end(), name) != record.aliases.end())
            return static_cast<int>(i);
    }
    const std::vector<std::string> parts = words(name);
    for (std::size_t i = 0; i < entities.records.size(); ++i) {
        const EntityRecord& record = entities.records[i];
        const std::vector<std::string> known = words(record.name);
        if (parts.size() == 1 && known.size() > 1 && record.type == EntityType::Person
            && (known.back() == parts[0] || known.front() == parts[0]))
            return static_cast<int>(i);
        if (known.size() == 1 && parts.size() > 1 && type == record.type && parts.back() == known[0])
            return static_cast<int>(i);
    }
    return -1;
}

/// The most recent entity of type mentioned or quoted before offset, as the resolver scanned it.
int scanMostRecent(const EntityList& entities, const std::vector<StatementRecord>& previous, int offset,
                   EntityType type, int& bestAt)
{
    int best = -1;
    bestAt = -1;
    for (std::size_t i = 0; i < entities.records.size(); ++i) {
        if (entities.records[i].type != type)
            continue;
        for (const MentionRecord& mention : entities.records[i].mentions) {
            if (mention.end <= offset && mention.start > bestAt) {
                bestAt = mention.start;
                best = static_cast<int>(i);
            }
        }
    }
    for (const StatementRecord& statement : previous) {
        if (statement.speaker >= 0 && statement.speakerStart < offset && statement.speakerStart > bestAt
            && entities.records[static_cast<std::size_t>(statement.speaker)].type == type) {
            bestAt = statement.speakerStart;
            best = statement.speaker;
        }
    }
    return best;
}

} // namespace

TEST(SpeakerIndex, answersEveryLookUpAsTheResolversScansDid)
{
    const std::string text = test::hostileText(HostileKind::News, 8 * 1024);
    const Document document(text);
    const TokenView view(document, test::wordClasses());
    const EntityList entities = test::recognise(text);
    const std::vector<StatementRecord> statements = AttributionExtractor(test::lexicons()).extract(view, entities);
    ASSERT_GT(statements.size(), 20u);
    ASSERT_GT(entities.records.size(), 20u);

    // Every entity's name, alias and name word, as a person and as an organisation.
    std::vector<std::string> names { "Nobody Known", "Smith", "Kim", "Acme", "Finance" };
    for (const EntityRecord& record : entities.records) {
        names.push_back(record.name);
        names.insert(names.end(), record.aliases.begin(), record.aliases.end());
        for (const std::string& word : words(record.name)) {
            names.push_back(word);
            names.push_back("Someone " + word);
        }
    }
    SpeakerIndex index(view, entities, statements);
    for (const std::string& name : names) {
        for (EntityType type : { EntityType::Person, EntityType::Organization }) {
            ASSERT_EQ(index.findByName(name, type), scanFindByName(entities, name, type)) << name;
        }
    }

    // The most recent entity at every token, with the statements so far growing as they do in the extractor.
    std::vector<StatementRecord> soFar;
    SpeakerIndex growing(view, entities, soFar);
    std::size_t next = 0;
    for (int t = 0; t < view.size(); ++t) {
        const int offset = view.start(t);
        while (next < statements.size() && statements[next].start < offset)
            soFar.push_back(statements[next++]);
        for (EntityType type : { EntityType::Person, EntityType::Organization }) {
            int at = 0;
            int scannedAt = 0;
            ASSERT_EQ(growing.mostRecent(offset, type, true, &at),
                      scanMostRecent(entities, soFar, offset, type, scannedAt));
            ASSERT_EQ(at, scannedAt);
        }
    }
}
