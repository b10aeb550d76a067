// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateExtractor.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "ChineseDatePatterns.h"
#include "DatePatterns.h"
#include "DurationPatterns.h"
#include "RelativePatterns.h"
#include "TimeAnchors.h"
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
    if (!ctx.isWord(i)) // both kinds of modifier start with a word
        return i;
    if (ctx.isAny(i, { u"early", u"late", u"mid", u"earlier", u"later" })) {
        if (ctx.isHyphen(i + 1) && ctx.glued(i + 1))
            return i + 2;
        return i + 1;
    }
    if (ctx.is(i, u"the") && ctx.is(i + 1, ContextWord::PeriodPart) && ctx.is(i + 2, u"of"))
        return i + 3;
    return i;
}

/// Whether an English pattern may start at token i. Every English pattern (DatePatterns, RelativePatterns,
/// DurationPatterns, TimePatterns) starts at a number, at punctuation, at a word some time lexicon lists
/// (TimexContext::entry: months, weekdays, number and ordinal words, units, seasons, parts of the day, set and
/// relative words, phrases), or at one of the words they test literally (en-time-pattern-openers); every other word
/// (most of a text) starts none, so it is classified here once instead of in each of some twenty patterns. A
/// pattern that opens with a new literal word adds it to that lexicon.
bool mayStartEnglish(const TimexContext& ctx, int i)
{
    // Numbers, punctuation and any word a time lexicon lists, including the literal openers of
    // en-time-pattern-openers.
    return !ctx.isWord(i) || ctx.entry(i);
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
        std::optional<TimexMatch> best;
        auto consider = [&best](std::optional<TimexMatch> candidate) {
            if (candidate && (!best || candidate->end > best->end))
                best = std::move(candidate);
        };
        if (mayStartEnglish(ctx, i)) {
            consider(datePatterns.match(i));
            consider(relativePatterns.match(i));
            consider(durationPatterns.match(i));
            consider(timePatterns.match(i));
        }
        consider(chinesePatterns.match(i));
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
