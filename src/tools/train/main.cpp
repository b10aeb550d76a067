// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-train: learns the entity tagger's model from the CoNLL corpora and scores a model on their test splits.
//   sayline-train train --corpora DIR --out FILE [--epochs N] [--min-count N] [--seed N]
//   sayline-train evaluate --corpora DIR [--model FILE] [--split test|train] [--pipeline 1]
//     (--pipeline 1: also the whole entity stage, typed by the rules and by the tagger; --errors 1 with it:
//     the entity stage's wrong and missed names, document by document)
//   sayline-train tag FILE [--model FILE]   (the tags of a text, as CoNLL)
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

#include "PerceptronTrainer.h"
#include "TaggerCorpora.h"
#include "analysis/entities/EntityRecognizer.h"
#include "analysis/entities/EntityTagger.h"
#include "analysis/entities/Gazetteer.h"
#include "analysis/lexicon/Lexicons.h"
#include "model/Error.h"

namespace {

using namespace sayline;
using namespace sayline::training;

constexpr const char* kUsage
    = "usage: sayline-train train --corpora DIR --out FILE [--epochs N] [--min-count N] [--seed N]\n"
      "       sayline-train evaluate --corpora DIR [--model FILE] [--split test|train] [--pipeline 1]\n"
      "                                 [--errors 1]\n"
      "       sayline-train tag FILE [--model FILE]\n";

std::map<std::string, std::string> options(int argc, char** argv)
{
    std::map<std::string, std::string> out;
    for (int i = 2; i < argc; ++i) {
        const std::string name = argv[i];
        if (!name.starts_with("--") || i + 1 >= argc)
            throw Error(ErrorCode::Usage, "unexpected argument " + name);
        out[name.substr(2)] = argv[++i];
    }
    return out;
}

std::string required(const std::map<std::string, std::string>& options, const std::string& name)
{
    const auto it = options.find(name);
    if (it == options.end())
        throw Error(ErrorCode::Usage, "--" + name + " is required");
    return it->second;
}

int number(const std::map<std::string, std::string>& options, const std::string& name, int fallback)
{
    const auto it = options.find(name);
    return it == options.end() ? fallback : std::stoi(it->second);
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorCode::Io, path + ": cannot open");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

/// The tagger's scores on one split of every corpus; with `pipeline`, also the whole entity stage's, with the
/// rules' typing and with the tagger's.
void printScores(const std::filesystem::path& corpora, const analysis::EntityTagger& tagger,
                 const analysis::Gazetteer& gazetteer, const std::string& split, bool pipeline, bool errors)
{
    const analysis::Lexicons lexicons;
    const analysis::EntityRecognizer recognizer(lexicons);
    for (std::string_view corpus : kCorpora) {
        const CorpusSplit data = loadSplit(corpora, corpus, split, gazetteer);
        std::cout << split << " " << corpus << ": " << evaluate(tagger, data.documents).summary() << "\n";
        if (!pipeline)
            continue;
        for (const auto typing : { analysis::NameTyping::Rules, analysis::NameTyping::Tagger }) {
            std::cout << "  entity stage, " << (typing == analysis::NameTyping::Rules ? "rules" : "tagger")
                      << " typing: " << evaluateRecognizer(recognizer, typing, data.documents).summary() << "\n";
        }
        if (errors)
            printRecognizerErrors(recognizer, analysis::NameTyping::Tagger, data.documents, std::cout);
    }
}

int train(const std::map<std::string, std::string>& options)
{
    const std::filesystem::path corpora = required(options, "corpora");
    const std::string out = required(options, "out");
    TrainingOptions training;
    training.epochs = number(options, "epochs", training.epochs);
    training.minFeatureCount = number(options, "min-count", training.minFeatureCount);
    training.seed = static_cast<std::uint64_t>(number(options, "seed", static_cast<int>(training.seed)));

    const analysis::Lexicons lexicons;
    const analysis::Gazetteer gazetteer(lexicons);
    const analysis::TaggerFeatures features(gazetteer);
    std::vector<TrainingSentence> sentences;
    for (std::string_view corpus : kCorpora) {
        const CorpusSplit split = loadSplit(corpora, corpus, "train", gazetteer);
        std::vector<TrainingSentence> more = trainingSentences(split.documents, features);
        std::cout << "train " << corpus << ": " << split.documents.size() << " documents, " << more.size()
                  << " sentences, " << split.names << " names (" << split.misaligned << " off the token grid; "
                  << split.changes.leadingThe << " leading The and " << split.changes.demonyms
                  << " demonyms retagged)\n";
        std::move(more.begin(), more.end(), std::back_inserter(sentences));
    }
    const auto started = std::chrono::steady_clock::now();
    const analysis::TaggerModel model = PerceptronTrainer(training).train(sentences, [](const EpochReport& report) {
        std::cout << "epoch " << report.epoch << ": " << report.tokenErrors << " of " << report.tokens
                  << " tokens wrong\n";
    });
    const std::string bytes = model.toBytes();
    {
        std::ofstream file(out, std::ios::binary | std::ios::trunc);
        file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!file)
            throw Error(ErrorCode::Io, out + ": cannot write");
    }
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cout << "model " << out << ": " << model.featureCount() << " features, " << bytes.size() << " bytes ("
              << static_cast<int>(seconds) << " s)\n";
    // Score what was written, read back, so the figures are those of the file.
    const analysis::EntityTagger tagger(gazetteer, analysis::TaggerModel::fromBytes(bytes));
    printScores(corpora, tagger, gazetteer, "test", false, false);
    return 0;
}

