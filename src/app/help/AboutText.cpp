// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutText.h"

#include <QCoreApplication>

#include "SaylineVersion.h"

namespace sayline::app {

QString aboutText()
{
    return QCoreApplication::translate(
               "MainWindow",
               "<h3>Sayline %1</h3>"
               "<p>A news-analysis reader: who said what, about whom, and when.</p>"
               "<p>Sayline works fully offline; nothing an article contains makes it touch the network.</p>"
               "<p>License: GPL-3.0-or-later.</p>"
               "<p><b>Trained models.</b> The entity tagger was trained on named-entity data derived from "
               "the Georgetown University Multilayer corpus (GUM, Zeldes 2017; annotations CC BY 4.0, texts "
               "from Wikinews CC BY 2.5, Wikipedia and Wikivoyage contributors CC BY-SA 3.0, and CC BY 4.0 "
               "academic articles); Wikigold (Balasuriya, Ringland, Nothman, Murphy and Curran 2009, CC BY 4.0, "
               "text from Wikipedia contributors, CC BY-SA 3.0); and re3d by Aleph Insights and Committed "
               "Software for the UK Defence Science and Technology Laboratory (Dstl), containing public sector "
               "information licensed under the Open Government Licence v3.0, material from the Australian "
               "Department of Foreign Affairs and Trade (CC BY 3.0 AU), Wikipedia contributors (CC BY-SA 3.0), "
               "US CENTCOM and US State Department (public domain) and the EEAS (reuse authorised, source "
               "acknowledged).</p>")
        .arg(QStringLiteral(SAYLINE_VERSION));
}

} // namespace sayline::app
