// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <vector>

#include "NameTag.h"
#include "TaggerFeatures.h"
#include "TaggerModel.h"

namespace sayline::analysis {

class Document;
class Gazetteer;
class NameTokens;

/// A name the tagger found: tokens [firstToken, endToken) of one sentence and their type.
struct TaggedName
{
    int firstToken = 0;
    int endToken = 0;
    int sentence = 0;
    model::EntityType type = model::EntityType::Misc;
    /// How far the type scored ahead of the best other type for the same tokens (model units, >= 0).
    int margin = 0;
};

/// Tokens [firstToken, endToken) of one sentence, read as one name.
struct TokenSpan
{
    int sentence = 0;
    int firstToken = 0;
    int endToken = 0;
};

/// The type the tagger gives a span, and by how much it beats the next-best type (model units, >= 0).
struct SpanType
{
    model::EntityType type = model::EntityType::Misc;
    int margin = 0;
};

/// The trained sequence tagger: features of every token (TaggerFeatures), weights (TaggerModel), and the
/// best well-formed BIO sequence of each sentence (decodeNameTags).
class EntityTagger
{
public:
    /// The name of the compiled-in model among the embedded resources.
    static constexpr const char* kModelResource = "models/en-entity-tagger.model";

    /// With the compiled-in model (throws sayline::Error when it is missing or stale).
    explicit EntityTagger(const Gazetteer& gazetteer);
    EntityTagger(const Gazetteer& gazetteer, TaggerModel model);

    /// The tag of every token of the document (tokens outside sentences are Outside).
    std::vector<NameTag> tagTokens(const Document& document) const;
    /// The names the tags spell, in text order.
    std::vector<TaggedName> tag(const Document& document) const;
    /// The best type of each span read as one name with the tokens around it outside any name (a constrained
    /// decode: the boundaries come from elsewhere, the type from the model).
    std::vector<SpanType> typeSpans(const Document& document, std::span<const TokenSpan> spans) const;
    /// The same over the document's NameTokens (built with this tagger's gazetteer), shared with the name finder.
    std::vector<SpanType> typeSpans(const NameTokens& tokens, std::span<const TokenSpan> spans) const;

private:
    std::vector<SpanType> typeSpans(const Document& document, std::span<const TokenSpan> spans,
                                    const NameTokens* tokens) const;

    TaggerFeatures m_features;
    TaggerModel m_model;
};

} // namespace sayline::analysis
