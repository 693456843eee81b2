// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimporter.h"

#include "catalogue/stepprogress.h"
#include "model/partneridentity.h"
#include "model/sha256.h"


#include "catalogue/catalogue.h"
#include "csvreader.h"
#include "i18n/translations.h"
#include "importlayout.h"
#include "measurecsvrow.h"
#include "model/measurevalidator.h"
#include "model/money.h"
#include "model/undocost.h"
#include "i18n/surface.h"
#include "model/revision.h"
#include "query/revisionquery.h"
#include "model/vocabulary.h"
#include "platform/platformrow.h"
#include "platform/platformterms.h"
#include "query/measurequery.h"
#include "query/partnerquery.h"
#include "query/readsnapshot.h"
#include "store/measurestore.h"
#include "store/writetransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace {


// The file as read, hashed on the way: the bytes the check read and the bytes the write reads
// are proven equal before anything is committed.
class HashedFile : public QIODevice
{
public:
    explicit HashedFile(const QString &path) : m_file(path) {}
    bool openFile()
    {
        if (!m_file.open(QIODevice::ReadOnly))
            return false;
        // Unbuffered: the reader asks for large chunks, which need no copy through a buffer here.
        return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    QString fileError() const { return m_file.errorString(); }
    qint64 fileSize() const { return m_file.size(); }
    qint64 bytesRead() const { return m_file.pos(); } // a step's progress
    QByteArray finish()
    {
        char rest[1 << 16]; // whatever the reader stopped before (after a problem) counts too
        while (readData(rest, sizeof rest) > 0) {
        }
        return m_hash.result();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 size) override
    {
        const qint64 n = m_file.read(data, size);
        if (n > 0)
            m_hash.addData(QByteArrayView(data, n));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    Sha256 m_hash;
};

class Problems
{
public:
    Problems(CsvImporter::Plan &plan) : m_plan(plan) {}
    void add(qint64 line, int column, const QString &message)
    {
        ++m_plan.problemCount;
        if (m_plan.problems.size() < CsvImporter::kMaxReportedProblems)
            m_plan.problems << QStringLiteral("%1:%2:%3: %4").arg(m_plan.displayName).arg(line).arg(qMax(column, 1)).arg(message);
    }

private:
    CsvImporter::Plan &m_plan;
};

struct Prepared {
    CsvImporter::RowChange::Kind kind = CsvImporter::RowChange::Kind::Add;
    Measure measure;                 // what would be written
    MeasureStore::Timestamps timestamps = MeasureStore::Timestamps::Keep;
    QList<MeasureField> changed;
    std::optional<Measure> existing;
    std::optional<Revision> deletion; // the measure was deleted here: its deletion
    QString readError; // the catalogue's copy could not be read: the row cannot be decided
};

// What one parsed row does to the catalogue: the same decision for check() and apply().
Prepared prepare(const Measure &parsed, const ImportLayout &layout, MeasureQuery &query, RevisionQuery &history, const Vocabulary &vocabulary,
                 const QList<PlatformRow::Note> &kept)
{
    using Kind = CsvImporter::RowChange::Kind;
    Prepared p;
    p.existing = layout.existing(query, parsed);
    if (!p.existing && !layout.keyOf(parsed).isEmpty() && !query.lastError().isEmpty()) {
        p.readError = query.lastError();
        return p;
    }
    if (!p.existing) {
        p.measure = parsed; // a new measure: fields the file lacks keep their defaults
        p.kind = Kind::Add;
        // Deleted here? Then it comes back as itself, its history going on from the deletion.
        QString uuid = layout.isPlatform() ? QString() : parsed.uuid;
        if (layout.isPlatform() && !parsed.platformMeasureId.isEmpty())
            uuid = history.deletedWithPlatformId(parsed.platformMeasureId).value_or(QString());
        if (!uuid.isEmpty())
            p.deletion = history.deletionOf(uuid);
        if (p.deletion)
            p.measure.uuid = uuid;
        if (!history.error().isEmpty())
            p.readError = history.error();
        return p;
    }
    const Measure merged = layout.merged(*p.existing, parsed, kept);
    const Measure before = MeasureValidator::normalized(*p.existing, vocabulary);
    const Measure after = MeasureValidator::normalized(merged, vocabulary);
    for (MeasureField field : MeasureFields::contentFields())
        if (!MeasureFields::same(before, after, field))
            p.changed << field;
    p.measure = merged;
    const bool fileTime = layout.fields().contains(MeasureField::UpdatedAt) && parsed.updatedAt.isValid();
    if (p.changed.isEmpty()) {
        p.kind = Kind::Unchanged;
    } else if (fileTime && parsed.updatedAt < p.existing->updatedAt) {
        p.kind = Kind::KeptNewer;
    } else {
        p.kind = Kind::Update;
        // A copy from a newer catalogue keeps its time; an edited sheet is a change made now.
        if (fileTime && parsed.updatedAt > p.existing->updatedAt)
            p.measure.updatedAt = parsed.updatedAt;
        else
            p.timestamps = MeasureStore::Timestamps::Now;
    }
    return p;
}

// Pass 0: how the file writes amounts, from its unambiguous amounts.
// Returns the hash of the bytes it read (empty when it read nothing), to be proven equal to the
// check's own reading.
QByteArray decideAmounts(const QString &path, const ImportLayout &layout, char delimiter, CsvImporter::Plan &plan)
{
    // The platform's amounts come from its funding texts, which say their own decimal marks.
    const int column = layout.isPlatform() ? 0 : layout.columnOf(MeasureField::FundingUsd);
    if (column == 0)
        return {};
    HashedFile file(path);
    if (!file.openFile())
        return {};
    CsvReader reader(&file, plan.language, CsvReader::kDefaultMaxFieldBytes, plan.encoding);
    reader.decodeOnly(column); // the amounts' column only: the check reads the rest
    QStringList cells;
    reader.next(cells); // header
    bool any = false;
    while (reader.next(cells)) {
        if (cells.size() < column || cells.at(column - 1).trimmed().isEmpty())
            continue;
        any = true;
        const CsvAmounts::Mark evidence = CsvAmounts::evidenceOf(cells.at(column - 1));
        if (evidence == CsvAmounts::Mark::Unknown)
            continue;
        if (plan.amounts == CsvAmounts::Mark::Unknown)
            plan.amounts = evidence;
        else if (evidence != plan.amounts)
            plan.amountsMixed = true;
    }
    if (any && plan.amounts == CsvAmounts::Mark::Unknown) {
        plan.amounts = CsvAmounts::fallback(delimiter);
        plan.amountsFromDelimiter = true;
    }
    return file.finish();
}

// The file's rows read and parsed on a thread of their own while the caller decides and writes
// them: on two cores, reading, hashing and parsing (a fifth of an import's work) overlap the
// rest. Rows come in the file's order, as the reader gave them; parse() sees the same arguments
// as before, only from another thread (it reads the vocabulary and the partners, it changes
// nothing shared).
class ParsedRows
{
public:
    struct Row {
        qint64 line = 0;
        qsizetype cellCount = 0;
        Measure parsed; // parsed only when the row has the header's number of cells
        QList<MeasureCsvRow::CellProblem> problems;
        QList<PlatformRow::Note> kept;
        qint64 position = -1; // bytes of the file read so far, when asked for (a step's progress)
    };

    ParsedRows(CsvReader &reader, const ImportLayout &layout, const Vocabulary &vocabulary, const QHash<QString, QString> &catalogPartners,
               const CsvAmounts::Reading &amounts, const Messages &messages, std::function<qint64()> position = {})
        : m_reader(reader), m_layout(layout), m_vocabulary(vocabulary), m_terms(vocabulary), m_catalogPartners(catalogPartners),
          m_amounts(amounts), m_messages(messages), m_position(std::move(position))
    {
        // Every language's messages loaded here first: loading happens once, on first use, and
        // must not happen on two threads at once.
        for (const Language language : Language::all())
            Translations::translate(language, "CsvImporter", "");
        m_thread = std::thread([this] { work(); });
    }
    ~ParsedRows() { stop(); }

    // The next row; false after the last (or after the reader stopped at a problem).
    bool next(Row &row)
    {
        if (m_taken < m_batch.size()) {
            row = std::move(m_batch[m_taken++]);
            return true;
        }
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
        if (m_ready.empty())
            return false;
        m_batch = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
        lock.unlock();
        m_taken = 0;
        row = std::move(m_batch[m_taken++]);
        return true;
    }
    // Stops the reading where it is; the reader is then the caller's again (its problem, the file).
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    static constexpr int kBatch = 64, kBatches = 8; // memory: a few hundred rows at most

    void work()
    {
        QStringList cells;
        std::vector<Row> batch;
        const auto hand = [&] { // false: stopped
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_ready.size() < kBatches || m_stopping; });
            if (m_stopping)
                return false;
            m_ready.push_back(std::move(batch));
            batch = {};
            m_changed.notify_all();
            return true;
        };
        bool stopped = false;
        while (m_reader.next(cells)) {
            Row row;
            row.line = m_reader.recordLine();
            row.cellCount = cells.size();
            if (m_position) // asked on the reading thread, the one that reads the file
                row.position = m_position();
            if (cells.size() == m_layout.columnCount())
                row.parsed = m_layout.parse(cells, m_vocabulary, m_terms, m_catalogPartners, m_amounts, m_messages, &row.problems, &row.kept);
            batch.push_back(std::move(row));
            if (batch.size() >= kBatch && !hand()) {
                stopped = true;
                break;
            }
        }
        if (!stopped && !batch.empty())
            hand();
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_changed.notify_all();
    }

