// SPDX-License-Identifier: GPL-3.0-or-later
// Sayline never touches the network: hostile files that point at remote resources every way the formats
// allow are analysed, imported, shown in the reader (offscreen) and exported while strace records every
// socket() and connect() of the processes and their threads. An Internet socket (AF_INET, AF_INET6) fails
// the test; Unix-domain sockets (the C library asking nscd for the user's name, Qt's platform plugins) are
// local and allowed.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <vector>

namespace {

namespace fs = std::filesystem;

// TEST-NET-1 (RFC 5737) and a name under .invalid (RFC 6761): neither can be reached, but either would show
// up as a socket if anything tried.
const std::string kHost = "http://192.0.2.1";
const std::string kName = "https://sayline-network-guard.invalid";

std::string statement(const std::string& words)
{
    return "The foreign ministry spokesperson Wang Wenbin said on Wednesday that " + words + ".";
}

/// Hostile files, generated: remote resources in every place each format allows one.
std::vector<std::pair<std::string, std::string>> hostileFiles()
{
    const std::string body
        = "<p>" + statement("the talks would resume") + "</p><p>" + statement("nothing was agreed") + "</p>";
    return {
        { "remote-resources.html",
          "<!DOCTYPE html><html><head><base href=\"" + kName
              + "/\"><title>Remote page</title>"
                "<meta http-equiv=\"refresh\" content=\"0; url="
              + kHost
              + "/refresh\">"
                "<link rel=\"stylesheet\" href=\""
              + kHost + "/a.css\"><link rel=\"preload\" href=\"" + kName
              + "/f\">"
                "<link rel=\"dns-prefetch\" href=\"//dns.sayline-network-guard.invalid\">"
                "<style>@import url("
              + kHost + "/b.css); body { background: url(" + kName
              + "/bg.png) }</style>"
                "<script src=\""
              + kHost + "/a.js\"></script></head><body><article><h1>Remote page</h1>" + body + "<img src=\"" + kHost
              + "/a.png\" srcset=\"" + kName
              + "/b.png 2x\">"
                "<iframe src=\""
              + kHost + "/frame\"></iframe><object data=\"" + kName
              + "/o\"></object>"
                "<embed src=\""
              + kHost + "/e.swf\"><video src=\"" + kHost + "/v.mp4\" poster=\"" + kName
              + "/p.png\">"
                "</video><audio src=\""
              + kHost + "/a.mp3\"></audio><form action=\"" + kHost
              + "/post\"></form>"
                "<svg><image href=\""
              + kHost + "/s.png\"/></svg><a href=\"" + kName
              + "/more\">More</a>"
                "</article></body></html>" },
        { "remote-entities.rss",
          "<?xml version=\"1.0\"?><?xml-stylesheet href=\"" + kHost
              + "/feed.xsl\" type=\"text/xsl\"?>"
                "<!DOCTYPE rss SYSTEM \""
              + kHost + "/rss.dtd\" [<!ENTITY remote SYSTEM \"" + kName
              + "/entity\">"
                "<!ENTITY % param SYSTEM \""
              + kHost
              + "/param.dtd\"> %param;]>"
                "<rss version=\"2.0\"><channel><title>Wire</title><item><title>Talks</title>"
                "<enclosure url=\""
              + kHost
              + "/a.mp3\" type=\"audio/mpeg\" length=\"1\"/>"
                "<description><![CDATA["
              + body + "<img src=\"" + kHost
              + "/in-feed.png\">]]>&remote;</description>"
                "</item></channel></rss>" },
        { "remote-xinclude.nitf.xml",
          "<?xml version=\"1.0\"?><nitf xmlns:xi=\"http://www.w3.org/2001/XInclude\"><head><title>Talks</title>"
          "</head><body><body.content><p>"
              + statement("the talks would resume")
              + "</p>"
                "<xi:include href=\""
              + kHost
              + "/include.xml\" parse=\"text\"/>"
                "<p>"
              + statement("nothing was agreed") + "</p></body.content></body></nitf>" },
        { "remote-content.atom",
          "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"" + kName
              + "/\">"
                "<title>Wire</title><entry><title>Talks</title><link href=\""
              + kHost
              + "/entry\"/>"
                "<content type=\"html\">"
              + std::string("&lt;p&gt;") + statement("the talks would resume") + "&lt;/p&gt;&lt;img src=\"" + kHost
              + "/atom.png\"&gt;</content></entry>"
                "<entry><title>Elsewhere</title><content src=\""
              + kHost
              + "/remote-content\"/>"
                "<summary>"
              + statement("nothing was agreed") + "</summary></entry></feed>" },
        { "remote-content.newsml.xml",
          "<?xml version=\"1.0\"?><newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"x\" version=\"1\">"
          "<itemMeta><link href=\""
              + kHost
              + "/link\"/></itemMeta><contentMeta><headline>Talks</headline>"
                "</contentMeta><contentSet><remoteContent href=\""
              + kHost
              + "/remote.xml\"/>"
                "<inlineXML contenttype=\"application/xhtml+xml\"><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                "<body>"
              + body + "<img src=\"" + kName
              + "/n.png\"/></body></html></inlineXML></contentSet>"
                "</newsItem>" },
        { "remote-parts.mhtml",
          "From: <Saved by Blink>\r\nSnapshot-Content-Location: " + kHost
              + "/page\r\nSubject: Talks\r\n"
                "MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"B\"\r\n\r\n"
                "--B\r\nContent-Type: text/html; charset=utf-8\r\nContent-Location: "
              + kHost
              + "/page\r\n\r\n"
                "<html><body>"
              + body + "<img src=\"" + kName
              + "/missing-part.png\"><iframe src=\"cid:frame@x\">"
                "</iframe></body></html>\r\n--B\r\nContent-Type: text/html\r\nContent-ID: <frame@x>\r\n"
                "Content-Location: "
              + kHost + "/frame\r\n\r\n<html><body><img src=\"" + kHost
              + "/in-frame.png\"></body></html>\r\n--B--\r\n" },
        { "remote-links.md",
          "# Talks\n\n" + statement("the talks would resume") + " ![photo](" + kHost + "/photo.png) [source](" + kName
              + "/source) <" + kHost + "/autolink>\n\n" + statement("nothing was agreed") + "\n" },
    };
}

/// The lines of an strace log that create or connect an Internet socket.
std::vector<std::string> internetSockets(const fs::path& log)
{
    static const std::regex internet(R"((socket\((AF_INET|AF_INET6|PF_INET|PF_INET6)\b)|(sa_family=AF_INET6?\b))");
    std::vector<std::string> found;
    std::ifstream in(log);
    for (std::string line; std::getline(in, line);)
        if (std::regex_search(line, internet))
            found.push_back(line);
    return found;
}

bool haveStrace()
{
    return std::system("strace -V >/dev/null 2>&1") == 0;
}

class NetworkGuard : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!haveStrace())
            GTEST_SKIP() << "strace is not installed (scripts/install-deps installs it)";
        m_dir = fs::temp_directory_path() / ("sayline-network-guard-" + std::to_string(::getpid()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir / "inputs");
        for (const auto& [name, content] : hostileFiles())
            std::ofstream(m_dir / "inputs" / name, std::ios::binary) << content;
        // The hostile fixtures of the reader tests: external entities, DTDs, billion laughs, remote resources.
        for (const char* fixture : { "ingest/external-entity.xml", "ingest/external-dtd.xml",
                                     "ingest/billion-laughs.xml", "html/external-resources.html" })
            fs::copy_file(fs::path(SAYLINE_TEST_DATA) / fixture, m_dir / "inputs" / fs::path(fixture).filename());
    }
    void TearDown() override
    {
        if (!m_dir.empty())
            fs::remove_all(m_dir);
    }

    /// Runs a command under strace (every thread and child), its output thrown away; records the log.
    void traced(const std::string& step, const std::string& command)
    {
        const fs::path log = m_dir / (std::to_string(m_logs.size()) + ".strace");
        const std::string line = "strace -f -qq -e trace=socket,connect -o " + log.string() + " " + command
            + " >/dev/null 2>&1 </dev/null";
        const int status = std::system(line.c_str());
        ASSERT_NE(status, -1) << step;
        ASSERT_TRUE(fs::exists(log)) << step << ": strace wrote no log (" << line << ")";
        m_logs.emplace_back(step, log);
    }

    std::vector<fs::path> inputs() const
    {
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(m_dir / "inputs"))
            files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        return files;
    }

    fs::path m_dir;
    std::vector<std::pair<std::string, fs::path>> m_logs;
};

} // namespace

