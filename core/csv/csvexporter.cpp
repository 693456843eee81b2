#include "csvexporter.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqlitestatement.h"
#include "model/choices.h"
#include "model/vocabulary.h"
#include "query/measurequery.h"

#include <QDir>
#include <QHash>
#include <QIODevice>
#include <QSaveFile>
#include <algorithm>

namespace {

constexpr qsizetype kFlushBytes = 1 << 18;
constexpr int kBatch = 256; // rows whose lists and partners are fetched with one query each
constexpr int kFieldCount = int(MeasureField::UpdatedAt) + 1;

// The column holding a list field's facet mask: the list is read from it, in vocabulary order,
// instead of from the link table (core/sql/004_facet_bits.sql).
QString bitsColumn(MeasureField field)
{
    switch (field) {
    case MeasureField::Goals: return QStringLiteral("m.goal_bits");
    case MeasureField::MonitoringAreas: return QStringLiteral("m.area_bits");
    case MeasureField::Domains: return QStringLiteral("m.domain_bits");
    case MeasureField::Scope: return QStringLiteral("m.scope_bits");
    case MeasureField::Nature: return QStringLiteral("m.nature_bits");
    default: return {};
    }
}

// One column per MeasureField, in MeasureField order, after m.id; partners come per batch.
QString selectList(const QList<MeasureField> &columns)
{
    QStringList list{QStringLiteral("m.id")};
    for (MeasureField field : MeasureFields::all()) {
        if (!columns.contains(field) || field == MeasureField::Partners)
            list << QStringLiteral("NULL");
        else if (MeasureFields::type(field) == MeasureFields::Type::Terms)
            list << bitsColumn(field);
        else
            list << QStringLiteral("m.") + MeasureFields::key(field);
    }
    return list.join(QStringLiteral(", "));
}

// (bit, text) of a vocabulary's terms in display order: what a list cell shows for a mask.
using BitTexts = QList<QPair<int, QByteArray>>;

using LabelMap = QHash<QByteArray, QByteArray>;

LabelMap labelsOf(const Vocabulary &vocabulary, VocabularyKind kind, Language language)
{
    LabelMap map;
    for (const VocabularyTerm &term : vocabulary.terms(kind))
        map.insert(term.code.toUtf8(), term.label(language).toUtf8());
    return map;
}

LabelMap choiceLabels(const QStringList &codes, QString (*label)(const QString &, Language), Language language)
{
    LabelMap map;
    for (const QString &code : codes)
        map.insert(code.toUtf8(), label(code, language).toUtf8());
    return map;
}

QByteArrayView lookup(const LabelMap *map, QByteArrayView code)
{
    if (!map)
        return code;
    const auto it = map->constFind(QByteArray::fromRawData(code.data(), code.size()));
    return it == map->cend() ? code : QByteArrayView(it.value());
}

// One row of a batch: its cells as UTF-8, in buffers reused from batch to batch.
struct BufferedRow {
    qint64 id = 0;
    QByteArray cells[kFieldCount];
    bool null[kFieldCount] = {};
};

} // namespace

CsvExporter::CsvExporter(const Catalogue &catalogue, const Vocabulary &vocabulary)
    : m_catalogue(catalogue), m_vocabulary(vocabulary)
{
}