    CsvReader &m_reader;
    const ImportLayout &m_layout;
    const Vocabulary &m_vocabulary;
    const PlatformTerms m_terms; // its cache of labels seen is the reading thread's alone
    const QHash<QString, QString> &m_catalogPartners;
    const CsvAmounts::Reading m_amounts;
    const Messages m_messages;
    const std::function<qint64()> m_position;
    std::vector<Row> m_batch; // the caller's: being taken
    size_t m_taken = 0;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<Row>> m_ready;
    bool m_stopping = false;
    bool m_done = false;
    std::thread m_thread; // last: started once everything above exists
};

// The catalogue's partners: folded name -> type.
QHash<QString, QString> partnerTypesOf(const Catalogue &catalogue)
{
    QHash<QString, QString> types;
    for (const PartnerInfo &partner : PartnerQuery::all(catalogue))
        types.insert(PartnerIdentity::key(partner.name), partner.typeCode);
    return types;
}

CsvImporter::Plan checkWith(const Catalogue &catalogue, const Vocabulary &vocabulary, const QString &path, Language language,
                            const QString &displayName, CsvReader::Encoding encoding, std::optional<CsvReader::Problem> *readProblem);

CsvAmounts::Reading readingOf(const CsvImporter::Plan &plan)
{
    return {plan.amounts == CsvAmounts::Mark::Comma ? CsvAmounts::Mark::Comma : CsvAmounts::Mark::Point, plan.amountsMixed};
}

