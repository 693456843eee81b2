// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "model/measurefield.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

// RFC 4180 as pure functions over UTF-8 bytes, so the export loop allocates nothing per row.
namespace Csv {

inline constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

// A field is quoted when it holds the delimiter, a quote, CR or LF (or starts/ends with a space,
// which some spreadsheets would otherwise trim).
bool needsQuotes(QByteArrayView field, char delimiter);
// A text cell a spreadsheet would run as a formula: starts with = + - @ tab or CR. A cell that
// already starts with the guard's apostrophe followed by one of those (or another apostrophe)
// is guarded too, so that the import can always undo the guard exactly.
bool needsFormulaGuard(QByteArrayView field);
void appendField(QByteArray &out, QByteArrayView field, char delimiter, bool formulaGuard);
inline void appendRecordEnd(QByteArray &out) { out.append("\r\n", 2); }
// The inverse of the formula guard, applied by the import.
QString removeFormulaGuard(const QString &cell);

// Several values in one cell ("Music; Design"): items joined with "; ", a ";" inside an item
// doubled (";;"), as a quote is doubled inside a quoted field, so that any text survives.
QString joinList(const QStringList &items);
QStringList splitList(const QString &cell); // trimmed items, empty ones dropped
// A partner as one list item: "Name [type]". The type is the last bracketed part, so a name may
// itself hold brackets ("Teatro [La Plaza] [private_sector]").
QString partnerItem(const QString &name, const QString &type);
bool parsePartnerItem(const QString &item, QString *name, QString *type);

} // namespace Csv

// What an export writes. The presets are what the export dialog and the CLI offer.
struct CsvOptions {
    enum class Header { Labels, Keys };
    char delimiter = ',';
    bool bom = false;
    bool formulaGuard = true;
    Header header = Header::Labels;
    Language language = Language::English; // header labels and value labels
    bool codes = false;                    // vocabulary values as stable codes instead of labels
    QList<MeasureField> columns;           // in order; empty means every field

    // Excel: UTF-8 with BOM, ";" in a language with a decimal comma (Spanish, French: their Excel
    // expects it), guard on.
    static CsvOptions excel(Language language);
    // Standard: UTF-8, ",", no BOM, guard on.
    static CsvOptions standard(Language language);
    // The amount's decimal separator: a comma only where the delimiter is ";" and the labels' language writes one.
    QChar decimalPoint() const;
    QList<MeasureField> effectiveColumns() const { return columns.isEmpty() ? MeasureFields::all() : MeasureFields::stored(columns); }
};
