// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateTimeParser.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <utility>
#include <vector>

namespace sayline::ingest {
namespace {

struct Parts
{
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = -1;
    int minute = 0;
    int second = 0;
    std::optional<int> offsetMinutes; ///< east of UTC
    bool usEastern = false; ///< "ET": EST or EDT depending on the date
    int usZoneStandard = 0; ///< for ET/CT/MT/PT: the standard offset in hours
};

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr std::array<int, 12> days { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return month == 2 && isLeap(year) ? 29 : days[static_cast<std::size_t>(month - 1)];
}

/// 0 = Sunday.
int weekday(int year, int month, int day)
{
    static constexpr std::array<int, 12> t { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };
    if (month < 3)
        year -= 1;
    return (year + year / 4 - year / 100 + year / 400 + t[static_cast<std::size_t>(month - 1)] + day) % 7;
}

/// US daylight saving time: second Sunday of March to the first Sunday of November (local dates).
bool inUsDaylightTime(int year, int month, int day)
{
    if (month < 3 || month > 11)
        return false;
    if (month > 3 && month < 11)
        return true;
    const int firstSunday = 1 + (7 - weekday(year, month, 1)) % 7;
    if (month == 3)
        return day >= firstSunday + 7;
    return day < firstSunday;
}

bool valid(const Parts& p)
{
    if (p.year < 1800 || p.year > 2200 || p.month < 1 || p.month > 12 || p.day < 1
        || p.day > daysInMonth(p.year, p.month))
        return false;
    if (p.hour >= 0 && (p.hour > 23 || p.minute < 0 || p.minute > 59 || p.second < 0 || p.second > 60))
        return false;
    return true;
}

std::string format(Parts p)
{
    char buffer[64];
    if (p.hour < 0) {
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", p.year, p.month, p.day);
        return buffer;
    }
    std::string out;
    if (p.second > 0)
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d", p.year, p.month, p.day, p.hour, p.minute,
                      p.second);
    else
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d", p.year, p.month, p.day, p.hour, p.minute);
    out = buffer;
    if (p.usZoneStandard != 0)
        p.offsetMinutes = (p.usZoneStandard + (inUsDaylightTime(p.year, p.month, p.day) ? 1 : 0)) * 60;
    if (p.offsetMinutes) {
        const int offset = *p.offsetMinutes;
        const int magnitude = offset < 0 ? -offset : offset;
        std::snprintf(buffer, sizeof buffer, "%c%02d:%02d", offset < 0 ? '-' : '+', magnitude / 60, magnitude % 60);
        out += buffer;
    }
    return out;
}

// ---- tokens -------------------------------------------------------------------------------------------------

enum class Kind
{
    Number,
    Word,
    Symbol,
};

struct Token
{
    Kind kind;
    std::string text; ///< words lowercased
};

std::vector<Token> tokenize(std::string_view text)
{
    std::vector<Token> tokens;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (std::isdigit(c)) {
            std::size_t j = i;
            while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j])))
                ++j;
            tokens.push_back({ Kind::Number, std::string(text.substr(i, j - i)) });
            i = j;
        } else if (std::isalpha(c)) {
            std::string word;
            std::size_t j = i;
            while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j])))
                word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[j++])));
            tokens.push_back({ Kind::Word, word });
            i = j;
        } else if (text.substr(i, 3) == "\xE5\xB9\xB4" || text.substr(i, 3) == "\xE6\x9C\x88") {
            tokens.push_back({ Kind::Symbol, "-" }); // 年 and 月 in "2022年6月15日"
            i += 3;
        } else if (c == ' ' || c == ',' || c == '\t' || c >= 0x80) {
            ++i;
        } else {
            tokens.push_back({ Kind::Symbol, std::string(1, static_cast<char>(c)) });
            ++i;
        }
    }
    return tokens;
}

