// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxexporter.h"

#include "query/filterdescription.h"

#include "catalogue/catalogue.h"
#include "catalogue/durability.h"
#include "csv/measurecsvrow.h"
#include "model/measurefield.h"
#include "model/vocabulary.h"
#include "query/measurecursor.h"
#include "query/measurequery.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <cerrno>
#include <sys/stat.h>
#include <cstdio>
#include <cstring>
#include <xlsxwriter.h>

namespace {

// Column widths in Excel's units (about one character each), by the kind of field.
double widthOf(MeasureField field)
{
    using T = MeasureFields::Type;
    switch (MeasureFields::type(field)) {
    case T::LongText: return 60;
    case T::Terms:
    case T::Partners: return 36;
    case T::Text:
    case T::Url: return field == MeasureField::Title ? 48 : 32;
    case T::Identifier: return 38;
    case T::Timestamp: return 21;
    case T::Money: return 16;
    case T::Year: return 9;
    default: return 16;
    }
}

bool wraps(MeasureField field)
{
    using T = MeasureFields::Type;
    const T type = MeasureFields::type(field);
    return type == T::LongText || type == T::Terms || type == T::Partners || field == MeasureField::Title;
}

// The workbook, closed (and so written) whatever happens; removed again unless kept.
struct Workbook {
    explicit Workbook(const QString &path) : path(path)
    {
        lxw_workbook_options options = {};
        options.constant_memory = LXW_TRUE; // rows stream to disk: 100,000 measures in little memory
        book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    }
    ~Workbook()
    {
        if (book)
            workbook_close(book);
        if (!kept)
            QFile::remove(path);
    }
    lxw_error close()
    {
        const lxw_error error = workbook_close(book);
        book = nullptr;
        return error;
    }
    QString path;
    lxw_workbook *book = nullptr;
    bool kept = false;
};

QByteArray utf8(const QString &text) { return text.toUtf8(); }

constexpr qsizetype kMaxCellText = 32767; // Excel's limit, in UTF-16 units
constexpr qint64 kMaxRows = 1048575;      // an Excel sheet's rows, less the header

// Excel reads "_xHHHH_" in a text as an escaped character; a literal one is written escaped.
QString escaped(const QString &text)
{
    if (!text.contains(QStringLiteral("_x"), Qt::CaseInsensitive))
        return text;
    static const QRegularExpression code(QStringLiteral("_(x[0-9A-Fa-f]{4}_)"));
    QString out = text;
    return out.replace(code, QStringLiteral("_x005F_\\1"));
}

} // namespace

XlsxExporter::XlsxExporter(const Catalogue &catalogue, const Vocabulary &vocabulary, Language language)
    : m_catalogue(catalogue), m_vocabulary(vocabulary), m_messages(language)
{
}

