// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "EntityTestSupport.h"

using namespace sayline::analysis;
using sayline::analysis::test::Recognised;
using sayline::model::EntityType;

TEST(EntityRecognizer, possessivesAreLeftOutOfMentions)
{
    const Recognised r("China's Foreign Ministry criticised the US' policy and Acme Widgets' plans.");
    ASSERT_NE(r.mentioned("China"), nullptr);
    EXPECT_EQ(r.mentioned("China")->type, EntityType::Location);
    ASSERT_NE(r.mentioned("US"), nullptr);
    EXPECT_EQ(r.mentioned("US")->type, EntityType::Location);
    ASSERT_NE(r.mentioned("Foreign Ministry"), nullptr);
    EXPECT_EQ(r.mentioned("Foreign Ministry")->type, EntityType::Organization);
    EXPECT_EQ(r.mentioned("China's"), nullptr);
}

TEST(EntityRecognizer, sentenceInitialCommonWordsAreNoNames)
{
    const Recognised r("Since 2011, the agency has grown. Most analysts agree. This shows a trend. Analysts said so.");
    EXPECT_TRUE(r.entities().records.empty());
}

TEST(EntityRecognizer, sentenceInitialUnknownWordCountsWhenItRecursMidSentence)
{
    const Recognised r("Zorbex makes widgets. Customers like Zorbex products. Blorft is a made-up word.");
    const EntityRecord* zorbex = r.named("Zorbex");
    ASSERT_NE(zorbex, nullptr);
    EXPECT_EQ(r.mentions(*zorbex, MentionKind::Name).size(), 2u);
    EXPECT_EQ(r.named("Blorft"), nullptr);
}

TEST(EntityRecognizer, sentenceInitialTheIsLeftOut)
{
    const Recognised r("The Five Eyes is an intelligence alliance.");
    ASSERT_NE(r.mentioned("Five Eyes"), nullptr);
    EXPECT_EQ(r.mentioned("The Five Eyes"), nullptr);
}

TEST(EntityRecognizer, organizationHeadsTypeNamesWithConnectors)
{
    const Recognised r("A report by the Office of Tailored Access Operations reached the National Computer Virus "
                       "Emergency Response Center, Zelkova Airlines and the University of Wexley.");
    for (const char* name :
         { "Office of Tailored Access Operations", "National Computer Virus Emergency Response Center",
           "Zelkova Airlines", "University of Wexley" }) {
        const EntityRecord* record = r.named(name);
        ASSERT_NE(record, nullptr) << name;
        EXPECT_EQ(record->type, EntityType::Organization) << name;
    }
}

TEST(EntityRecognizer, andSplitsNamesUnlessAHeadJoinsThem)
{
    const Recognised r("Apple and Cisco met officials of the Department of Health and Human Services.");
    EXPECT_NE(r.named("Apple"), nullptr);
    EXPECT_NE(r.named("Cisco"), nullptr);
    EXPECT_NE(r.named("Department of Health and Human Services"), nullptr);
}

TEST(EntityRecognizer, gazetteerFindsCountriesCitiesAndRegions)
{
    const Recognised r("Talks in London and Bangkok involved Thailand, New Zealand, Europe and Wyoming.");
    for (const char* name : { "London", "Bangkok", "Thailand", "New Zealand", "Europe", "Wyoming" }) {
        const EntityRecord* record = r.named(name);
        ASSERT_NE(record, nullptr) << name;
        EXPECT_EQ(record->type, EntityType::Location) << name;
    }
}

TEST(EntityRecognizer, demonymModifierIsNoMentionOfTheCountry)
{
    const Recognised r("Chinese companies and European firms disagreed.");
    EXPECT_TRUE(r.entities().records.empty());
}

TEST(EntityRecognizer, countryVariantsAreOneEntity)
{
    const Recognised r("The United States said the U.S. economy grew while the US dollar fell.");
    const EntityRecord* usa = r.named("United States");
    ASSERT_NE(usa, nullptr);
    EXPECT_EQ(usa->mentions.size(), 3u);
    EXPECT_EQ(r.mentions(*usa, MentionKind::Acronym), (std::vector<std::string> { "U.S.", "US" }));
}

TEST(EntityRecognizer, titledNameKeepsTitleInMentionButNotInName)
{
    const Recognised r("U.S. President Barack Obama met Presiding Judge Martin Mann.");
    const EntityRecord* obama = r.named("Barack Obama");
    ASSERT_NE(obama, nullptr);
    EXPECT_EQ(obama->type, EntityType::Person);
    EXPECT_TRUE(Recognised::has(r.mentions(*obama, MentionKind::Name), "U.S. President Barack Obama"));
    EXPECT_TRUE(Recognised::has(obama->roles, "president"));
    ASSERT_NE(r.named("Martin Mann"), nullptr);
    EXPECT_EQ(r.named("Martin Mann")->type, EntityType::Person);
}

TEST(EntityRecognizer, aPlaceBeforeATitleIsAMentionOfItsOwn)
{
    const Recognised r("U.S. President Barack Obama met Wyoming Gov. Alma Trevenn.");
    const EntityRecord* usa = r.named("U.S.") ? r.named("U.S.") : r.named("United States");
    ASSERT_NE(usa, nullptr);
    EXPECT_EQ(usa->type, EntityType::Location);
    const EntityRecord* wyoming = r.named("Wyoming");
    ASSERT_NE(wyoming, nullptr);
    EXPECT_EQ(wyoming->type, EntityType::Location);
}

TEST(EntityRecognizer, anAbbreviatedTitleWithItsPeriodStaysInThePersonsMention)
{
    // The sentence break after "Gov." and "Sen." is undone for names as it is for statements.
    const Recognised r("The bill was backed by Wyoming Gov. Alma Trevenn and by Sen. Tobias Hallgren on Friday.");
    const EntityRecord* trevenn = r.named("Alma Trevenn");
    ASSERT_NE(trevenn, nullptr);
    EXPECT_EQ(trevenn->type, EntityType::Person);
    EXPECT_TRUE(Recognised::has(r.mentions(*trevenn, MentionKind::Name), "Wyoming Gov. Alma Trevenn"));
    const EntityRecord* hallgren = r.named("Tobias Hallgren");
    ASSERT_NE(hallgren, nullptr);
    EXPECT_TRUE(Recognised::has(r.mentions(*hallgren, MentionKind::Name), "Sen. Tobias Hallgren"));
}

TEST(EntityRecognizer, aTwoWordTitleOfStateIsPartOfTheMention)
{
    const Recognised r("Solicitor General Elske Varden and Attorney General Ruud Mebius disagreed.");
    const EntityRecord* varden = r.named("Elske Varden");
    ASSERT_NE(varden, nullptr);
    EXPECT_TRUE(Recognised::has(r.mentions(*varden, MentionKind::Name), "Solicitor General Elske Varden"));
    const EntityRecord* mebius = r.named("Ruud Mebius");
    ASSERT_NE(mebius, nullptr);
    EXPECT_TRUE(Recognised::has(r.mentions(*mebius, MentionKind::Name), "Attorney General Ruud Mebius"));
}

