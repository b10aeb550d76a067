// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfSummaryWriter.h"

#include <QFile>
#include <QGuiApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include <cstdlib>

#include "model/Error.h"

namespace sayline::exporting {
namespace {

void ensureGuiApplication()
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return;
    if (QCoreApplication::instance())
        throw Error(ErrorCode::Unsupported, "PDF export needs a Qt GUI application");
    // Laying out a PDF needs fonts, not a screen: the offscreen platform works without a display server.
    ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    // Lives until the process ends: Qt objects made meanwhile may outlive any scope here.
    static int argc = 1;
    static char name[] = "sayline-cli";
    static char* argv[] = { name, nullptr };
    static QGuiApplication* application = new QGuiApplication(argc, argv);
    (void)application;
}

} // namespace

void PdfSummaryWriter::write(const std::string& html, const std::string& title, const std::filesystem::path& file)
{
    ensureGuiApplication();
    const QString path = QString::fromStdString(file.string());
    {
        // QPdfWriter reports no errors: find out first whether the file can be written at all.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw Error(ErrorCode::Io, "cannot write " + file.string() + ": " + probe.errorString().toStdString());
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(QString::fromStdString(title));
    writer.setCreator(QStringLiteral("Sayline"));
    writer.setResolution(300);
    QTextDocument document;
    document.setHtml(QString::fromStdString(html));
    document.print(&writer);
    if (QFile(path).size() == 0)
        throw Error(ErrorCode::Io, "could not write the PDF " + file.string());
}

} // namespace sayline::exporting
