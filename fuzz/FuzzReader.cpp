// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for one reader (SAYLINE_FUZZ_FORMAT, e.g. sayline::ingest::Format::Html): arbitrary bytes
// through that reader and the shared normalisation, no sniffing and no analysis, so a short run spends its
// time inside the reader. Errors are fine; crashes, hangs, leaks and sanitizer reports are not.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/ArticleReader.h"
#include "model/Error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        (void)sayline::ingest::readInputFromBytes(bytes, SAYLINE_FUZZ_NAME, SAYLINE_FUZZ_FORMAT);
    } catch (const sayline::Error&) {
        // A clear error is the right answer for bad input.
    }
    return 0;
}
