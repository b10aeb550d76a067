// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sayline::exporting {

/// Builds a JSON document in the order of the calls and writes it with nlohmann/json (compact, UTF-8, RFC 8259
/// escaping; invalid UTF-8 becomes U+FFFD). Keys keep the order given (nlohmann::ordered_json), which the
/// analysis contract fixes. The caller keeps the structure balanced.
class JsonWriter
{
public:
    JsonWriter();
    ~JsonWriter();
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

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
    JsonWriter& value(double number); ///< the shortest form that reads back the same; null when not finite
    JsonWriter& value(bool flag);
    JsonWriter& null();
    JsonWriter& stringArray(const std::vector<std::string>& items);

    /// The document written so far, compact.
    std::string str() const;

    /// text as a JSON string literal, quotes included.
    static std::string quote(std::string_view text);

private:
    /// Puts a value where the document expects one: the root, the next array item or the last key's member.
    nlohmann::ordered_json& place(nlohmann::ordered_json&& value);

    std::unique_ptr<nlohmann::ordered_json> m_root;
    std::vector<nlohmann::ordered_json*> m_open; ///< the objects and arrays begun and not yet ended
    std::string m_key;
};

} // namespace sayline::exporting