XlsxExporter::Result XlsxExporter::writeFile(const QString &path, const MeasureFilter &filter, const MeasureSort &sort,
                                             const CsvOptions &csvOptions, const Progress &progress) const
{
    Result result;
    CsvOptions options = csvOptions;
    options.codes = false;
    options.header = CsvOptions::Header::Labels;
    options.formulaGuard = false; // strings are never formulas in a workbook
    const MeasureCsvWriter writer(m_vocabulary, options);
    const QList<MeasureField> &columns = writer.columns();

    const auto cannotWrite = [&](const QString &why) {
        result.error = m_messages.translate("XlsxExporter", "The file “%1” cannot be written (%2). Choose another folder.")
                           .arg(QDir::toNativeSeparators(path), why);
        return result;
    };
    // The workbook is written beside its final place and renamed over it once whole. A link is
    // followed (the file it names is the one replaced); a device or a folder is refused.
    const QFileInfo given(path);
    const QString target = given.isSymLink() && given.exists() ? given.canonicalFilePath() : given.absoluteFilePath();
    if (QFileInfo(target).exists() && !QFileInfo(target).isFile())
        return cannotWrite(m_messages.translate("XlsxExporter", "it is not a regular file"));
    const qint64 total = MeasureQuery(m_catalogue).count(filter); // the sheet's limit, and the progress bar's end
    if (total > kMaxRows) {
        result.error = m_messages.translate("XlsxExporter", "The view holds more measures than an Excel sheet has rows "
                                                            "(1,048,575), so no workbook was written. Narrow the view, or "
                                                            "export as CSV.");
        return result;
    }
    QTemporaryFile temporary(QFileInfo(target).absolutePath() + QStringLiteral("/.") + QFileInfo(target).fileName()
                             + QStringLiteral(".XXXXXX"));
    if (!temporary.open()) // the folder's own reason, in the system's words: missing, read-only, full
        return cannotWrite(temporary.errorString());
    temporary.close();
    Workbook workbook(temporary.fileName());
    temporary.setAutoRemove(false); // the Workbook removes it unless it is kept
    if (!workbook.book)
        return cannotWrite(m_messages.translate("XlsxExporter", "the workbook could not be created"));

    const Messages sheetText(options.language); // what the workbook says is in its own language
    lxw_worksheet *sheet = workbook_add_worksheet(workbook.book, utf8(sheetText.translate("XlsxExporter", "Measures")).constData());
    if (!sheet)
        return cannotWrite(m_messages.translate("XlsxExporter", "the workbook could not be created"));
    lxw_format *header = workbook_add_format(workbook.book);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *top = workbook_add_format(workbook.book);
    format_set_align(top, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *wrapped = workbook_add_format(workbook.book);
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *dollars = workbook_add_format(workbook.book);
    format_set_num_format(dollars, "[$USD] #,##0.00"); // shown in the reader's own separators
    format_set_align(dollars, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *when = workbook_add_format(workbook.book);
    format_set_num_format(when, "yyyy-mm-dd hh:mm");
    format_set_align(when, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *year = workbook_add_format(workbook.book);
    format_set_num_format(year, "0");
    format_set_align(year, LXW_ALIGN_VERTICAL_TOP);

    for (qsizetype c = 0; c < columns.size(); ++c) {
        const MeasureField field = columns[c];
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widthOf(field),
                             field == MeasureField::FundingUsd ? dollars
                             : field == MeasureField::ReportYear ? year
                             : MeasureFields::type(field) == MeasureFields::Type::Timestamp ? when
                             : wraps(field) ? wrapped : top);
        worksheet_write_string(sheet, 0, lxw_col_t(c), utf8(MeasureFields::label(field, options.language)).constData(), header);
    }
    worksheet_freeze_panes(sheet, 1, 0);

    MeasureCursor cursor(m_catalogue, m_vocabulary, filter, sort, columns.contains(MeasureField::Partners));
    if (cursor.hasError()) {
        result.error = m_messages.translate("XlsxExporter", "The export could not start (%1).").arg(cursor.error());
        return result;
    }
    lxw_row_t row = 0;
    while (cursor.next()) {
        const Measure &m = cursor.measure();
        ++row;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const MeasureField field = columns[c];
            lxw_error error = LXW_NO_ERROR;
            if (field == MeasureField::ReportYear) {
                if (m.reportYear)
                    error = worksheet_write_number(sheet, row, lxw_col_t(c), *m.reportYear, year);
            } else if (field == MeasureField::FundingUsd) {
                if (m.fundingUsdCents) // cents to dollars is exact in a double up to 90 trillion dollars
                    error = worksheet_write_number(sheet, row, lxw_col_t(c), double(*m.fundingUsdCents) / 100.0, dollars);
            } else if (MeasureFields::type(field) == MeasureFields::Type::Timestamp) {
                // A date Excel can sort and compute with, in UTC as the CSV writes it.
                const QDateTime at = (field == MeasureField::CreatedAt ? m.createdAt : m.updatedAt).toUTC();
                if (at.isValid()) {
                    lxw_datetime stamp = {at.date().year(), at.date().month(), at.date().day(), at.time().hour(),
                                          at.time().minute(), double(at.time().second())};
                    error = worksheet_write_datetime(sheet, row, lxw_col_t(c), &stamp, when);
                }
            } else if (const QString text = writer.cell(m, field); !text.isEmpty()) {
                // Excel counts UTF-16 units (an emoji is two); libxlsxwriter counts characters.
                error = text.size() > kMaxCellText ? LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED
                                                   : worksheet_write_string(sheet, row, lxw_col_t(c), utf8(escaped(text)).constData(),
                                                                            wraps(field) ? wrapped : top);
            }
            if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED) {
                // Never cut a text short: the analyst keeps it whole in CSV.
                result.error = m_messages.translate("XlsxExporter", "“%1” of the measure “%2” is longer than an Excel cell can hold "
                                                                    "(32,767 characters), so no workbook was written. Export "
                                                                    "as CSV, which keeps every text whole.")
                                   .arg(MeasureFields::label(field, m_messages.language()), m.title);
                return result;
            }
            if (error != LXW_NO_ERROR)
                return cannotWrite(QString::fromUtf8(lxw_strerror(error)));
        }
        ++result.rows;
        if (progress && result.rows % MeasureCursor::kBatch == 0 && !progress(result.rows, total)) {
            result.cancelled = true;
            return result;
        }
    }
    if (cursor.hasError()) {
        result.error = m_messages.translate("XlsxExporter", "Reading the catalogue failed during the export (%1).").arg(cursor.error());
        return result;
    }
    if (!columns.isEmpty())
        worksheet_autofilter(sheet, 0, 0, row, lxw_col_t(columns.size() - 1));

    // What was exported, from where and when: the second sheet.
    lxw_worksheet *about = workbook_add_worksheet(workbook.book, utf8(sheetText.translate("XlsxExporter", "About")).constData());
    if (!about)
        return cannotWrite(m_messages.translate("XlsxExporter", "the workbook could not be created"));
    worksheet_set_column(about, 0, 0, 24, header);
    worksheet_set_column(about, 1, 1, 80, wrapped);
    QList<QPair<QString, QString>> lines = {
        {sheetText.translate("XlsxExporter", "Catalogue"), QFileInfo(m_catalogue.path()).fileName()},
        {sheetText.translate("XlsxExporter", "Exported"),
         options.language.locale().toString(QDateTime::currentDateTime(), QLocale::LongFormat)},
        {sheetText.translate("XlsxExporter", "Times"), sheetText.translate("XlsxExporter", "in UTC (coordinated universal time)")},
        {sheetText.translate("XlsxExporter", "Sorted by"),
         MeasureFields::label(sort.field, options.language) + QStringLiteral(" ")
             + (sort.order == Qt::AscendingOrder ? sheetText.translate("XlsxExporter", "(ascending)")
                                                 : sheetText.translate("XlsxExporter", "(descending)"))},
    };
    lines << FilterDescription::lines(filter, m_vocabulary, options.language);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        worksheet_write_string(about, lxw_row_t(i), 0, utf8(lines[i].first).constData(), header);
        worksheet_write_string(about, lxw_row_t(i), 1, utf8(escaped(lines[i].second)).constData(), wrapped);
    }
    const auto countRow = lxw_row_t(lines.size()); // a number, as Excel users expect
    worksheet_write_string(about, countRow, 0, utf8(sheetText.translate("XlsxExporter", "Measures")).constData(), header);
    worksheet_write_number(about, countRow, 1, double(result.rows), top);

    if (const lxw_error error = workbook.close(); error != LXW_NO_ERROR)
        return cannotWrite(error == LXW_ERROR_CREATING_XLSX_FILE || error == LXW_ERROR_CREATING_TMPFILE
                               ? m_messages.translate("XlsxExporter", "the disk may be full")
                               : QString::fromUtf8(lxw_strerror(error)));
    // Whole and on the disk: it takes the name (an older file of that name is replaced only now,
    // keeping its permissions).
    QString syncError;
    if (!Durability::syncFile(workbook.path, &syncError))
        return cannotWrite(syncError);
    if (QFileInfo::exists(target)) {
        QFile::setPermissions(workbook.path, QFile::permissions(target));
    } else { // as any new file: readable by others as the umask allows (a temporary file is private)
        const mode_t mask = ::umask(0);
        ::umask(mask);
        ::chmod(QFile::encodeName(workbook.path).constData(), 0666 & ~mask);
    }
    if (std::rename(QFile::encodeName(workbook.path).constData(), QFile::encodeName(target).constData()) != 0)
        return cannotWrite(QString::fromLocal8Bit(std::strerror(errno)));
    workbook.kept = true;
    Durability::syncFolderOf(target);
    if (progress)
        progress(result.rows, total);
    result.ok = true;
    return result;
}
