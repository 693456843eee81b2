// SPDX-License-Identifier: GPL-3.0-or-later
#include "measuretext.h"

#include "model/readiness.h"

#include "model/choices.h"
#include "model/money.h"
#include "model/vocabulary.h"

namespace {

const QStringList &codesOf(const Measure &m, MeasureField field)
{
    static const QStringList none;
    const QStringList *codes = MeasureFields::codes(m, field);
    return codes ? *codes : none;
}

QString textOf(const Measure &m, MeasureField field)
{
    const QString *text = MeasureFields::text(m, field);
    return text ? *text : QString();
}

// The language's short date, with the year written in full (22/11/2026, 11/22/2026).
QString fourDigitYears(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

QString oneLine(const QString &text) { return QString(text).replace(u'\n', u' ').simplified(); }

} // namespace

namespace MeasureText {

QString cell(const Measure &m, MeasureField field, const Vocabulary &vocabulary, Language language, const QLocale &locale)
{
    switch (field) {
    case MeasureField::Country: return vocabulary.label(VocabularyKind::Country, m.country, language);
    case MeasureField::ReportYear: return m.reportYear ? QString::number(*m.reportYear) : QString();
    case MeasureField::FundingUsd: return m.fundingUsdCents ? Money::format(*m.fundingUsdCents, locale) : QString();
    case MeasureField::Goals: return m.goals.join(QStringLiteral(", ")); // the numbers analysts use; labels in the tooltip
    case MeasureField::Partners: {
        QStringList names;
        for (const PartnerLink &p : m.partners)
            names << p.name;
        return names.join(QStringLiteral("; "));
    }
    case MeasureField::Readiness: return Readiness::describe(m, language);
    case MeasureField::CreatedAt:
    case MeasureField::UpdatedAt: {
        const QDateTime when = field == MeasureField::CreatedAt ? m.createdAt : m.updatedAt;
        return when.isValid() ? locale.toString(when.toLocalTime().date(), fourDigitYears(locale)) : QString();
    }
    default:
        break;
    }
    if (const auto kind = MeasureFields::vocabulary(field))
        return vocabulary.labels(*kind, codesOf(m, field), language).join(QStringLiteral(", "));
    if (const QString *code = MeasureFields::choice(m, field))
        return MeasureFields::choiceLabel(field, *code, language);
    if (MeasureFields::type(field) == MeasureFields::Type::Choices) {
        QStringList labels;
        for (const QString &code : *MeasureFields::codes(m, field))
            labels << MeasureFields::choiceLabel(field, code, language);
        return labels.join(QStringLiteral(", "));
    }
    return oneLine(textOf(m, field));
}

QString tooltip(const Measure &m, MeasureField field, const Vocabulary &vocabulary, Language language)
{
    switch (MeasureFields::type(field)) {
    case MeasureFields::Type::Terms: {
        const QStringList labels = vocabulary.labels(*MeasureFields::vocabulary(field), codesOf(m, field), language);
        if (field == MeasureField::Goals) {
            QStringList lines;
            for (int i = 0; i < m.goals.size(); ++i)
                lines << QStringLiteral("%1. %2").arg(m.goals.at(i), labels.value(i));
            return lines.join(u'\n');
        }
        return labels.join(u'\n');
    }
    case MeasureFields::Type::Partners: {
        QStringList lines;
        for (const PartnerLink &p : m.partners)
            lines << QStringLiteral("%1 (%2)").arg(p.name, vocabulary.label(VocabularyKind::PartnerType, p.typeCode, language));
        return lines.join(u'\n');
    }
    case MeasureFields::Type::Timestamp: {
        const QDateTime when = field == MeasureField::CreatedAt ? m.createdAt : m.updatedAt;
        return when.isValid() ? localeFor(language).toString(when.toLocalTime(), QLocale::LongFormat) : QString();
    }
    case MeasureFields::Type::LongText:
    case MeasureFields::Type::Text: {
        const QString text = textOf(m, field);
        return text.size() > 60 || text.contains(u'\n') ? text : QString();
    }
    default:
        return {};
    }
}

} // namespace MeasureText
