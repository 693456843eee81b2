// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "query/measurefilter.h"

#include <QList>
#include <QString>
#include <functional>

class Catalogue;
class QTextDocument;
class Vocabulary;

// What a printed report says, as a QTextDocument laid out for one page size: a cover (the
// catalogue, the date, the filter in words), the contents, a summary with the statistics and
// charts, then the measures grouped by goal and monitoring area, each with the fields of the
// periodic report's form as headed sections. Page numbers are filled in by Report once the
// document is laid out.
class ReportContent
{
public:
    struct Heading {
        int position = 0; // of its block in the document
        int level = 1;    // 1: summary or goal, 2: monitoring area
        QString text;
    };
    struct Result {
        bool ok = false;
        bool cancelled = false;
        QString error;
        int measures = 0;
        QList<Heading> headings;
        QList<int> pageNumberCells; // positions of the contents' page numbers, one per heading
    };
    // Reading the measures is the first half of `total`, writing them out the second. false: stop.
    using Progress = std::function<bool(int done, int total)>;

    ReportContent(const Catalogue &catalogue, const Vocabulary &vocabulary, Language language);
    // Fills `document` (empty, with its paint device and page size set).
    Result build(QTextDocument *document, const MeasureFilter &filter, const Progress &progress) const;

private:
    const Catalogue &m_catalogue;
    const Vocabulary &m_vocabulary;
    Language m_language;
};
