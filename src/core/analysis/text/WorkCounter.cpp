// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkCounter.h"

namespace sayline::analysis::work {
namespace {

thread_local std::array<std::uint64_t, static_cast<std::size_t>(Stage::Count)> counters {};

} // namespace

void add(Stage stage, std::uint64_t n)
{
    counters[static_cast<std::size_t>(stage)] += n;
}

std::uint64_t total(Stage stage)
{
    return counters[static_cast<std::size_t>(stage)];
}

void reset()
{
    counters.fill(0);
}

} // namespace sayline::analysis::work
