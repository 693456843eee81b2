// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "measure.h"
#include "measurefield.h"

#include <QByteArray>
#include <QString>

// Format 8's digests, frozen: 4 bytes of FNV-1a per field, by position in the content fields as
// they were at format 8, and 64-bit revision ids. Migration 8 still makes them (so that copies
// upgraded by any version share their first revisions) and a merge whose base is such a revision
// compares content with them. Never change anything here: ids already in files depend on it.
namespace LegacyDigest {

constexpr int kBytesPerField = 4;
constexpr int kIdLength = 16; // hex characters

QByteArray fields(const Measure &measure);
// -1 for a field format 8 did not know.
int position(MeasureField field);
// Whether format 8's digest of `field` says anything about it (the country's never did).
bool isDigested(MeasureField field);
QByteArray field(const Measure &measure, MeasureField field);
QString revisionId(const QString &uuid, const QString &parent, const QString &merged, const QByteArray &fields);

} // namespace LegacyDigest
