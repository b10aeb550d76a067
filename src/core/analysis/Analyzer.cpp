// SPDX-License-Identifier: GPL-3.0-or-later
#include "Analyzer.h"

#include <algorithm>

#include "analysis/attribution/AttributionExtractor.h"
#include "analysis/attribution/zh/ChineseAttributionExtractor.h"
#include "analysis/claims/ClaimExtractor.h"
#include "analysis/claims/zh/ChineseClaimExtractor.h"
#include "analysis/dates/DateExtractor.h"
#include "analysis/entities/EntityRecognizer.h"
#include "analysis/entities/zh/ChineseEntityRecognizer.h"
#include "analysis/lexicon/Lexicons.h"
#include "analysis/text/Document.h"
#include "analysis/text/TokenView.h"
#include "analysis/text/WordClasses.h"
#include "analysis/text/zh/ChineseText.h"

namespace sayline::analysis {
namespace {

/// The date relative expressions are resolved against: the publication date wins over the option.
std::optional<std::string> anchorDate(const model::Article& article, const AnalysisOptions& options)
{
    if (article.published && article.published->size() >= 10)
        return *article.published;
    return options.referenceDate;
}

/// Chinese ("zh", "zh-CN", "zh-Hant") takes the Chinese stages.
bool isChinese(const std::optional<std::string>& language)
{
    return language && language->size() >= 2 && language->compare(0, 2, "zh") == 0
        && (language->size() == 2 || (*language)[2] == '-' || (*language)[2] == '_');
}

std::string entityId(int index)
{
    return "E" + std::to_string(index + 1);
}

std::vector<model::Entity> toModel(const Document& document, const EntityList& entities)
{
    std::vector<model::Entity> out;
    out.reserve(entities.records.size());
    for (std::size_t i = 0; i < entities.records.size(); ++i) {
        const EntityRecord& record = entities.records[i];
        model::Entity entity;
        entity.id = entityId(static_cast<int>(i));
        entity.type = record.type;
        entity.name = record.name;
        entity.aliases = record.aliases;
        entity.roles = record.roles;
        if (record.affiliation >= 0 && record.affiliation < static_cast<int>(entities.records.size()))
            entity.affiliation = entityId(record.affiliation);
        for (const MentionRecord& mention : record.mentions)
            entity.mentions.push_back(document.toSpan(mention.start, mention.end));
        std::sort(entity.mentions.begin(), entity.mentions.end());
        entity.mentions.erase(std::unique(entity.mentions.begin(), entity.mentions.end()), entity.mentions.end());
        out.push_back(std::move(entity));
    }
    return out;
}

std::vector<model::Statement> toModel(const Document& document, const EntityList& entities,
                                      const std::vector<StatementRecord>& statements,
                                      const std::vector<ClaimRecord>& claims)
{
    const int entityCount = static_cast<int>(entities.records.size());
    std::vector<model::Statement> out;
    out.reserve(statements.size());
    for (std::size_t i = 0; i < statements.size(); ++i) {
        const StatementRecord& record = statements[i];
        const ClaimRecord& claim = claims[i];
        model::Statement statement;
        statement.id = "S" + std::to_string(out.size() + 1);
        if (record.speaker >= 0 && record.speaker < entityCount)
            statement.speaker = entityId(record.speaker);
        statement.speakerText = record.speakerText;
        if (record.speakerStart >= 0 && record.speakerEnd > record.speakerStart)
            statement.speakerSpan = document.toSpan(record.speakerStart, record.speakerEnd);
        statement.cue = record.cue;
        if (record.cueStart >= 0 && record.cueEnd > record.cueStart)
            statement.cueSpan = document.toSpan(record.cueStart, record.cueEnd);
        statement.kind = record.kind;
        statement.span = document.toSpan(record.start, record.end);
        statement.content = document.utf8(record.start, record.end);
        statement.claimType = claim.type;
        statement.attribution = { toString(record.sieve), record.explanation };
        for (int target : claim.about) {
            if (target >= 0 && target < entityCount) {
                std::string id = entityId(target);
                if (std::find(statement.about.begin(), statement.about.end(), id) == statement.about.end())
                    statement.about.push_back(std::move(id));
            }
        }
        out.push_back(std::move(statement));
    }
    return out;
}

std::vector<model::DateMention> toModel(const Document& document, const std::vector<DateRecord>& dates)
{
    std::vector<model::DateMention> out;
    out.reserve(dates.size());
    for (const DateRecord& record : dates) {
        model::DateMention date;
        date.span = document.toSpan(record.start, record.end);
        date.text = document.utf8(record.start, record.end);
        date.type = model::dateTypeFromString(record.type).value_or(model::DateType::Date);
        date.value = record.value;
        out.push_back(std::move(date));
    }
    return out;
}

} // namespace

struct Analyzer::ChineseStages
{
    explicit ChineseStages(const Lexicons& lexicons)
        : entities(lexicons)
        , attribution(lexicons, entities.gazetteer())
        , claims(lexicons)
    {
    }

    zh::ChineseEntityRecognizer entities;
    zh::ChineseAttributionExtractor attribution;
    zh::ChineseClaimExtractor claims;
};

Analyzer::Analyzer()
    : m_lexicons(std::make_unique<Lexicons>())
    , m_words(std::make_unique<WordClasses>(*m_lexicons))
    , m_entities(std::make_unique<EntityRecognizer>(*m_lexicons))
    , m_attribution(std::make_unique<AttributionExtractor>(*m_lexicons))
    , m_claims(std::make_unique<ClaimExtractor>(*m_lexicons))
    , m_dates(std::make_unique<DateExtractor>(*m_lexicons))
{
}

Analyzer::~Analyzer() = default;

const Analyzer::ChineseStages& Analyzer::chinese() const
{
    // The first Chinese article builds the stages while any other thread that needs them waits; an exception
    // leaves them unbuilt, and the next Chinese article tries again. Once built they never change.
    const std::lock_guard lock(m_chineseMutex);
    if (!m_chinese)
        m_chinese = std::make_unique<ChineseStages>(*m_lexicons);
    return *m_chinese;
}

model::AnalysedArticle Analyzer::analyse(model::Article article, const AnalysisOptions& options) const
{
    // An explicit --language is the user's word on what the text is; "auto" keeps what ingest detected.
    if (!options.language.empty() && options.language != "auto")
        article.language = options.language;
    const Document document(article.body());
    EntityList entities;
    std::vector<StatementRecord> statements;
    std::vector<ClaimRecord> claims;
    if (isChinese(article.language)) {
        const ChineseStages& stages = chinese();
        const zh::ChineseText text(document);
        entities = stages.entities.recognise(text);
        statements = stages.attribution.extract(text, entities);
        claims = stages.claims.extract(text, entities, statements);
    } else {
        entities = m_entities->recognise(document, options.taggerTyping ? NameTyping::Tagger : NameTyping::Rules);
        const TokenView view(document, *m_words);
        statements = m_attribution->extract(view, entities);
        claims = m_claims->extract(view, entities, statements);
    }
    const std::vector<DateRecord> dates = m_dates->extract(document, anchorDate(article, options));

    model::AnalysedArticle result;
    result.entities = toModel(document, entities);
    result.statements = toModel(document, entities, statements, claims);
    result.dates = toModel(document, dates);
    result.article = std::move(article);
    return result;
}

} // namespace sayline::analysis