TEST(EntityRecognizer, thePlacesOfADatelineAreLocationsButNotTheAgency)
{
    const Recognised r("VELMORTH, N.D. (AP) \u2014 The council met on Monday.", NameTyping::Tagger);
    for (const char* name : { "VELMORTH", "N.D." }) {
        const EntityRecord* place = r.named(name);
        ASSERT_NE(place, nullptr) << name;
        EXPECT_EQ(place->type, EntityType::Location) << name;
    }
    ASSERT_NE(r.named("AP"), nullptr);
    EXPECT_NE(r.named("AP")->type, EntityType::Location);
}

TEST(EntityRecognizer, aSentenceInitialWordThatStartsAKnownNameStaysInIt)
{
    const Recognised r("New Hampshire Gov. Alma Trevenn backed the bill.");
    const EntityRecord* place = r.named("New Hampshire");
    ASSERT_NE(place, nullptr);
    EXPECT_EQ(place->type, EntityType::Location);
    const EntityRecord* trevenn = r.named("Alma Trevenn");
    ASSERT_NE(trevenn, nullptr);
    EXPECT_TRUE(Recognised::has(r.mentions(*trevenn, MentionKind::Name), "New Hampshire Gov. Alma Trevenn"));
}

TEST(EntityRecognizer, anIngFormOpeningASentenceIsNoShortFormOfANameStartingWithIt)
{
    const Recognised r("The Velmorth Voting Rights Act was struck down.\n\nVoting rights groups filed suit.",
                       NameTyping::Tagger);
    for (const EntityRecord& record : r.entities().records)
        EXPECT_FALSE(Recognised::has(r.mentions(record, MentionKind::Name), "Voting")) << record.name;
}

TEST(EntityRecognizer, aNumberCountingSomethingAfterANameIsNoModelNumber)
{
    const Recognised r("The map would give Republicans 10 of the 14 seats.", NameTyping::Tagger);
    EXPECT_EQ(r.named("Republicans 10"), nullptr);
}

TEST(EntityRecognizer, aPluralJobOpeningASentenceIsNoName)
{
    const Recognised r("Senators said they were close to a deal.\n\nCurators disagreed.", NameTyping::Tagger);
    EXPECT_TRUE(r.entities().records.empty());
}

TEST(EntityRecognizer, aNameAfterTheNounForAKindOfPlaceAndOfIsAPlace)
{
    const Recognised r("Rains hit the state of Valdoro do Norte.\n\nSpeaking in the city of Santa Mirela, the "
                       "minister promised help.",
                       NameTyping::Tagger);
    for (const char* name : { "Valdoro do Norte", "Santa Mirela" }) {
        const EntityRecord* place = r.named(name);
        ASSERT_NE(place, nullptr) << name;
        EXPECT_EQ(place->type, EntityType::Location) << name;
    }
}

TEST(EntityRecognizer, whatSomeoneIsTheDirectorOfIsAnOrganization)
{
    const Recognised r("Joost Helmerding, director of Brenna Novib, welcomed the ruling.", NameTyping::Tagger);
    const EntityRecord* organization = r.named("Brenna Novib");
    ASSERT_NE(organization, nullptr);
    EXPECT_EQ(organization->type, EntityType::Organization);
}

TEST(EntityRecognizer, twoParticlesStayInsideAPersonsName)
{
    const Recognised r("The plan was praised by Ilse von der Maarten on Monday.", NameTyping::Tagger);
    const EntityRecord* person = r.named("Ilse von der Maarten");
    ASSERT_NE(person, nullptr);
    EXPECT_EQ(person->type, EntityType::Person);
}

TEST(EntityRecognizer, whereSomethingIsBasedAndACapitalBeforeItsNameArePlaces)
{
    const Recognised r("The Velmorth-based company moved to the capital Ardanova last year.", NameTyping::Tagger);
    for (const char* name : { "Velmorth", "Ardanova" }) {
        const EntityRecord* place = r.named(name);
        ASSERT_NE(place, nullptr) << name;
        EXPECT_EQ(place->type, EntityType::Location) << name;
    }
}

TEST(EntityRecognizer, onePluralNameAfterInTheIsAPlaceAfterOfTheAGroup)
{
    const Recognised r("The frog lives in the Velmoras. Fans of the Brantleys gathered.", NameTyping::Tagger);
    ASSERT_NE(r.named("Velmoras"), nullptr);
    EXPECT_EQ(r.named("Velmoras")->type, EntityType::Location);
    ASSERT_NE(r.named("Brantleys"), nullptr);
    EXPECT_EQ(r.named("Brantleys")->type, EntityType::Organization);
}

TEST(EntityRecognizer, aClubsMarkMakesItsNameAnOrganization)
{
    const Recognised r("FC Velmorth announced on Wednesday that the coach would stay. Brandle FC disagreed.",
                       NameTyping::Tagger);
    for (const char* name : { "FC Velmorth", "Brandle FC" }) {
        ASSERT_NE(r.named(name), nullptr) << name;
        EXPECT_EQ(r.named(name)->type, EntityType::Organization) << name;
    }
}

TEST(EntityRecognizer, anAssistantOrAnAideBeforeANameIsAPerson)
{
    const Recognised r("The coach would bring his assistant Hermund Galeris with him. Her aide Tovrin Maleck left.",
                       NameTyping::Tagger);
    for (const char* name : { "Hermund Galeris", "Tovrin Maleck" }) {
        ASSERT_NE(r.named(name), nullptr) << name;
        EXPECT_EQ(r.named(name)->type, EntityType::Person) << name;
    }
}

TEST(EntityRecognizer, anAcronymInTheOriginalLanguagesOrderNamesTheLongFormBeforeIt)
{
    const Recognised r("The Social Democratic Party (SPD) won. The SPD will lead talks.", NameTyping::Tagger);
    const EntityRecord* party = r.named("Social Democratic Party");
    ASSERT_NE(party, nullptr);
    EXPECT_EQ(r.mentions(*party, MentionKind::Acronym), (std::vector<std::string> { "SPD", "SPD" }));
}

TEST(EntityRecognizer, aNounForOneKindOfOrganizationRightAfterTheNameNamesIt)
{
    const Recognised r("The Velmor party fell below the threshold.", NameTyping::Tagger);
    ASSERT_NE(r.named("Velmor"), nullptr);
    EXPECT_EQ(r.named("Velmor")->type, EntityType::Organization);
}

TEST(EntityRecognizer, aPlaceAfterAPersonsNameAndOfBetweenCommasIsWhereTheyLive)
{
    const Recognised r("Danel Okaro, of Brentwick, must serve at least 28 years, Judge Alun Conway KC said.",
                       NameTyping::Tagger);
    ASSERT_NE(r.named("Brentwick"), nullptr);
    EXPECT_EQ(r.named("Brentwick")->type, EntityType::Location);
    const EntityRecord* judge = r.named("Alun Conway");
    ASSERT_NE(judge, nullptr); // the post-nominal "KC" is no part of the name
    EXPECT_EQ(judge->type, EntityType::Person);
}

TEST(EntityRecognizer, aRankAfterAnOutsideTitleIsATitleToo)
{
    const Recognised r("Detective Chief Inspector Lowis Hegarty said the force had worked with the family.",
                       NameTyping::Tagger);
    const EntityRecord* person = r.named("Lowis Hegarty");
    ASSERT_NE(person, nullptr);
    EXPECT_EQ(person->type, EntityType::Person);
}

