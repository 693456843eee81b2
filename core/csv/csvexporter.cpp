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

namespace {

constexpr qsizetype kFlushBytes = 1 << 18;
constexpr char kItemSeparator = '\x1f';
constexpr char kPartnerTypeSeparator = '\x1e';

QString termList(const char *kind)
{
    return QStringLiteral("(SELECT group_concat(code, char(31)) FROM (SELECT t.code FROM measure_term t "
                          "JOIN term v ON v.kind = t.kind AND v.code = t.code "
                          "WHERE t.measure_id = m.id AND t.kind = '%1' ORDER BY v.position))")
        .arg(QLatin1String(kind));
}

// The SELECT list has one column per MeasureField, in enum order; unused ones are NULL so that
// their subqueries never run.
QString selectList(const QList<MeasureField> &columns)
{
    QStringList list;
    for (MeasureField field : MeasureFields::all()) {
        if (!columns.contains(field)) {
            list << QStringLiteral("NULL");
            continue;
        }
        switch (field) {
        case MeasureField::Scope: list << termList("scope"); break;
        case MeasureField::Nature: list << termList("nature"); break;
        case MeasureField::Goals: list << termList("goal"); break;
        case MeasureField::MonitoringAreas: list << termList("area"); break;
        case MeasureField::Domains: list << termList("domain"); break;
        case MeasureField::Partners:
            list << QStringLiteral("(SELECT group_concat(x, char(31)) FROM (SELECT p.name || char(30) || p.type_code AS x "
                                   "FROM measure_partner mp JOIN partner p ON p.id = mp.partner_id "
                                   "WHERE mp.measure_id = m.id ORDER BY mp.position))");
            break;
        default: list << QStringLiteral("m.") + MeasureFields::key(field); break;
        }
    }
    return list.join(QStringLiteral(", "));
}

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

    const SqlCondition where = MeasureFilterSql::where(filter);
    SqliteStatement query(m_catalogue.handle(), QStringLiteral("SELECT %1 FROM measure m %2 %3")
                                                    .arg(selectList(columns), where.sql, MeasureFilterSql::orderBy(sort)));
    if (!query.isValid()) {
        result.error = tr("The export could not start (%1).").arg(query.errorMessage());
        return result;
    }
    query.bindAll(where.values);
    const qint64 total = progress ? MeasureQuery(m_catalogue).count(filter) : 0;

    QByteArray buffer;
    buffer.reserve(kFlushBytes + (1 << 16));
    QByteArray scratch;
    scratch.reserve(1 << 12);
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

    const QChar decimal = options.decimalPoint();
    char number[32];
    while (query.step()) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i)
                buffer.append(delimiter);
            const MeasureField field = columns[i];
            const int column = int(field);
            if (query.isNull(column))
                continue;
            switch (MeasureFields::type(field)) {
            case MeasureFields::Type::Money: {
                const qint64 cents = query.int64(column);
                const int n = std::snprintf(number, sizeof number, "%lld%c%02lld", static_cast<long long>(cents / 100),
                                            char(decimal.unicode()), static_cast<long long>(cents % 100));
                buffer.append(number, n);
                break;
            }
            case MeasureFields::Type::Year:
                buffer.append(query.utf8(column).data(), query.utf8(column).size());
                break;
            case MeasureFields::Type::Term:
            case MeasureFields::Type::Choice:
                Csv::appendField(buffer, lookup(mapOf[column], query.utf8(column)), delimiter, options.formulaGuard);
                break;
            case MeasureFields::Type::Terms:
            case MeasureFields::Type::Partners: {
                scratch.resize(0);
                const QByteArrayView all = query.utf8(column);
                qsizetype start = 0;
                while (start <= all.size()) {
                    qsizetype end = all.indexOf(kItemSeparator, start);
                    if (end < 0)
                        end = all.size();
                    const QByteArrayView item = all.sliced(start, end - start);
                    if (!scratch.isEmpty())
                        scratch.append("; ", 2);
                    if (field == MeasureField::Partners) {
                        const qsizetype cut = item.indexOf(kPartnerTypeSeparator);
                        const QByteArrayView type = cut < 0 ? QByteArrayView() : item.sliced(cut + 1);
                        scratch.append(item.data(), cut < 0 ? item.size() : cut);
                        scratch.append(" [", 2);
                        const QByteArrayView shown = labels ? lookup(&partnerTypes, type) : type;
                        scratch.append(shown.data(), shown.size());
                        scratch.append(']');
                    } else {
                        const QByteArrayView shown = lookup(mapOf[column], item);
                        scratch.append(shown.data(), shown.size());
                    }
                    start = end + 1;
                }
                Csv::appendField(buffer, scratch, delimiter, options.formulaGuard);
                break;
            }
            default:
                Csv::appendField(buffer, query.utf8(column), delimiter, options.formulaGuard);
            }
        }
        Csv::appendRecordEnd(buffer);
        ++result.rows;
        if (buffer.size() >= kFlushBytes && !flush()) {
            result.error = tr("Writing the CSV file failed (%1). Check the free space of the disk.").arg(out.errorString());
            return result;
        }
        if (progress && result.rows % 512 == 0 && !progress(result.rows, total)) {
            result.cancelled = true;
            return result;
        }
    }
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
