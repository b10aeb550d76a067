// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>

namespace sayline::cli {

/// A progress line for long work on stderr: "[=====>    ]  42% 12/100 files · 3 new  0:42 left". It is drawn
/// only on a terminal and without --quiet, at most ten times a second, coloured unless NO_COLOR is set, and
/// erased when the work ends so the result lines stand alone.
class ProgressBar
{
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    /// How to draw: whether at all, in colour, and how wide the terminal is.
    struct Style
    {
        bool enabled = false;
        bool colour = false;
        int width = 80;
    };

    /// The style for a stream: enabled when it is stderr on a terminal (not TERM=dumb) and not quiet; colour
    /// unless NO_COLOR is set.
    static Style styleFor(const std::ostream& out, bool quiet);

    /// A bar on out counting unit ("files"), drawn as styleFor(out, quiet) says.
    ProgressBar(std::ostream& out, std::string unit, bool quiet);
    ProgressBar(std::ostream& out, std::string unit, Style style, Clock clock = std::chrono::steady_clock::now);
    ~ProgressBar();
    ProgressBar(const ProgressBar&) = delete;
    ProgressBar& operator=(const ProgressBar&) = delete;

    /// done of total units; note says more ("3 new"). The first and the last state are always drawn.
    void update(std::size_t done, std::size_t total, const std::string& note = {});
    /// Erases the line (also done by the destructor).
    void finish();

    /// The line for a state, at most width - 1 columns: a bar of a quarter of the width (10 to 30), then the
    /// text; the time left shows once a second has passed and something is done.
    static std::string line(std::size_t done, std::size_t total, std::chrono::steady_clock::duration elapsed,
                            const std::string& unit, const std::string& note, int width, bool colour);

private:
    std::ostream& m_out;
    std::string m_unit;
    Style m_style;
    Clock m_clock;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_lastDrawn;
    bool m_drawn = false;
};

} // namespace sayline::cli
