// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlDates.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

#include "HtmlTextCollector.h"
#include "model/Utf8.h"

namespace sayline::ingest {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::string clean(std::string_view text)
{
    return HtmlTextCollector::normalizeSpace(text);
}

// "20 Nov 2019 08:02 GMT", "November 20, 2019 8:02 PM" and similar English forms pages put in metadata.
std::optional<std::string> parseEnglishDate(std::string_view text)
{
    static constexpr std::array kMonths
        = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
    const std::string s = model::asciiLower(clean(text));
    int month = 0, day = 0, year = 0, hour = -1, minute = 0;
    bool utc = false;
    std::size_t pos = 0;
    while (pos < s.size()) {
        if (std::isalpha(static_cast<unsigned char>(s[pos]))) {
            const std::size_t start = pos;
            while (pos < s.size() && std::isalpha(static_cast<unsigned char>(s[pos])))
                ++pos;
            const std::string word = s.substr(start, pos - start);
            for (std::size_t m = 0; m < kMonths.size() && word.size() >= 3; ++m)
                if (word.compare(0, 3, kMonths[m]) == 0 && !month)
                    month = static_cast<int>(m) + 1;
            if ((word == "pm" || word == "p") && hour >= 0 && hour < 12)
                hour += 12;
            if ((word == "am" || word == "a") && hour == 12)
                hour = 0;
            if (word == "gmt" || word == "utc" || word == "z")
                utc = true;
        } else if (isDigit(s[pos])) {
            const std::size_t start = pos;
            while (pos < s.size() && isDigit(s[pos]))
                ++pos;
            const int value = std::stoi(s.substr(start, std::min<std::size_t>(pos - start, 6)));
            if (pos < s.size() && s[pos] == ':' && hour < 0) {
                hour = value;
                ++pos;
                const std::size_t minuteStart = pos;
                while (pos < s.size() && isDigit(s[pos]))
                    ++pos;
                if (pos > minuteStart)
                    minute = std::stoi(s.substr(minuteStart, 2));
                while (pos < s.size() && (isDigit(s[pos]) || s[pos] == ':'))
                    ++pos; // seconds
            } else if (pos - start == 4 && !year) {
                year = value;
            } else if (pos - start <= 2 && !day) {
                day = value;
            }
        } else {
            ++pos;
        }
    }
    if (!month || !day || !year || day > 31 || year < 1000)
        return std::nullopt;
    char buffer[64];
    if (hour >= 0 && hour < 24 && minute < 60)
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d%s", year, month, day, hour, minute,
                      utc ? "+00:00" : "");
    else
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return std::string(buffer);
}

} // namespace

std::optional<std::string> normalizeIsoDateTime(std::string_view text)
{
    std::string s = clean(text);
    std::size_t pos = 0;
    auto digits = [&](std::size_t minCount, std::size_t maxCount, int& value) {
        std::size_t count = 0;
        value = 0;
        while (pos < s.size() && isDigit(s[pos]) && count < maxCount) {
            value = value * 10 + (s[pos] - '0');
            ++pos;
            ++count;
        }
        return count >= minCount;
    };
    int year = 0, month = 0, day = 0;
    if (!digits(4, 4, year))
        return std::nullopt;
    if (pos >= s.size() || (s[pos] != '-' && s[pos] != '/' && s[pos] != '.'))
        return std::nullopt;
    const char separator = s[pos++];
    if (!digits(1, 2, month) || pos >= s.size() || s[pos] != separator)
        return std::nullopt;
    ++pos;
    if (!digits(1, 2, day) || year < 1000 || month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    std::string out = buffer;
    if (pos >= s.size() || (s[pos] != 'T' && s[pos] != ' ' && s[pos] != 't'))
        return out;
    ++pos;
    int hour = 0, minute = 0, second = -1;
    if (!digits(2, 2, hour) || pos >= s.size() || s[pos] != ':')
        return out;
    ++pos;
    if (!digits(2, 2, minute) || hour > 23 || minute > 59)
        return out;
    if (pos < s.size() && s[pos] == ':') {
        ++pos;
        if (!digits(2, 2, second) || second > 60)
            second = -1;
        if (pos < s.size() && (s[pos] == '.' || s[pos] == ','))
            for (++pos; pos < s.size() && isDigit(s[pos]);)
                ++pos;
    }
    if (second >= 0)
        std::snprintf(buffer, sizeof buffer, "T%02d:%02d:%02d", hour, minute, second);
    else
        std::snprintf(buffer, sizeof buffer, "T%02d:%02d", hour, minute);
    out += buffer;
    if (pos < s.size() && s[pos] == ' ')
        ++pos;
    if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z'))
        return out + "+00:00";
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        const char sign = s[pos++];
        int offsetHours = 0, offsetMinutes = 0;
        if (!digits(2, 2, offsetHours) || offsetHours > 14)
            return out;
        if (pos < s.size() && s[pos] == ':')
            ++pos;
        if (pos < s.size() && isDigit(s[pos]) && (!digits(2, 2, offsetMinutes) || offsetMinutes > 59))
            return out;
        std::snprintf(buffer, sizeof buffer, "%c%02d:%02d", sign, offsetHours, offsetMinutes);
        out += buffer;
    }
    return out;
}

std::optional<std::string> parseMetaDate(std::string_view text)
{
    if (auto iso = normalizeIsoDateTime(text))
        return iso;
    return parseEnglishDate(text);
}

} // namespace sayline::ingest
