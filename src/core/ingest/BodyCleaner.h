// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sayline::ingest {

struct CleanedBody
{
    std::vector<std::string> paragraphs;
    std::optional<std::string> signOff; ///< a trailing publisher line ("Global Times"), removed from the body
};

struct CleanOptions
{
    bool detectSignOff = true; ///< take a short trailing name line as the publisher sign-off
};

/// The one body-cleaning path every reader shares: normalises whitespace and non-breaking spaces, drops empty
/// paragraphs, photo captions and credits ("Cyberattacks Photo: VCG") and their duplicates, and splits off a
/// trailing sign-off.
CleanedBody cleanBody(std::vector<std::string> paragraphs, const CleanOptions& options = {});

/// Collapses runs of whitespace (including U+00A0 and other Unicode spaces) to one space and trims.
std::string normalizeWhitespace(std::string_view utf8);
/// Whether normalizeWhitespace(utf8) is empty (only spaces and invisible characters), without building it.
bool isBlankText(std::string_view utf8);

} // namespace sayline::ingest