TEST(EntityRecognizer, productsWithNumbersAreMisc)
{
    const Recognised r("The Boeing 747 and the Zelkova Z380 flew past the iPhone shop; the FTSE 100 rose.");
    for (const char* name : { "Boeing 747", "Zelkova Z380", "iPhone", "FTSE 100" }) {
        const EntityRecord* record = r.named(name);
        ASSERT_NE(record, nullptr) << name;
        EXPECT_EQ(record->type, EntityType::Misc) << name;
    }
}

TEST(EntityRecognizer, modelNumberAtTheStartStaysWhole)
{
    const Recognised r("The 777-200LR flew far. The 1991 agreement held.");
    ASSERT_NE(r.named("777-200LR"), nullptr);
    EXPECT_EQ(r.named("777-200LR")->type, EntityType::Misc);
    EXPECT_EQ(r.mentioned("1991"), nullptr);
}

TEST(EntityRecognizer, roleBeforeNameMakesAPersonWithAffiliation)
{
    const Recognised r(
        "China's Foreign Ministry spokesperson Wang Wenbin said it. Zelkova Corp. CEO Tomas Brandt agreed.");
    const EntityRecord* wang = r.named("Wang Wenbin");
    ASSERT_NE(wang, nullptr);
    EXPECT_EQ(wang->type, EntityType::Person);
    EXPECT_TRUE(Recognised::has(wang->roles, "spokesperson"));
    EXPECT_EQ(wang->affiliation, r.indexOf(r.named("Foreign Ministry")));

    const EntityRecord* brandt = r.named("Tomas Brandt");
    ASSERT_NE(brandt, nullptr);
    EXPECT_TRUE(Recognised::has(brandt->roles, "CEO"));
    EXPECT_EQ(brandt->affiliation, r.indexOf(r.named("Zelkova Corp.")));
    EXPECT_EQ(r.mentioned("CEO Tomas Brandt"), nullptr); // a job title stays outside the name
}

TEST(EntityRecognizer, appositionGivesRoleAndAffiliation)
{
    const Recognised r("Fritz Henderson, the chief executive officer of General Motors, outlined a plan.");
    const EntityRecord* henderson = r.named("Fritz Henderson");
    ASSERT_NE(henderson, nullptr);
    EXPECT_EQ(henderson->type, EntityType::Person);
    EXPECT_TRUE(Recognised::has(henderson->roles, "chief executive officer"));
    EXPECT_EQ(henderson->affiliation, r.indexOf(r.named("General Motors")));
}

TEST(EntityRecognizer, legalSuffixEndsAName)
{
    const Recognised r("\"Sales grew,\" said the chairman of Zelkova LLC Jim Press.");
    ASSERT_NE(r.named("Zelkova LLC"), nullptr);
    ASSERT_NE(r.named("Jim Press"), nullptr);
    EXPECT_EQ(r.named("Jim Press")->type, EntityType::Person);
}

