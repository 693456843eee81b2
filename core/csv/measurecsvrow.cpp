// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurecsvrow.h"

#include "model/choices.h"
#include "model/money.h"
#include "model/timestamps.h"
#include "model/vocabulary.h"

#include <QStringEncoder>
#include <QUuid>


MeasureCsvRow::Columns MeasureCsvRow::mapHeader(const QStringList &header, const Messages &m, QList<CellProblem> *problems)
{
    Columns columns;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = Csv::removeFormulaGuard(header.at(i)).trimmed();
        const auto field = MeasureFields::fromHeader(name);
        if (!field) {
            QStringList keys;
            for (MeasureField f : MeasureFields::all())
                keys << MeasureFields::key(f);
            problems->append({i + 1, m.translate("MeasureCsvRow", "Unknown column “%1”. Columns are named by these keys or their labels "
                                                                  "in an interface language: %2.").arg(name, keys.join(QStringLiteral(", ")))});
        } else if (columns.contains(field)) {
            problems->append({i + 1, m.translate("MeasureCsvRow", "The column “%1” appears twice. Keep only one.").arg(name)});
        }
        columns << field;
    }
    if (!columns.contains(MeasureField::Title) && !columns.contains(MeasureField::Uuid))
        problems->append({1, m.translate("MeasureCsvRow", "There is no title column. Every measure needs a title: add a column named "
                                                          "“title” (or “Title” / “Título”).")});
    return columns;
}

QList<MeasureField> MeasureCsvRow::fieldsOf(const Columns &columns)
{
    QList<MeasureField> fields;
    for (const auto &column : columns)
        if (column && !fields.contains(*column))
            fields << *column;
    return fields;
}

int MeasureCsvRow::columnOf(MeasureField field, const Columns &columns)
{
    const qsizetype at = columns.indexOf(field);
    return at < 0 ? 0 : int(at) + 1;
}

