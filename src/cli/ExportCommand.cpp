// SPDX-License-Identifier: GPL-3.0-or-later
// sayline-cli export: annotated summaries of articles and speaker dossiers as files.
#include <cerrno>
#include <cstring>
#include <memory>
#include <optional>
#include <ostream>

#include "Command.h"
#include "LibraryOptions.h"
#include "ProgressBar.h"
#include "service/ExportService.h"
#ifdef SAYLINE_HAVE_PDF
#include "PdfModule.h"
#include "model/Error.h"
#endif

namespace sayline::cli {
namespace {

struct ExportOptions
{
    LibraryOptions library;
    std::optional<std::string> format;
    std::optional<std::string> output;
    std::vector<long long> articles;
    bool all = false;
    std::optional<std::string> speaker;
    DateRangeOptions dates;
    std::optional<std::string> title;
    bool byteOrderMark = false;
    bool lineFeeds = false;
    bool quiet = false;
};

int usageError(CommandContext& context, const std::string& message)
{
    context.err << "sayline-cli export: " << message << '\n';
    return ExitUsage;
}

#ifdef SAYLINE_HAVE_PDF
/// The drawing an export needs (PDF, timeline charts), from the PDF module, loaded on the first drawing with the
/// QGuiApplication it needs (offscreen: a command line needs fonts, not a display). Outlives the export.
class Drawing
{
public:
    Drawing() = default;
    Drawing(const Drawing&) = delete;
    Drawing& operator=(const Drawing&) = delete;
    ~Drawing()
    {
        if (m_application)
            m_module->destroyApplication(m_application);
    }

    service::ExportGraphics graphics()
    {
        return { [this](const exporting::PdfJob& job) { return unwrap(module().renderPdf(job)); },
                 [this](const exporting::Timeline& timeline) { return unwrap(module().timelineSvg(timeline)); } };
    }

private:
    const exporting::PdfModuleInterface& module()
    {
        if (!m_module) {
            m_module = &PdfModule::get();
            m_application = m_module->createApplication();
        }
        return *m_module;
    }

    static std::string unwrap(exporting::PdfModuleResult result)
    {
        if (!result.ok)
            throw Error(static_cast<ErrorCode>(result.errorCode), result.value);
        return std::move(result.value);
    }

    const exporting::PdfModuleInterface* m_module = nullptr;
    void* m_application = nullptr;
};
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

int runExport(CommandContext& context, const ExportOptions& args)
{
    service::ExportRequest request;
    request.articleIds.assign(args.articles.begin(), args.articles.end());
    request.allArticles = args.all;
    request.speaker = args.speaker;
    request.title = args.title.value_or("");
    request.csv.byteOrderMark = args.byteOrderMark;
    request.csv.crlf = !args.lineFeeds;
    request.from = args.dates.firstDay();
    request.to = args.dates.lastDay();

    const std::optional<std::string>& output = args.output;
    const bool toStdout = !output || *output == "-";
    if (args.format)
        request.format = *service::exportFormatFromName(*args.format);
    else if (!toStdout)
        request.format = service::exportFormatFromPath(*output).value_or(service::ExportFormat::Markdown);
    if (request.format == service::ExportFormat::Pdf) {
        if (toStdout)
            return usageError(context, "PDF is written only to a file: give --output FILE.pdf");
#ifndef SAYLINE_HAVE_PDF
        context.err << "sayline-cli export: this sayline-cli was built without Qt Gui, so it cannot write PDF; "
                       "use --format html or md\n";
        return ExitFailure;
#endif
    }

    const auto library = args.library.readPath(context, "export");
    if (!library)
        return ExitFailure;
#ifdef SAYLINE_HAVE_PDF
    Drawing drawing;
    service::ExportService exporter(*library, drawing.graphics());
#else
    service::ExportService exporter(*library);
#endif
    ProgressBar bar(context.err, args.speaker ? "statements" : "articles", args.quiet);
    exporter.setProgressCallback([&bar](std::size_t done, std::size_t total) { bar.update(done, total); });
    if (toStdout) {
        const auto text = exporter.render(request);
        bar.finish();
        if (!text)
            return reportError(context, "export", text.error(), static_cast<int>(text.code()));
        context.out << text.value();
        return finishOutput(context);
    }
    const auto report = exporter.write(request, *output);
    bar.finish();
    if (!report)
        return reportError(context, "export", report.error(), static_cast<int>(report.code()));
    context.out << "wrote " << *output << ": " << report->articles
                << (report->articles == 1 ? " article, " : " articles, ") << report->statements
                << (report->statements == 1 ? " statement\n" : " statements\n");
    return finishOutput(context);
}

} // namespace

CommandRun configureExport(CLI::App& command)
{
    auto options = std::make_shared<ExportOptions>();
    static const CLI::Validator formatCheck(
        [](const std::string& text) {
            return service::exportFormatFromName(text) ? std::string()
                                                       : "is md, html, pdf, json or csv, not '" + text + "'";
        },
        "");
    addLibraryOptions(command, options->library, false);
    addReadLibraryOption(command, options->library);
    command
        .add_option("--format", options->format, "md, html, pdf, json or csv (default: from FILE's extension, else md)")
        ->type_name("FORMAT")
        ->check(formatCheck);
    command.add_option("--output", options->output, "the file to write (default, or -: standard output)")
        ->type_name("FILE");
    CLI::Option_group* selection = command.add_option_group("what to export", "articles, or a speaker");
    selection->add_option("--article", options->articles, "a summary of these articles")
        ->type_name("ID")
        ->check(positiveNumberCheck());
    selection->add_flag("--all", options->all, "a summary of every article");
    selection->add_option("--speaker", options->speaker, "the dossier of a speaker: all their statements in date order")
        ->type_name("NAME");
    selection->require_option(1);
    addDateRangeOptions(command, options->dates, "articles published");
    command.add_option("--title", options->title, "the document's title (default: made from the content)")
        ->type_name("TEXT");
    command.add_flag("--bom", options->byteOrderMark, "csv: begin with a UTF-8 byte order mark (for Excel)");
    command.add_flag("--lf", options->lineFeeds, "csv: end lines with LF instead of CRLF");
    addQuietOption(command, options->quiet);
    command.footer("Writes an annotated summary of articles or the dossier of a speaker, with sources. csv lists "
                   "statements\n(RFC 4180). pdf needs --output FILE.");
    return [options](CommandContext& context) { return runExport(context, *options); };
}

} // namespace sayline::cli
