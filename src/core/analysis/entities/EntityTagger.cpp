// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityTagger.h"

#include <algorithm>
#include <limits>
#include <utility>

#include "NameTokens.h"
#include "analysis/lexicon/EmbeddedResources.h"
#include "analysis/text/Document.h"
#include "model/Error.h"

namespace sayline::analysis {
namespace {

TaggerModel compiledInModel()
{
    const std::string_view bytes = embeddedResource(EntityTagger::kModelResource);
    if (bytes.empty())
        throw Error(ErrorCode::Internal,
                    std::string("entity tagger model not compiled in: ") + EntityTagger::kModelResource);
    return TaggerModel::fromBytes(bytes);
}

/// Scores of every tag of every token of [first, end) (a sentence, or the sentences a name runs across).
std::vector<int> emissions(const TaggerModel& model, const TokenFeatures& features, int first, int end)
{
    std::vector<int> scores(static_cast<std::size_t>(end - first) * kNameTagCount, 0);
    for (int i = first; i < end; ++i) {
        model.addEmissions(features.of(i),
                           std::span<int, kNameTagCount>(
                               scores.data() + static_cast<std::size_t>(i - first) * kNameTagCount, kNameTagCount));
    }
    return scores;
}

std::vector<int> emissions(const TaggerModel& model, const TokenFeatures& features, const Sentence& sentence)
{
    return emissions(model, features, sentence.firstToken, sentence.endToken);
}

constexpr long long kImpossible = std::numeric_limits<long long>::min() / 4;

/// The score of tokens [first, end) (sentence-relative) tagged as one name of `type`, between the tags around
/// it.
long long spanScore(const TaggerModel& model, std::span<const int> scores, const std::vector<NameTag>& tags, int first,
                    int end, model::EntityType type)
{
    const NameTag begin = beginTag(type);
    const NameTag inside = insideTag(type);
    const std::optional<NameTag> before
        = first > 0 ? std::optional<NameTag>(tags[static_cast<std::size_t>(first) - 1]) : std::nullopt;
    long long score
        = model.transition(before, begin) + scores[static_cast<std::size_t>(first) * kNameTagCount + tagIndex(begin)];
    for (int i = first + 1; i < end; ++i)
        score += model.transition(i == first + 1 ? begin : inside, inside)
            + scores[static_cast<std::size_t>(i) * kNameTagCount + tagIndex(inside)];
    if (end < static_cast<int>(tags.size())) {
        const NameTag after = tags[static_cast<std::size_t>(end)];
        if (!mayFollow(end - first == 1 ? begin : inside, after))
            return kImpossible;
        score += model.transition(end - first == 1 ? begin : inside, after);
    }
    return score;
}

/// The best type of tokens [first, end) between the tags around them, and its lead over the next-best type.
SpanType bestType(const TaggerModel& model, std::span<const int> scores, const std::vector<NameTag>& tags, int first,
                  int end)
{
    SpanType out;
    long long best = kImpossible;
    long long second = kImpossible;
    for (model::EntityType type : kTaggedTypes) {
        const long long score = spanScore(model, scores, tags, first, end, type);
        if (score > best) {
            second = best;
            best = score;
            out.type = type;
        } else {
            second = std::max(second, score);
        }
    }
    out.margin
        = static_cast<int>(std::clamp(best - second, 0LL, static_cast<long long>(std::numeric_limits<int>::max())));
    return out;
}

} // namespace

EntityTagger::EntityTagger(const Gazetteer& gazetteer)
    : EntityTagger(gazetteer, compiledInModel())
{
}

EntityTagger::EntityTagger(const Gazetteer& gazetteer, TaggerModel model)
    : m_features(gazetteer)
    , m_model(std::move(model))
{
}

std::vector<NameTag> EntityTagger::tagTokens(const Document& document) const
{
    std::vector<NameTag> out(document.tokens().size(), NameTag::Outside);
    const TokenFeatures features = m_features.extract(document);
    for (const Sentence& sentence : document.sentences()) {
        const std::vector<NameTag> tags = decodeNameTags(emissions(m_model, features, sentence), m_model.transitions());
        std::copy(tags.begin(), tags.end(), out.begin() + sentence.firstToken);
    }
    return out;
}

std::vector<TaggedName> EntityTagger::tag(const Document& document) const
{
    std::vector<TaggedName> out;
    const TokenFeatures features = m_features.extract(document);
    const auto& sentences = document.sentences();
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        const Sentence& sentence = sentences[s];
        const std::vector<int> scores = emissions(m_model, features, sentence);
        const std::vector<NameTag> tags = decodeNameTags(scores, m_model.transitions());
        const int count = static_cast<int>(tags.size());
        for (int i = 0; i < count;) {
            if (!isBegin(tags[static_cast<std::size_t>(i)])) {
                ++i;
                continue;
            }
            int end = i + 1;
            while (end < count && isInside(tags[static_cast<std::size_t>(end)]))
                ++end;
            TaggedName name;
            name.firstToken = sentence.firstToken + i;
            name.endToken = sentence.firstToken + end;
            name.sentence = static_cast<int>(s);
            const SpanType best = bestType(m_model, scores, tags, i, end);
            name.type = best.type;
            name.margin = best.margin;
            out.push_back(name);
            i = end;
        }
    }
    return out;
}

