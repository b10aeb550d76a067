// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace sayline::exporting {
namespace {

using Json = nlohmann::ordered_json;

std::string dump(const Json& json)
{
    return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace

JsonWriter::JsonWriter()
    : m_root(std::make_unique<Json>())
{
}

JsonWriter::~JsonWriter() = default;

Json& JsonWriter::place(Json&& value)
{
    if (m_open.empty())
        return *m_root = std::move(value);
    Json& container = *m_open.back();
    if (container.is_array()) {
        container.push_back(std::move(value));
        return container.back();
    }
    // ordered_json's operator[] appends a new key at the end (and replaces a repeated one in place).
    return container[m_key] = std::move(value);
}

JsonWriter& JsonWriter::beginObject()
{
    m_open.push_back(&place(Json::object()));
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    m_open.pop_back();
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    m_open.push_back(&place(Json::array()));
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    m_open.pop_back();
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name)
{
    m_key.assign(name);
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text)
{
    place(Json(text));
    return *this;
}

JsonWriter& JsonWriter::value(const std::optional<std::string>& text)
{
    return text ? value(std::string_view(*text)) : null();
}

JsonWriter& JsonWriter::value(long long number)
{
    place(Json(number));
    return *this;
}

JsonWriter& JsonWriter::value(double number)
{
    place(std::isfinite(number) ? Json(number) : Json());
    return *this;
}

JsonWriter& JsonWriter::value(bool flag)
{
    place(Json(flag));
    return *this;
}

JsonWriter& JsonWriter::null()
{
    place(Json());
    return *this;
}

JsonWriter& JsonWriter::stringArray(const std::vector<std::string>& items)
{
    place(Json(items));
    return *this;
}

std::string JsonWriter::str() const
{
    return dump(*m_root);
}

std::string JsonWriter::quote(std::string_view text)
{
    return dump(Json(text));
}

} // namespace sayline::exporting
