// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressBar.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <string_view>
#include <sys/ioctl.h>
#include <unistd.h>

#include "TablePrinter.h"

namespace sayline::cli {
namespace {

constexpr const char* kEraseLine = "\r\x1b[K";
constexpr const char* kGreen = "\x1b[32m";
constexpr const char* kReset = "\x1b[0m";
constexpr auto kRedrawInterval = std::chrono::milliseconds(100);

/// "0:42", "12:05", "1:02:03".
std::string clockText(std::chrono::seconds time)
{
    const long long total = std::max<long long>(time.count(), 0);
    const long long hours = total / 3600;
    const long long minutes = total / 60 % 60;
    const long long seconds = total % 60;
    std::string text = hours > 0 ? std::to_string(hours) + ":" : std::string();
    const std::string minutesText = std::to_string(minutes);
    text += (hours > 0 && minutes < 10 ? "0" : "") + minutesText + ":";
    text += (seconds < 10 ? "0" : "") + std::to_string(seconds);
    return text;
}

bool environmentSet(const char* name)
{
    const char* value = std::getenv(name);
    return value && *value;
}

int terminalWidth()
{
    winsize size {};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    if (const char* columns = std::getenv("COLUMNS"))
        if (const int width = std::atoi(columns); width > 0)
            return width;
    return 80;
}

} // namespace

ProgressBar::Style ProgressBar::styleFor(const std::ostream& out, bool quiet)
{
    Style style;
    const char* term = std::getenv("TERM");
    style.enabled
        = !quiet && &out == &std::cerr && ::isatty(STDERR_FILENO) && !(term && std::string_view(term) == "dumb");
    style.colour = style.enabled && !environmentSet("NO_COLOR");
    style.width = style.enabled ? terminalWidth() : 80;
    return style;
}

ProgressBar::ProgressBar(std::ostream& out, std::string unit, bool quiet)
    : ProgressBar(out, std::move(unit), styleFor(out, quiet))
{
}

ProgressBar::ProgressBar(std::ostream& out, std::string unit, Style style, Clock clock)
    : m_out(out)
    , m_unit(std::move(unit))
    , m_style(style)
    , m_clock(std::move(clock))
    , m_start(m_clock())
{
}

ProgressBar::~ProgressBar()
{
    finish();
}

void ProgressBar::update(std::size_t done, std::size_t total, const std::string& note)
{
    if (!m_style.enabled)
        return;
    const auto now = m_clock();
    if (m_drawn && done > 0 && done < total && now - m_lastDrawn < kRedrawInterval)
        return;
    m_lastDrawn = now;
    m_drawn = true;
    m_out << kEraseLine << line(done, total, now - m_start, m_unit, note, m_style.width, m_style.colour) << std::flush;
}

void ProgressBar::finish()
{
    if (!m_drawn)
        return;
    m_out << kEraseLine << std::flush;
    m_drawn = false;
}

std::string ProgressBar::line(std::size_t done, std::size_t total, std::chrono::steady_clock::duration elapsed,
                              const std::string& unit, const std::string& note, int width, bool colour)
{
    const double fraction = total > 0 ? std::min(1.0, static_cast<double>(done) / static_cast<double>(total)) : 0.0;
    std::string percent = std::to_string(static_cast<int>(fraction * 100));
    percent.insert(0, 3 - std::min<std::size_t>(3, percent.size()), ' ');
    std::string text = " " + percent + "% " + std::to_string(done) + "/" + std::to_string(total) + " " + unit;
    if (!note.empty())
        text += ", " + note;
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(elapsed);
    if (done >= total && total > 0)
        text += "  " + clockText(seconds);
    else if (done > 0 && seconds.count() >= 1)
        text += "  " + clockText(seconds * static_cast<long long>(total - done) / static_cast<long long>(done))
            + " left";

    // The bar has a fixed width for a terminal, so it does not jump while the text changes; the text gets the
    // rest, short of the last column.
    const int usable = std::max(width - 1, 24);
    const int barWidth = std::clamp(usable / 4, 10, 30);
    if (TablePrinter::displayWidth(text) > usable - barWidth - 2)
        text = TablePrinter::truncate(text, usable - barWidth - 2);
    const int filled = static_cast<int>(fraction * barWidth);
    std::string bar = "[";
    if (colour)
        bar += kGreen;
    bar += std::string(static_cast<std::size_t>(filled), '=');
    if (filled < barWidth)
        bar += '>';
    if (colour)
        bar += kReset;
    bar += std::string(static_cast<std::size_t>(std::max(barWidth - filled - 1, 0)), ' ');
    bar += ']';
    return bar + text;
}

} // namespace sayline::cli