int monthFromWord(std::string_view word)
{
    static constexpr std::array<std::string_view, 12> names { "january",   "february", "march",    "april",
                                                              "may",       "june",     "july",     "august",
                                                              "september", "october",  "november", "december" };
    if (word.size() < 3)
        return 0;
    for (std::size_t m = 0; m < names.size(); ++m) {
        if (word == names[m]
            || (word.size() <= names[m].size() && names[m].substr(0, word.size()) == word
                && (word.size() == 3 || word == "sept")))
            return static_cast<int>(m) + 1;
    }
    return 0;
}

struct Zone
{
    std::string_view name;
    int offsetHours;
    bool usGeneric; ///< ET, CT, MT, PT: the offset depends on daylight saving time
};

const Zone* zoneFromWord(std::string_view word)
{
    static constexpr std::array<Zone, 22> zones { {
        { "z", 0, false },    { "gmt", 0, false },  { "utc", 0, false },  { "ut", 0, false },   { "est", -5, false },
        { "edt", -4, false }, { "cst", -6, false }, { "cdt", -5, false }, { "mst", -7, false }, { "mdt", -6, false },
        { "pst", -8, false }, { "pdt", -7, false }, { "et", -5, true },   { "ct", -6, true },   { "mt", -7, true },
        { "pt", -8, true },   { "bst", 1, false },  { "cet", 1, false },  { "cest", 2, false }, { "jst", 9, false },
        { "kst", 9, false },  { "hkt", 8, false },
    } };
    for (const auto& zone : zones) {
        if (zone.name == word)
            return &zone;
    }
    return nullptr;
}

bool isNumber(const std::vector<Token>& tokens, std::size_t i, std::size_t minDigits = 1, std::size_t maxDigits = 9)
{
    return i < tokens.size() && tokens[i].kind == Kind::Number && tokens[i].text.size() >= minDigits
        && tokens[i].text.size() <= maxDigits;
}

bool isSymbol(const std::vector<Token>& tokens, std::size_t i, char symbol)
{
    return i < tokens.size() && tokens[i].kind == Kind::Symbol && tokens[i].text[0] == symbol;
}

bool isWord(const std::vector<Token>& tokens, std::size_t i, std::string_view word)
{
    return i < tokens.size() && tokens[i].kind == Kind::Word && tokens[i].text == word;
}

int toInt(const Token& token)
{
    return std::stoi(token.text.substr(0, 9));
}

/// Reads "+0800", "+08:00", "-05", "+8" at i (the sign included); advances i.
std::optional<int> readNumericOffset(const std::vector<Token>& tokens, std::size_t& i)
{
    if (!(isSymbol(tokens, i, '+') || isSymbol(tokens, i, '-')) || !isNumber(tokens, i + 1, 1, 4))
        return std::nullopt;
    const int sign = tokens[i].text[0] == '-' ? -1 : 1;
    const std::string& digits = tokens[i + 1].text;
    int hours = 0;
    int minutes = 0;
    std::size_t next = i + 2;
    if (digits.size() <= 2) {
        hours = std::stoi(digits);
        if (isSymbol(tokens, next, ':') && isNumber(tokens, next + 1, 2, 2)) {
            minutes = toInt(tokens[next + 1]);
            next += 2;
        }
    } else if (digits.size() == 4) {
        hours = std::stoi(digits.substr(0, 2));
        minutes = std::stoi(digits.substr(2));
    } else {
        return std::nullopt;
    }
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    i = next;
    return sign * (hours * 60 + minutes);
}

