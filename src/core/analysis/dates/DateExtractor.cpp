// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateExtractor.h"

#include <cstdlib>

#include "ChineseDatePatterns.h"
#include "DatePatterns.h"
#include "DurationPatterns.h"
#include "RelativePatterns.h"
#include "TimeLexicon.h"
#include "TimePatterns.h"
#include "TimeScanner.h"
#include "TimexContext.h"
#include "TimexNormalizer.h"
#include "analysis/lexicon/Lexicons.h"
#include "analysis/text/Document.h"

namespace sayline::analysis {
namespace {

/// The token after a modifier that keeps the value of what follows: "early", "mid-", "later", "the end of".
int afterModifier(const TimexContext& ctx, int i)
{
    if (ctx.isAny(i, { u"early", u"late", u"mid", u"earlier", u"later" })) {
        if (ctx.isHyphen(i + 1) && ctx.glued(i + 1))
            return i + 2;
        return i + 1;
    }
    if (ctx.is(i, u"the") && ctx.is(i + 1, ContextWord::PeriodPart) && ctx.is(i + 2, u"of"))
        return i + 3;
    return i;
}

bool isDayValue(const std::string& value)
{
    return value.size() == 10 && value[4] == '-' && value[7] == '-' && value.find('W') == std::string::npos;
}

/// Dates for times of day that name none: a day in the same sentence, else the last day mentioned, else the
/// reference date.
void anchorTimes(std::vector<TimexMatch>& matches, const std::vector<TimeToken>& tokens,
                 const TimexNormalizer& normalizer)
{
    for (std::size_t m = 0; m < matches.size(); ++m) {
        TimexMatch& time = matches[m];
        if (!time.value.empty())
            continue;
        const int sentence = tokens[static_cast<std::size_t>(time.first)].sentence;
        const TimexMatch* anchor = nullptr;
        int bestDistance = 0;
        for (std::size_t k = 0; k < matches.size(); ++k) {
            const TimexMatch& other = matches[k];
            if (k == m || !isDayValue(other.value))
                continue;
            // ICU may end a sentence after "a.m.": a day right after the time still counts as its own
            const bool same = tokens[static_cast<std::size_t>(other.first)].sentence == sentence
                || (k > m && other.first - time.end <= 3);
            if (!same && k > m)
                continue;
            const int distance = same ? std::abs(other.first - time.first) : 100000 + (time.first - other.first);
            if (!anchor || distance < bestDistance) {
                anchor = &other;
                bestDistance = distance;
            }
        }
        time.value = (anchor ? anchor->value : normalizer.dayOffset(0)) + time.timeOfDay;
    }
}

} // namespace

DateExtractor::DateExtractor(const Lexicons& lexicons)
    : m_lexicon(std::make_unique<TimeLexicon>(lexicons))
{
}

DateExtractor::~DateExtractor() = default;

std::vector<DateRecord> DateExtractor::extract(const Document& document,
                                               const std::optional<std::string>& referenceDate) const
{
    const std::optional<CivilDate> reference = referenceDate ? calendar::parseIsoDate(*referenceDate) : std::nullopt;
    const TimexNormalizer normalizer(reference);
    const std::vector<TimeToken> tokens = scanTimeTokens(document);
    TimexContext ctx(tokens, *m_lexicon, normalizer);
    const DatePatterns datePatterns(ctx);
    const RelativePatterns relativePatterns(ctx);
    const DurationPatterns durationPatterns(ctx);
    const TimePatterns timePatterns(ctx);
    const ChineseDatePatterns chinesePatterns(ctx);

    auto longest = [&](int i) {
        std::optional<TimexMatch> best = datePatterns.match(i);
        for (std::optional<TimexMatch> candidate : { relativePatterns.match(i), durationPatterns.match(i),
                                                     timePatterns.match(i), chinesePatterns.match(i) }) {
            if (candidate && (!best || candidate->end > best->end))
                best = std::move(candidate);
        }
        return best;
    };

    std::vector<TimexMatch> matches;
    const int count = ctx.size();
    int i = 0;
    while (i < count) {
        std::optional<TimexMatch> match = longest(i);
        if (const int inner = afterModifier(ctx, i); inner > i && inner < count) {
            std::optional<TimexMatch> modified = longest(inner);
            if (modified && modified->type != "duration" && modified->type != "set"
                && (!match || modified->end > match->end)) {
                modified->first = i;
                match = std::move(modified);
            }
        }
        if (!match) {
            ++i;
            continue;
        }
        if (match->type == "date" && !match->value.empty() && match->value[0] >= '0' && match->value[0] <= '9') {
            ctx.lastDate = match->value;
            if (const auto day = calendar::parseIsoDate(match->value); day && match->value.size() == 10)
                ctx.lastDay = day;
        }
        i = match->end;
        matches.push_back(std::move(*match));
    }
    anchorTimes(matches, tokens, normalizer);

    std::vector<DateRecord> records;
    records.reserve(matches.size());
    for (const TimexMatch& match : matches) {
        records.push_back({ tokens[static_cast<std::size_t>(match.first)].start,
                            tokens[static_cast<std::size_t>(match.end - 1)].end, match.type, match.value });
    }
    return records;
}

} // namespace sayline::analysis
