// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// How a CSV file writes amounts: with a decimal point (11782.50, 11,782.50) or a decimal comma
// (11782,50, 11.782,50; what a spreadsheet in Spanish saves). Decided once per file from its
// unambiguous amounts, so that "1.500" is read the same way as the file's "1.500,50".
namespace CsvAmounts {

enum class Mark { Unknown, Point, Comma };

// What one cell says about the file's convention: Unknown for "250" or "1.500" (a thousands
// separator or a decimal point with three decimals).
Mark evidenceOf(const QString &cell);
// When no cell decides: files separated by ";" come from spreadsheets using decimal commas.
inline Mark fallback(char delimiter) { return delimiter == ';' ? Mark::Comma : Mark::Point; }
inline QChar decimalPoint(Mark mark) { return mark == Mark::Comma ? u',' : u'.'; }

// How the amounts of one file are read: a cell that shows its decimal mark is read as it shows
// it; a cell that does not ("1.500") follows the file, unless the file writes amounts both ways.
struct Reading {
    Mark file = Mark::Point;
    bool mixed = false; // unambiguous cells of both kinds: ambiguous ones cannot be decided
};

} // namespace CsvAmounts