Measure MeasureCsvRow::parse(const QStringList &cells, const Columns &columns, const Vocabulary &vocabulary,
                             const CsvAmounts::Reading &amounts, const Messages &messages, QList<CellProblem> *problems)
{
    Measure m;
    for (int i = 0; i < columns.size() && i < cells.size(); ++i) {
        if (!columns.at(i))
            continue;
        const MeasureField field = *columns.at(i);
        const int column = i + 1;
        const QString cell = Csv::removeFormulaGuard(cells.at(i));
        const QString trimmed = cell.trimmed();
        const auto problem = [&](const QString &message) { problems->append({column, message}); };

        if (QString *text = MeasureFields::text(m, field); text && field != MeasureField::Uuid) {
            *text = field == MeasureField::Website ? trimmed : cell;
            continue;
        }
        if (const auto kind = MeasureFields::vocabulary(field)) {
            QStringList codes;
            const QStringList items = field == MeasureField::Country ? (trimmed.isEmpty() ? QStringList() : QStringList{trimmed})
                                                                      : Csv::splitList(trimmed);
            for (const QString &item : items) {
                if (const VocabularyTerm *term = vocabulary.match(*kind, item))
                    codes << term->code;
                else if (field == MeasureField::Country)
                    problem(messages.translate("MeasureCsvRow", "Unknown country “%1”. Use the ISO 3166 three-letter code (for example MEX or PER) or "
                                                                "the country's name.").arg(item));
                else
                    problem(messages.translate("MeasureCsvRow", "“%1” is not a value of %2. Use one of its codes or labels, separated by “;”.")
                                .arg(item, MeasureFields::label(field, messages.language())));
            }
            if (field == MeasureField::Country)
                m.country = codes.value(0);
            else if (QStringList *list = MeasureFields::codes(m, field))
                *list = codes;
            continue;
        }

        if (QString *code = MeasureFields::choice(m, field)) {
            if (trimmed.isEmpty())
                continue; // the field's default (not known, draft)
            *code = MeasureFields::choiceMatch(field, trimmed);
            if (code->isEmpty() && field == MeasureField::Status)
                problem(messages.translate("MeasureCsvRow", "“%1” is not a status. Use draft or ready (Borrador, Lista).").arg(trimmed));
            else if (code->isEmpty())
                problem(messages.translate("MeasureCsvRow", "“%1” is not an answer to “%2”. Use yes, no or unknown (or Sí, No, No se sabe).")
                            .arg(trimmed, MeasureFields::label(field, messages.language())));
            continue;
        }
        if (MeasureFields::type(field) == MeasureFields::Type::Choices) {
            QStringList *codes = MeasureFields::codes(m, field);
            for (const QString &item : Csv::splitList(trimmed)) {
                const QString code = MeasureFields::choiceMatch(field, item);
                if (code.isEmpty())
                    problem(messages.translate("MeasureCsvRow", "“%1” is not a value of %2. Use one of its codes or labels, separated by “;”.")
                                .arg(item, MeasureFields::label(field, messages.language())));
                else if (!codes->contains(code))
                    codes->append(code);
            }
            continue;
        }

        switch (field) {
        case MeasureField::Uuid:
            if (!trimmed.isEmpty() && QUuid::fromString(trimmed).isNull())
                problem(messages.translate("MeasureCsvRow", "“%1” is not a measure identifier (UUID). Leave the cell empty for a new measure.").arg(trimmed));
            else
                m.uuid = QUuid::fromString(trimmed).isNull() ? QString() : QUuid::fromString(trimmed).toString(QUuid::WithoutBraces);
            break;
        case MeasureField::ReportYear:
            if (!trimmed.isEmpty()) {
                bool ok = false;
                const int year = trimmed.toInt(&ok);
                if (!ok)
                    problem(messages.translate("MeasureCsvRow", "“%1” is not a year. Write the report year with four digits, for example 2020.").arg(trimmed));
                else
                    m.reportYear = year;
            }
            break;
        case MeasureField::FundingUsd:
            if (!trimmed.isEmpty()) {
                const CsvAmounts::Mark shown = CsvAmounts::evidenceOf(trimmed);
                if (shown == CsvAmounts::Mark::Unknown && amounts.mixed && (trimmed.contains(u'.') || trimmed.contains(u','))) {
                    problem(messages.translate("MeasureCsvRow", "“%1” could be read two ways, because this file writes some amounts "
                                                                "with a decimal comma and others with a decimal point. Write this "
                                                                "amount without a thousands separator, for example 1500 or 1500.50.")
                                .arg(trimmed));
                    break;
                }
                const CsvAmounts::Mark mark = shown == CsvAmounts::Mark::Unknown ? amounts.file : shown;
                // Examples in the message are written as a language with this decimal mark writes them.
                Language example;
                for (const Language language : Language::all())
                    if (language.locale().decimalPoint() == CsvAmounts::decimalPoint(mark)) {
                        example = language;
                        break;
                    }
                QString error;
                m.fundingUsdCents = Money::parse(trimmed, CsvAmounts::decimalPoint(mark), messages, localeFor(example), &error);
                if (!error.isEmpty())
                    problem(error);
            }
            break;
        case MeasureField::Partners:
            for (const QString &item : Csv::splitList(trimmed)) {
                QString name, typeText;
                if (!Csv::parsePartnerItem(item, &name, &typeText)) {
                    problem(messages.translate("MeasureCsvRow", "The partner “%1” has no type of entity. Write it as “Name [type]”, for example "
                                                                "“Ministry of Culture [public_sector]”.").arg(item));
                    continue;
                }
                const VocabularyTerm *type = vocabulary.match(VocabularyKind::PartnerType, typeText);
                if (!type)
                    problem(messages.translate("MeasureCsvRow", "“%1” is not a type of entity for the partner “%2”. Use public_sector, private_sector, "
                                                                "civil_society, international_organization or their labels.").arg(typeText, name));
                else
                    m.partners.append({name, type->code});
            }
            break;
        case MeasureField::CreatedAt:
        case MeasureField::UpdatedAt:
            if (!trimmed.isEmpty()) {
                const QDateTime when = parseIsoTimestamp(trimmed);
                if (!when.isValid())
                    problem(messages.translate("MeasureCsvRow", "“%1” is not a date and time. Use ISO 8601, for example 2026-11-22T09:30:00Z.").arg(trimmed));
                else if (field == MeasureField::CreatedAt)
                    m.createdAt = when;
                else
                    m.updatedAt = when;
            }
            break;
        default:
            break;
        }
    }
    return m;
}

