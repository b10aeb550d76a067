// SPDX-License-Identifier: GPL-3.0-or-later
// The compiled-in model (resources/models/en-entity-tagger.model) on small texts; its quality on the corpora's
// test splits is checked by tests/tools/train.
#include <gtest/gtest.h>

#include <vector>

#include "EntityTestSupport.h"
#include "analysis/entities/EntityTagger.h"

using namespace sayline::analysis;
using sayline::analysis::test::gazetteer;
using sayline::analysis::test::Recognised;
using sayline::model::EntityType;

namespace {

const EntityTagger& tagger()
{
    static const EntityTagger instance(gazetteer());
    return instance;
}

/// "Angela Merkel" for the tagged name that starts at the token whose text is `first`.
const TaggedName* nameStartingWith(const Document& document, const std::vector<TaggedName>& names,
                                   std::u16string_view first)
{
    for (const TaggedName& name : names) {
        if (document.tokenText(name.firstToken) == first)
            return &name;
    }
    return nullptr;
}

} // namespace

TEST(EntityTagger, theCompiledInModelFindsAndTypesNames)
{
    const Document document("Angela Merkel met officials of the European Commission in Brussels on Tuesday.");
    const std::vector<TaggedName> names = tagger().tag(document);
    const TaggedName* merkel = nameStartingWith(document, names, u"Angela");
    ASSERT_NE(merkel, nullptr);
    EXPECT_EQ(merkel->type, EntityType::Person);
    EXPECT_EQ(merkel->endToken - merkel->firstToken, 2);
    const TaggedName* brussels = nameStartingWith(document, names, u"Brussels");
    ASSERT_NE(brussels, nullptr);
    EXPECT_EQ(brussels->type, EntityType::Location);
    EXPECT_EQ(nameStartingWith(document, names, u"Tuesday"), nullptr);
}

TEST(EntityTagger, tagsAreWellFormedBioAndOnePerToken)
{
    const Document document("Mr. Obama and Ms. Clinton spoke. The union said no. NASA and the U.S. Army agreed.");
    const std::vector<NameTag> tags = tagger().tagTokens(document);
    ASSERT_EQ(tags.size(), document.tokens().size());
    for (const Sentence& sentence : document.sentences()) {
        for (int i = sentence.firstToken; i < sentence.endToken; ++i) {
            const auto previous = i == sentence.firstToken
                ? std::nullopt
                : std::optional<NameTag>(tags[static_cast<std::size_t>(i) - 1]);
            EXPECT_TRUE(mayFollow(previous, tags[static_cast<std::size_t>(i)])) << i;
        }
    }
}

TEST(EntityTagger, typesAGivenSpanAndSaysHowSureItIs)
{
    const Document document("Talks between Yolanda Pretorius and the Marbek Holdings board resumed in Oslo.");
    auto tokenOf = [&document](std::u16string_view text) {
        for (int i = 0; i < static_cast<int>(document.tokens().size()); ++i) {
            if (document.tokenText(i) == text)
                return i;
        }
        return -1;
    };
    const std::vector<TokenSpan> spans
        = { { 0, tokenOf(u"Marbek"), tokenOf(u"Holdings") + 1 }, { 0, tokenOf(u"Oslo"), tokenOf(u"Oslo") + 1 } };
    const std::vector<SpanType> types = tagger().typeSpans(document, spans);
    ASSERT_EQ(types.size(), 2u);
    EXPECT_EQ(types[0].type, EntityType::Organization);
    EXPECT_EQ(types[1].type, EntityType::Location);
    EXPECT_GT(types[0].margin, 0);
    EXPECT_TRUE(tagger().typeSpans(document, {}).empty());
}

TEST(EntityTagger, taggerTypingReplacesTheRulesGuessFromANamesShape)
{
    // No word list holds "Force Ouvrière"; two capitalised words made it a person for the rules alone.
    const std::string text = "Members of Force Ouvrière called a strike in the ports on Monday.";
    const Recognised rules(text, NameTyping::Rules);
    const Recognised tagged(text, NameTyping::Tagger);
    ASSERT_NE(rules.named("Force Ouvrière"), nullptr);
    ASSERT_NE(tagged.named("Force Ouvrière"), nullptr);
    EXPECT_EQ(rules.named("Force Ouvrière")->type, EntityType::Person);
    EXPECT_NE(tagged.named("Force Ouvrière")->type, EntityType::Person);
}

TEST(EntityTagger, taggerTypingLeavesNamesTheWordListsTypeAlone)
{
    const std::string text = "Officials in Beijing said China's Foreign Ministry would reply.";
    const Recognised tagged(text, NameTyping::Tagger);
    ASSERT_NE(tagged.named("Beijing"), nullptr);
    EXPECT_EQ(tagged.named("Beijing")->type, EntityType::Location);
    ASSERT_NE(tagged.mentioned("Foreign Ministry"), nullptr);
    EXPECT_EQ(tagged.mentioned("Foreign Ministry")->type, EntityType::Organization);
}