TEST_F(NetworkGuard, hostileFilesAreAnalysedImportedShownAndExportedWithoutAnInternetSocket)
{
    const std::string cli = SAYLINE_CLI;
    const std::string library = (m_dir / "library.sqlite").string();
    std::string all;
    for (const fs::path& file : inputs())
        all += " " + file.string();
    traced("analyze", cli + " analyze" + all);
    traced("import", cli + " import --library " + library + " " + (m_dir / "inputs").string());
    for (const char* format : { "md", "html", "json", "csv", "pdf" })
        traced(std::string("export ") + format,
               cli + " export --all --library " + library + " --format " + format + " --output "
                   + (m_dir / "summary.").string() + format);
    traced("export dossier",
           cli + " export --speaker 'Wang Wenbin' --library " + library + " --output "
               + (m_dir / "dossier.html").string());
#ifdef SAYLINE_GUI
    // The reader shows each file (offscreen), with the library.
    for (const fs::path& file : inputs())
        traced("reader " + file.filename().string(),
               "env QT_QPA_PLATFORM=offscreen " + std::string(SAYLINE_GUI) + " --library " + library + " --screenshot "
                   + (m_dir / "shot.png").string() + " " + file.string());
#endif
    ASSERT_TRUE(fs::exists(m_dir / "summary.html")) << "the export did not run";
    std::size_t steps = 0;
    for (const auto& [step, log] : m_logs) {
        ++steps;
        const std::vector<std::string> sockets = internetSockets(log);
        std::ostringstream lines;
        for (const std::string& line : sockets)
            lines << "\n  " << line;
        EXPECT_TRUE(sockets.empty()) << step << " opened Internet sockets:" << lines.str();
    }
    EXPECT_GE(steps, 8u);
}

TEST_F(NetworkGuard, theCheckSeesAnInternetSocketWhenOneIsOpened)
{
    // The guard itself: a process that does open one (bash's /dev/udp) shows up in the log.
    traced("bash /dev/udp", "bash -c 'echo x > /dev/udp/192.0.2.1/9'");
    ASSERT_EQ(m_logs.size(), 1u);
    EXPECT_FALSE(internetSockets(m_logs[0].second).empty());
}
