// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvexporter.h"
#include "csv/csvformat.h"
#include "i18n/translations.h"
#include "query/measurefilter.h"

class Catalogue;
class Vocabulary;

// The measures of a filter, in its sort, with the chosen columns, as an Excel workbook
// (libxlsxwriter): years as numbers, amounts as numbers in a dollar format, texts as strings
// (never formulas, so no guard is needed), the header frozen with an autofilter, long texts
// wrapped, and a second sheet saying what was exported, from which catalogue and when. Cells hold
// what the CSV export would write (the same labels and lists: MeasureCsvWriter::cell).
class XlsxExporter
{
public:
    using Result = CsvExporter::Result;
    using Progress = CsvExporter::Progress;

    XlsxExporter(const Catalogue &catalogue, const Vocabulary &vocabulary, Language language);

    // Written beside `path` and renamed over it once whole: a failure or a cancel leaves any
    // older file as it was. `options`: columns and language (the CSV-only choices are ignored).
    Result writeFile(const QString &path, const MeasureFilter &filter, const MeasureSort &sort, const CsvOptions &options,
                     const Progress &progress = {}) const;

private:
    const Catalogue &m_catalogue;
    const Vocabulary &m_vocabulary;
    Messages m_messages;
};
