// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayNames.h"

#include <QCoreApplication>

namespace sayline::app {
namespace {

/// The translation context of the kinds' names.
struct DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)
};

} // namespace

QString displayName(model::EntityType type)
{
    switch (type) {
    case model::EntityType::Person:
        return DisplayNames::tr("person");
    case model::EntityType::Organization:
        return DisplayNames::tr("organization");
    case model::EntityType::Location:
        return DisplayNames::tr("location");
    case model::EntityType::Misc:
        break;
    }
    return DisplayNames::tr("misc");
}

QString displayName(model::StatementKind kind)
{
    switch (kind) {
    case model::StatementKind::Direct:
        return DisplayNames::tr("direct");
    case model::StatementKind::Mixed:
        return DisplayNames::tr("mixed");
    case model::StatementKind::Indirect:
        break;
    }
    return DisplayNames::tr("indirect");
}

QString displayName(model::ClaimType type)
{
    switch (type) {
    case model::ClaimType::Assertion:
        return DisplayNames::tr("assertion");
    case model::ClaimType::Accusation:
        return DisplayNames::tr("accusation");
    case model::ClaimType::Demand:
        return DisplayNames::tr("demand");
    case model::ClaimType::Denial:
        return DisplayNames::tr("denial");
    case model::ClaimType::Prediction:
        return DisplayNames::tr("prediction");
    case model::ClaimType::Statistic:
        return DisplayNames::tr("statistic");
    case model::ClaimType::Other:
        break;
    }
    return DisplayNames::tr("other");
}

QString displayName(model::DateType type)
{
    switch (type) {
    case model::DateType::Date:
        return DisplayNames::tr("date");
    case model::DateType::Time:
        return DisplayNames::tr("time");
    case model::DateType::Duration:
        return DisplayNames::tr("duration");
    case model::DateType::Set:
        break;
    }
    return DisplayNames::tr("set");
}

} // namespace sayline::app
