// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvamounts.h"
#include "i18n/translations.h"
#include "measurecsvrow.h"
#include "platform/platformcolumns.h"
#include "platform/platformrow.h"

#include <QHash>
#include <QStringList>
#include <optional>

class MeasureQuery;
class PlatformTerms;
class Vocabulary;

// How the rows of one file to import become measures, and which measure each names: our own
// columns (a row names its measure by uuid; the columns it has replace those fields), or the
// export of the Policy Monitoring Platform (a row names its measure by the platform's id; a
// newer export changes what PlatformRow::updated says). CsvImporter decides the rest the same
// way for both.
class ImportLayout
{
public:
    // Our own header if every column is ours; the platform's if it names the platform's measure
    // id or more of the platform's columns than of ours. Header problems go to `problems`.
    static ImportLayout read(const QStringList &cells, const Messages &messages, QList<MeasureCsvRow::CellProblem> *problems);

    bool isPlatform() const { return m_platform; }
    const QList<MeasureField> &fields() const { return m_fields; } // what the file's columns fill
    int columnCount() const { return int(m_headerCells.size()); }
    int columnOf(MeasureField field) const; // 1-based, 0 if no column fills it

    // `catalogPartners`: the catalogue's partners, folded name -> type (the platform names none).
    Measure parse(const QStringList &cells, const Vocabulary &vocabulary, const PlatformTerms &terms,
                  const QHash<QString, QString> &catalogPartners, const CsvAmounts::Reading &amounts, const Messages &messages,
                  QList<MeasureCsvRow::CellProblem> *problems, QList<PlatformRow::Note> *kept) const;
    // The row's key (uuid or platform id) and the catalogue's measure it names; empty with
    // query.lastError() set when it could not be read.
    QString keyOf(const Measure &parsed) const { return m_platform ? parsed.platformMeasureId : parsed.uuid; }
    std::optional<Measure> existing(MeasureQuery &query, const Measure &parsed) const;
    // The catalogue's measure as the row changes it; `kept` are the row's values kept as written.
    Measure merged(const Measure &existing, const Measure &parsed, const QList<PlatformRow::Note> &kept) const;

private:
    bool m_platform = false;
    QStringList m_headerCells;
    MeasureCsvRow::Columns m_columns;
    PlatformColumns::Header m_platformHeader;
    QList<MeasureField> m_fields;
};