QString fileName(const QString &path, const QString &displayName)
{
    return displayName.isEmpty() ? QDir::toNativeSeparators(path) : displayName;
}

} // namespace

QString CsvImporter::Plan::summary() const
{
    const Messages m(language);
    if (!failure.isEmpty())
        return storageFailure ? m.translate("CsvImporter", "Nothing was imported: %1").arg(failure) : failure;
    if (!ok) {
        QString text = m.translate("CsvImporter", "Nothing was imported: %n problem(s) found. Correct them and import the file again.", nullptr,
                                   problemCount);
        if (problemCount > problems.size())
            text += u' ' + m.translate("CsvImporter", "The first %n are listed.", nullptr, int(problems.size()));
        return text;
    }
    QString text = m.translate("CsvImporter", "%n row(s) read: ", nullptr, rows) + m.translate("CsvImporter", "%n added, ", nullptr, added)
                 + m.translate("CsvImporter", "%n updated, ", nullptr, updated) + m.translate("CsvImporter", "%n already up to date.", nullptr, unchanged);
    if (keptNewer)
        text += u' ' + m.translate("CsvImporter", "%n left as they are, because the catalogue's copy is newer.", nullptr, keptNewer);
    if (similar)
        text += u' ' + m.translate("CsvImporter", "%n of the rows added look like measures already in the catalogue (the same "
                                                  "title and country): check them for duplicates.", nullptr, similar);
    if (restored)
        text += u' ' + m.translate("CsvImporter", "%n of the rows added bring back a measure deleted here.", nullptr, restored);
    if (const QString note = amountsNote(); !note.isEmpty())
        text += u' ' + note;
    if (otherCountry)
        text += u' ' + m.translate("CsvImporter", "%n of the rows updated move a measure to another country: was the file a newer "
                                                  "export of the same view?", nullptr, otherCountry);
    if (keptCount)
        text += u' ' + m.translate("CsvImporter", "%n value(s) matched none of the catalogue's terms and were kept as written in "
                                                  "“Values kept as written” (each listed with its line and column).", nullptr, keptCount);
    if (const QString note = encodingNote(); !note.isEmpty())
        text += u' ' + note;
    if (platform)
        text = m.translate("CsvImporter", "An export of the Policy Monitoring Platform.") + u' ' + text;
    return text;
}

