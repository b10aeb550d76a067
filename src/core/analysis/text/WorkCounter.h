// SPDX-License-Identifier: GPL-3.0-or-later
// How much work the position look-ups of the later stages do, counted per thread: the tests analyse a text
// and one four times as long and check that the count grows linearly (issue 11 item 7), never the time.
#pragma once

#include <array>
#include <cstdint>

namespace sayline::analysis::work {

enum class Stage
{
    Coreference,   ///< clusters and acronym long forms visited when placing a name
    Nominals,      ///< mentions visited by the nominal and pronoun resolvers
    Speakers,      ///< mentions, names and earlier statements visited when resolving a speaker
    Statements,    ///< statements and quotes visited when ordering statements and finding quote continuations
    Claims,        ///< mentions visited when listing what a statement is about
    Count,
};

/// Adds n to the calling thread's counter of stage.
void add(Stage stage, std::uint64_t n = 1);
/// The calling thread's counters since the last reset().
std::uint64_t total(Stage stage);
void reset();

} // namespace sayline::analysis::work
