// SPDX-License-Identifier: GPL-3.0-or-later
// Reading PDFs back in tests: poppler-utils (pdfinfo, pdftotext, pdfimages) and the writer's own link objects.
#pragma once

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace sayline::test {

/// A PDF written to a temporary file for the poppler tools, removed at the end of the scope.
class PdfFile
{
public:
    explicit PdfFile(const std::string& bytes)
    {
        static int counter = 0;
        m_path = std::filesystem::temp_directory_path()
            / ("sayline-pdf-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".pdf");
        std::ofstream(m_path, std::ios::binary) << bytes;
    }
    ~PdfFile() { std::filesystem::remove(m_path); }
    PdfFile(const PdfFile&) = delete;
    PdfFile& operator=(const PdfFile&) = delete;

    const std::filesystem::path& path() const { return m_path; }

    /// What a poppler tool prints for this file: tool arguments file after.
    std::string run(const std::string& tool, const std::string& arguments = {}, const std::string& after = {}) const
    {
        const std::string command = tool + " " + arguments + " '" + m_path.string() + "' " + after + " 2>&1";
        std::string out;
        if (FILE* pipe = ::popen(command.c_str(), "r")) {
            char buffer[4096];
            std::size_t read = 0;
            while ((read = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
                out.append(buffer, read);
            m_status = ::pclose(pipe);
        }
        return out;
    }
    /// The text of one page (1-based), as pdftotext extracts it.
    std::string pageText(int page) const
    {
        return run("pdftotext", "-enc UTF-8 -f " + std::to_string(page) + " -l " + std::to_string(page), "-");
    }
    int lastStatus() const { return m_status; }

private:
    std::filesystem::path m_path;
    mutable int m_status = -1;
};

/// The named destinations of the PDF as `pdfinfo -dests` lists them: name → page (1-based).
inline std::map<std::string, int> namedDestinations(const PdfFile& pdf)
{
    std::map<std::string, int> out;
    const std::string listing = pdf.run("pdfinfo", "-dests");
    const std::regex line(R"(^\s*(\d+)\s+\[[^\]]*\]\s+"([^"]+)\")");
    std::istringstream lines(listing);
    for (std::string text; std::getline(lines, text);) {
        std::smatch match;
        if (std::regex_search(text, match, line))
            out[match[2]] = std::stoi(match[1]);
    }
    return out;
}

/// The destination names of the GoTo link actions in the PDF's (uncompressed) annotation objects.
inline std::vector<std::string> goToLinks(const std::string& bytes)
{
    std::vector<std::string> out;
    const std::regex action(R"(/S /GoTo /D \(([^)]*)\))");
    for (auto it = std::sregex_iterator(bytes.begin(), bytes.end(), action); it != std::sregex_iterator(); ++it)
        out.push_back((*it)[1]);
    return out;
}

} // namespace sayline::test
