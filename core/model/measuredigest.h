// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "measurefield.h"

#include <QByteArray>
#include <QList>
#include <QString>

// What a revision keeps of a measure's content: a short digest per content field
// (MeasureFields::contentFields order), enough to tell which fields two versions changed without
// keeping every version's text. A revision's id is derived from the measure, its parents and
// these digests, never drawn at random: two copies of a catalogue upgraded separately, or the
// same change made twice, give the same ids.
namespace MeasureDigest {

constexpr int kBytesPerField = 4;

QByteArray fields(const Measure &measure);
// Lists are compared as sets of codes, partners by their names in order (a partner's type is the
// catalogue's, merged on its own), texts exactly.
QByteArray field(const Measure &measure, MeasureField field);
// `fields` empty: the measure was deleted in this revision.
QString revisionId(const QString &uuid, const QString &parent, const QString &merged, const QByteArray &fields);
// The content fields whose digests differ (a digest list of another length differs everywhere).
QList<MeasureField> changedFields(const QByteArray &before, const QByteArray &after);

} // namespace MeasureDigest
