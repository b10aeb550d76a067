// SPDX-License-Identifier: GPL-3.0-or-later
// Running part of a test in a child process: for limits that would stay on the test process (a file size
// limit standing in for a full disk) and for permission tests, which prove nothing as root (root reads and
// writes every file whatever its mode), so the child drops to the unprivileged user "nobody" first.
#pragma once

#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <functional>

namespace sayline::test {

/// The user and group the unprivileged child runs as (nobody, nogroup on Debian).
inline constexpr uid_t kUnprivilegedUser = 65534;
inline constexpr gid_t kUnprivilegedGroup = 65534;

/// Runs work in a forked child and returns its result (0..255), or -1 when the child did not exit normally.
/// The child only runs work and exits: no test assertions in work, report through the return value.
inline int runInChild(const std::function<int()>& work, bool unprivileged = false)
{
    std::fflush(nullptr);
    const pid_t child = ::fork();
    if (child < 0)
        return -1;
    if (child == 0) {
        int code = 0;
        if (unprivileged && ::geteuid() == 0) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(kUnprivilegedGroup) != 0 || ::setuid(kUnprivilegedUser) != 0)
                ::_exit(125);
        }
        try {
            code = work();
        } catch (...) {
            code = 126;
        }
        std::fflush(nullptr);
        ::_exit(code);
    }
    int status = 0;
    if (::waitpid(child, &status, 0) != child || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

/// As runInChild, as a user who has no special rights (when the tests run as root; as the same user otherwise).
inline int runUnprivileged(const std::function<int()>& work)
{
    return runInChild(work, true);
}

} // namespace sayline::test