QStringList CsvImporter::Plan::notes() const
{
    const Messages m(language);
    QStringList lines;
    for (const RowChange &change : changes) {
        QString note;
        if (change.kind == RowChange::Kind::KeptNewer)
            note = m.translate("CsvImporter", "“%1” was left as it is: the catalogue's copy is newer than the file's.").arg(change.title);
        else if (change.wasDeleted())
            note = deletedNote(change, language);
        else if (!change.similarTo.isEmpty())
            note = m.translate("CsvImporter", "“%1” looks like “%2”, already in the catalogue (same title and country).")
                       .arg(change.title, change.similarTo);
        else if (change.kind == RowChange::Kind::Update && !change.formerCountry.isEmpty())
            note = m.translate("CsvImporter", "“%1” has the measure ID of a measure of %2 in the catalogue: check that this file is a newer "
                                              "export of the same view before importing it.").arg(change.title, change.formerCountry);
        if (change.kind == RowChange::Kind::Update && !note.isEmpty())
            lines << QStringLiteral("%1:%2: %3").arg(displayName).arg(change.line).arg(note);
        if (change.kind == RowChange::Kind::Update) {
            QStringList fields;
            for (MeasureField field : change.changed)
                fields << MeasureFields::label(field, language);
            note = m.translate("CsvImporter", "“%1” is updated: %2.").arg(change.title, fields.join(QStringLiteral(", ")));
        }
        if (!note.isEmpty())
            lines << QStringLiteral("%1:%2: %3").arg(displayName).arg(change.line).arg(note);
    }
    return lines + kept;
}

QString CsvImporter::deletedNote(const RowChange &change, Language language)
{
    const Messages m(language);
    const QString when = localeFor(language).toString(change.deletedAt.toLocalTime(), QLocale::ShortFormat);
    QString note = change.deletedBy.isEmpty()
                     ? m.translate("CsvImporter", "“%1” was deleted on %2; importing brings it back, its history going on from the deletion.")
                           .arg(change.title, when)
                     : m.translate("CsvImporter", "“%1” was deleted on %2 by %3; importing brings it back, its history going on from the deletion.")
                           .arg(change.title, when, change.deletedBy);
    if (change.onlyTheFilesColumns)
        note += u' ' + (Surface::isCommandLine()
                            ? m.translate("CsvImporter", "It comes back with the file's columns only: its other fields were deleted with it.")
                            : m.translate("CsvImporter", "It comes back with the file's columns only: its other fields were deleted with it "
                                                         "(Edit ▸ Undo of the deletion, where it is still possible, brings it back whole)."));
    return note;
}

QString CsvImporter::Plan::encodingNote() const
{
    return encoding == CsvReader::Encoding::Windows1252
        ? Messages(language).translate("CsvImporter", "The file is not UTF-8: it was read as Windows-1252, as Excel writes CSV files on Windows.")
        : QString();
}

QString CsvImporter::Plan::amountsNote() const
{
    const Messages m(language);
    if (amountsMixed)
        return m.translate("CsvImporter", "Amounts were read as each one is written: the file has some with a decimal comma and some with a decimal point.");
    switch (amounts) {
    case CsvAmounts::Mark::Unknown:
        return {};
    case CsvAmounts::Mark::Comma:
        return amountsFromDelimiter ? m.translate("CsvImporter", "Amounts were read with a decimal comma (1.500,50), as usual in files separated by “;”.")
                                    : m.translate("CsvImporter", "Amounts were read with a decimal comma (1.500,50), as the file writes them.");
    case CsvAmounts::Mark::Point:
        return amountsFromDelimiter ? m.translate("CsvImporter", "Amounts were read with a decimal point (1,500.50), as usual in files separated by “,”.")
                                    : m.translate("CsvImporter", "Amounts were read with a decimal point (1,500.50), as the file writes them.");
    }
    return {};
}

CsvImporter::Plan CsvImporter::check(const Catalogue &catalogue, const Vocabulary &vocabulary, const QString &path, Language language,
                                     const QString &displayName)
{
    std::optional<CsvReader::Problem> problem;
    Plan plan = checkWith(catalogue, vocabulary, path, language, displayName, CsvReader::Encoding::Utf8, &problem);
    if (!problem || !problem->notUtf8)
        return plan;
    // Excel on Windows: read again as Windows-1252, which refuses what it cannot tell.
    const std::optional<CsvReader::Problem> firstPlace = problem;
    Plan again = checkWith(catalogue, vocabulary, path, language, displayName, CsvReader::Encoding::Windows1252, &problem);
    if (problem && problem->mixed) { // said where the text stops being UTF-8, not where UTF-8 was first seen
        for (QString &line : plan.problems)
            if (line.endsWith(firstPlace->message))
                line = line.left(line.size() - firstPlace->message.size()) + problem->message;
        return plan;
    }
    return again;
}

