// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "model/DateMention.h"
#include "model/Entity.h"
#include "model/Statement.h"

namespace sayline::app {

/// The analysis' kinds as the window shows them, in the interface language ("person", "indirect",
/// "accusation" in English: the contract's names; 人物, 间接引述, 指责 in Chinese).
QString displayName(model::EntityType type);
QString displayName(model::StatementKind kind);
QString displayName(model::ClaimType type);
QString displayName(model::DateType type);

} // namespace sayline::app