CsvExporter::Result CsvExporter::write(QIODevice &out, const MeasureFilter &filter, const MeasureSort &sort,
                                       const CsvOptions &options, const Progress &progress) const
{
    Result result;
    const QList<MeasureField> columns = options.effectiveColumns();
    const bool labels = !options.codes;
    const Language language = options.language;
    const char delimiter = options.delimiter;

    // Labels are joined once here, never per cell.
    LabelMap maps[int(MeasureField::UpdatedAt) + 1];
    const LabelMap *mapOf[int(MeasureField::UpdatedAt) + 1] = {};
    LabelMap partnerTypes;
    if (labels) {
        for (MeasureField field : columns) {
            if (const auto kind = MeasureFields::vocabulary(field))
                maps[int(field)] = labelsOf(m_vocabulary, *kind, language);
            else if (field == MeasureField::Evaluated)
                maps[int(field)] = choiceLabels(Evaluation::codes(), Evaluation::label, language);
            else if (field == MeasureField::Status)
                maps[int(field)] = choiceLabels(ReviewStatus::codes(), ReviewStatus::label, language);
            else
                continue;
            mapOf[int(field)] = &maps[int(field)];
        }
        partnerTypes = labelsOf(m_vocabulary, VocabularyKind::PartnerType, language);
    }

    MeasureQuery counter(m_catalogue);
    const SqlCondition where = counter.where(filter, sort); // the same query as the table's
    sqlite3 *db = m_catalogue.handle();
    SqliteStatement query(db, QStringLiteral("SELECT %1 FROM measure m %2 %3")
                                  .arg(selectList(columns), where.sql, MeasureFilterSql::orderBy(sort)));
    SqliteStatement partners(db, QStringLiteral("SELECT mp.measure_id, p.name, p.type_code FROM measure_partner mp "
                                                "JOIN partner p ON p.id = mp.partner_id "
                                                "WHERE mp.measure_id IN (%1) ORDER BY mp.measure_id, mp.position")
                                     .arg(sqlPlaceholders(kBatch)));
    if (!query.isValid() || !partners.isValid()) {
        result.error = tr("The export could not start (%1).").arg(query.errorMessage() + partners.errorMessage());
        return result;
    }
    query.bindAll(where.values);
    const qint64 total = progress ? counter.count(filter) : 0;
    const bool wantsPartners = columns.contains(MeasureField::Partners);
    BitTexts bitTexts[kFieldCount];
    for (MeasureField field : columns) {
        if (MeasureFields::type(field) != MeasureFields::Type::Terms)
            continue;
        for (const VocabularyTerm &term : m_vocabulary.terms(*MeasureFields::vocabulary(field)))
            if (term.bit >= 0)
                bitTexts[int(field)].append({term.bit, labels ? term.label(language).toUtf8() : term.code.toUtf8()});
    }

    QByteArray buffer;
    buffer.reserve(kFlushBytes + (1 << 16));
    const auto flush = [&]() {
        if (buffer.isEmpty())
            return true;
        const bool written = out.write(buffer) == buffer.size();
        buffer.resize(0);
        return written;
    };

    if (options.bom)
        buffer.append(Csv::kUtf8Bom);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i)
            buffer.append(delimiter);
        const QString name = options.header == CsvOptions::Header::Keys ? MeasureFields::key(columns[i])
                                                                        : MeasureFields::label(columns[i], language);
        Csv::appendField(buffer, name.toUtf8(), delimiter, options.formulaGuard);
    }
    Csv::appendRecordEnd(buffer);

    QVector<BufferedRow> batch(kBatch);
    QHash<qint64, int> rowOfId;
    rowOfId.reserve(kBatch);
    const QChar decimal = options.decimalPoint();
    char number[32];

    // Appends an item to a list cell, "; " between items.
    const auto appendItem = [](QByteArray &cell, bool &null, QByteArrayView item) {
        if (!null)
            cell.append("; ", 2);
        null = false;
        cell.append(item.data(), item.size());
    };

    const auto writeBatch = [&](int rows) -> bool {
        rowOfId.clear();
        for (int r = 0; r < rows; ++r)
            rowOfId.insert(batch[r].id, r);
        if (wantsPartners) {
            partners.reset();
            for (int i = 0; i < kBatch; ++i)
                partners.bindInt64(i + 1, i < rows ? batch[i].id : 0);
            const int f = int(MeasureField::Partners);
            while (partners.step()) {
                const int r = rowOfId.value(partners.int64(0), -1);
                if (r < 0)
                    continue;
                QByteArray &cell = batch[r].cells[f];
                appendItem(cell, batch[r].null[f], partners.utf8(1));
                cell.append(" [", 2);
                const QByteArrayView type = labels ? lookup(&partnerTypes, partners.utf8(2)) : partners.utf8(2);
                cell.append(type.data(), type.size());
                cell.append(']');
            }
            partners.reset();
        }
        for (int r = 0; r < rows; ++r) {
            const BufferedRow &row = batch[r];
            for (qsizetype i = 0; i < columns.size(); ++i) {
                if (i)
                    buffer.append(delimiter);
                const int f = int(columns[i]);
                if (row.null[f])
                    continue;
                switch (MeasureFields::type(columns[i])) {
                case MeasureFields::Type::Money:
                case MeasureFields::Type::Year:
                    buffer.append(row.cells[f]); // numbers: never quoted or guarded
                    break;
                case MeasureFields::Type::Term:
                case MeasureFields::Type::Choice:
                    Csv::appendField(buffer, lookup(mapOf[f], row.cells[f]), delimiter, options.formulaGuard);
                    break;
                default:
                    Csv::appendField(buffer, row.cells[f], delimiter, options.formulaGuard);
                }
            }
            Csv::appendRecordEnd(buffer);
        }
        result.rows += rows;
        if (buffer.size() >= kFlushBytes && !flush()) {
            result.error = tr("Writing the CSV file failed (%1). Check the free space of the disk.").arg(out.errorString());
            return false;
        }
        return true;
    };

    int rows = 0;
    while (query.step()) {
        BufferedRow &row = batch[rows];
        row.id = query.int64(0);
        for (int f = 0; f < kFieldCount; ++f) {
            row.cells[f].resize(0); // keeps its capacity: no allocation per row once warm
            row.null[f] = true;
        }
        for (MeasureField field : columns) {
            const int f = int(field);
            const MeasureFields::Type type = MeasureFields::type(field);
            if (type == MeasureFields::Type::Partners || query.isNull(f + 1))
                continue;
            if (type == MeasureFields::Type::Terms) {
                const qint64 mask = query.int64(f + 1);
                for (const auto &[bit, text] : std::as_const(bitTexts[f]))
                    if (mask & (qint64(1) << bit))
                        appendItem(row.cells[f], row.null[f], text);
                continue;
            }
            row.null[f] = false;
            if (type == MeasureFields::Type::Money) {
                const qint64 cents = query.int64(f + 1);
                const int n = std::snprintf(number, sizeof number, "%lld%c%02lld", static_cast<long long>(cents / 100),
                                            char(decimal.unicode()), static_cast<long long>(cents % 100));
                row.cells[f].append(number, n);
            } else {
                const QByteArrayView bytes = query.utf8(f + 1);
                row.cells[f].append(bytes.data(), bytes.size());
            }
        }
        if (++rows == kBatch) {
            if (!writeBatch(rows))
                return result;
            rows = 0;
            if (progress && !progress(result.rows, total)) {
                result.cancelled = true;
                return result;
            }
        }
    }
    if (rows > 0 && !writeBatch(rows))
        return result;
    if (query.hasError()) {
        result.error = tr("Reading the catalogue failed during the export (%1).").arg(query.errorMessage());
        return result;
    }
    if (!flush()) {
        result.error = tr("Writing the CSV file failed (%1). Check the free space of the disk.").arg(out.errorString());
        return result;
    }
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
        result.error = tr("The file “%1” cannot be written (%2). Choose another folder.")
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
        result.error = tr("The file “%1” could not be completed (%2). Nothing was written; check the free space "
                          "and try again.").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return result;
}
