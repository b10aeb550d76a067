// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ChineseSourcePhrase.h"

namespace sayline::analysis {

struct EntityList;
class MentionSpans;

namespace zh {

class ChineseGazetteer;
class ChineseText;

/// Who a Chinese statement's speaker is, and which sieve decided it.
struct SpeakerDecision
{
    int entity = -1; ///< index into EntityList::records, or -1 for an unnamed source
    std::string text; ///< the source as written at the cue (or, for an unnamed source met before, as first written)
    int start = -1; ///< UTF-16 span of the phrase at the cue
    int end = -1;
    const char* sieve = ""; ///< the sieve that decided ("named-person", "pronoun", …)
};

/// What a sieve looks at: the speaker phrase at the cue and the speakers decided before it in the article.
struct SpeakerQuery
{
    const ChineseText& text;
    const EntityList& entities;
    const MentionSpans& spans; ///< the entities' mentions by position
    const ChineseGazetteer& gazetteer;
    const ChineseSourcePhrase& sources;
    SourceSpan phrase;
    const std::vector<SpeakerDecision>& earlier; ///< the speakers of the earlier statements, in text order
};

/// One rule of Chinese speaker resolution (the CoreNLP quote-attribution design: ordered sieves, the first that
/// decides wins, and the decision names it).
class ChineseSpeakerSieve
{
public:
    virtual ~ChineseSpeakerSieve() = default;
    virtual const char* name() const = 0;
    virtual std::optional<SpeakerDecision> decide(const SpeakerQuery& query) const = 0;
};

/// A person named in the phrase: 美国国务卿马尔科·卢比奥 → 马尔科·卢比奥 (the last person named).
class ChineseNamedPersonSieve : public ChineseSpeakerSieve
{
public:
    const char* name() const override { return "named-person"; }
    std::optional<SpeakerDecision> decide(const SpeakerQuery& query) const override;
};

/// 他, 她: the person who spoke last, else the person named last before the phrase.
class ChinesePronounSieve : public ChineseSpeakerSieve
{
public:
    const char* name() const override { return "pronoun"; }
    std::optional<SpeakerDecision> decide(const SpeakerQuery& query) const override;
};

/// 该发言人, 这位美国副总统, 该小组: the last speaker whose phrase ends with the same noun or who holds that
/// title, else the last organisation whose name ends with it.
class ChineseNominalSieve : public ChineseSpeakerSieve
{
public:
    const char* name() const override { return "nominal"; }
    std::optional<SpeakerDecision> decide(const SpeakerQuery& query) const override;
};

/// A bare title, 总统: the person who holds it in the article.
class ChineseTitleSieve : public ChineseSpeakerSieve
{
public:
    const char* name() const override { return "title"; }
    std::optional<SpeakerDecision> decide(const SpeakerQuery& query) const override;
};

/// 美方, 中方, 伊朗方面: the country.
class ChinesePartySieve : public ChineseSpeakerSieve
{
public:
    const char* name() const override { return "party"; }
    std::optional<SpeakerDecision> decide(const SpeakerQuery& query) const override;
};

/// A body or place that ends the phrase: 美国国务院, 北京, 世界卫生组织(WHO).
class ChineseNamedBodySieve : public ChineseSpeakerSieve
{
public:
    const char* name() const override { return "named-body"; }
    std::optional<SpeakerDecision> decide(const SpeakerQuery& query) const override;
};

/// A source noun or title with no name: 美国消息人士, 美国国务院的一位发言人 → 美国国务院发言人 (no entity).
class ChineseUnnamedSourceSieve : public ChineseSpeakerSieve
{
public:
    const char* name() const override { return "unnamed-source"; }
    std::optional<SpeakerDecision> decide(const SpeakerQuery& query) const override;
};

/// The phrase as written, no entity: what no other sieve decided.
class ChinesePhraseSieve : public ChineseSpeakerSieve
{
public:
    const char* name() const override { return "phrase"; }
    std::optional<SpeakerDecision> decide(const SpeakerQuery& query) const override;
};

/// The phrase at the cue without brackets and the indefinite 的一位/一名 (美国国务院的一位发言人 →
/// 美国国务院发言人), as the annotation conventions shorten an unnamed source.
std::string shortenedSource(const ChineseText& text, SourceSpan phrase);

} // namespace zh
} // namespace sayline::analysis