namespace {

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST(EntityRecognizer, referenceArticle)
{
    const std::string body = readFile(SAYLINE_TEST_DATA "/analysis/global-times-body.txt");
    ASSERT_FALSE(body.empty());
    const Recognised r(body);

    for (const char* name :
         { "Foreign Ministry", "Five Eyes", "Office of Tailored Access Operations", "National Security Agency", "Apple",
           "Cisco", "National Computer Virus Emergency Response Center", "Huawei", "China Mobile International" }) {
        const EntityRecord* record = r.named(name);
        ASSERT_NE(record, nullptr) << name;
        EXPECT_EQ(record->type, EntityType::Organization) << name;
    }
    for (const char* name : { "US", "China", "UK", "Canada", "Australia", "New Zealand", "Russia", "Iran" }) {
        const EntityRecord* record = r.named(name);
        ASSERT_NE(record, nullptr) << name;
        EXPECT_EQ(record->type, EntityType::Location) << name;
    }
    EXPECT_TRUE(Recognised::has(r.named("Office of Tailored Access Operations")->aliases, "TAO"));
    EXPECT_TRUE(Recognised::has(r.named("National Security Agency")->aliases, "NSA"));
    EXPECT_EQ(r.named("TAO"), nullptr);
    EXPECT_EQ(r.named("NSA"), nullptr);

    const EntityRecord* wang = r.named("Wang Wenbin");
    ASSERT_NE(wang, nullptr);
    EXPECT_EQ(wang->type, EntityType::Person);
    EXPECT_TRUE(Recognised::has(wang->aliases, "Wang"));
    EXPECT_TRUE(Recognised::has(wang->aliases, "a senior Chinese official"));
    EXPECT_TRUE(Recognised::has(wang->roles, "spokesperson"));
    EXPECT_EQ(wang->affiliation, r.indexOf(r.named("Foreign Ministry")));
    EXPECT_EQ(r.mentions(*wang, MentionKind::Name).size(), 6u); // "Wang Wenbin" and five "Wang"
    EXPECT_EQ(r.mentions(*wang, MentionKind::Pronoun), std::vector<std::string> { "He" });
    EXPECT_EQ(r.named("Chinese"), nullptr);
    EXPECT_EQ(r.named("European"), nullptr);
}

TEST(EntityRecognizer, lowerCasePlaceHeadAfterANameMakesALocation)
{
    const Recognised r("The plane landed at Zorvath airport on Monday.");
    ASSERT_NE(r.named("Zorvath"), nullptr);
    EXPECT_EQ(r.named("Zorvath")->type, EntityType::Location);
}

TEST(EntityRecognizer, demonymStaysInAnOrganizationName)
{
    const Recognised r("The plan had the support of the Canadian Auto Workers union.");
    ASSERT_NE(r.named("Canadian Auto Workers"), nullptr);
    EXPECT_EQ(r.named("Canadian Auto Workers")->type, EntityType::Organization);
}

TEST(EntityRecognizer, amountsAndPluralAcronymsAreNoNames)
{
    const Recognised r("Tickets cost SGD1.75 and US$299 while SUVs and PCs sold well.");
    EXPECT_EQ(r.mentioned("SGD1.75"), nullptr);
    EXPECT_EQ(r.mentioned("US"), nullptr);
    EXPECT_EQ(r.mentioned("SUVs"), nullptr);
    EXPECT_EQ(r.mentioned("PCs"), nullptr);
}

TEST(EntityRecognizer, oddInputsGiveNoEntitiesAndNoCrash)
{
    for (const char* text : { "", " ", "'s", "The", "\"", "( )", "A-", "U.S.", "Mr.", "Of And The", "777-", "-A380",
                              "\xF0\x9F\x98\x80 Wang" }) {
        const Recognised r(text);
        for (const EntityRecord& record : r.entities().records) {
            for (const MentionRecord& mention : record.mentions) {
                EXPECT_LT(mention.start, mention.end) << text;
                EXPECT_LE(mention.end, static_cast<int>(r.document().text().size())) << text;
            }
        }
    }
}

TEST(EntityRecognizer, sharesInANameMakeItACompany)
{
    const Recognised r("Shares in Tarvo Brenn slumped on Monday.");
    ASSERT_NE(r.named("Tarvo Brenn"), nullptr);
    EXPECT_EQ(r.named("Tarvo Brenn")->type, EntityType::Organization);
}

TEST(EntityRecognizer, possessiveOrganizationInAnAppositionIsTheAffiliation)
{
    const Recognised r("\"We are disappointed,\" said Xiao Yaqing, Chinalco's president.");
    const EntityRecord* xiao = r.named("Xiao Yaqing");
    ASSERT_NE(xiao, nullptr);
    EXPECT_TRUE(Recognised::has(xiao->roles, "president"));
    EXPECT_EQ(xiao->affiliation, r.indexOf(r.named("Chinalco")));
}

TEST(EntityRecognizer, andTheSeparatesTwoNames)
{
    const Recognised r("Officials at the Australian Treasury and the Foreign Investment Review Board met.");
    EXPECT_NE(r.named("Australian Treasury"), nullptr);
    EXPECT_NE(r.named("Foreign Investment Review Board"), nullptr);
}

TEST(EntityRecognizer, hyphenatedDemonymIsNoName)
{
    const Recognised r("The Anglo-Australian company grew.");
    EXPECT_TRUE(r.entities().records.empty());
}

TEST(EntityRecognizer, chainedAndPortfolioTitles)
{
    const Recognised r("Detective Inspector Sarah Jones of Greater Manchester Police spoke. Treasury Secretary "
                       "Timothy Geithner agreed. Labour MP Lucy Powell did not.");
    const EntityRecord* jones = r.named("Sarah Jones");
    ASSERT_NE(jones, nullptr);
    EXPECT_EQ(jones->type, EntityType::Person);
    EXPECT_EQ(jones->affiliation, r.indexOf(r.named("Greater Manchester Police")));
    const EntityRecord* geithner = r.named("Timothy Geithner");
    ASSERT_NE(geithner, nullptr);
    EXPECT_TRUE(Recognised::has(geithner->roles, "secretary"));
    EXPECT_TRUE(Recognised::has(r.mentions(*geithner, MentionKind::Name), "Treasury Secretary Timothy Geithner"));
    ASSERT_NE(r.named("Lucy Powell"), nullptr);
    EXPECT_TRUE(Recognised::has(r.named("Lucy Powell")->roles, "MP"));
}

TEST(EntityRecognizer, scoreIsNoPartOfAName)
{
    const Recognised r("Arsenal beat Liverpool 2-1 on Sunday.");
    EXPECT_NE(r.named("Liverpool"), nullptr);
    EXPECT_EQ(r.mentioned("Liverpool 2"), nullptr);
}

TEST(EntityRecognizer, wordsInCapitalsForEmphasisAreNoNames)
{
    const Recognised r("GET OUT and VOTE! Please vote early, said VICTOR TANGERMANN of NASA on NOV 5.");
    EXPECT_EQ(r.mentioned("GET OUT"), nullptr);
    EXPECT_EQ(r.mentioned("VOTE"), nullptr);
    EXPECT_EQ(r.mentioned("VICTOR TANGERMANN"), nullptr);
    EXPECT_EQ(r.mentioned("NOV"), nullptr);
    EXPECT_NE(r.named("NASA"), nullptr);
    const Recognised pair("Engineers at NASA JPL built it.");
    EXPECT_NE(pair.mentioned("NASA"), nullptr); // two acronyms are not shouting
}

TEST(EntityRecognizer, partyLabelBeforeANameIsNoPartOfIt)
{
    const Recognised r("Republican Phil Bryant won the race.");
    ASSERT_NE(r.named("Phil Bryant"), nullptr);
    EXPECT_EQ(r.named("Phil Bryant")->type, EntityType::Person);
}

TEST(EntityRecognizer, miscHeadsNameEventsAndLaws)
{
    const Recognised r("Fans met at the Dubai Air Show. Congress passed the Affordable Care Act.");
    ASSERT_NE(r.named("Dubai Air Show"), nullptr);
    EXPECT_EQ(r.named("Dubai Air Show")->type, EntityType::Misc);
    ASSERT_NE(r.named("Affordable Care Act"), nullptr);
    EXPECT_EQ(r.named("Affordable Care Act")->type, EntityType::Misc);
}

TEST(EntityRecognizer, initialsBeforeASurnameMakeAPerson)
{
    const Recognised r("The film by J.J. Abrams opened.");
    ASSERT_NE(r.named("J.J. Abrams"), nullptr);
    EXPECT_EQ(r.named("J.J. Abrams")->type, EntityType::Person);
}

TEST(EntityRecognizer, capitalisedCommonWordAlsoWrittenInLowerCaseIsNoName)
{
    const Recognised r("We\xE2\x80\x99ve seen the Authorities act. The authorities said so.");
    EXPECT_EQ(r.mentioned("Authorities"), nullptr);
    EXPECT_EQ(r.mentioned("We\xE2\x80\x99ve"), nullptr);
}

TEST(EntityRecognizer, twoPlacesJoinedByAHyphenAreTwoLocations)
{
    const Recognised r("The Singapore-Sydney route opened.");
    ASSERT_NE(r.named("Singapore"), nullptr);
    ASSERT_NE(r.named("Sydney"), nullptr);
    EXPECT_EQ(r.named("Sydney")->type, EntityType::Location);
}

TEST(EntityRecognizer, monthNamesThatAreGivenNamesReadByContext)
{
    const Recognised r("Sales rose on Jan 15 and in May. Reporting by Jan Egeland; May Lee also spoke.");
    EXPECT_EQ(r.mentioned("Jan"), nullptr);
    EXPECT_EQ(r.mentioned("May"), nullptr);
    ASSERT_NE(r.named("Jan Egeland"), nullptr);
    EXPECT_EQ(r.named("Jan Egeland")->type, EntityType::Person);
    ASSERT_NE(r.named("May Lee"), nullptr);
    EXPECT_EQ(r.named("May Lee")->type, EntityType::Person);
}

TEST(EntityRecognizer, openingHeadWithConnectorWinsOverAPlaceWordAtTheEnd)
{
    const Recognised r("The Organization of American States (OAS) will meet.");
    ASSERT_NE(r.named("Organization of American States"), nullptr);
    EXPECT_EQ(r.named("Organization of American States")->type, EntityType::Organization);
}

TEST(EntityRecognizer, aCopulaDescriptionTypesAnUnknownName)
{
    const Recognised alliance("The Nevski Ring is an intelligence alliance comprising three countries.");
    ASSERT_NE(alliance.named("Nevski Ring"), nullptr);
    EXPECT_EQ(alliance.named("Nevski Ring")->type, EntityType::Organization);
    const Recognised village("Merrow Vale is a village on the coast. Merrow Vale has a harbour.");
    ASSERT_NE(village.named("Merrow Vale"), nullptr);
    EXPECT_EQ(village.named("Merrow Vale")->type, EntityType::Location);
}

TEST(EntityRecognizer, anAppositionTypesAnUnknownNameByItsHeadNoun)
{
    const Recognised r("Orsund Varga, a carmaker from Lyon, cut jobs. Tomas Kell, a company spokesman, "
                       "confirmed it.");
    ASSERT_NE(r.named("Orsund Varga"), nullptr);
    EXPECT_EQ(r.named("Orsund Varga")->type, EntityType::Organization);
    ASSERT_NE(r.named("Tomas Kell"), nullptr);
    EXPECT_EQ(r.named("Tomas Kell")->type, EntityType::Person); // the head is the last noun: "spokesman"
}

TEST(EntityRecognizer, aDescriptionNeedsItsHeadNounAtThePhrasesEnd)
{
    // "official" modifies "port" here; and a clause after a comma is no apposition.
    const Recognised port("Tarrowby is the official port of entry for yachts. Ships dock at Tarrowby daily.");
    ASSERT_NE(port.named("Tarrowby"), nullptr);
    EXPECT_NE(port.named("Tarrowby")->type, EntityType::Person);
    const Recognised clause("After meeting Brodie Talmark, the committee said it would vote.");
    ASSERT_NE(clause.named("Brodie Talmark"), nullptr);
    EXPECT_EQ(clause.named("Brodie Talmark")->type, EntityType::Person);
}

TEST(EntityRecognizer, aPluralNameAfterTheNamesAGroup)
{
    const Recognised r("Fans of the Wombles queued for tickets as the Wombles began their tour.");
    ASSERT_NE(r.named("Wombles"), nullptr);
    EXPECT_EQ(r.named("Wombles")->type, EntityType::Organization);
}

TEST(EntityRecognizer, aPlaceHeadOpeningANameMakesItAPlace)
{
    const Recognised r("They sailed across Lake Tarrow and rested near Mount Elvedge.");
    ASSERT_NE(r.named("Lake Tarrow"), nullptr);
    EXPECT_EQ(r.named("Lake Tarrow")->type, EntityType::Location);
    ASSERT_NE(r.named("Mount Elvedge"), nullptr);
    EXPECT_EQ(r.named("Mount Elvedge")->type, EntityType::Location);
}

TEST(EntityRecognizer, aNounForAnyOrganizationAfterTheNameMakesItOne)
{
    const Recognised r("Shares in the Calder Mews insurance company rose on Friday.");
    ASSERT_NE(r.named("Calder Mews"), nullptr);
    EXPECT_EQ(r.named("Calder Mews")->type, EntityType::Organization);
}

TEST(EntityRecognizer, aKnownCompanyFollowedByAHeadOrAKnownNameIsACompanyNotAProduct)
{
    const Recognised r("Toyota Motors Europe and Sony Ericsson said on Monday that the Toyota Aygo sold well.");
    ASSERT_NE(r.named("Toyota Motors Europe"), nullptr);
    EXPECT_EQ(r.named("Toyota Motors Europe")->type, EntityType::Organization);
    ASSERT_NE(r.named("Sony Ericsson"), nullptr);
    EXPECT_EQ(r.named("Sony Ericsson")->type, EntityType::Organization);
    ASSERT_NE(r.named("Toyota Aygo"), nullptr);
    EXPECT_EQ(r.named("Toyota Aygo")->type, EntityType::Misc);
}

TEST(EntityRecognizer, aPlaceFoundByItsContextIsNotTheOrganizationNamedAfterIt)
{
    const Recognised r("The revolt began at the Talvora Regiment barracks. Soldiers later restored order in Talvora.",
                       NameTyping::Tagger);
    ASSERT_NE(r.named("Talvora Regiment"), nullptr);
    EXPECT_EQ(r.named("Talvora Regiment")->type, EntityType::Organization);
    ASSERT_NE(r.named("Talvora"), nullptr);
    EXPECT_EQ(r.named("Talvora")->type, EntityType::Location);
}

TEST(EntityRecognizer, aNounForAnyOrganizationBeforeTheNameMakesItOne)
{
    for (const NameTyping typing : { NameTyping::Rules, NameTyping::Tagger }) {
        const Recognised r("Footage aired by television channel Brevisa showed the minister leaving.", typing);
        ASSERT_NE(r.named("Brevisa"), nullptr);
        EXPECT_EQ(r.named("Brevisa")->type, EntityType::Organization);
    }
}

TEST(EntityRecognizer, aTwoWordDemonymBeforeATitleJoinsThePersonsMention)
{
    const Recognised r("The final was watched by South African President Velo Mandra and New Zealander fans.");
    const EntityRecord* president = r.mentioned("South African President Velo Mandra");
    ASSERT_NE(president, nullptr);
    EXPECT_EQ(president->type, EntityType::Person);
    EXPECT_EQ(r.mentioned("South African"), nullptr);
    EXPECT_EQ(r.mentioned("New Zealander"), nullptr);
}

TEST(EntityRecognizer, aPlaceThatIsAlsoAGivenNameBeforeAnOrganizationHeadNamesAnOrganization)
{
    const Recognised r("Victoria Police and the Homicide Squad said the man had been charged.");
    ASSERT_NE(r.named("Victoria Police"), nullptr);
    EXPECT_EQ(r.named("Victoria Police")->type, EntityType::Organization);
    ASSERT_NE(r.named("Homicide Squad"), nullptr);
    EXPECT_EQ(r.named("Homicide Squad")->type, EntityType::Organization);
}

TEST(EntityRecognizer, aPluralPossessiveBeforeANameHeadStaysInTheName)
{
    const Recognised r("He appeared before the Talvora Magistrates' Court. The Workers’ Party said no. "
                       "The Smiths' house burned.");
    ASSERT_NE(r.named("Talvora Magistrates' Court"), nullptr);
    EXPECT_EQ(r.named("Talvora Magistrates' Court")->type, EntityType::Organization);
    EXPECT_NE(r.mentioned("Workers’ Party"), nullptr);
    EXPECT_EQ(r.mentioned("Smiths' house"), nullptr);
}

TEST(EntityRecognizer, aShortLowerCaseSyllableAfterAHyphenInsideANameStaysInIt)
{
    const Recognised r("Secretary-General Ban Ki-moon met Lee Myung-bak and Lee Jae-myung. Post-war Talvora "
                       "recovered. Senator Barack Obama-style speeches followed.");
    EXPECT_NE(r.named("Ban Ki-moon"), nullptr);
    EXPECT_NE(r.named("Lee Myung-bak"), nullptr);
    EXPECT_NE(r.named("Lee Jae-myung"), nullptr);
    EXPECT_EQ(r.mentioned("Barack Obama-style"), nullptr);
    EXPECT_EQ(r.mentioned("Post-war Talvora"), nullptr);
}

TEST(EntityRecognizer, directorGeneralIsATitle)
{
    const Recognised r("Agency Director-General Velo Mandra said the outbreak was mild.");
    const EntityRecord* person = r.named("Velo Mandra");
    ASSERT_NE(person, nullptr);
    EXPECT_EQ(person->type, EntityType::Person);
}

TEST(EntityRecognizer, theComplementOfAnOpeningHeadMayCoordinateAWordOrTwo)
{
    const Recognised r("The Centers for Disease Control and Prevention reported cases. Later the Ministry of "
                       "Defence and Lockheed Martin signed a deal.");
    ASSERT_NE(r.named("Centers for Disease Control and Prevention"), nullptr);
    EXPECT_EQ(r.named("Centers for Disease Control and Prevention")->type, EntityType::Organization);
    EXPECT_NE(r.named("Ministry of Defence"), nullptr);
    EXPECT_NE(r.named("Lockheed Martin"), nullptr);
}

TEST(EntityRecognizer, aCapitalisedPluralOfAMemberNounIsNoPerson)
{
    const Recognised r("Senate Republicans and Maoists objected, Evans said.", NameTyping::Tagger);
    EXPECT_EQ(r.mentioned("Republicans"), nullptr);
    EXPECT_EQ(r.mentioned("Maoists"), nullptr);
    EXPECT_NE(r.mentioned("Evans"), nullptr);
}

TEST(EntityRecognizer, aHyphenJoinsAKnownPlaceAndAnotherPlace)
{
    const Recognised r("The Bangkok-Talvora Nuea line closed, but Guinea-Bissau and Mercedes-Benz stayed whole, "
                       "said Senator Al Dorn (R-Texas).");
    ASSERT_NE(r.named("Talvora Nuea"), nullptr);
    EXPECT_EQ(r.named("Talvora Nuea")->type, EntityType::Location);
    EXPECT_NE(r.named("Bangkok"), nullptr);
    EXPECT_NE(r.mentioned("Guinea-Bissau"), nullptr);
    EXPECT_NE(r.mentioned("Mercedes-Benz"), nullptr);
    EXPECT_EQ(r.mentioned("R"), nullptr);
}

TEST(EntityRecognizer, aProgrammeIsAnOrganization)
{
    const Recognised r("Aid workers of the Talvora Food Programme said supplies had run out.", NameTyping::Tagger);
    ASSERT_NE(r.named("Talvora Food Programme"), nullptr);
    EXPECT_EQ(r.named("Talvora Food Programme")->type, EntityType::Organization);
}

TEST(EntityRecognizer, aProductNounAfterTheNameMakesItAProduct)
{
    const Recognised r("Orvell said on Monday it would recall the Kestrana sedan after complaints from owners.");
    ASSERT_NE(r.named("Kestrana"), nullptr);
    EXPECT_EQ(r.named("Kestrana")->type, EntityType::Misc);
}

TEST(EntityRecognizer, aProductNounAfterAListMakesEveryGuessedNameOfItAProduct)
{
    const Recognised r("Orvell said on Monday it would recall 40,000 Kestrana and Valmoro sedans in total.");
    ASSERT_NE(r.named("Kestrana"), nullptr);
    EXPECT_EQ(r.named("Kestrana")->type, EntityType::Misc);
    ASSERT_NE(r.named("Valmoro"), nullptr);
    EXPECT_EQ(r.named("Valmoro")->type, EntityType::Misc);
}

TEST(EntityRecognizer, guessedNamesInAListTakeTheTypeOfTheTypedOnes)
{
    const Recognised r("The maker will stop building the Chrysler Aspen, Vela Coupe, and Tarvos next year.");
    ASSERT_NE(r.named("Vela Coupe"), nullptr);
    EXPECT_EQ(r.named("Vela Coupe")->type, EntityType::Misc);
    ASSERT_NE(r.named("Tarvos"), nullptr);
    EXPECT_EQ(r.named("Tarvos")->type, EntityType::Misc);
}

TEST(EntityRecognizer, anOrganizationHeadTakesAForComplement)
{
    const Recognised r("An order of the Federal Service for the Grain Markets halted trading.");
    ASSERT_NE(r.named("Federal Service for the Grain Markets"), nullptr);
    EXPECT_EQ(r.named("Federal Service for the Grain Markets")->type, EntityType::Organization);
}

TEST(EntityRecognizer, anOrganizationHeadBeforeOfOrForNamesAnOrganization)
{
    const Recognised r("The Canadian League of Growers is a small lobby. Critics say the League held rallies.");
    ASSERT_NE(r.named("Canadian League of Growers"), nullptr);
    EXPECT_EQ(r.named("Canadian League of Growers")->type, EntityType::Organization);
    // The head alone mid-sentence stands for an organization too.
    ASSERT_NE(r.mentioned("League"), nullptr);
    EXPECT_EQ(r.mentioned("League")->type, EntityType::Organization);
}

TEST(EntityRecognizer, aCapitalisedJobBeforeANameIsATitleOutsideTheName)
{
    const Recognised r("NASA Administrator Bill Mandra thanked the team. Commissioner Anna Dorn and "
                       "Meteorologist Kostas Talvoris said it would rain.");
    const EntityRecord* administrator = r.named("Bill Mandra");
    ASSERT_NE(administrator, nullptr);
    EXPECT_EQ(administrator->type, EntityType::Person);
    EXPECT_NE(r.mentioned("NASA"), nullptr);
    ASSERT_NE(r.named("Anna Dorn"), nullptr);
    EXPECT_EQ(r.named("Anna Dorn")->type, EntityType::Person);
    EXPECT_NE(r.mentioned("Anna Dorn"), nullptr);
    ASSERT_NE(r.named("Kostas Talvoris"), nullptr);
    EXPECT_EQ(r.named("Kostas Talvoris")->type, EntityType::Person);
}

TEST(EntityRecognizer, aPortfolioOfSeveralWordsBeforeMinisterJoinsTheTitle)
{
    const Recognised r("Civil Protection Minister Vassil Talvoris said the fire was spreading.");
    const EntityRecord* minister = r.named("Vassil Talvoris");
    ASSERT_NE(minister, nullptr);
    EXPECT_EQ(minister->type, EntityType::Person);
    EXPECT_EQ(r.named("Civil Protection"), nullptr);
}

TEST(EntityRecognizer, anOrganizationNounLikeFederationBeforeANameTypesIt)
{
    for (const NameTyping typing : { NameTyping::Rules, NameTyping::Tagger }) {
        const Recognised r("The employers' federation Velmora urged the government to act.", typing);
        ASSERT_NE(r.named("Velmora"), nullptr);
        EXPECT_EQ(r.named("Velmora")->type, EntityType::Organization);
        EXPECT_EQ(r.mentioned("government to act"), nullptr);
    }
}

TEST(EntityRecognizer, aPluralPlaceHeadAfterAListTypesEveryNameOfIt)
{
    const Recognised r("Flights were cancelled at Charles Talvora and Velmy airports on Monday.");
    ASSERT_NE(r.named("Charles Talvora"), nullptr);
    EXPECT_EQ(r.named("Charles Talvora")->type, EntityType::Location);
    ASSERT_NE(r.named("Velmy"), nullptr);
    EXPECT_EQ(r.named("Velmy")->type, EntityType::Location);
}

TEST(EntityRecognizer, aNameBeforeARoleAndAPersonsNameIsAnOrganization)
{
    const Recognised r("They were watched by Talvora Sport chairman Bill Dorn.", NameTyping::Tagger);
    ASSERT_NE(r.named("Talvora Sport"), nullptr);
    EXPECT_EQ(r.named("Talvora Sport")->type, EntityType::Organization);
    ASSERT_NE(r.named("Bill Dorn"), nullptr);
    EXPECT_EQ(r.named("Bill Dorn")->type, EntityType::Person);
}

TEST(EntityRecognizer, anOrganizationNounBeforeANameTypesItAlsoWithACommaOrWhenNotAnyOrganization)
{
    for (const NameTyping typing : { NameTyping::Rules, NameTyping::Tagger }) {
        const Recognised r("The judge said the company, Velmo Dun Holdings, had not consulted anyone. The "
                           "environmental agency Talvorama had approved it.",
                           typing);
        ASSERT_NE(r.named("Velmo Dun Holdings"), nullptr);
        EXPECT_EQ(r.named("Velmo Dun Holdings")->type, EntityType::Organization);
        ASSERT_NE(r.named("Talvorama"), nullptr);
        EXPECT_EQ(r.named("Talvorama")->type, EntityType::Organization);
    }
}

TEST(EntityRecognizer, itBeforeAReportingVerbIsTheSentencesSubjectNotANameInsideAClause)
{
    const Recognised r("Velmora Holdings, whose Talvo unit also sold the drug, said it had stopped sales.");
    const EntityRecord* company = r.named("Velmora Holdings");
    ASSERT_NE(company, nullptr);
    EXPECT_EQ(r.mentioned("it"), company);
}

TEST(EntityRecognizer, aPoliticalTitleFromTheJobListStaysInTheMentionButNotInTheName)
{
    const Recognised r("Speaker Kevin Talvor relied on votes from Minority Leader Hakim Dorn.");
    const EntityRecord* speaker = r.named("Kevin Talvor");
    ASSERT_NE(speaker, nullptr);
    EXPECT_EQ(speaker->type, EntityType::Person);
    EXPECT_EQ(r.mentioned("Speaker Kevin Talvor"), speaker);
    ASSERT_NE(r.named("Hakim Dorn"), nullptr);
    EXPECT_EQ(r.mentioned("Minority Leader Hakim Dorn"), r.named("Hakim Dorn"));
}

TEST(EntityRecognizer, aKnownProductAndItsModelLettersAreOneName)
{
    const Recognised r("The phone will compete with Apple's iPhone XS. Crown Prince Akihiro Talvo watched.");
    ASSERT_NE(r.named("iPhone XS"), nullptr);
    EXPECT_EQ(r.named("iPhone XS")->type, EntityType::Misc);
    EXPECT_EQ(r.mentioned("XS"), nullptr);
    ASSERT_NE(r.named("Akihiro Talvo"), nullptr);
    EXPECT_EQ(r.mentioned("Crown"), nullptr);
}

TEST(EntityRecognizer, aPronounRightAfterACueIsTheCuesSubject)
{
    const Recognised r("Coach Ernesto Valdor praised his team, while manager Julio Loperta said he was hurt.");
    const EntityRecord* manager = r.named("Julio Loperta");
    ASSERT_NE(manager, nullptr);
    EXPECT_EQ(r.mentioned("he"), manager);
}

TEST(EntityRecognizer, aSentenceInitialUnknownNameWithAnAppositionAndACueIsKept)
{
    const Recognised r("Prices rose. Velcomat, East Africa's largest telecoms operator, said lending would slow.");
    const EntityRecord* company = r.named("Velcomat");
    ASSERT_NE(company, nullptr);
    EXPECT_EQ(company->type, EntityType::Organization);
}

TEST(EntityRecognizer, aGuessedNameCoordinatedWithATypedOneAfterAPrepositionTakesItsType)
{
    for (const NameTyping typing : { NameTyping::Rules, NameTyping::Tagger }) {
        const Recognised r("Food is handed out in Balochistan and Khyber Talvorwa. Analysts at Deutsche Bank and "
                           "Velmstein said the cuts were overdue.",
                           typing);
        ASSERT_NE(r.named("Khyber Talvorwa"), nullptr);
        EXPECT_EQ(r.named("Khyber Talvorwa")->type, EntityType::Location);
        ASSERT_NE(r.named("Velmstein"), nullptr);
        EXPECT_EQ(r.named("Velmstein")->type, EntityType::Organization);
    }
}

TEST(EntityRecognizer, aSentenceInitialWordBeforeAKnownNameIsNotPartOfIt)
{
    const Recognised r("Rivals BMW and Daimler announced similar measures.");
    EXPECT_NE(r.named("BMW"), nullptr);
    EXPECT_EQ(r.named("Rivals BMW"), nullptr);
}

TEST(EntityRecognizer, aCraftsPrefixMakesItsNameAProductsAndTwoNamesWithTheSameHeadStayTwo)
{
    const Recognised r("The MV Velshio ran aground, and Space Shuttle Dravnia landed. Students of the University "
                       "of Talvora and Velmont University protested.");
    ASSERT_NE(r.named("MV Velshio"), nullptr);
    EXPECT_EQ(r.named("MV Velshio")->type, EntityType::Misc);
    ASSERT_NE(r.named("Space Shuttle Dravnia"), nullptr);
    EXPECT_EQ(r.named("Space Shuttle Dravnia")->type, EntityType::Misc);
    const Recognised storm("Typhoon Velhaiyan killed thousands in the central islands.", NameTyping::Tagger);
    ASSERT_NE(storm.named("Typhoon Velhaiyan"), nullptr);
    EXPECT_EQ(storm.named("Typhoon Velhaiyan")->type, EntityType::Misc);
    EXPECT_NE(r.named("University of Talvora"), nullptr);
    EXPECT_NE(r.named("Velmont University"), nullptr);
}

TEST(EntityRecognizer, aNameBeforeAGroupNounNamesAPeopleNotAPerson)
{
    const Recognised r("The company had not consulted the Talvaru people, the judge said.", NameTyping::Tagger);
    ASSERT_NE(r.named("Talvaru"), nullptr);
    EXPECT_EQ(r.named("Talvaru")->type, EntityType::Misc);
}

TEST(EntityRecognizer, aLowerCasePlaceHeadAfterOneMoreWordTypesAPlace)
{
    for (const NameTyping typing : { NameTyping::Rules, NameTyping::Tagger }) {
        const Recognised r("Trains stopped at Velsham railway station on Monday.", typing);
        ASSERT_NE(r.named("Velsham"), nullptr);
        EXPECT_EQ(r.named("Velsham")->type, EntityType::Location);
    }
}

TEST(EntityRecognizer, aProductNounBeforeAnAdverbStillClosesTheProductsPhrase)
{
    const Recognised r("Velmota said it would recall 1.9 million Trivus hybrids worldwide.", NameTyping::Tagger);
    ASSERT_NE(r.named("Trivus"), nullptr);
    EXPECT_EQ(r.named("Trivus")->type, EntityType::Misc);
}

TEST(EntityRecognizer, aWordSeenOnlyInsideAnOrganizationsNameIsNoNameOpeningAQuote)
{
    const Recognised r("The National Transportation Safety Board met. \"Safety, not speed, will drive the "
                       "timeline,\" the administrator said.");
    EXPECT_NE(r.named("National Transportation Safety Board"), nullptr);
    EXPECT_EQ(r.named("Safety"), nullptr);
}

TEST(EntityRecognizer, aPlaceHeadAndOfBeforeANameOrAListTypesPlaces)
{
    for (const NameTyping typing : { NameTyping::Rules, NameTyping::Tagger }) {
        const Recognised r("The minister wrote that the ports of Velodesa, Chornavsk and Pivdanyi would keep "
                           "operating. Water reached the town of Dadvu.",
                           typing);
        for (const char* name : { "Velodesa", "Chornavsk", "Pivdanyi", "Dadvu" }) {
            ASSERT_NE(r.named(name), nullptr) << name;
            EXPECT_EQ(r.named(name)->type, EntityType::Location) << name;
        }
    }
}

TEST(EntityRecognizer, anOrganizationHeadInsideALongerNameMakesItAnOrganization)
{
    for (const NameTyping typing : { NameTyping::Rules, NameTyping::Tagger }) {
        const Recognised r("Professor Helen Bedwin of University College Talvor said so, and the Royal College of "
                           "Paediatrics and Child Health agreed.",
                           typing);
        ASSERT_NE(r.named("University College Talvor"), nullptr);
        EXPECT_EQ(r.named("University College Talvor")->type, EntityType::Organization);
        ASSERT_NE(r.named("Royal College of Paediatrics and Child Health"), nullptr);
        EXPECT_EQ(r.named("Royal College of Paediatrics and Child Health")->type, EntityType::Organization);
    }
}

TEST(EntityRecognizer, aNounForAPersonRightBeforeANameTypesAPerson)
{
    const Recognised r("Floyd's brother Philonar told the court that the family grieved.", NameTyping::Tagger);
    ASSERT_NE(r.named("Philonar"), nullptr);
    EXPECT_EQ(r.named("Philonar")->type, EntityType::Person);
}

TEST(EntityRecognizer, aGuessedNameBeforeAPlaceModifierNounIsAPlace)
{
    for (const NameTyping typing : { NameTyping::Rules, NameTyping::Tagger }) {
        const Recognised r("A former Velmapolis police officer was sentenced on Friday.", typing);
        ASSERT_NE(r.named("Velmapolis"), nullptr);
        EXPECT_EQ(r.named("Velmapolis")->type, EntityType::Location);
    }
}

TEST(EntityRecognizer, aNameEndingInAFacilityHeadIsAPlaceNeverAPerson)
{
    for (const NameTyping typing : { NameTyping::Rules, NameTyping::Tagger }) {
        const Recognised r("The paintings will be shown at the Velmodonte Museum. The Stedvik Museum will review "
                           "its security.",
                           typing);
        for (const char* name : { "Velmodonte Museum", "Stedvik Museum" }) {
            ASSERT_NE(r.named(name), nullptr) << name;
            EXPECT_EQ(r.named(name)->type, EntityType::Location) << name;
        }
    }
}

TEST(EntityRecognizer, aPortfolioAndItsTitleWithNoNameAfterThemAreNoName)
{
    for (const NameTyping typing : { NameTyping::Rules, NameTyping::Tagger }) {
        const Recognised r("Velmor's Environment Minister said the rules would change. Tomas Brandt met the Health "
                           "Secretary on Monday.",
                           typing);
        EXPECT_EQ(r.mentioned("Environment Minister"), nullptr);
        EXPECT_EQ(r.mentioned("Health Secretary"), nullptr);
        EXPECT_NE(r.named("Tomas Brandt"), nullptr);
    }
}

TEST(EntityRecognizer, aPlaceBeforeAPartyMemberNounIsThePlaceAlone)
{
    for (const NameTyping typing : { NameTyping::Rules, NameTyping::Tagger }) {
        const Recognised r("Sen. Tom Arlen, a West Virginia Democrat, said he would vote no. Ohio Republicans "
                           "disagreed.",
                           typing);
        ASSERT_NE(r.named("West Virginia"), nullptr);
        EXPECT_EQ(r.named("West Virginia")->type, EntityType::Location);
        EXPECT_EQ(r.mentioned("West Virginia Democrat"), nullptr);
        ASSERT_NE(r.named("Ohio"), nullptr);
        EXPECT_EQ(r.named("Ohio")->type, EntityType::Location);
    }
}

TEST(EntityRecognizer, aLegislatureNamedInItsOwnLanguageIsAnOrganization)
{
    for (const NameTyping typing : { NameTyping::Rules, NameTyping::Tagger }) {
        const Recognised r("Members of the Bundestag voted against the plan. The Knesset voted on Monday to dissolve "
                           "itself.",
                           typing);
        ASSERT_NE(r.named("Bundestag"), nullptr);
        EXPECT_EQ(r.named("Bundestag")->type, EntityType::Organization);
        ASSERT_NE(r.named("Knesset"), nullptr);
        EXPECT_EQ(r.named("Knesset")->type, EntityType::Organization);
    }
}

TEST(EntityRecognizer, aLegalSuffixAfterACommaIsPartOfTheCompanysName)
{
    for (const NameTyping typing : { NameTyping::Rules, NameTyping::Tagger }) {
        const Recognised r("Kestrel Holdings, Inc. said it would appeal. Arlen Foods, LLC, a maker of snacks, agreed.",
                           typing);
        ASSERT_NE(r.named("Kestrel Holdings, Inc."), nullptr);
        EXPECT_EQ(r.named("Kestrel Holdings, Inc.")->type, EntityType::Organization);
        EXPECT_EQ(r.mentioned("Inc."), nullptr);
        ASSERT_NE(r.named("Arlen Foods, LLC"), nullptr);
        EXPECT_EQ(r.named("Arlen Foods, LLC")->type, EntityType::Organization);
    }
}

TEST(EntityRecognizer, anUnknownWordOpeningASentenceIsANameItsAppositionDescribes)
{
    for (const NameTyping typing : { NameTyping::Rules, NameTyping::Tagger }) {
        const Recognised r("The court fined Brandt Logistics. Velcorra, the state copper company, was not involved.",
                           typing);
        ASSERT_NE(r.named("Velcorra"), nullptr);
        EXPECT_EQ(r.named("Velcorra")->type, EntityType::Organization);
        ASSERT_NE(r.named("Brandt Logistics"), nullptr);
        EXPECT_FALSE(Recognised::has(r.named("Brandt Logistics")->aliases, "the state copper company"));
    }
}

TEST(EntityRecognizer, aProductNounBeforeAParticipleStillClosesTheProductsName)
{
    for (const NameTyping typing : { NameTyping::Rules, NameTyping::Tagger }) {
        const Recognised r("The recall covers Velmo and Arvanto sedans built between 2021 and 2024. The Japanese "
                           "carmaker said it knew of no injuries.",
                           typing);
        ASSERT_NE(r.named("Arvanto"), nullptr);
        EXPECT_EQ(r.named("Arvanto")->type, EntityType::Misc);
        ASSERT_NE(r.named("Velmo"), nullptr);
        EXPECT_EQ(r.named("Velmo")->type, EntityType::Misc);
    }
}

TEST(EntityRecognizer, anUnknownTwoWordNameAfterANationalityOrBeforeOfACountryIsAPerson)
{
    const Recognised r("Tamsa Velkova of Poland beat American Corra Dunmead to win the title.", NameTyping::Tagger);
    ASSERT_NE(r.named("Tamsa Velkova"), nullptr);
    EXPECT_EQ(r.named("Tamsa Velkova")->type, EntityType::Person);
    ASSERT_NE(r.named("Corra Dunmead"), nullptr);
    EXPECT_EQ(r.named("Corra Dunmead")->type, EntityType::Person);
    ASSERT_NE(r.named("Poland"), nullptr);
    EXPECT_EQ(r.named("Poland")->type, EntityType::Location);
}

TEST(EntityRecognizer, theArticleBeforeANationalityAndANameMakesAnOrganization)
{
    const Recognised r("The Turkish Velk Crescent said it had sent tents to 5,000 families.", NameTyping::Tagger);
    const EntityRecord* crescent = r.mentioned("Velk Crescent");
    ASSERT_NE(crescent, nullptr);
    EXPECT_EQ(crescent->type, EntityType::Organization);
}

TEST(EntityRecognizer, aKnownBodyBeforeAPartyMemberNounIsTheBodyAlone)
{
    const Recognised r("Senate Democrats said the bill would pass.", NameTyping::Tagger);
    ASSERT_NE(r.named("Senate"), nullptr);
    EXPECT_EQ(r.named("Senate")->type, EntityType::Organization);
    EXPECT_EQ(r.mentioned("Senate Democrats"), nullptr);
}
