// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

#include "Span.h"

namespace sayline::model {

enum class DateType
{
    Date,
    Time,
    Duration,
    Set,
};

const char* toString(DateType type);
std::optional<DateType> dateTypeFromString(const std::string& text);

/// A temporal expression in the body with its TIMEX3 value ("2022-06-15", "P3Y", "PRESENT_REF").
struct DateMention
{
    std::string text; ///< exactly body[span]
    Span span;
    DateType type = DateType::Date;
    std::string value;
};

} // namespace sayline::model
