// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvamounts.h"
#include "csvformat.h"
#include "i18n/translations.h"
#include "model/measure.h"
#include "model/measurefield.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <optional>

class Vocabulary;

// One CSV row as a Measure: the header decides which field each column fills, and each cell
// accepts a code or a label in either language. Pure: cells in, a measure and problems out.
class MeasureCsvRow
{
public:
    struct CellProblem {
        int column; // 1-based
        QString message;
    };
    using Columns = QList<std::optional<MeasureField>>;

    // Maps header cells to fields; problems for unknown, repeated or missing columns.
    static Columns mapHeader(const QStringList &header, const Messages &messages, QList<CellProblem> *problems);
    static QList<MeasureField> fieldsOf(const Columns &columns); // the fields the file carries
    // Fields absent from the file keep Measure's defaults; the caller decides what they mean.
    static Measure parse(const QStringList &cells, const Columns &columns, const Vocabulary &vocabulary,
                         const CsvAmounts::Reading &amounts, const Messages &messages, QList<CellProblem> *problems);
    static int columnOf(MeasureField field, const Columns &columns); // 1-based, 0 if absent
};

// Measures as CSV rows in one layout (columns, keys or labels, codes or labels, language,
// delimiter, formula guard): pure, so that a test needs no catalogue. Labels are looked up in
// tables built once, never per cell.
class MeasureCsvWriter
{
public:
    MeasureCsvWriter(const Vocabulary &vocabulary, const CsvOptions &options);
    void appendHeader(QByteArray &out) const;
    void appendRow(QByteArray &out, const Measure &measure) const;
    // One cell's text as this layout writes it (labels or codes, lists joined), without quoting
    // or guard: what other formats (the Excel workbook) write as a string.
    QString cell(const Measure &m, MeasureField field) const;
    const QList<MeasureField> &columns() const { return m_columns; }

private:
    QString label(MeasureField field, const QString &code) const;

    CsvOptions m_options;
    QList<MeasureField> m_columns;
    QHash<int, QHash<QString, QString>> m_labels; // field -> code -> label (empty when writing codes)
    QHash<QString, QString> m_partnerTypes;
    mutable QByteArray m_scratch; // one cell as UTF-8, reused from cell to cell
};
