// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include "../AnalysedFixtures.h"
#include "PdfTools.h"
#include "export/pdf/PdfFinisher.h"
#include "model/Error.h"

using namespace sayline;

namespace {

/// What QPdfWriter makes of html on A4 pages (page 1 is empty when html is).
QByteArray qtPdf(const QString& html)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QTextDocument document;
    document.setHtml(html);
    if (html.isEmpty()) {
        QPainter painter(&writer);
    } else {
        document.print(&writer);
    }
    return bytes;
}

bool contains(const QByteArray& bytes, const char* part)
{
    return bytes.contains(part);
}

} // namespace

TEST(PdfFinisher, turnsLinksToNamesIntoGoToActionsToNamedDestinations)
{
    const QByteArray pdf
        = qtPdf(QStringLiteral("<p><a href=\"#there\">go there</a> <a href=\"#nowhere\">or not</a></p>"));
    ASSERT_TRUE(contains(pdf, "/URI (#there)"));
    const QByteArray finished = exporting::PdfFinisher::finish(pdf, { { "there", { 0, 72, 700 } } });
    EXPECT_EQ(finished.left(pdf.size()), pdf) << "an incremental update only appends";
    EXPECT_TRUE(contains(finished, "/S /GoTo /D (there)"));
    EXPECT_TRUE(contains(finished, "/URI (#nowhere)")) << "a link without a destination is left alone";
    const test::PdfFile file(finished.toStdString());
    const std::map<std::string, int> destinations = test::namedDestinations(file);
    ASSERT_EQ(destinations.count("there"), 1u) << file.run("pdfinfo", "-dests");
    EXPECT_EQ(destinations.at("there"), 1);
    EXPECT_TRUE(test::squeezed(file.pageText(1)).find("go there") != std::string::npos) << file.pageText(1);
}

TEST(PdfFinisher, leavesAPdfWithNothingToFinishAsItIs)
{
    const QByteArray pdf = qtPdf({});
    EXPECT_EQ(exporting::PdfFinisher::finish(pdf, {}), pdf);
}

TEST(PdfFinisher, refusesWhatQtDidNotWrite)
{
    try {
        exporting::PdfFinisher::finish("%PDF-1.4\nnot much else", { { "a", {} } });
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::Internal);
    }
}
