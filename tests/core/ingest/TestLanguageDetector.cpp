// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "ingest/LanguageDetector.h"

using namespace sayline::ingest;

TEST(LanguageDetector, tellsScripts)
{
    EXPECT_EQ(detectLanguage("中国外交部发言人汪文斌在例行记者会上表示，美国是全球网络安全的最大威胁。"), "zh");
    EXPECT_EQ(detectLanguage("外務省の報道官は水曜日の記者会見で、サイバー攻撃について説明した。"), "ja");
    EXPECT_EQ(detectLanguage("외교부 대변인은 수요일 정례 브리핑에서 사이버 공격에 대해 말했다."), "ko");
    EXPECT_EQ(detectLanguage("Официальный представитель министерства заявил в среду, что переговоры продолжатся."),
              "ru");
    EXPECT_EQ(detectLanguage("قال المتحدث باسم وزارة الخارجية يوم الأربعاء إن المحادثات ستستمر"), "ar");
    EXPECT_EQ(detectLanguage("Ο εκπρόσωπος του υπουργείου δήλωσε την Τετάρτη ότι οι συνομιλίες θα συνεχιστούν."), "el");
}

TEST(LanguageDetector, tellsLatinLanguagesByCommonWords)
{
    EXPECT_EQ(detectLanguage("The US has become the major threat in the cyber security area in the world, a senior "
                             "Chinese official said on Wednesday."),
              "en");
    EXPECT_EQ(detectLanguage("Le porte-parole du ministère a déclaré mercredi que les négociations se poursuivront "
                             "dans les prochains jours."),
              "fr");
    EXPECT_EQ(detectLanguage("Der Sprecher des Ministeriums sagte am Mittwoch, dass die Gespräche in den nächsten "
                             "Tagen fortgesetzt werden und die Regierung nicht nachgeben wird."),
              "de");
    EXPECT_EQ(detectLanguage("El portavoz del ministerio dijo el miércoles que las negociaciones continuarán en los "
                             "próximos días con los representantes de la región."),
              "es");
}

TEST(LanguageDetector, countsCommonWordsInAnyCaseAndWithTheirAccents)
{
    EXPECT_EQ(detectLanguage("THE MINISTER SAID THAT THE PLAN WAS READY AND THAT IT WAS GOOD FOR THE COUNTRY."), "en");
    EXPECT_EQ(detectLanguage("O ministro não disse que os planos do governo foram para o conselho com os outros."),
              "pt");
    // Long words are no common word, whatever they begin with.
    EXPECT_EQ(detectLanguage("Internationalization considerations notwithstanding, extraordinarily complicated "
                             "bureaucracies the and"),
              "en");
}

TEST(LanguageDetector, returnsNothingForTooLittleText)
{
    EXPECT_FALSE(detectLanguage(""));
    EXPECT_FALSE(detectLanguage("Global Times"));
    EXPECT_FALSE(detectLanguage("2022-06-15 18:04"));
}
