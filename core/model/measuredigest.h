// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "measurefield.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// What a revision keeps of a measure's content (format 9, docs/design-notes.md "The history
// model"): for every content field not at its default, a frozen one-byte tag and 128 bits of
// SHA-256 over the field's key and a canonical text. Entries are sorted by tag; a field at its
// default has none, so a field added later changes nothing for revisions made before it.
// A revision's id is derived from the measure, its parents (sorted) and these digests, never
// drawn at random: copies upgraded separately, the same change made twice, or the same merge
// made by both sides, give the same ids. Tags and canonical texts are frozen: never change them.
namespace MeasureDigest {

constexpr int kDigestBytes = 16;
constexpr int kEntryBytes = 1 + kDigestBytes;
constexpr int kIdLength = 32; // hex characters

// The frozen tag of a content field (1..255), 0 for identity and time stamps.
int tag(MeasureField field);
// Every content field's digest, as a revision keeps them.
QByteArray fields(const Measure &measure);
// One field's digest; empty when the field is at its default.
QByteArray field(const Measure &measure, MeasureField field);
// The digest `fields` keeps for `field` (empty: at its default).
QByteArray entry(const QByteArray &fields, MeasureField field);
// Entries of known tags, strictly increasing, whole.
bool isWellFormed(const QByteArray &fields);
// `fields` empty: the measure was deleted in this revision.
QString revisionId(const QString &uuid, const QStringList &parents, const QByteArray &fields);
// A partner's type history (PartnerRevision): the id of a partner's revision, from its identity
// (PartnerIdentity::key), its parents and the type it states.
QString partnerRevisionId(const QString &partnerKey, const QStringList &parents, const QString &typeCode);
// The content fields whose digests differ between two revisions' fields.
QList<MeasureField> changedFields(const QByteArray &before, const QByteArray &after);

} // namespace MeasureDigest
