// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexporter.h"

#include "measurecsvrow.h"
#include "query/measurecursor.h"

#include <QDir>
#include <QIODevice>
#include <QSaveFile>

namespace {
constexpr qsizetype kFlushBytes = 1 << 18;
}

CsvExporter::CsvExporter(const Catalogue &catalogue, const Vocabulary &vocabulary, Language language)
    : m_catalogue(catalogue), m_vocabulary(vocabulary), m_messages(language)
{
}

CsvExporter::Result CsvExporter::write(QIODevice &out, const MeasureFilter &filter, const MeasureSort &sort,
                                       const CsvOptions &options, const Progress &progress) const
{
    Result result;
    const QList<MeasureField> columns = options.effectiveColumns();
    MeasureCursor cursor(m_catalogue, m_vocabulary, filter, sort, columns.contains(MeasureField::Partners));
    if (cursor.hasError()) {
        result.error = m_messages.translate("CsvExporter", "The export could not start (%1).").arg(cursor.error());
        return result;
    }
    const qint64 total = progress ? cursor.count() : 0;
    const MeasureCsvWriter writer(m_vocabulary, options);
    QByteArray buffer;
    buffer.reserve(kFlushBytes + (1 << 16));
    const auto flush = [&]() {
        const bool written = buffer.isEmpty() || out.write(buffer) == buffer.size();
        buffer.resize(0);
        if (!written)
            result.error = m_messages.translate("CsvExporter", "Writing the CSV file failed (%1). Check the free space of the disk.").arg(out.errorString());
        return written;
    };

    writer.appendHeader(buffer);
    while (cursor.next()) {
        writer.appendRow(buffer, cursor.measure());
        ++result.rows;
        if (buffer.size() >= kFlushBytes && !flush())
            return result;
        if (progress && result.rows % MeasureCursor::kBatch == 0 && !progress(result.rows, total)) {
            result.cancelled = true;
            return result;
        }
    }
    if (cursor.hasError()) {
        result.error = m_messages.translate("CsvExporter", "Reading the catalogue failed during the export (%1).").arg(cursor.error());
        return result;
    }
    if (!flush())
        return result;
    if (progress)
        progress(result.rows, total);
    result.ok = true;
    return result;
}

CsvExporter::Result CsvExporter::writeFile(const QString &path, const MeasureFilter &filter, const MeasureSort &sort,
                                           const CsvOptions &options, const Progress &progress) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Result result;
        result.error = m_messages.translate("CsvExporter", "The file “%1” cannot be written (%2). Choose another folder.")
                           .arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    Result result = write(file, filter, sort, options, progress);
    if (!result.ok) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        result.ok = false;
        result.error = m_messages.translate("CsvExporter", "The file “%1” could not be completed (%2). Nothing was written; check the free space "
                          "and try again.").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return result;
}
