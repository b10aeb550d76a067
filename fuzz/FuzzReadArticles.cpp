// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: every reader and the whole analysis must survive any bytes (errors are fine, crashes
// and hangs are not). Build with clang: cmake -DSAYLINE_BUILD_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "analysis/Analyzer.h"
#include "ingest/ArticleReader.h"
#include "model/Error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const sayline::analysis::Analyzer analyzer;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        for (auto& article : sayline::ingest::readArticlesFromBytes(bytes, "fuzz-input"))
            (void)analyzer.analyse(std::move(article));
    } catch (const sayline::Error&) {
        // A clear error is the right answer for bad input.
    }
    return 0;
}
