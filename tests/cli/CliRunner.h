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

/// As runCli, as the unprivileged user "nobody" when the tests run as root (root reads and writes every file
/// whatever its permissions, so permission tests would prove nothing); as the same user otherwise.
CliResult runCliUnprivileged(const std::string& arguments);

} // namespace sayline::test
