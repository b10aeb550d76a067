// SPDX-License-Identifier: GPL-3.0-or-later
// String forms of the model's enums, exactly as the analysis contract spells them.
#include "Analysis.h"

#include <array>
#include <utility>

namespace sayline::model {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, const char*>, N>& table, const std::string& text)
{
    for (const auto& [value, name] : table) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
const char* nameOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [candidate, name] : table) {
        if (candidate == value)
            return name;
    }
    return "other";
}

constexpr std::array entityTypes{
    std::pair{EntityType::Person, "person"},
    std::pair{EntityType::Organization, "organization"},
    std::pair{EntityType::Location, "location"},
    std::pair{EntityType::Misc, "misc"},
};
constexpr std::array statementKinds{
    std::pair{StatementKind::Direct, "direct"},
    std::pair{StatementKind::Indirect, "indirect"},
    std::pair{StatementKind::Mixed, "mixed"},
};
constexpr std::array claimTypes{
    std::pair{ClaimType::Assertion, "assertion"}, std::pair{ClaimType::Accusation, "accusation"},
    std::pair{ClaimType::Demand, "demand"},       std::pair{ClaimType::Denial, "denial"},
    std::pair{ClaimType::Prediction, "prediction"}, std::pair{ClaimType::Statistic, "statistic"},
    std::pair{ClaimType::Other, "other"},
};
constexpr std::array dateTypes{
    std::pair{DateType::Date, "date"},
    std::pair{DateType::Time, "time"},
    std::pair{DateType::Duration, "duration"},
    std::pair{DateType::Set, "set"},
};

} // namespace

const char* toString(EntityType type) { return nameOf(entityTypes, type); }
const char* toString(StatementKind kind) { return nameOf(statementKinds, kind); }
const char* toString(ClaimType type) { return nameOf(claimTypes, type); }
const char* toString(DateType type) { return nameOf(dateTypes, type); }

std::optional<EntityType> entityTypeFromString(const std::string& text) { return lookup(entityTypes, text); }
std::optional<StatementKind> statementKindFromString(const std::string& text) { return lookup(statementKinds, text); }
std::optional<ClaimType> claimTypeFromString(const std::string& text) { return lookup(claimTypes, text); }
std::optional<DateType> dateTypeFromString(const std::string& text) { return lookup(dateTypes, text); }

const Entity* AnalysedArticle::entityById(const std::string& id) const
{
    for (const auto& entity : entities) {
        if (entity.id == id)
            return &entity;
    }
    return nullptr;
}

} // namespace sayline::model
