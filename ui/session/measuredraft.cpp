#include "measuredraft.h"

#include "csv/csvreader.h"
#include "csv/measurecsvrow.h"

#include <QBuffer>
#include <QFileInfo>
#include <QSettings>

namespace {

QString keyFor(const QString &cataloguePath)
{
    // The path itself would be split into groups at every "/".
    return QStringLiteral("drafts/") + QString::fromLatin1(QFileInfo(cataloguePath).absoluteFilePath().toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

CsvOptions draftOptions()
{
    CsvOptions options = CsvOptions::standard(Language::English);
    options.header = CsvOptions::Header::Keys;
    options.codes = true;
    options.formulaGuard = false; // read back by us only
    return options;
}

} // namespace

namespace MeasureDraft {

void keep(const QString &cataloguePath, const Measure &typed, const Vocabulary &vocabulary)
{
    QByteArray row;
    const MeasureCsvWriter writer(vocabulary, draftOptions());
    writer.appendHeader(row);
    writer.appendRow(row, typed);
    QSettings().setValue(keyFor(cataloguePath), row);
}

bool exists(const QString &cataloguePath) { return QSettings().contains(keyFor(cataloguePath)); }

std::optional<Measure> read(const QString &cataloguePath, const Vocabulary &vocabulary)
{
    QByteArray bytes = QSettings().value(keyFor(cataloguePath)).toByteArray();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QStringList header, cells;
    if (!reader.next(header) || !reader.next(cells))
        return std::nullopt;
    const Messages messages(Language::English);
    QList<MeasureCsvRow::CellProblem> problems;
    const MeasureCsvRow::Columns columns = MeasureCsvRow::mapHeader(header, messages, &problems);
    // Values that no longer exist (a custom domain removed since) are left out, not refused.
    Measure measure = MeasureCsvRow::parse(cells, columns, vocabulary, {}, messages, &problems);
    return measure;
}

void discard(const QString &cataloguePath) { QSettings().remove(keyFor(cataloguePath)); }

} // namespace MeasureDraft
