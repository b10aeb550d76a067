// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace sayline::test {

struct CliResult
{
    int status = -1;
    std::string out;
    std::string err;
};

/// Runs the real sayline-cli binary with a shell-quoted argument string; captures stdout and stderr.
CliResult runCli(const std::string& arguments, const std::string& stdinFile = {});

} // namespace sayline::test