/// Reads a time ("18:04", "18:04:00.123", "6:04 p.m.", "6 pm") and a zone after it; advances i.
bool readTime(const std::vector<Token>& tokens, std::size_t& i, Parts& parts)
{
    std::size_t j = i;
    if (!isNumber(tokens, j, 1, 2))
        return false;
    const int hour = toInt(tokens[j]);
    int minute = 0;
    int second = 0;
    ++j;
    bool hasMinutes = false;
    if ((isSymbol(tokens, j, ':') || isSymbol(tokens, j, '.')) && isNumber(tokens, j + 1, 2, 2)) {
        minute = toInt(tokens[j + 1]);
        hasMinutes = true;
        j += 2;
        if (isSymbol(tokens, j, ':') && isNumber(tokens, j + 1, 2, 2)) {
            second = toInt(tokens[j + 1]);
            j += 2;
            if (isSymbol(tokens, j, '.') && isNumber(tokens, j + 1))
                j += 2; // fractions of a second
        }
    }
    int adjusted = hour;
    // "p.m." tokenises as p . m .
    auto meridiem = [&](std::size_t k, std::size_t& length) -> char {
        if (isWord(tokens, k, "am") || isWord(tokens, k, "pm")) {
            length = 1;
            return tokens[k].text[0];
        }
        if ((isWord(tokens, k, "a") || isWord(tokens, k, "p")) && isSymbol(tokens, k + 1, '.')
            && isWord(tokens, k + 2, "m")) {
            length = isSymbol(tokens, k + 3, '.') ? 4 : 3;
            return tokens[k].text[0];
        }
        return 0;
    };
    std::size_t length = 0;
    if (const char m = meridiem(j, length)) {
        if (hour < 1 || hour > 12)
            return false;
        adjusted = hour % 12 + (m == 'p' ? 12 : 0);
        j += length;
    } else if (!hasMinutes) {
        return false;
    }
    parts.hour = adjusted;
    parts.minute = minute;
    parts.second = second;
    // a zone: Z, GMT, GMT+8, UTC+08:00, +0800, EST, ET, (ET)
    if (isSymbol(tokens, j, '('))
        ++j;
    if (j < tokens.size() && tokens[j].kind == Kind::Word) {
        if (const Zone* zone = zoneFromWord(tokens[j].text)) {
            ++j;
            if (zone->usGeneric) {
                parts.usZoneStandard = zone->offsetHours;
            } else {
                parts.offsetMinutes = zone->offsetHours * 60;
                if (zone->offsetHours == 0) {
                    if (auto offset = readNumericOffset(tokens, j))
                        parts.offsetMinutes = *offset;
                }
            }
        }
    } else if (auto offset = readNumericOffset(tokens, j)) {
        parts.offsetMinutes = *offset;
    }
    i = j;
    return true;
}

/// ISO 8601 and its basic form: 2022-06-15, 2022-06-15T18:04:00+08:00, 20220615T180400+0800, 2022/06/15.
std::optional<Parts> parseNumericYearFirst(const std::vector<Token>& tokens)
{
    Parts parts;
    std::size_t i = 0;
    if (isNumber(tokens, 0, 8, 8)) {
        const std::string& d = tokens[0].text;
        parts.year = std::stoi(d.substr(0, 4));
        parts.month = std::stoi(d.substr(4, 2));
        parts.day = std::stoi(d.substr(6, 2));
        i = 1;
        if (isWord(tokens, 1, "t") && isNumber(tokens, 2, 4, 6)) {
            const std::string& t = tokens[2].text;
            parts.hour = std::stoi(t.substr(0, 2));
            parts.minute = std::stoi(t.substr(2, 2));
            parts.second = t.size() == 6 ? std::stoi(t.substr(4, 2)) : 0;
            i = 3;
            if (isWord(tokens, i, "z")) {
                parts.offsetMinutes = 0;
                ++i;
            } else if (auto offset = readNumericOffset(tokens, i)) {
                parts.offsetMinutes = *offset;
            }
        }
        return parts;
    }
    if (!isNumber(tokens, 0, 4, 4))
        return std::nullopt;
    const bool dash = isSymbol(tokens, 1, '-');
    if (!(dash || isSymbol(tokens, 1, '/') || isSymbol(tokens, 1, '.')) || !isNumber(tokens, 2, 1, 2)
        || !isSymbol(tokens, 3, tokens[1].text[0]) || !isNumber(tokens, 4, 1, 2))
        return std::nullopt;
    parts.year = toInt(tokens[0]);
    parts.month = toInt(tokens[2]);
    parts.day = toInt(tokens[4]);
    i = 5;
    // "T18:04" tokenises as the word "t18"? No: letters and digits split, so "T" then "18".
    if (isWord(tokens, i, "t"))
        ++i;
    Parts withTime = parts;
    std::size_t j = i;
    if (readTime(tokens, j, withTime))
        return withTime;
    return parts;
}

