// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include "barchartobject.h"
#include "catalogue/catalogue.h"
#include "i18n/translations.h"
#include "reportcontent.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <cmath>

namespace {

// Drawing the pages is the last part of the progress bar; building is the first two thirds.
constexpr int kScale = 1000;
// Qt lays a document out in 26.6 fixed point: beyond about 2^24 device pixels of height the
// positions wrap and pages go missing. 150 dpi leaves room for some 10,000 A4 pages.
constexpr qreal kMaxDocumentHeight = 16'000'000;

} // namespace

Report::Report(const Catalogue &catalogue, const Vocabulary &vocabulary, Language language)
    : m_catalogue(catalogue), m_vocabulary(vocabulary), m_language(language)
{
}

Report::Result Report::writePdf(const QString &path, const MeasureFilter &filter, const Progress &progress) const
{
    const Messages m(m_language);
    Result result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = m.translate("Report", "The report cannot be written to “%1” (%2). Choose a folder where you can write.")
                           .arg(path, file.errorString());
        return result;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
        writer.setResolution(kResolution);
        writer.setTitle(m.translate("Report", "Cultural policy measures") + QStringLiteral(" — ") + QFileInfo(m_catalogue.path()).fileName());
        writer.setCreator(m.translate("Report", "Measures Catalogue"));
        result = render(&writer, filter, progress);
    }
    if (!result.ok) {
        file.cancelWriting(); // an older report of that name stays as it was
        return result;
    }
    if (!file.commit()) {
        result.ok = false;
        result.error = m.translate("Report", "The report cannot be written to “%1” (%2). Check that the disk has free space.")
                           .arg(path, file.errorString());
    }
    return result;
}

Report::Result Report::render(QPagedPaintDevice *device, const MeasureFilter &filter, const Progress &progress) const
{
    const Messages m(m_language);
    Result result;
    const QRectF paper = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const qreal pt = device->logicalDpiY() / 72.0;
    const qreal footer = 16 * pt;

    QTextDocument document;
    document.documentLayout()->setPaintDevice(device);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    // Letter spacing, however small, turns ligatures off: "ﬁ" would otherwise be one glyph that a
    // search for "fi" in the PDF does not find.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.1); // device pixels (1/300 inch): unseen
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    // A whole number of device pixels: the layout keeps page breaks in 1/64 pixel, and the pages
    // are drawn at multiples of this height; a fraction would drift over thousands of pages.
    document.setPageSize(QSizeF(paper.width(), std::floor(paper.height() - footer)));
    BarChartObject::registerWith(&document);

    const ReportContent::Progress building = [&](int done, int all) {
        return !progress || progress(all > 0 ? int(qint64(done) * 2 * kScale / (3 * all)) : 0, kScale);
    };
    const ReportContent::Result content = ReportContent(m_catalogue, m_vocabulary, m_language).build(&document, filter, building);
    result.measures = content.measures;
    if (!content.ok) {
        result.cancelled = content.cancelled;
        result.error = content.error;
        return result;
    }
    // The contents' page numbers, now that the pages are known. The numbers are no wider than the
    // cells, so writing them moves nothing.
    const qreal pageHeight = document.pageSize().height();
    const auto pageOf = [&](int position) {
        // Where its first line is: a heading pushed to the next page keeps its block's top on
        // the page before.
        const QTextBlock block = document.findBlock(position);
        document.documentLayout()->blockBoundingRect(block); // laid out
        const QTextLayout *layout = block.layout();
        const qreal top = layout && layout->lineCount() > 0 ? layout->position().y() + layout->lineAt(0).y()
                                                            : document.documentLayout()->blockBoundingRect(block).top();
        return int(top / pageHeight) + 1;
    };
    QList<int> pages;
    for (const ReportContent::Heading &heading : content.headings)
        pages << pageOf(heading.position);
    QTextCursor edit(&document);
    edit.beginEditBlock(); // laid out again once, not after every number
    for (qsizetype i = content.pageNumberCells.size() - 1; i >= 0; --i) { // from the end: positions stay valid
        QTextCursor cell(&document);
        cell.setPosition(content.pageNumberCells[i]);
        cell.insertText(QString::number(pages[i]));
    }
    edit.endEditBlock();
    result.pages = document.pageCount();
    if (document.documentLayout()->documentSize().height() > kMaxDocumentHeight) {
        result.error = m.translate("Report", "This report would run to %1 pages, more than one report can hold (about %2 at this "
                                             "printer's resolution). Narrow the view, by goal, country or year, and make a report of "
                                             "each part.")
                           .arg(result.pages)
                           .arg(int(kMaxDocumentHeight / pageHeight));
        return result;
    }

    QPainter painter;
    if (!painter.begin(device)) {
        result.error = m.translate("Report", "The report could not be started on this printer or file.");
        return result;
    }
    QFont footerFont = font;
    footerFont.setPointSizeF(8);
    const QString name = QFileInfo(m_catalogue.path()).fileName();
    for (int page = 0; page < result.pages; ++page) {
        if (page > 0 && !device->newPage()) {
            result.error = m.translate("Report", "The printer or file stopped taking pages (page %1).").arg(page + 1);
            return result;
        }
        const QRectF view(0, page * pageHeight, paper.width(), pageHeight);
        painter.save();
        painter.setClipRect(QRectF(0, 0, paper.width(), pageHeight));
        painter.translate(0, -view.top());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        if (page > 0) { // the cover has no number
            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QRectF line(0, pageHeight + footer * 0.35, paper.width(), footer * 0.65);
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, name);
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                             m.translate("Report", "Page %1 of %2").arg(page + 1).arg(result.pages));
        }
        if (progress && !progress(int(2 * kScale / 3 + qint64(page + 1) * kScale / (3 * result.pages)), kScale)) {
            painter.end();
            result.cancelled = true;
            return result;
        }
    }
    if (!painter.end()) {
        result.error = m.translate("Report", "The report could not be finished on this printer or file.");
        return result;
    }
    result.ok = true;
    return result;
}
