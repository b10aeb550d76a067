// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

namespace sayline {

/// What kind of failure an Error reports; front ends map these to messages and exit codes.
enum class ErrorCode
{
    Io,            ///< a file could not be read or written
    TooLarge,      ///< the input exceeds the size limit
    Malformed,     ///< the input could not be parsed
    Unsupported,   ///< the format or feature is not supported
    Encoding,      ///< the bytes could not be decoded
    Database,      ///< SQLite reported a failure
    Usage,         ///< bad arguments from the caller
    NotFound,      ///< a requested record does not exist
    Cancelled,     ///< the user cancelled the work
    Conflict,      ///< the library changed under an edit (undo after a re-analysis, two users at once)
    Internal,
};

/// The one exception type thrown inside core; the message names the file or the cause.
class Error : public std::runtime_error
{
public:
    Error(ErrorCode code, const std::string& message)
        : std::runtime_error(message)
        , m_code(code)
    {
    }

    ErrorCode code() const noexcept { return m_code; }

private:
    ErrorCode m_code;
};

} // namespace sayline