MeasureCsvWriter::MeasureCsvWriter(const Vocabulary &vocabulary, const CsvOptions &options)
    : m_options(options), m_columns(options.effectiveColumns())
{
    if (options.codes)
        return;
    const Language language = options.language;
    for (MeasureField field : m_columns) {
        QHash<QString, QString> &labels = m_labels[int(field)];
        if (const auto kind = MeasureFields::vocabulary(field)) {
            for (const VocabularyTerm &term : vocabulary.terms(*kind))
                labels.insert(term.code, term.label(language));
        } else {
            for (const QString &code : MeasureFields::choiceCodes(field))
                labels.insert(code, MeasureFields::choiceLabel(field, code, language));
        }
    }
    for (const VocabularyTerm &term : vocabulary.terms(VocabularyKind::PartnerType))
        m_partnerTypes.insert(term.code, term.label(language));
}

void MeasureCsvWriter::appendHeader(QByteArray &out) const
{
    if (m_options.bom)
        out.append(Csv::kUtf8Bom);
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (i)
            out.append(m_options.delimiter);
        const QString name = m_options.header == CsvOptions::Header::Keys ? MeasureFields::key(m_columns[i])
                                                                          : MeasureFields::label(m_columns[i], m_options.language);
        Csv::appendField(out, name.toUtf8(), m_options.delimiter, m_options.formulaGuard);
    }
    Csv::appendRecordEnd(out);
}

QString MeasureCsvWriter::label(MeasureField field, const QString &code) const
{
    const auto map = m_labels.constFind(int(field));
    if (map == m_labels.cend())
        return code;
    return map->value(code, code);
}

QString MeasureCsvWriter::cell(const Measure &m, MeasureField field) const
{
    switch (field) {
    case MeasureField::Uuid: return m.uuid;
    case MeasureField::Country: return label(field, m.country);
    case MeasureField::CreatedAt: return m.createdAt.isValid() ? isoTimestamp(m.createdAt) : QString();
    case MeasureField::UpdatedAt: return m.updatedAt.isValid() ? isoTimestamp(m.updatedAt) : QString();
    case MeasureField::Partners: {
        QStringList items;
        for (const PartnerLink &link : m.partners)
            items << Csv::partnerItem(link.name, m_options.codes ? link.typeCode : m_partnerTypes.value(link.typeCode, link.typeCode));
        return Csv::joinList(items);
    }
    default:
        break;
    }
    if (const QString *code = MeasureFields::choice(m, field))
        return label(field, *code);
    if (MeasureFields::type(field) == MeasureFields::Type::Terms || MeasureFields::type(field) == MeasureFields::Type::Choices) {
        QStringList items;
        for (const QString &code : *MeasureFields::codes(m, field))
            items << label(field, code);
        return Csv::joinList(items);
    }
    if (const QString *text = MeasureFields::text(m, field))
        return *text;
    return {};
}

void MeasureCsvWriter::appendRow(QByteArray &out, const Measure &m) const
{
    const char delimiter = m_options.delimiter;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (i)
            out.append(delimiter);
        const MeasureField field = m_columns[i];
        if (field == MeasureField::ReportYear) { // numbers: never quoted or guarded
            if (m.reportYear)
                out.append(QByteArray::number(*m.reportYear));
        } else if (field == MeasureField::FundingUsd) {
            if (m.fundingUsdCents)
                out.append(Money::formatPlain(*m.fundingUsdCents, m_options.decimalPoint()).toLatin1());
        } else {
            const QString text = cell(m, field);
            m_scratch.resize(text.size() * 3); // UTF-8 needs at most three bytes per UTF-16 unit
            QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
            char *end = encoder.appendToBuffer(m_scratch.data(), text);
            Csv::appendField(out, QByteArrayView(m_scratch.constData(), end - m_scratch.constData()), delimiter,
                             m_options.formulaGuard);
        }
    }
    Csv::appendRecordEnd(out);
}
