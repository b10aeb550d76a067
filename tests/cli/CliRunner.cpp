// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace sayline::test {
namespace {

std::string slurp(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

CliResult runCommand(const std::string& launcher, const std::string& arguments, const std::string& stdinFile)
{
    static int counter = 0;
    const auto dir = std::filesystem::temp_directory_path()
        / ("sayline-cli-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(dir);
    const auto out = dir / "out";
    const auto err = dir / "err";
    std::string command
        = launcher + std::string(SAYLINE_CLI) + " " + arguments + " >" + out.string() + " 2>" + err.string();
    if (!stdinFile.empty())
        command += " <" + stdinFile;
    else
        command += " </dev/null";
    const int raw = std::system(command.c_str());
    CliResult result;
    result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    result.out = slurp(out);
    result.err = slurp(err);
    std::filesystem::remove_all(dir);
    return result;
}

} // namespace

CliResult runCli(const std::string& arguments, const std::string& stdinFile)
{
    return runCommand("", arguments, stdinFile);
}

CliResult runCliUnprivileged(const std::string& arguments)
{
    return runCommand(::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "", arguments, {});
}

} // namespace sayline::test
