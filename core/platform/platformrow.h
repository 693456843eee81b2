// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/translations.h"
#include "model/measure.h"
#include "model/measurefield.h"
#include "platformcolumns.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

class PlatformTerms;

// One row of the platform's export as a Measure: every column lands in a field; a label that
// matches none of our terms is kept as text in "Values kept as written" and reported, never
// dropped. Pure: cells in, a measure, notes and problems out.
class PlatformRow
{
public:
    struct Note {
        int column; // 1-based
        QString message;
        std::optional<MeasureField> field = std::nullopt; // the field whose value was kept as text, if any
    };

    // The fields a file with these columns fills (what an update of an existing measure changes).
    static QList<MeasureField> fieldsOf(const PlatformColumns::Header &header);
    // The first column (1-based) that fills `field`, 0 if none: where a problem with it points.
    static int columnOf(MeasureField field, const PlatformColumns::Header &header);

    // `partnerTypes`: the catalogue's partners (folded name -> type); a partner it does not know
    // is of type "not stated" (the platform names partners without one).
    // The catalogue's measure updated by a newer export of it: the fields of `fields` as the export
    // has them, except that partners and goals are only added (the analyst's stay), an amount in
    // USD is only replaced by one the export states, and a field whose value the export writes
    // in words no term matches (`unresolved`, from the notes) keeps what the catalogue has.
    // A field the platform has not changed since the last import (the measure's platformSource)
    // is left as the catalogue has it, whatever the analyst did to it.
    static Measure updated(const Measure &existing, const Measure &parsed, const QList<MeasureField> &fields,
                           const QList<MeasureField> &unresolved);
    // The row as the next import compares it: a short digest of each field of `parsed` (those not in
    // `fields` marked absent), a few hundred characters.
    static QString snapshot(const Measure &parsed, const QList<MeasureField> &fields);

    // `to` takes `taken` fields from `from` (the same measure in a colleague's catalogue, or its
    // duplicate): the snapshot follows the platform row it describes. With the platform id taken
    // from `from`, `from`'s whole snapshot; with the same platform id, the entries of the fields
    // taken; otherwise `to` keeps its own (what it took are corrections to its own row).
    static void carrySnapshot(Measure &to, const Measure &from, const QList<MeasureField> &taken);

    static Measure parse(const QStringList &cells, const PlatformColumns::Header &header, const QStringList &headerCells,
                         const PlatformTerms &terms, const QHash<QString, QString> &partnerTypes, const Messages &messages,
                         QList<Note> *kept, QList<Note> *problems);
};
