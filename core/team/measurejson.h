// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/measure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

// A measure as the team catalogue keeps a head's content (team.revision.content, jsonb): every
// stored field by its key (MeasureFields::key), the platform's snapshot, nothing else. Read back
// strictly: a key this app does not know, a value of the wrong kind or a missing field refuses
// the whole measure (it comes from a server, and is checked again as a colleague's measure is).
namespace MeasureJson {

QJsonObject object(const Measure &measure);
QByteArray write(const Measure &measure);
// The measure, or nullopt with `error` saying what is wrong (translated).
std::optional<Measure> read(const QByteArray &json, QString *error);

// A head's content longer than this is refused unread: no measure this app makes comes near it.
constexpr qsizetype kMaxBytes = 16 * 1024 * 1024;

} // namespace MeasureJson