namespace {

CsvImporter::Plan checkWith(const Catalogue &catalogue, const Vocabulary &vocabulary, const QString &path, Language language,
                            const QString &displayName, CsvReader::Encoding encoding, std::optional<CsvReader::Problem> *readProblem)
{
    using Plan = CsvImporter::Plan;
    using RowChange = CsvImporter::RowChange;
    using Kind = RowChange::Kind;
    constexpr int kMaxListed = CsvImporter::kMaxListed;
    readProblem->reset();
    const Messages m(language);
    const MeasureCsvWriter valueWriter(vocabulary, CsvOptions::standard(language)); // what an update changes, in words
    Plan plan;
    plan.path = QFileInfo(path).absoluteFilePath();
    plan.displayName = fileName(path, displayName);
    plan.language = language;
    plan.encoding = encoding;
    Problems problems(plan);
    HashedFile file(path);
    if (!file.openFile()) {
        problems.add(1, 1, m.translate("CsvImporter", "The file cannot be read (%1).").arg(file.fileError()));
        return plan;
    }
    CsvReader reader(&file, language, CsvReader::kDefaultMaxFieldBytes, encoding);
    QStringList cells;
    if (!reader.next(cells)) {
        if (const auto &p = reader.problem()) {
            problems.add(p->line, p->column, p->message);
            *readProblem = p;
        } else
            problems.add(1, 1, m.translate("CsvImporter", "The file is empty. A CSV file for import starts with a header line naming its columns."));
        return plan;
    }
    const int headerSize = int(cells.size());
    QList<MeasureCsvRow::CellProblem> headerProblems;
    const ImportLayout layout = ImportLayout::read(cells, m, &headerProblems);
    for (const auto &p : headerProblems)
        problems.add(reader.recordLine(), p.column, p.message);
    if (plan.problemCount)
        return plan;
    plan.fields = layout.fields();
    plan.platform = layout.isPlatform();
    const QByteArray amountsRead = decideAmounts(path, layout, reader.delimiter(), plan);
    const CsvAmounts::Reading amounts = readingOf(plan);

    // The check's lookups (three a row) in one read transaction: each on its own began and ended
    // one, which cost more than the lookup. They also see one state of the catalogue.
    const ReadSnapshot snapshot(catalogue.connection());
    MeasureQuery query(catalogue);
    RevisionQuery history(catalogue); // measures deleted here that rows bring back
    QHash<QString, QString> partnerTypes = partnerTypesOf(catalogue); // name key -> type: the catalogue's, then the file's first
    const QHash<QString, QString> catalogPartners = partnerTypes;
    QHash<QString, qint64> partnerLines;  // name key -> the line that first typed it, when from the file
    const int partnerColumn = layout.columnOf(MeasureField::Partners);
    QHash<QString, qint64> uuidLines;
    QHash<QString, qint64> platformLines;
    QList<RowChange> others; // unchanged and kept rows, listed after the changes
    StepProgress *progress = catalogue.stepProgress();
    if (progress)
        progress->setTotal(file.fileSize());
    ParsedRows rows(reader, layout, vocabulary, catalogPartners, amounts, m,
                    progress ? std::function<qint64()>([&file] { return file.bytesRead(); }) : std::function<qint64()>());
    ParsedRows::Row row;
    while (rows.next(row)) {
        if (progress) {
            if (progress->isCancelled()) { // the plan is dropped: say nothing more
                rows.stop();
                plan.ok = false;
                return plan;
            }
            progress->setDone(row.position);
        }
        ++plan.rows;
        const qint64 line = row.line;
        if (row.cellCount != headerSize) {
            // The column where the row stops matching: the first missing or the first extra field.
            problems.add(line, int(qMin(row.cellCount, qsizetype(headerSize))) + 1,
                         m.translate("CsvImporter", "This row has %1 fields but the header has %2. Check the delimiters and quotes of the row.")
                             .arg(row.cellCount)
                             .arg(headerSize));
            continue;
        }
        QList<MeasureCsvRow::CellProblem> &cellProblems = row.problems;
        const QList<PlatformRow::Note> &kept = row.kept;
        const Measure &parsed = row.parsed;
        for (const auto &p : cellProblems)
            problems.add(line, p.column, p.message);
        for (const PlatformRow::Note &note : kept) {
            ++plan.keptCount;
            if (plan.kept.size() < kMaxListed)
                plan.kept << QStringLiteral("%1:%2:%3: %4").arg(plan.displayName).arg(line).arg(note.column).arg(note.message);
        }
        if (!parsed.uuid.isEmpty()) {
            if (uuidLines.contains(parsed.uuid))
                problems.add(line, layout.columnOf(MeasureField::Uuid),
                             m.translate("CsvImporter", "This measure identifier already appears on line %1.").arg(uuidLines.value(parsed.uuid)));
            uuidLines.insert(parsed.uuid, line);
        }
        if (layout.isPlatform() && !parsed.platformMeasureId.isEmpty()) {
            if (platformLines.contains(parsed.platformMeasureId))
                problems.add(line, layout.columnOf(MeasureField::PlatformMeasureId),
                             m.translate("CsvImporter", "The measure ID %1 already appears on line %2. Each measure of the platform's "
                                                        "export has a row of its own: remove the repeated row.")
                                 .arg(parsed.platformMeasureId)
                                 .arg(platformLines.value(parsed.platformMeasureId)));
            platformLines.insert(parsed.platformMeasureId, line);
        }
        for (const PartnerLink &link : layout.isPlatform() ? QList<PartnerLink>() : parsed.partners) {
            const QString key = PartnerIdentity::key(link.name);
            const auto known = partnerTypes.constFind(key);
            if (known == partnerTypes.cend()) {
                partnerTypes.insert(key, link.typeCode);
                partnerLines.insert(key, line);
            } else if (known.value() != link.typeCode) {
                const QString theirs = vocabulary.label(VocabularyKind::PartnerType, link.typeCode, language);
                const QString ours = vocabulary.label(VocabularyKind::PartnerType, known.value(), language);
                cellProblems.append({partnerColumn, partnerLines.contains(key)
                    ? m.translate("CsvImporter", "The partner “%1” is “%2” here but “%3” on line %4. A partner has one type of "
                                                 "entity: write the same one on every line.").arg(link.name, theirs, ours).arg(partnerLines.value(key))
                    : (Surface::isCommandLine()
                           ? m.translate("CsvImporter", "The partner “%1” is “%2” in this catalogue, but the file says “%3”. A partner "
                                                        "has one type of entity in every measure: write “%2” in the file.")
                           : m.translate("CsvImporter", "The partner “%1” is “%2” in this catalogue, but the file says “%3”. A partner has "
                                                        "one type of entity in every measure: write “%2” in the file, or change the "
                                                        "partner's type first with Edit ▸ Partners."))
                          .arg(link.name, ours, theirs)});
                problems.add(line, partnerColumn, cellProblems.last().message);
            }
        }
        QSet<int> problemColumns;
        for (const auto &p : cellProblems)
            problemColumns << p.column;
        const Prepared prepared = prepare(parsed, layout, query, history, vocabulary, kept);
        if (!prepared.readError.isEmpty()) {
            problems.add(line, 1, (Surface::isCommandLine()
                                       ? m.translate("CsvImporter", "The catalogue's copy of this measure could not be read (%1). "
                                                                    "Import again; if this goes on, “measures-cli check” says what "
                                                                    "is wrong, and a backup copy is the way back.")
                                       : m.translate("CsvImporter", "The catalogue's copy of this measure could not be read (%1). "
                                                                    "Close the catalogue and open it again, then import again; if "
                                                                    "this goes on, restore a backup (File ▸ Restore from Backup)."))
                                      .arg(prepared.readError));
            continue;
        }
        if (prepared.kind == Kind::Add || prepared.kind == Kind::Update) {
            const Measure normalized = MeasureValidator::normalized(prepared.measure, vocabulary);
            const QList<FieldIssue> issues = MeasureValidator::validate(normalized, vocabulary, language, MeasureValidator::Source::File)
                                           + MeasureValidator::validateTimes(parsed, language);
            for (const FieldIssue &issue : issues)
                if (!problemColumns.contains(layout.columnOf(issue.field))) // one message per cell
                    problems.add(line, layout.columnOf(issue.field), issue.message);
            if (!issues.isEmpty())
                continue;
        }
        if (!cellProblems.isEmpty())
            continue;
        RowChange change;
        change.kind = prepared.kind;
        change.line = line;
        change.uuid = prepared.measure.uuid;
        change.title = prepared.measure.title.simplified();
        change.changed = prepared.changed;
        if (prepared.kind == Kind::Update && plan.changes.size() < kMaxListed) { // only rows the list will hold
            static constexpr int kShown = 60; // enough to recognise a text, never the whole of a long one
            const auto shown = [&](const Measure &m, MeasureField field) {
                QString text;
                if (field == MeasureField::ReportYear) // numbers, which the writer writes apart from its cells
                    text = m.reportYear ? QString::number(*m.reportYear) : QString();
                else if (field == MeasureField::FundingUsd)
                    text = m.fundingUsdCents ? Money::inDollars(*m.fundingUsdCents, language) : QString();
                else
                    text = valueWriter.cell(m, field).simplified();
                return text.size() > kShown ? text.left(kShown - 1) + u'…' : text;
            };
            for (MeasureField field : prepared.changed)
                change.values.append({shown(*prepared.existing, field), shown(prepared.measure, field)});
        }
        // The same platform id on a measure of another country: perhaps the export of another view.
        if (layout.isPlatform() && prepared.kind == Kind::Update && prepared.changed.contains(MeasureField::Country))
            change.formerCountry = vocabulary.label(VocabularyKind::Country, prepared.existing->country, language);
        if (!change.formerCountry.isEmpty())
            ++plan.otherCountry;
        // What undo would keep of this row: the measure as written, and as it was before an update.
        if (prepared.kind == Kind::Add || prepared.kind == Kind::Update)
            plan.undoBytes += UndoCost::of(prepared.measure) + (prepared.existing ? UndoCost::of(*prepared.existing) : 0);
        switch (prepared.kind) {
        case Kind::Add:
            ++plan.added;
            if (prepared.deletion) {
                change.deletedAt = prepared.deletion->changedAt;
                change.deletedBy = prepared.deletion->author;
                change.onlyTheFilesColumns = std::any_of(MeasureFields::contentFields().cbegin(), MeasureFields::contentFields().cend(),
                                                         [&](MeasureField f) { return !layout.fields().contains(f); });
                ++plan.restored;
                break;
            }
            change.similarTo = query.similarTitle(prepared.measure.title, prepared.measure.country);
            if (!change.similarTo.isEmpty())
                ++plan.similar;
            break;
        case Kind::Update: ++plan.updated; break;
        case Kind::Unchanged: ++plan.unchanged; break;
        case Kind::KeptNewer: ++plan.keptNewer; break;
        }
        // Rows that change the catalogue are listed first, whatever comes before them in the file.
        if (prepared.kind == Kind::Add || prepared.kind == Kind::Update) {
            if (plan.changes.size() < kMaxListed)
                plan.changes << change;
        } else if (others.size() < kMaxListed) {
            others << change;
        }
    }
    rows.stop(); // the reader is this thread's again
    if (const auto &p = reader.problem()) {
        problems.add(p->line, p->column, p->message);
        *readProblem = p;
    }
    plan.changes += others.mid(0, qMax<qsizetype>(0, kMaxListed - plan.changes.size()));
    plan.hash = file.finish();
    if (!amountsRead.isEmpty() && amountsRead != plan.hash)
        problems.add(1, 1, m.translate("CsvImporter", "The file changed while it was being read. Import it again once it is saved."));
    plan.ok = plan.problemCount == 0;
    return plan;
}

} // namespace