std::vector<SpanType> EntityTagger::typeSpans(const Document& document, std::span<const TokenSpan> spans) const
{
    return typeSpans(document, spans, nullptr);
}

std::vector<SpanType> EntityTagger::typeSpans(const NameTokens& tokens, std::span<const TokenSpan> spans) const
{
    return typeSpans(tokens.document(), spans, &tokens);
}

std::vector<SpanType> EntityTagger::typeSpans(const Document& document, std::span<const TokenSpan> spans,
                                              const NameTokens* tokens) const
{
    std::vector<SpanType> out;
    out.reserve(spans.size());
    if (spans.empty())
        return out;
    // Only the spans' own tokens are scored (bestType reads no other emission), so only they need features.
    std::vector<bool> wanted(document.tokens().size(), false);
    for (const TokenSpan& span : spans)
        std::fill(wanted.begin() + span.firstToken, wanted.begin() + span.endToken, true);
    const TokenFeatures features
        = tokens ? m_features.extract(*tokens, wanted) : m_features.extract(document, wanted);
    // A span is scored within the sentences that hold its tokens: the name chunker carries a name across a
    // sentence break after an abbreviation ("the U.S. Army" after a break at "U.S."), so a span's tokens may lie
    // after the end of the sentence it names.
    const auto& sentences = document.sentences();
    const auto sentenceCount = static_cast<int>(sentences.size());
    std::pair<int, int> scored { -1, -1 }; // the tokens whose emissions are in `scores`
    std::vector<int> scores;
    std::vector<NameTag> outside;
    for (const TokenSpan& span : spans) {
        int from = span.sentence;
        while (from + 1 < sentenceCount && sentences[static_cast<std::size_t>(from)].endToken <= span.firstToken)
            ++from;
        int to = from;
        while (to + 1 < sentenceCount && sentences[static_cast<std::size_t>(to)].endToken < span.endToken)
            ++to;
        const int first = std::min(sentences[static_cast<std::size_t>(from)].firstToken, span.firstToken);
        const int end = std::max(sentences[static_cast<std::size_t>(to)].endToken, span.endToken);
        if (std::pair(first, end) != scored) {
            scores = emissions(m_model, features, first, end);
            outside.assign(static_cast<std::size_t>(end - first), NameTag::Outside);
            scored = { first, end };
        }
        out.push_back(bestType(m_model, scores, outside, span.firstToken - first, span.endToken - first));
    }
    return out;
}

} // namespace sayline::analysis
