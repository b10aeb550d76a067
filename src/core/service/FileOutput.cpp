// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileOutput.h"

#include <QFile>
#include <QSaveFile>

#include "model/Error.h"

namespace sayline::service {
namespace {

namespace fs = std::filesystem;

QString qtPath(const fs::path& file)
{
    return QFile::decodeName(file.c_str());
}

void writeAll(QFileDevice& out, std::string_view bytes, const fs::path& file)
{
    qint64 done = 0;
    const auto size = static_cast<qint64>(bytes.size());
    while (done < size) {
        const qint64 written = out.write(bytes.data() + done, size - done);
        if (written <= 0)
            throw Error(ErrorCode::Io, "could not write " + file.string() + ": " + out.errorString().toStdString());
        done += written;
    }
}

void writeInPlace(const fs::path& file, std::string_view bytes)
{
    QFile out(qtPath(file));
    if (!out.open(QIODevice::WriteOnly))
        throw Error(ErrorCode::Io, "cannot write " + file.string() + ": " + out.errorString().toStdString());
    writeAll(out, bytes, file);
    if (!out.flush())
        throw Error(ErrorCode::Io, "could not write " + file.string() + ": " + out.errorString().toStdString());
    out.close();
    if (out.error() != QFileDevice::NoError)
        throw Error(ErrorCode::Io, "could not write " + file.string() + ": " + out.errorString().toStdString());
}

bool sameFile(const fs::path& a, const fs::path& b)
{
    std::error_code error;
    return fs::equivalent(a, b, error) && !error;
}

fs::path folderOf(const fs::path& file)
{
    return file.has_parent_path() ? file.parent_path() : fs::path(".");
}

/// The same file, or (for a file that does not exist yet) the same name in the same folder.
bool sameEntry(const fs::path& output, const fs::path& file)
{
    return sameFile(output, file)
        || (output.filename() == file.filename() && sameFile(folderOf(output), folderOf(file)));
}

} // namespace

void writeFileAtomically(const fs::path& file, std::string_view bytes)
{
    std::error_code error;
    const fs::file_status status = fs::status(file, error);
    if (fs::exists(status) && !fs::is_regular_file(status)) {
        if (fs::is_directory(status))
            throw Error(ErrorCode::Io, "cannot write " + file.string() + ": it is a folder");
        writeInPlace(file, bytes);
        return;
    }
    QSaveFile out(qtPath(file));
    if (!out.open(QIODevice::WriteOnly))
        throw Error(ErrorCode::Io, "cannot write " + file.string() + ": " + out.errorString().toStdString());
    try {
        writeAll(out, bytes, file);
    } catch (...) {
        out.cancelWriting();
        throw;
    }
    if (!out.commit())
        throw Error(ErrorCode::Io,
                    "could not finish writing " + file.string() + ": " + out.errorString().toStdString());
}

void refuseLibraryFile(const fs::path& output, const fs::path& library)
{
    std::vector<fs::path> libraries { library };
    std::error_code error;
    const fs::path resolved = fs::canonical(library, error);
    if (!error && resolved != library)
        libraries.push_back(resolved);
    for (const fs::path& base : libraries) {
        for (const char* suffix : { "", "-wal", "-shm", "-journal" }) {
            fs::path file = base;
            file += suffix;
            if (sameEntry(output, file))
                throw Error(ErrorCode::Usage,
                            "refusing to write the export over " + file.string()
                                + (*suffix ? ", a file of the library" : ", the library itself"));
        }
    }
}

} // namespace sayline::service