CsvImporter::Applied CsvImporter::apply(const Catalogue &catalogue, const Vocabulary &vocabulary, const Plan &plan)
{
    using Kind = RowChange::Kind;
    const Messages m(plan.language);
    Applied applied;
    applied.undoable = plan.keptForUndo(); // as the preview said
    if (!plan.ok) {
        applied.failure = Applied::Failure::NotChecked;
        applied.error = plan.summary();
        return applied;
    }
    HashedFile file(plan.path);
    // What the file or the catalogue did since the check, when the write meets something the
    // check did not: the hash of what the file holds now tells which of the two changed.
    const auto changed = [&]() -> Applied {
        Applied failed;
        const bool fileChanged = file.finish() != plan.hash;
        failed.failure = fileChanged ? Applied::Failure::FileChanged : Applied::Failure::CatalogueChanged;
        failed.error = fileChanged ? m.translate("CsvImporter", "The file “%1” changed after it was checked, so nothing was imported. Check "
                                                                "it again and import what it holds now.").arg(plan.displayName)
                                   : m.translate("CsvImporter", "The catalogue changed after “%1” was checked, so nothing was imported. "
                                                                "Check the file again and import it.").arg(plan.displayName);
        return failed;
    };
    const auto storage = [&](const QString &error) {
        Applied failed;
        failed.failure = Applied::Failure::Storage;
        failed.error = error;
        return failed;
    };
    if (!file.openFile())
        return storage(m.translate("CsvImporter", "The file cannot be read (%1).").arg(file.fileError()));
    WriteTransaction transaction(catalogue, plan.rows > 5000 ? WriteTransaction::Size::Bulk : WriteTransaction::Size::Normal,
                                 plan.added + plan.updated);
    if (!transaction.isActive())
        return storage(transaction.errorMessage());
    MeasureStore store(catalogue, vocabulary);
    store.setOrigin(RevisionOrigin::import);
    MeasureQuery query(catalogue);
    RevisionQuery history(catalogue); // measures deleted here that rows bring back
    CsvReader reader(&file, plan.language, CsvReader::kDefaultMaxFieldBytes, plan.encoding);
    QStringList cells;
    QList<MeasureCsvRow::CellProblem> problems;
    const ImportLayout layout = reader.next(cells) ? ImportLayout::read(cells, m, &problems) : ImportLayout();
    if (!problems.isEmpty() || layout.fields() != plan.fields || layout.isPlatform() != plan.platform || layout.columnCount() == 0)
        return changed();
    const CsvAmounts::Reading amounts = readingOf(plan);
    const QHash<QString, QString> catalogPartners = partnerTypesOf(catalogue);
    QSet<QString> knownPartners(catalogPartners.keyBegin(), catalogPartners.keyEnd());
    StepProgress *progress = catalogue.stepProgress();
    if (progress)
        progress->setTotal(plan.rows);
    ParsedRows rows(reader, layout, vocabulary, catalogPartners, amounts, m);
    ParsedRows::Row row;
    // Whatever ends the write early first stops the reading, so that the file is this thread's.
    const auto changedNow = [&] {
        rows.stop();
        return changed();
    };
    while (rows.next(row)) {
        if (progress) {
            if (progress->isCancelled()) { // the transaction rolls back: none of the rows stay
                rows.stop();
                return storage(m.translate("CsvImporter", "The import was cancelled, so nothing was imported."));
            }
            progress->advance();
        }
        const QList<PlatformRow::Note> &kept = row.kept;
        const Measure &parsed = row.parsed;
        if (!row.problems.isEmpty() || row.cellCount != layout.columnCount())
            return changedNow();
        Prepared prepared = prepare(parsed, layout, query, history, vocabulary, kept);
        if (!prepared.readError.isEmpty()) // nothing is written: the transaction rolls back
            return storage(m.translate("CsvImporter", "line %1: the catalogue's copy of this measure could not be read "
                                                      "(%2), so nothing was imported")
                               .arg(row.line)
                               .arg(prepared.readError));
        if (prepared.kind == Kind::Unchanged || prepared.kind == Kind::KeptNewer)
            continue;
        if (layout.isPlatform()) // what the next import of the platform's export compares with (written only)
            prepared.measure.platformSource = PlatformRow::snapshot(parsed, plan.fields);
        QList<FieldIssue> issues;
        QString error;
        if (!store.write(prepared.measure, prepared.timestamps, plan.language, &issues, &error))
            return error.isEmpty() ? changedNow() : storage(error); // the transaction rolls back: none of the rows stay
        for (const PartnerLink &link : prepared.measure.partners) {
            const QString key = PartnerIdentity::key(link.name);
            if (!knownPartners.contains(key)) {
                knownPartners.insert(key);
                applied.createdPartners << link.name;
            }
        }
        if (prepared.existing) {
            ++applied.updated;
            if (applied.undoable)
                applied.before << std::make_shared<const Measure>(*prepared.existing);
        } else {
            ++applied.added;
            applied.addedUuids << prepared.measure.uuid;
        }
        if (applied.undoable)
            applied.after << std::make_shared<const Measure>(prepared.measure);
    }
    rows.stop();
    if (reader.problem() || file.finish() != plan.hash || applied.added != plan.added || applied.updated != plan.updated)
        return changed();
    if (!transaction.commit())
        return storage(transaction.errorMessage());
    if (!applied.undoable)
        applied.addedUuids.clear();
    applied.ok = true;
    return applied;
}

bool CsvImporter::Plan::keptForUndo() const
{
    return added + updated <= UndoCost::kMaxMeasures && undoBytes <= UndoCost::kMaxStepBytes;
}

CsvImporter::Plan CsvImporter::run(const Catalogue &catalogue, const Vocabulary &vocabulary, const QString &path, bool dryRun,
                                   Language language, const QString &displayName)
{
    Plan plan = check(catalogue, vocabulary, path, language, displayName);
    if (!plan.ok || dryRun)
        return plan;
    const Applied applied = apply(catalogue, vocabulary, plan);
    if (!applied.ok) {
        plan.ok = false;
        plan.failure = applied.error;
        plan.storageFailure = applied.failure == Applied::Failure::Storage;
    }
    return plan;
}
