// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli export: annotated summaries of articles and speaker dossiers as files.
#include <cerrno>
#include <cstring>
#include <optional>
#include <ostream>

#include "Command.h"
#include "LibraryOptions.h"
#include "service/ExportService.h"
#ifdef SAYLINE_HAVE_PDF
#include <QGuiApplication>

#include "export/pdf/PdfSummaryWriter.h"
#include "export/pdf/TimelineChart.h"
#endif

namespace sayline::cli {
namespace {

constexpr const char* kUsage
    = "usage: sayline-cli export [--library PATH] [--format md|html|pdf|json|csv] [--output FILE|-]\n"
      "                          (--article ID... | --all | --speaker NAME) [--from DATE] [--to DATE]\n"
      "                          [--title TEXT] [--bom] [--lf]\n"
      "Writes an annotated summary of articles (--article, --all) or the dossier of a speaker: all statements of\n"
      "NAME in date order, with sources. The format comes from --format, else from FILE's extension, else md.\n"
      "csv lists statements (RFC 4180; --bom adds a UTF-8 byte order mark for Excel, --lf ends lines with LF\n"
      "instead of CRLF). pdf needs --output FILE. DATE is YYYY, YYYY-MM or YYYY-MM-DD. Output goes to stdout\n"
      "without --output or with --output -.\n";

int usageError(CommandContext& context, const std::string& message)
{
    context.err << "sayline-cli export: " << message << '\n' << kUsage;
    return ExitUsage;
}

#ifdef SAYLINE_HAVE_PDF
/// The drawing an export needs (PDF, timeline charts), with the QGuiApplication it needs created on first use on
/// the offscreen platform: a command line needs fonts, not a display. application outlives the export.
service::ExportGraphics graphics(std::optional<QGuiApplication>& application)
{
    const auto ensureApplication = [&application] {
        static int argc = 3;
        static char name[] = "sayline-cli";
        static char option[] = "-platform";
        static char platform[] = "offscreen";
        static char* argv[] = { name, option, platform, nullptr };
        if (!application && !QCoreApplication::instance())
            application.emplace(argc, argv);
    };
    return { [ensureApplication](const exporting::PdfJob& job) {
                ensureApplication();
                return exporting::PdfSummaryWriter::render(job);
            },
             [ensureApplication](const exporting::Timeline& timeline) {
                 ensureApplication();
                 return exporting::TimelineChart::svg(timeline);
             } };
}
#endif

/// Every byte written or a message saying why not (a full disk, a closed pipe).
int finishOutput(CommandContext& context)
{
    context.out.flush();
    if (context.out)
        return ExitOk;
    const int error = errno;
    context.err << "sayline-cli export: cannot write to standard output: " << std::strerror(error) << '\n';
    return ExitFailure;
}

} // namespace

int runExport(CommandContext& context)
{
    LibraryArguments args;
    if (auto exit = args.parse(context, "export", kUsage,
                               { { "--format", true },
                                 { "--output", true },
                                 { "--article", false },
                                 { "--all", false },
                                 { "--speaker", true },
                                 { "--from", true },
                                 { "--to", true },
                                 { "--title", true },
                                 { "--bom", false },
                                 { "--lf", false } }))
        return *exit;

    service::ExportRequest request;
    request.allArticles = args.flag("--all");
    request.speaker = args.value("--speaker");
    request.title = args.value("--title").value_or("");
    request.csv.byteOrderMark = args.flag("--bom");
    request.csv.crlf = !args.flag("--lf");
    if (args.flag("--article")) {
        for (const std::string& text : args.positional()) {
            const auto id = positiveNumber(text);
            if (!id)
                return usageError(context, "'" + text + "' is not an article id");
            request.articleIds.push_back(*id);
        }
        if (request.articleIds.empty())
            return usageError(context, "--article needs at least one article id");
    } else if (!args.positional().empty()) {
        return usageError(context, "unexpected argument '" + args.positional().front() + "'");
    }
    const int modes = (args.flag("--article") ? 1 : 0) + (request.allArticles ? 1 : 0) + (request.speaker ? 1 : 0);
    if (modes != 1)
        return usageError(context, "choose exactly one of --article ID..., --all, --speaker NAME");
    for (const auto& [option, end] : { std::pair { "--from", false }, std::pair { "--to", true } }) {
        if (auto text = args.value(option)) {
            auto bound = dateBound(*text, end);
            if (!bound)
                return usageError(context, std::string(option) + " wants YYYY[-MM[-DD]], not '" + *text + "'");
            (end ? request.to : request.from) = bound;
        }
    }

    const std::optional<std::string> output = args.value("--output");
    const bool toStdout = !output || *output == "-";
    if (auto name = args.value("--format")) {
        auto format = service::exportFormatFromName(*name);
        if (!format)
            return usageError(context, "--format is md, html, pdf, json or csv, not '" + *name + "'");
        request.format = *format;
    } else if (!toStdout) {
        request.format = service::exportFormatFromPath(*output).value_or(service::ExportFormat::Markdown);
    }
    if (request.format == service::ExportFormat::Pdf) {
        if (toStdout)
            return usageError(context, "PDF is written only to a file: give --output FILE.pdf");
#ifndef SAYLINE_HAVE_PDF
        context.err << "sayline-cli export: this sayline-cli was built without Qt Gui, so it cannot write PDF; "
                       "use --format html or md\n";
        return ExitFailure;
#endif
    }

#ifdef SAYLINE_HAVE_PDF
    std::optional<QGuiApplication> application;
    service::ExportService exporter(args.library(), graphics(application));
#else
    service::ExportService exporter(args.library());
#endif
    if (toStdout) {
        const auto text = exporter.render(request);
        if (!text)
            return reportError(context, "export", text.error(), static_cast<int>(text.code()));
        context.out << text.value();
        return finishOutput(context);
    }
    const auto report = exporter.write(request, *output);
    if (!report)
        return reportError(context, "export", report.error(), static_cast<int>(report.code()));
    context.out << "wrote " << *output << ": " << report->articles
                << (report->articles == 1 ? " article, " : " articles, ") << report->statements
                << (report->statements == 1 ? " statement\n" : " statements\n");
    return finishOutput(context);
}

} // namespace sayline::cli
