// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaggerCorpora.h"

#include "analysis/entities/EntityRecognizer.h"
#include "analysis/entities/EntityTagger.h"
#include "analysis/entities/Gazetteer.h"
#include "analysis/text/Document.h"

#include <ostream>

namespace sayline::training {

CorpusSplit loadSplit(const std::filesystem::path& corpora, std::string_view corpus, std::string_view split,
                      const analysis::Gazetteer& gazetteer)
{
    CorpusSplit out;
    out.corpus = std::string(corpus);
    std::vector<ConllDocument> documents = readConll(corpora / corpus / (std::string(split) + ".conll"));
    for (ConllDocument& document : documents) {
        const ConventionChanges changes = applyHouseConventions(document, gazetteer);
        out.changes.leadingThe += changes.leadingThe;
        out.changes.demonyms += changes.demonyms;
        LabelledDocument labelled = labelDocument(document);
        out.names += labelled.names;
        out.misaligned += labelled.misaligned;
        out.documents.push_back(std::move(labelled));
    }
    return out;
}

std::vector<TrainingSentence> trainingSentences(const std::vector<LabelledDocument>& documents,
                                                const analysis::TaggerFeatures& features)
{
    std::vector<TrainingSentence> out;
    for (const LabelledDocument& document : documents) {
        const analysis::TokenFeatures tokenFeatures = features.extract(*document.document);
        for (const analysis::Sentence& sentence : document.document->sentences()) {
            TrainingSentence training;
            training.offsets.push_back(0);
            for (int i = sentence.firstToken; i < sentence.endToken; ++i) {
                const auto keys = tokenFeatures.of(i);
                training.keys.insert(training.keys.end(), keys.begin(), keys.end());
                training.offsets.push_back(static_cast<int>(training.keys.size()));
                analysis::NameTag tag = document.tags[static_cast<std::size_t>(i)];
                if (i == sentence.firstToken && analysis::isInside(tag))
                    tag = analysis::beginTag(analysis::tagType(tag)); // a name cut by a sentence break
                training.tags.push_back(tag);
            }
            if (!training.tags.empty())
                out.push_back(std::move(training));
        }
    }
    return out;
}

NameSpanScore evaluate(const analysis::EntityTagger& tagger, const std::vector<LabelledDocument>& documents)
{
    NameSpanScore score;
    for (const LabelledDocument& document : documents)
        score.add(document.tags, tagger.tagTokens(*document.document));
    return score;
}

std::vector<analysis::NameTag> recognizerTags(const analysis::EntityRecognizer& recognizer, analysis::NameTyping typing,
                                              const LabelledDocument& document)
{
    const auto& tokens = document.document->tokens();
    std::vector<analysis::NameTag> tags(tokens.size(), analysis::NameTag::Outside);
    const analysis::EntityList entities = recognizer.recognise(*document.document, typing);
    for (const analysis::EntityRecord& record : entities.records) {
        for (const analysis::MentionRecord& mention : record.mentions) {
            if (mention.kind != analysis::MentionKind::Name && mention.kind != analysis::MentionKind::Acronym)
                continue;
            // The corpora leave a title outside the name ("President [Barack Obama]"); the contract's mention
            // holds it (MEANTIME): compare the name proper.
            const int start = mention.nameStart >= 0 ? mention.nameStart : mention.start;
            bool first = true;
            for (std::size_t t = 0; t < tokens.size(); ++t) {
                if (tokens[t].start < start || tokens[t].start >= mention.end)
                    continue;
                tags[t] = first ? analysis::beginTag(record.type) : analysis::insideTag(record.type);
                first = false;
            }
        }
    }
    return tags;
}

NameSpanScore evaluateRecognizer(const analysis::EntityRecognizer& recognizer, analysis::NameTyping typing,
                                 const std::vector<LabelledDocument>& documents)
{
    NameSpanScore score;
    for (const LabelledDocument& document : documents)
        score.add(document.tags, recognizerTags(recognizer, typing, document));
    return score;
}

void printRecognizerErrors(const analysis::EntityRecognizer& recognizer, analysis::NameTyping typing,
                           const std::vector<LabelledDocument>& documents, std::ostream& out)
{
    constexpr std::array<const char*, 4> kLabels = { "PER", "ORG", "LOC", "MISC" };
    for (const LabelledDocument& document : documents) {
        const auto& tokens = document.document->tokens();
        const std::u16string& text = document.document->text();
        out << "# " << document.id << "\n";
        for (const NameError& error : nameErrors(document.tags, recognizerTags(recognizer, typing, document))) {
            const int start = tokens[static_cast<std::size_t>(error.span.first)].start;
            const int end = tokens[static_cast<std::size_t>(error.span.end - 1)].end;
            out << (error.found ? "+ " : "- ")
                << kLabels[static_cast<std::size_t>(analysis::typeIndex(error.span.type))] << " "
                << analysis::toUtf8(std::u16string_view(text).substr(static_cast<std::size_t>(start),
                                                                     static_cast<std::size_t>(end - start)))
                << "\n";
        }
    }
}

} // namespace sayline::training
