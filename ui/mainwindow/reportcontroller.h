// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/measurefilter.h"

#include <QObject>

class CatalogueSession;
class QPrinter;
class QPagedPaintDevice;
class QWidget;

// File ▸ Print… and File ▸ Export Report as PDF…: the report of the view the table shows, with a
// progress bar that can cancel (nothing is left behind then) and a question first when the view
// is so large that the report would run to thousands of pages.
class ReportController : public QObject
{
    Q_OBJECT
public:
    // Views larger than this are worth narrowing before a report (about 4 pages a measure).
    static constexpr int kLargeView = 10'000;

    ReportController(CatalogueSession *session, QWidget *window);

    void exportPdfWithDialog(const MeasureFilter &filter, int measures);
    // The PDF written to `path`, as the dialog would after its questions; true when written.
    bool exportPdf(const QString &path, const MeasureFilter &filter, int measures);
    void printWithDialog(const MeasureFilter &filter, int measures);
    // File ▸ Print Preview: the same pages, in Qt's preview, from which they can be printed.
    void previewWithDialog(const MeasureFilter &filter, int measures);
    int lastPreviewPages() const { return m_lastPreviewPages; } // for tests: what the preview last laid out

signals:
    void message(const QString &text);

private:
    bool confirmLarge(int measures);
    void setUp(QPrinter &printer) const; // A4, the report's margins and resolution, the catalogue's name

    CatalogueSession *m_session;
    QWidget *m_window;
    int m_lastPreviewPages = 0;
};
