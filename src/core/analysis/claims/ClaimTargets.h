// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "analysis/entities/MentionSpans.h"

namespace sayline::analysis {

/// The entities a statement is about: those mentioned inside its content [start, end), the speaker left out;
/// most mentioned first, then first seen. Shared by the claims stages of every language; spans indexes the
/// entities' mentions by position once per document, so each statement visits only the mentions inside it.
std::vector<int> entitiesInside(const MentionSpans& spans, int start, int end, int speaker);

} // namespace sayline::analysis