int evaluateModel(const std::map<std::string, std::string>& options)
{
    const std::filesystem::path corpora = required(options, "corpora");
    const analysis::Lexicons lexicons;
    const analysis::Gazetteer gazetteer(lexicons);
    const auto model = options.find("model");
    const analysis::EntityTagger tagger = model == options.end()
        ? analysis::EntityTagger(gazetteer)
        : analysis::EntityTagger(gazetteer, analysis::TaggerModel::fromBytes(readFile(model->second)));
    const auto split = options.find("split");
    printScores(corpora, tagger, gazetteer, split == options.end() ? "test" : split->second,
                options.contains("pipeline") && options.at("pipeline") != "0",
                options.contains("errors") && options.at("errors") != "0");
    return 0;
}

/// Prints the tagger's tags of a text file as CoNLL (token, tag), a blank line after each sentence.
int tagFile(int argc, char** argv)
{
    if (argc < 3)
        throw Error(ErrorCode::Usage, "tag needs a file");
    const analysis::Lexicons lexicons;
    const analysis::Gazetteer gazetteer(lexicons);
    const analysis::EntityTagger tagger = argc > 4 && std::string(argv[3]) == "--model"
        ? analysis::EntityTagger(gazetteer, analysis::TaggerModel::fromBytes(readFile(argv[4])))
        : analysis::EntityTagger(gazetteer);
    const analysis::Document document(readFile(argv[2]));
    const std::vector<analysis::NameTag> tags = tagger.tagTokens(document);
    for (const analysis::Sentence& sentence : document.sentences()) {
        for (int i = sentence.firstToken; i < sentence.endToken; ++i)
            std::cout << analysis::toUtf8(document.tokenText(i)) << "\t"
                      << analysis::tagName(tags[static_cast<std::size_t>(i)]) << "\n";
        std::cout << "\n";
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    try {
        const std::string command = argc > 1 ? argv[1] : "";
        if (command == "train")
            return train(options(argc, argv));
        if (command == "evaluate")
            return evaluateModel(options(argc, argv));
        if (command == "tag")
            return tagFile(argc, argv);
        std::cerr << kUsage;
        return command == "--help" || command == "-h" ? 0 : 2;
    } catch (const sayline::Error& error) {
        std::cerr << "sayline-train: " << error.what() << "\n";
        return error.code() == sayline::ErrorCode::Usage ? 2 : 1;
    } catch (const std::exception& error) {
        std::cerr << "sayline-train: " << error.what() << "\n";
        return 1;
    }
}
