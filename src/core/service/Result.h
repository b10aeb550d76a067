// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <exception>
#include <new>
#include <optional>
#include <string>
#include <utility>

#include "model/Error.h"

namespace sayline::service {

/// A value or the reason there is none: what service functions hand to the front ends instead of throwing.
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    static Result failure(ErrorCode code, std::string message)
    {
        Result result;
        result.m_code = code;
        result.m_error = std::move(message);
        return result;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const T* operator->() const { return &*m_value; }
    const std::string& error() const { return m_error; }
    ErrorCode code() const { return m_code; }

private:
    Result() = default;

    std::optional<T> m_value;
    ErrorCode m_code = ErrorCode::Internal;
    std::string m_error;
};

/// The result of a service call that returns nothing.
struct Done
{
};

/// Runs work and turns sayline::Error (and any other exception) into a failed Result.
template <typename Work> auto capture(Work&& work) -> Result<decltype(work())>
{
    using Value = decltype(work());
    try {
        return Result<Value>(work());
    } catch (const Error& error) {
        return Result<Value>::failure(error.code(), error.what());
    } catch (const std::bad_alloc&) {
        return Result<Value>::failure(ErrorCode::Internal, "out of memory");
    } catch (const std::exception& error) {
        return Result<Value>::failure(ErrorCode::Internal, error.what());
    }
}

} // namespace sayline::service
