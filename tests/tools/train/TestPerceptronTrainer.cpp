// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <string>

#include "TaggerCorpora.h"
#include "analysis/entities/EntityTagger.h"
#include "analysis/entities/Gazetteer.h"
#include "analysis/lexicon/Lexicons.h"
#include "model/Error.h"

using namespace sayline;
using namespace sayline::training;

namespace {

const analysis::Gazetteer& gazetteer()
{
    static const analysis::Lexicons lexicons;
    static const analysis::Gazetteer instance(lexicons);
    return instance;
}

/// A small corpus in the CoNLL format of ../shared/corpora: people who "said", companies that "hired",
/// towns after "in", made-up names so no word list knows them.
std::string toyCorpus()
{
    const char* people[] = { "Vesna Korbut", "Tamsin Oyelaran", "Piotr Halvard", "Ines Marchetti" };
    const char* companies[] = { "Drovik Systems", "Quellan Foods", "Morvath Labs", "Tiberon Works" };
    const char* towns[] = { "Kelsby", "Arnholt", "Vantor", "Brisk" };
    std::string out;
    for (int d = 0; d < 4; ++d) {
        out += "# doc toy" + std::to_string(d) + "\n";
        for (int s = 0; s < 4; ++s) {
            const std::string person = people[(d + s) % 4];
            const std::string company = companies[(d + 2 * s) % 4];
            const std::string town = towns[(3 * d + s) % 4];
            const auto space = person.find(' ');
            out += person.substr(0, space) + "\tB-PER\n" + person.substr(space + 1) + "\tI-PER\nsaid\tO\n";
            const auto gap = company.find(' ');
            out += company.substr(0, gap) + "\tB-ORG\n" + company.substr(gap + 1) + "\tI-ORG\nhired\tO\nstaff\tO\n";
            out += "in\tO\n" + town + "\tB-LOC\n.\tO\n\n";
        }
    }
    return out;
}

std::vector<LabelledDocument> labelled(const std::string& text)
{
    std::vector<LabelledDocument> out;
    for (const ConllDocument& document : parseConll(text, "toy"))
        out.push_back(labelDocument(document));
    return out;
}

} // namespace

TEST(PerceptronTrainer, learnsItsTrainingDataAndTheSameDataGivesTheSameBytes)
{
    const std::vector<LabelledDocument> documents = labelled(toyCorpus());
    const analysis::TaggerFeatures features(gazetteer());
    const std::vector<TrainingSentence> sentences = trainingSentences(documents, features);
    ASSERT_EQ(sentences.size(), 16u);
    TrainingOptions options;
    options.epochs = 5;
    options.minFeatureCount = 1;
    const analysis::TaggerModel model = PerceptronTrainer(options).train(sentences);
    EXPECT_EQ(PerceptronTrainer(options).train(sentences).toBytes(), model.toBytes());
    EXPECT_GT(model.featureCount(), 0u);

    const analysis::EntityTagger tagger(gazetteer(), analysis::TaggerModel::fromBytes(model.toBytes()));
    const NameSpanScore score = evaluate(tagger, documents);
    EXPECT_EQ(score.total().f1(), 1.0) << score.summary();
}

TEST(ConllCorpus, tokensAreLabelledOnTheAnalysisTokens)
{
    const std::vector<LabelledDocument> documents
        = labelled("# doc a\nCoca\tB-ORG\n-\tI-ORG\nCola\tI-ORG\n's\tO\nsales\tO\nrose\tO\n.\tO\n\n");
    ASSERT_EQ(documents.size(), 1u);
    const LabelledDocument& document = documents.front();
    EXPECT_EQ(document.names, 1);
    EXPECT_EQ(document.misaligned, 0);
    EXPECT_EQ(document.tags.size(), document.document->tokens().size());
    EXPECT_EQ(document.tags.front(), analysis::NameTag::BeginOrganization);
}

TEST(ConllCorpus, aLineWithAnUnknownTagIsAnError)
{
    EXPECT_THROW(parseConll("# doc a\nParis\tB-GPE\n\n", "bad.conll"), Error);
}

TEST(HouseConventions, aLeadingTheAndALoneDemonymAreNoNames)
{
    std::vector<ConllDocument> documents
        = parseConll("# doc a\nThe\tB-ORG\nBeatles\tI-ORG\nmet\tO\nJapanese\tB-MISC\nfans\tO\n.\tO\n\n", "x");
    const ConventionChanges changes = applyHouseConventions(documents.front(), gazetteer());
    EXPECT_EQ(changes.leadingThe, 1);
    EXPECT_EQ(changes.demonyms, 1);
    const ConllSentence& sentence = documents.front().sentences.front();
    EXPECT_EQ(sentence[0].tag, analysis::NameTag::Outside);
    EXPECT_EQ(sentence[1].tag, analysis::NameTag::BeginOrganization);
    EXPECT_EQ(sentence[3].tag, analysis::NameTag::Outside);
}
