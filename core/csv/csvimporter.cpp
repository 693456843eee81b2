#include "csvimporter.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqlitestatement.h"
#include "csvreader.h"
#include "measurecsvrow.h"
#include "model/measurevalidator.h"
#include "model/vocabulary.h"
#include "store/measurewriter.h"
#include "store/storageerror.h"
#include "store/writetransaction.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace {

class ProblemList
{
public:
    ProblemList(CsvImporter::Report &report, QString file) : m_report(report), m_file(std::move(file)) {}
    void add(qint64 line, int column, const QString &message)
    {
        ++m_report.problemCount;
        if (m_report.problems.size() < CsvImporter::kMaxReportedProblems)
            m_report.problems << QStringLiteral("%1:%2:%3: %4").arg(m_file).arg(line).arg(column).arg(message);
    }

private:
    CsvImporter::Report &m_report;
    QString m_file;
};

} // namespace

QString CsvImporter::Report::summary() const
{
    if (!ok) {
        QString text = tr("Nothing was imported: %n problem(s) found. Correct them and import the file again.", nullptr,
                          problemCount);
        if (problemCount > problems.size())
            text += u' ' + tr("The first %n are listed.", nullptr, int(problems.size()));
        return text;
    }
    return tr("%n row(s) read: ", nullptr, rows) + tr("%n added, ", nullptr, added) + tr("%n updated, ", nullptr, updated)
         + tr("%n already up to date.", nullptr, unchanged);
}

CsvImporter::Report CsvImporter::run(Catalogue &catalogue, const QString &path, bool dryRun, const QString &displayName)
{
    Report report;
    ProblemList problems(report, displayName.isEmpty() ? QDir::toNativeSeparators(path) : displayName);
    if (!dryRun && catalogue.isReadOnly()) {
        problems.add(1, 1, catalogue.readOnlyExplanation());
        return report;
    }
    QString vocabularyError;
    const Vocabulary vocabulary = Vocabulary::load(catalogue.database(), &vocabularyError);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.add(1, 1, tr("The file cannot be read (%1).").arg(file.errorString()));
        return report;
    }

    // Pass 1: check every row; nothing is written.
    QList<std::optional<MeasureField>> columns;
    int headerSize = 0;
    {
        CsvReader reader(&file);
        QStringList cells;
        if (!reader.next(cells)) {
            if (const auto &p = reader.problem())
                problems.add(p->line, p->column, p->message);
            else
                problems.add(1, 1, tr("The file is empty. A CSV file for import starts with a header line naming its "
                                      "columns."));
            return report;
        }
        headerSize = int(cells.size());
        QList<MeasureCsvRow::CellProblem> headerProblems;
        columns = MeasureCsvRow::mapHeader(cells, &headerProblems);
        for (const auto &p : headerProblems)
            problems.add(reader.recordLine(), p.column, p.message);
        if (report.problemCount)
            return report;

        QHash<QString, qint64> uuidLines;
        while (reader.next(cells)) {
            ++report.rows;
            const qint64 line = reader.recordLine();
            if (cells.size() != headerSize) {
                // The column where the row stops matching: the first missing or the first extra field.
                problems.add(line, int(qMin(cells.size(), qsizetype(headerSize))) + 1,
                             tr("This row has %1 fields but the header has %2. Check the delimiters and quotes of the "
                                "row.").arg(cells.size()).arg(headerSize));
                continue;
            }
            QList<MeasureCsvRow::CellProblem> cellProblems;
            const Measure parsed = MeasureCsvRow::parse(cells, columns, vocabulary, &cellProblems);
            for (const auto &p : cellProblems)
                problems.add(line, p.column, p.message);
            const Measure measure = MeasureValidator::normalized(parsed, vocabulary);
            for (const FieldIssue &issue : MeasureValidator::validate(measure, vocabulary)) {
                const int column = MeasureCsvRow::columnOf(issue.field, columns);
                problems.add(line, column ? column : 1, issue.message);
            }
            if (!measure.uuid.isEmpty()) {
                if (uuidLines.contains(measure.uuid))
                    problems.add(line, MeasureCsvRow::columnOf(MeasureField::Uuid, columns),
                                 tr("This measure identifier already appears on line %1.").arg(uuidLines.value(measure.uuid)));
                uuidLines.insert(measure.uuid, line);
            }
        }
        if (const auto &p = reader.problem())
            problems.add(p->line, p->column, p->message);
        if (report.problemCount)
            return report;
    }

    // Pass 2: every row is valid; write them all in one transaction (or count them in a dry run).
    file.seek(0);
    CsvReader reader(&file);
    QStringList cells;
    reader.next(cells); // header
    std::unique_ptr<WriteTransaction> transaction;
    if (!dryRun) {
        transaction = std::make_unique<WriteTransaction>(catalogue);
        if (!transaction->isActive()) {
            problems.add(1, 1, transaction->errorMessage());
            return report;
        }
    }
    MeasureWriter writer(catalogue.handle());
    SqliteStatement existing(catalogue.handle(), QStringLiteral("SELECT id, created_at, updated_at FROM measure WHERE uuid = ?"));
    while (reader.next(cells)) {
        QList<MeasureCsvRow::CellProblem> ignored;
        Measure measure = MeasureValidator::normalized(MeasureCsvRow::parse(cells, columns, vocabulary, &ignored), vocabulary);
        MeasureWriter::Timestamps timestamps = MeasureWriter::Timestamps::Keep;
        if (!measure.uuid.isEmpty()) {
            existing.reset();
            existing.bindText(1, measure.uuid);
            if (existing.step()) {
                const QDateTime storedUpdate = parseIsoTimestamp(existing.text(2));
                if (measure.updatedAt.isValid() && measure.updatedAt <= storedUpdate) {
                    ++report.unchanged;
                    continue;
                }
                measure.id = existing.int64(0);
                if (!measure.createdAt.isValid())
                    measure.createdAt = parseIsoTimestamp(existing.text(1));
                if (!measure.updatedAt.isValid())
                    timestamps = MeasureWriter::Timestamps::Now; // an edited sheet without times: a change now
            }
            existing.reset();
        }
        if (measure.id)
            ++report.updated;
        else
            ++report.added;
        if (!dryRun && !writer.write(measure, timestamps)) {
            problems.add(reader.recordLine(), 1, StorageError::message(writer.errorCode(), writer.errorDetail()));
            return report; // the transaction rolls back: none of the rows stay
        }
    }
    if (transaction && !transaction->commit()) {
        problems.add(1, 1, transaction->errorMessage());
        return report;
    }
    report.ok = true;
    return report;
}
