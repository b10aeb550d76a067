// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputBytes.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

#include "model/Error.h"

namespace sayline::ingest {
namespace {

/// An open file descriptor, closed on destruction.
class FileDescriptor
{
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    {
    }
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;

    int get() const { return m_fd; }

private:
    int m_fd;
};

[[noreturn]] void throwCannotRead(const std::string& reason)
{
    throw Error(ErrorCode::Io, "cannot read file: " + reason);
}

std::string tooLargeMessage(std::size_t limit)
{
    return "file is larger than " + std::to_string(limit / (1024 * 1024)) + " MB";
}

/// Why a file of this type is no article, or nullptr for the types that are read.
const char* refusedType(mode_t mode)
{
    if (S_ISREG(mode) || S_ISFIFO(mode))
        return nullptr;
    if (S_ISDIR(mode))
        return "is a directory";
    if (S_ISCHR(mode))
        return "is a device, not a file";
    if (S_ISBLK(mode))
        return "is a block device, not a file";
    if (S_ISSOCK(mode))
        return "is a socket, not a file";
    return "not a regular file";
}

} // namespace

std::string readInputBytes(const std::filesystem::path& file, std::size_t limit)
{
    // O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer (and a device is not woken).
    const FileDescriptor fd(::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0)
        throwCannotRead(std::strerror(errno));
    struct stat status
    {
    };
    if (::fstat(fd.get(), &status) != 0)
        throwCannotRead(std::strerror(errno));
    if (const char* refused = refusedType(status.st_mode))
        throwCannotRead(refused);
    if (S_ISREG(status.st_mode) && static_cast<std::uintmax_t>(status.st_size) > limit)
        throw Error(ErrorCode::TooLarge, tooLargeMessage(limit));
    // Blocking reads from here: a FIFO whose writer is connected delivers everything; one without writers ends.
    const int flags = ::fcntl(fd.get(), F_GETFL);
    if (flags < 0 || ::fcntl(fd.get(), F_SETFL, flags & ~O_NONBLOCK) != 0)
        throwCannotRead(std::strerror(errno));

    std::string bytes;
    if (S_ISREG(status.st_mode))
        bytes.reserve(static_cast<std::size_t>(status.st_size));
    std::array<char, 64 * 1024> buffer {};
    while (true) {
        const ssize_t count = ::read(fd.get(), buffer.data(), buffer.size());
        if (count < 0) {
            if (errno == EINTR)
                continue;
            throwCannotRead(std::strerror(errno));
        }
        if (count == 0)
            break;
        bytes.append(buffer.data(), static_cast<std::size_t>(count));
        if (bytes.size() > limit)
            throw Error(ErrorCode::TooLarge, tooLargeMessage(limit));
    }
    return bytes;
}

} // namespace sayline::ingest
