// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sayline::exporting {

/// Writes a compact JSON document into one buffer in the order of the calls: UTF-8 as it is, RFC 8259 escaping,
/// invalid UTF-8 as U+FFFD, byte for byte what nlohmann/json's dump(-1, replace) writes for the same document
/// (the analysis contract's output predates this writer). Keys keep the order given; the caller keeps the
/// structure balanced and writes each key of an object once.
class JsonWriter
{
public:
    JsonWriter() = default;
    /// Writes after what out already holds (which is not part of the document).
    explicit JsonWriter(std::string out);
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

    /// Room for this many bytes of output, to spare the buffer's regrowth.
    void reserve(std::size_t bytes) { m_out.reserve(bytes); }
    /// The document written so far, compact ("null" when nothing was written).
    std::string str() const;
    /// The buffer (what it held before, then the document), moved out; the writer is empty afterwards.
    std::string take();

    /// text as a JSON string literal, quotes included.
    static std::string quote(std::string_view text);
    /// Appends text as a JSON string literal, quotes included.
    static void appendQuoted(std::string& out, std::string_view text);

private:
    /// Writes the separator a new value needs where the document expects one.
    void beforeValue();

    std::string m_out;
    std::size_t m_start = 0; ///< where the document begins in m_out
    std::vector<bool> m_hasMembers; ///< per open object or array: whether something was written in it
    bool m_afterKey = false;
};

} // namespace sayline::exporting
