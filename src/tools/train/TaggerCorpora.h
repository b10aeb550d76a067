// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "ConllCorpus.h"
#include "HouseConventions.h"
#include "NameSpanScore.h"
#include "PerceptronTrainer.h"

namespace sayline::analysis {
class EntityRecognizer;
class EntityTagger;
enum class NameTyping;
class Gazetteer;
class TaggerFeatures;
} // namespace sayline::analysis

namespace sayline::training {

/// The corpora the tagger learns from (folders of ../shared/corpora, each with train.conll and test.conll).
inline constexpr std::array<std::string_view, 3> kCorpora = { "gum-ner", "wikigold", "re3d" };

/// One split of one corpus, labelled on the analysis's tokens, in the house conventions.
struct CorpusSplit
{
    std::string corpus;
    std::vector<LabelledDocument> documents;
    ConventionChanges changes;
    int names = 0;
    int misaligned = 0;
};

/// Reads <corpora>/<corpus>/<split>.conll (split: "train" or "test").
CorpusSplit loadSplit(const std::filesystem::path& corpora, std::string_view corpus, std::string_view split,
                      const analysis::Gazetteer& gazetteer);

/// The sentences of the documents (the analysis's sentences) with their features and gold tags.
std::vector<TrainingSentence> trainingSentences(const std::vector<LabelledDocument>& documents,
                                                const analysis::TaggerFeatures& features);

/// Names the tagger finds in the documents against their gold names.
NameSpanScore evaluate(const analysis::EntityTagger& tagger, const std::vector<LabelledDocument>& documents);

/// Names the whole entity stage finds (EntityRecognizer: names, titles, coreference) against the gold names:
/// each name mention's tokens as one name of its entity's type. Its conventions differ from the corpora's in
/// places (a title before a person's name belongs to the mention), so this compares typings, not the tagger.
NameSpanScore evaluateRecognizer(const analysis::EntityRecognizer& recognizer, analysis::NameTyping typing,
                                 const std::vector<LabelledDocument>& documents);

/// The entity stage's names that differ from the gold names, document by document: `+ TYPE text` found but not
/// expected, `- TYPE text` expected but not found (a wrong type or span shows as both).
void printRecognizerErrors(const analysis::EntityRecognizer& recognizer, analysis::NameTyping typing,
                           const std::vector<LabelledDocument>& documents, std::ostream& out);

} // namespace sayline::training
