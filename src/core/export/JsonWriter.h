// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sayline::exporting {

/// A small streaming JSON writer (compact output, UTF-8, RFC 8259 escaping). The caller keeps the
/// structure balanced; keys are written in the order given.
class JsonWriter
{
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
    JsonWriter& value(const std::optional<std::string>& text);
    JsonWriter& value(long long number);
    JsonWriter& value(int number) { return value(static_cast<long long>(number)); }
    JsonWriter& value(double number);
    JsonWriter& value(bool flag);
    JsonWriter& null();
    JsonWriter& stringArray(const std::vector<std::string>& items);

    const std::string& str() const { return m_out; }

    /// text as a JSON string literal, quotes included.
    static std::string quote(std::string_view text);

private:
    void separate();

    std::string m_out;
    bool m_needComma = false;
};

} // namespace sayline::exporting
