// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "NameCandidate.h"

namespace sayline::analysis {

class Document;
class Gazetteer;
struct NameHead;

/// Refines the type of name candidates from the words around them: a role before the name ("spokesperson Wang
/// Wenbin", "GM CEO Fritz Henderson"), a role in an apposition after it ("X, the chief executive of Y"), a
/// reporting verb after it ("X said"), a description after it ("X is an intelligence alliance", "X, a carmaker"),
/// a locative preposition before it ("in X").
class ContextTyper
{
public:
    explicit ContextTyper(const Gazetteer& gazetteer);
    void apply(const Document& document, std::vector<NameCandidate>& candidates) const;

    /// The role written just before token `firstToken` (up to three words, e.g. "chief executive") with the index
    /// of its first token, or an empty role.
    std::pair<std::string, int> roleBefore(const Document& document, int firstToken) const;
    /// The role of an apposition after the name ending before token `afterToken` (", the chief executive of"),
    /// with the token index just after the role (for an "of Y" affiliation), or an empty role.
    std::pair<std::string, int> roleAfter(const Document& document, int afterToken) const;

private:
    /// The type that a description after the name ending before `afterToken` gives it: a copula or a comma, a
    /// determiner, and a person, organization or place noun as the head ("is an intelligence alliance", ", a
    /// carmaker", "is a village").
    std::optional<model::EntityType> describedType(const Document& document, int afterToken) const;
    /// A lower-case noun for any organization closes the phrase after the name ("X insurance company").
    /// The token of a noun `isNoun` accepts that closes the phrase after the name (after at most one lower-case
    /// modifier), or -1.
    int nounClosingPhrase(const Document& document, int afterToken,
                          const std::function<bool(std::u16string_view)>& isNoun) const;
    bool organizationNounAfter(const Document& document, int afterToken) const;
    /// "the Prius hybrid", "the Xperia X10 smartphone": a product noun (after at most one modifier) closes the
    /// phrase that starts with the name.
    bool productNounAfter(const Document& document, int afterToken) const;
    /// A word that may open "the capital Quito", "its capital Quito", "the country's capital Quito".
    static bool placeNounOpener(std::u16string_view lowerWord);
    /// A name among the places of a dateline ("RALEIGH, N.C. —"), not the agency in parentheses after them.
    static bool inDateline(const Document& document, const NameCandidate& candidate);
    /// One word shaped like a demonym ("Victorian", "Congolese", "Kurdish").
    static bool adjectiveLike(const NameCandidate& candidate, int words);
    /// A lower-case role and then a capitalised word right after a name: "chairman Bill Beaumont".
    bool roleThenName(const Document& document, int afterToken) const;
    /// "the company, " right before a name's first token.
    bool organizationNounAndCommaBefore(const Document& document, int firstToken) const;
    /// The name head a lower-case word stands for capitalised ("airport"), with plural its singular's ("ports").
    const NameHead* lowerCaseHead(std::u16string_view word, bool plural) const;
    /// A place head in lower case at token, singular or plural: "town", "ports".
    bool lowerPlaceHeadAt(const Document& document, int token) const;
    /// A lower-case place head right after a name or after one more lower-case word: "airport", "railway station".
    bool lowerPlaceHeadAfter(const Document& document, int afterToken) const;
    /// A lower-case plural of a place head right after a name: "airports", "rivers", "islands".
    bool placeHeadPluralAfter(const Document& document, int afterToken) const;
    /// Names listed with commas and "and" (three or more) whose typed members agree type the guessed ones.
    void typeLists(const Document& document, std::vector<NameCandidate>& candidates) const;

    const Gazetteer& m_gazetteer;
};

} // namespace sayline::analysis