TEST(EntityTagger, taggerTypedNamesStillFlowIntoAcronymsAndCoreference)
{
    const std::string text = "The union Force Ouvrière (FO) called a strike in the ports on Monday. Later FO said "
                             "that Force Ouvrière would not back down.";
    const Recognised tagged(text, NameTyping::Tagger);
    const EntityRecord* record = tagged.named("Force Ouvrière");
    ASSERT_NE(record, nullptr);
    EXPECT_NE(record->type, EntityType::Person);
    EXPECT_EQ(tagged.mentions(*record, MentionKind::Acronym).size(), 2u);
    EXPECT_EQ(tagged.mentions(*record, MentionKind::Name).size(), 2u);
    EXPECT_EQ(tagged.entities().records.size(), 1u);
}

TEST(EntityTagger, theTaggerTypesTheRulesGuessesByDefault)
{
    const Document document("The union Force Ouvrière called a strike in the ports on Monday.");
    const EntityList entities = Recognised::recognizer().recognise(document);
    ASSERT_EQ(entities.records.size(), 1u);
    EXPECT_NE(entities.records.front().type, EntityType::Person);
}

TEST(EntityTagger, taggerTypingLeavesUnknownAcronymsToTheRules)
{
    const Recognised tagged("Officials at QXV said the plan would go ahead.", NameTyping::Tagger);
    ASSERT_NE(tagged.named("QXV"), nullptr);
    EXPECT_EQ(tagged.named("QXV")->type, EntityType::Organization);
}

TEST(EntityTagger, featuresOfChosenTokensAreExactlyThoseOfTheWholeDocument)
{
    const Document document("Force Ouvriere called a strike. Lockheed said on Monday that Jean Dupont of the "
                            "Federal Service for Markets, a regulator, would meet President Obama in Paris.");
    const TaggerFeatures features(gazetteer());
    const TokenFeatures all = features.extract(document);
    std::vector<bool> wanted(document.tokens().size(), false);
    for (std::size_t i = 0; i < wanted.size(); i += 3)
        wanted[i] = true;
    const TokenFeatures some = features.extract(document, wanted);
    ASSERT_EQ(some.offsets.size(), all.offsets.size());
    for (int i = 0; i < static_cast<int>(wanted.size()); ++i) {
        const auto expected = all.of(i);
        const auto actual = some.of(i);
        if (wanted[static_cast<std::size_t>(i)])
            EXPECT_EQ(std::vector<FeatureKey>(actual.begin(), actual.end()),
                      std::vector<FeatureKey>(expected.begin(), expected.end()))
                << "token " << i;
        else
            EXPECT_TRUE(actual.empty()) << "token " << i;
    }
}

TEST(EntityTagger, aSpanOutsideItsSentenceIsScoredOnItsOwnTokens)
{
    // The name chunker carries a name across a sentence break after an abbreviation, so a span's tokens may lie
    // after the end of the sentence it names; it must be scored on its own tokens, as within its own sentence.
    const Document document("Officials met on Monday. Later the Ministry of Water Resources said nothing new.");
    ASSERT_EQ(document.sentences().size(), 2u);
    int ministry = -1;
    for (int i = 0; i < static_cast<int>(document.tokens().size()); ++i) {
        if (document.tokenText(i) == u"Ministry")
            ministry = i;
    }
    ASSERT_GT(ministry, document.sentences()[1].firstToken);
    const std::vector<TokenSpan> spans = { { 1, ministry, ministry + 4 }, { 0, ministry, ministry + 4 } };
    const std::vector<SpanType> types = tagger().typeSpans(document, spans);
    ASSERT_EQ(types.size(), 2u);
    EXPECT_EQ(types[0].type, EntityType::Organization);
    EXPECT_EQ(types[1].type, types[0].type);
    EXPECT_EQ(types[1].margin, types[0].margin);
}

TEST(EntityTagger, oneUnknownWordThatEndsNoLongerNameIsNoPersonsName)
{
    const Recognised r("Velmora Holdings said its Dravnik unit had stopped sales. Talvo Dravnik was not involved.",
                       NameTyping::Tagger);
    // "Dravnik" ends a person's name in the text, so the tagger's person stands; a lone word that ends none is
    // not typed a person.
    const Recognised lone("Sales stopped in 22 countries after Kestrami recalled the drug on Monday.",
                          NameTyping::Tagger); // the model alone calls "Kestrami" a person
    ASSERT_NE(lone.named("Kestrami"), nullptr);
    EXPECT_NE(lone.named("Kestrami")->type, EntityType::Person);
    ASSERT_NE(r.named("Talvo Dravnik"), nullptr);
    EXPECT_EQ(r.named("Talvo Dravnik")->type, EntityType::Person);
}
