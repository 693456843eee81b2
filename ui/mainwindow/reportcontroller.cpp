// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcontroller.h"

#include "report/report.h"
#include "session/appsettings.h"
#include "session/cataloguesession.h"
#include "session/uilanguage.h"
#include "widgets/filedialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>

namespace {

// Runs `make` under a progress dialog that cancels it. Returns what it returned.
Report::Result withProgress(QWidget *window, const QString &label, const QString &cancel,
                            const std::function<Report::Result(const Report::Progress &)> &make,
                            const std::function<void()> &onCancel = {})
{
    QProgressDialog progress(label, cancel, 0, 1000, window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    const Report::Result result = make([&](int done, int total) {
        progress.setMaximum(qMax(1, total));
        progress.setValue(qMin(done, total)); // a modal progress dialog takes its events here: Cancel works
        if (progress.wasCanceled() && onCancel)
            onCancel(); // before the report ends its painter: a printer must not get the pages so far
        return !progress.wasCanceled();
    });
    progress.reset();
    return result;
}

} // namespace

ReportController::ReportController(CatalogueSession *session, QWidget *window) : QObject(window), m_session(session), m_window(window)
{
}

bool ReportController::confirmLarge(int measures)
{
    if (measures <= kLargeView)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Report"),
                    tr("The view holds %1 measures: the report would run to many thousands of pages and take some minutes. "
                       "Narrow the view with the search or the filters first?").arg(QLocale().toString(measures)),
                    QMessageBox::NoButton, m_window);
    QPushButton *anyway = box.addButton(tr("Make the Report Anyway"), QMessageBox::AcceptRole);
    QPushButton *narrow = box.addButton(tr("Narrow the View"), QMessageBox::RejectRole);
    box.setDefaultButton(narrow);
    box.exec();
    return box.clickedButton() == anyway;
}

void ReportController::exportPdfWithDialog(const MeasureFilter &filter, int measures)
{
    if (!m_session->isOpen() || !confirmLarge(measures))
        return;
    const QFileInfo catalogue(m_session->catalogue()->path());
    const QString suggested = QDir(AppSettings::lastExportFolder(catalogue.absolutePath()))
                                  .filePath(tr("%1 report.pdf", "file name").arg(catalogue.completeBaseName()));
    QString path = FileDialogs::saveFile(m_window, tr("Export Report as PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".pdf");
        // The dialog asked about the name as typed; the name written is another one.
        if (QFileInfo::exists(path)
            && QMessageBox::question(m_window, tr("Export Report as PDF"),
                                     tr("“%1” already exists. Replace it?").arg(QFileInfo(path).fileName()),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                   != QMessageBox::Yes)
            return;
    }
    AppSettings::setLastExportFolder(QFileInfo(path).absolutePath());
    exportPdf(path, filter, measures);
}

bool ReportController::exportPdf(const QString &path, const MeasureFilter &filter, int measures)
{
    Q_UNUSED(measures)
    const Report report(*m_session->catalogue(), m_session->vocabulary(), UiLanguage::instance().current());
    const Report::Result result = withProgress(m_window, tr("Writing the report…"), tr("Cancel"),
                                               [&](const Report::Progress &progress) { return report.writePdf(path, filter, progress); });
    if (result.cancelled) {
        emit message(tr("The report was cancelled; no file was written."));
        return false;
    }
    if (!result.ok) {
        QMessageBox::warning(m_window, tr("Export Report as PDF"), result.error);
        return false;
    }
    emit message(tr("Wrote the report of %Ln measure(s), %1 pages, to “%2”.", nullptr, result.measures)
                     .arg(result.pages)
                     .arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportController::setUp(QPrinter &printer) const
{
    printer.setResolution(Report::kResolution); // laid out as the PDF is, page for page
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    printer.setDocName(QFileInfo(m_session->catalogue()->path()).completeBaseName());
}

void ReportController::previewWithDialog(const MeasureFilter &filter, int measures)
{
    if (!m_session->isOpen() || !confirmLarge(measures))
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(tr("Print Preview of the Report"));
    // The dialog asks for the pages again when the paper or orientation changes: the same report each time.
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        const Report report(*m_session->catalogue(), m_session->vocabulary(), UiLanguage::instance().current());
        const Report::Result result = withProgress(m_window, tr("Laying out the report…"), tr("Cancel"),
                                                   [&](const Report::Progress &progress) { return report.render(target, filter, progress); },
                                                   [target] { target->abort(); }); // printed from the preview: no partial print
        if (!result.ok && !result.cancelled)
            QMessageBox::warning(m_window, tr("Print Preview of the Report"), result.error);
        m_lastPreviewPages = result.ok ? result.pages : 0;
    });
    dialog.resize(m_window->size() * 0.9);
    dialog.exec();
}

void ReportController::printWithDialog(const MeasureFilter &filter, int measures)
{
    if (!m_session->isOpen() || !confirmLarge(measures))
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print the Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Report report(*m_session->catalogue(), m_session->vocabulary(), UiLanguage::instance().current());
    const Report::Result result = withProgress(m_window, tr("Printing the report…"), tr("Cancel"),
                                               [&](const Report::Progress &progress) { return report.render(&printer, filter, progress); },
                                               [&] { printer.abort(); });
    if (result.cancelled) {
        emit message(tr("Printing was cancelled."));
        return;
    }
    if (!result.ok) {
        QMessageBox::warning(m_window, tr("Print the Report"), result.error);
        return;
    }
    emit message(tr("Sent the report of %Ln measure(s), %1 pages, to the printer.", nullptr, result.measures).arg(result.pages));
}
