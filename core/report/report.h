// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "query/measurefilter.h"

#include <QString>
#include <functional>

class Catalogue;
class QPagedPaintDevice;
class Vocabulary;

// The printable report of a filter (File ▸ Print…, File ▸ Export Report as PDF…, measures-cli
// report): ReportContent laid out on the device's pages, with the contents' page numbers filled
// in and "page N of M" under every page but the cover. Text stays text (selectable, searchable;
// QPdfWriter embeds the fonts), charts are vectors.
class Report
{
public:
    struct Result {
        bool ok = false;
        bool cancelled = false;
        QString error; // translated, says what to do
        int measures = 0;
        int pages = 0;
    };
    // Called as the work goes on: reading and writing out the measures, then drawing the pages.
    // Returning false stops it (nothing is left behind).
    using Progress = std::function<bool(int done, int total)>;

    // The resolution a PDF (and a printer) is laid out at: text and charts stay vectors.
    static constexpr int kResolution = 150;

    Report(const Catalogue &catalogue, const Vocabulary &vocabulary, Language language);

    // A PDF file, replaced only once it is whole.
    Result writePdf(const QString &path, const MeasureFilter &filter, const Progress &progress = {}) const;
    // Any paged device: a printer, or a PDF writer set up by the caller.
    Result render(QPagedPaintDevice *device, const MeasureFilter &filter, const Progress &progress = {}) const;

private:
    const Catalogue &m_catalogue;
    const Vocabulary &m_vocabulary;
    Language m_language;
};
