// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvformat.h"
#include "i18n/translations.h"
#include "query/measurefilter.h"

#include <functional>

class Catalogue;
class QIODevice;
class Vocabulary;

// Writes the measures of a filter, in its sort, with the chosen columns, as CSV: a MeasureCursor
// read into a MeasureCsvWriter, in constant memory.
class CsvExporter
{
public:
    struct Result {
        bool ok = false;
        bool cancelled = false;
        qint64 rows = 0;
        QString error; // translated
    };
    // Called every few hundred rows; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Messages (failures) in `language`, whatever the language of the file's headers.
    CsvExporter(const Catalogue &catalogue, const Vocabulary &vocabulary, Language language = Language::English);

    Result write(QIODevice &out, const MeasureFilter &filter, const MeasureSort &sort, const CsvOptions &options,
                 const Progress &progress = {}) const;
    // Through QSaveFile: the file is complete, or (failure, cancel) absent and any older file intact.
    Result writeFile(const QString &path, const MeasureFilter &filter, const MeasureSort &sort,
                     const CsvOptions &options, const Progress &progress = {}) const;

private:
    const Catalogue &m_catalogue;
    const Vocabulary &m_vocabulary;
    Messages m_messages;
};