/// Dates with a month name or day-first numbers: "Wed, 15 Jun 2022 18:04:00 +0800", "Jun 15, 2022 06:04 PM",
/// "June 15, 2022 6:04 p.m. ET", "15 June 2022", "15.06.2022", "15/06/2022".
std::optional<Parts> parseGeneral(const std::vector<Token>& tokens)
{
    Parts parts;
    bool haveTime = false;
    std::vector<int> numbers;
    for (std::size_t i = 0; i < tokens.size();) {
        const Token& token = tokens[i];
        if (token.kind == Kind::Word) {
            if (const int month = monthFromWord(token.text); month && !parts.month) {
                parts.month = month;
                ++i;
                if (isSymbol(tokens, i, '.'))
                    ++i;
                continue;
            }
            ++i; // weekdays, "published", ordinal suffixes, "at", "on"
            continue;
        }
        if (token.kind == Kind::Number) {
            // day-first numeric date: 15.06.2022 or 15/06/2022
            if (!parts.month && isNumber(tokens, i, 1, 2)
                && (isSymbol(tokens, i + 1, '.') || isSymbol(tokens, i + 1, '/') || isSymbol(tokens, i + 1, '-'))
                && isNumber(tokens, i + 2, 1, 2) && isSymbol(tokens, i + 3, tokens[i + 1].text[0])
                && isNumber(tokens, i + 4, 4, 4)) {
                parts.day = toInt(tokens[i]);
                parts.month = toInt(tokens[i + 2]);
                parts.year = toInt(tokens[i + 4]);
                // with slashes, 06/15/2022 is month first (US); with dots, always day first
                if (tokens[i + 1].text[0] == '/' && (parts.month > 12 || parts.day <= 12))
                    std::swap(parts.day, parts.month);
                i += 5;
                continue;
            }
            if (!haveTime && parts.month && (numbers.size() >= 2 || parts.year) && isNumber(tokens, i, 1, 2)) {
                std::size_t j = i;
                if (readTime(tokens, j, parts)) {
                    haveTime = true;
                    i = j;
                    continue;
                }
            }
            if (!haveTime && isNumber(tokens, i, 1, 2)
                && (isSymbol(tokens, i + 1, ':') || isSymbol(tokens, i + 1, '.'))) {
                std::size_t j = i;
                if (readTime(tokens, j, parts)) {
                    haveTime = true;
                    i = j;
                    continue;
                }
            }
            if (token.text.size() == 4 && !parts.year)
                parts.year = toInt(token);
            else if (token.text.size() <= 2)
                numbers.push_back(toInt(token));
            ++i;
            continue;
        }
        if ((token.text[0] == '+' || token.text[0] == '-') && haveTime && !parts.offsetMinutes) {
            std::size_t j = i;
            if (auto offset = readNumericOffset(tokens, j)) {
                parts.offsetMinutes = *offset;
                i = j;
                continue;
            }
        }
        ++i;
    }
    if (!parts.day) {
        if (numbers.empty())
            return std::nullopt;
        parts.day = numbers.front();
    }
    if (!parts.year || !parts.month)
        return std::nullopt;
    return parts;
}

} // namespace

std::optional<std::string> parseDateTime(std::string_view text)
{
    if (text.size() > 200)
        text = text.substr(0, 200);
    const std::vector<Token> tokens = tokenize(text);
    if (tokens.empty())
        return std::nullopt;
    std::optional<Parts> parts = parseNumericYearFirst(tokens);
    if (!parts)
        parts = parseGeneral(tokens);
    if (!parts || !valid(*parts))
        return std::nullopt;
    return format(*parts);
}

} // namespace sayline::ingest
