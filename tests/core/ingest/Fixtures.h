// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace sayline::test {

inline std::filesystem::path ingestFixture(const std::string& name)
{
    return std::filesystem::path(SAYLINE_TEST_DATA) / "ingest" / name;
}

inline std::string readIngestFixture(const std::string& name)
{
    std::ifstream in(ingestFixture(name), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

inline bool contains(const std::string& haystack, const std::string& needle)
{
    return haystack.find(needle) != std::string::npos;
}

} // namespace sayline::test
