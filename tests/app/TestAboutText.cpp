// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "help/AboutText.h"

using sayline::app::aboutText;

TEST(AboutText, creditsTheCorporaTheEntityTaggerWasTrainedOn)
{
    const QString text = aboutText();
    for (const char* credit : { "GUM", "Zeldes", "Wikigold", "Balasuriya", "re3d", "Dstl", "Open Government Licence",
                                "CC BY 4.0", "CC BY-SA 3.0" })
        EXPECT_TRUE(text.contains(QString::fromUtf8(credit))) << credit;
    EXPECT_TRUE(text.contains(QStringLiteral("GPL-3.0-or-later")));
}
