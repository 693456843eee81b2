// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/measure.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

// What was typed in a measure form, kept in the settings as it is typed (DraftKeeper) and when
// the desktop session ends while the form is open, until the analyst has saved the form or
// given it up. After a crash or a forced end it is offered when the catalogue opens again
// (KeptEdit). Kept exactly as typed: every text as it stands, the chosen codes, partners even
// without a type yet, and the year, amount and country as their boxes read (a "2O25" or an
// unknown country included), so that nothing typed is lost. Each form keeps its own draft
// (by an id of its own), so that a new form never replaces an earlier form's draft.
namespace MeasureDraft {

struct Typed {
    Measure measure;   // the form's reading, with the identity of the measure being edited
    QString yearText;  // the boxes as they read, whether or not they could be understood
    QString amountText;
    QString countryText;
    QDateTime typedAt; // when it was last kept (UTC)
};

QString newId();
QByteArray encode(const Typed &typed);
// Thread-safe (a QSettings object of its own), atomic (QSettings replaces its file whole).
void store(const QString &cataloguePath, const QString &id, const QByteArray &encoded);
void keep(const QString &cataloguePath, const QString &id, const Typed &typed);
// The catalogue's drafts, the one kept last first.
QStringList ids(const QString &cataloguePath);
bool exists(const QString &cataloguePath);
std::optional<Typed> read(const QString &cataloguePath, const QString &id);
void discard(const QString &cataloguePath, const QString &id);
void discardAll(const QString &cataloguePath);
// The catalogue's drafts follow it to another file (a copy saved because its file was gone).
void moveAll(const QString &fromCataloguePath, const QString &toCataloguePath);
// A draft kept by the previous version (one per catalogue) becomes a draft like the others.
void adoptEarlier(const QString &cataloguePath);
// Drafts of catalogue files no longer where they were (moved or renamed since) that `holds`
// says belong to this catalogue (it holds their measure at the very version the edit began
// from) become this catalogue's.
void adoptMoved(const QString &cataloguePath, const std::function<bool(const Measure &began)> &holds);

} // namespace MeasureDraft
