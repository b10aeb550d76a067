// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>

namespace sayline::model {

/// A half-open range [start, end) of Unicode code point indices into an article body.
struct Span
{
    int start = 0;
    int end = 0;

    int length() const { return end - start; }
    bool contains(int offset) const { return offset >= start && offset < end; }
    bool overlaps(const Span& other) const { return start < other.end && other.start < end; }
    auto operator<=>(const Span&) const = default;
};

} // namespace sayline::model
