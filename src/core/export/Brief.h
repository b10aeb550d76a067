// SPDX-License-Identifier: GPL-3.0-or-later
// The one-page brief on top of a summary or dossier: who spoke how often, what they claimed against whom, what
// the texts mention most, the dates they refer to, and the claims over time.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "SummaryDocument.h"
#include "Timeline.h"

namespace sayline::exporting {

struct NameCount
{
    std::string name;
    int count = 0;
};

struct SpeakerTally
{
    std::string name;
    int total = 0;
    int direct = 0;
    int indirect = 0;
    int mixed = 0;
};

/// A kind of claim and whom it is about (the statements' "about" targets, most frequent first).
struct ClaimTally
{
    model::ClaimType type = model::ClaimType::Assertion;
    int count = 0;
    std::vector<NameCount> targets;
};

/// A date the texts refer to: its normalised value, as first written, and how often.
struct DateReference
{
    std::string value;
    std::string text;
    int count = 0;
};

struct Brief
{
    std::string scope; ///< "1 article · 10 statements", "34 statements in 12 articles · 2007-01-12 to 2010-08-09"
    std::vector<SpeakerTally> speakers; ///< most statements first
    int moreSpeakers = 0; ///< speakers left out of the list
    std::vector<ClaimTally> claims; ///< most frequent first
    std::vector<NameCount> organizations; ///< most mentioned first
    std::vector<NameCount> places;
    std::vector<DateReference> dates; ///< in date order
    int moreDates = 0; ///< dates left out of the list
    std::optional<Timeline> timeline; ///< when the statements fall on two days or more
};

/// The brief of a summary: everything its articles say, mention and refer to.
Brief briefOf(const SummaryDocument& document);
/// The brief of a dossier: the speaker's statements and what they mention inside them.
Brief briefOf(const Dossier& dossier);

} // namespace sayline::exporting
