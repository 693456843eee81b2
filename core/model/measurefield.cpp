// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurefield.h"

#include "i18n/translations.h"

#include <QCoreApplication>

namespace {

struct FieldInfo {
    MeasureField field;
    const char *key;
    const char *label;
    MeasureFields::Type type;
};

using T = MeasureFields::Type;

const FieldInfo kFields[] = {
    {MeasureField::Uuid, "uuid", QT_TRANSLATE_NOOP("MeasureField", "Identifier"), T::Identifier},
    {MeasureField::Title, "title", QT_TRANSLATE_NOOP("MeasureField", "Title"), T::Text},
    {MeasureField::Country, "country", QT_TRANSLATE_NOOP("MeasureField", "Country"), T::Term},
    {MeasureField::ReportYear, "report_year", QT_TRANSLATE_NOOP("MeasureField", "Report year"), T::Year},
    {MeasureField::ResponsibleAgencies, "responsible_agencies", QT_TRANSLATE_NOOP("MeasureField", "Responsible agencies"), T::Text},
    {MeasureField::KeyObjectives, "key_objectives", QT_TRANSLATE_NOOP("MeasureField", "Key objectives"), T::LongText},
    {MeasureField::MainFeatures, "main_features", QT_TRANSLATE_NOOP("MeasureField", "Main features"), T::LongText},
    {MeasureField::Scope, "scope", QT_TRANSLATE_NOOP("MeasureField", "Scope"), T::Terms},
    {MeasureField::Nature, "nature", QT_TRANSLATE_NOOP("MeasureField", "Nature"), T::Terms},
    {MeasureField::ExpectedResults, "expected_results", QT_TRANSLATE_NOOP("MeasureField", "Expected results"), T::LongText},
    {MeasureField::ResultsAchieved, "results_achieved", QT_TRANSLATE_NOOP("MeasureField", "Results achieved"), T::LongText},
    {MeasureField::FundingText, "funding_text", QT_TRANSLATE_NOOP("MeasureField", "Funding as reported"), T::Text},
    {MeasureField::FundingUsd, "funding_usd", QT_TRANSLATE_NOOP("MeasureField", "Funding (USD)"), T::Money},
    {MeasureField::Evaluated, "evaluated", QT_TRANSLATE_NOOP("MeasureField", "Evaluated"), T::Choice},
    {MeasureField::EvaluationConclusions, "evaluation_conclusions", QT_TRANSLATE_NOOP("MeasureField", "Evaluation conclusions"), T::LongText},
    {MeasureField::Goals, "goals", QT_TRANSLATE_NOOP("MeasureField", "Convention goals"), T::Terms},
    {MeasureField::MonitoringAreas, "monitoring_areas", QT_TRANSLATE_NOOP("MeasureField", "Monitoring areas"), T::Terms},
    {MeasureField::Domains, "domains", QT_TRANSLATE_NOOP("MeasureField", "Cultural domains"), T::Terms},
    {MeasureField::Partners, "partners", QT_TRANSLATE_NOOP("MeasureField", "Partners"), T::Partners},
    {MeasureField::Website, "website", QT_TRANSLATE_NOOP("MeasureField", "Website"), T::Url},
    {MeasureField::Status, "status", QT_TRANSLATE_NOOP("MeasureField", "Status"), T::Choice},
    {MeasureField::CreatedAt, "created_at", QT_TRANSLATE_NOOP("MeasureField", "Created"), T::Timestamp},
    {MeasureField::UpdatedAt, "updated_at", QT_TRANSLATE_NOOP("MeasureField", "Last changed"), T::Timestamp},
};

const FieldInfo kReadiness = {MeasureField::Readiness, "readiness", QT_TRANSLATE_NOOP("MeasureField", "Missing for the report"), T::Text};

const FieldInfo &info(MeasureField field) { return field == MeasureField::Readiness ? kReadiness : kFields[int(field)]; }

} // namespace

namespace MeasureFields {

const QList<MeasureField> &all()
{
    static const QList<MeasureField> fields = [] {
        QList<MeasureField> list;
        for (const FieldInfo &f : kFields)
            list << f.field;
        return list;
    }();
    return fields;
}

const QList<MeasureField> &tableFields()
{
    static const QList<MeasureField> fields = QList<MeasureField>(all()) << MeasureField::Readiness;
    return fields;
}

QList<MeasureField> stored(const QList<MeasureField> &fields)
{
    QList<MeasureField> list;
    for (MeasureField field : fields)
        if (field != MeasureField::Readiness)
            list << field;
    return list;
}

QString key(MeasureField field) { return QString::fromLatin1(info(field).key); }

std::optional<MeasureField> fromKey(QStringView key)
{
    for (const FieldInfo &f : kFields)
        if (key == QLatin1String(f.key))
            return f.field;
    if (key == QLatin1String(kReadiness.key)) // table layouts and saved views name it
        return MeasureField::Readiness;
    return std::nullopt;
}

std::optional<MeasureField> fromHeader(const QString &header)
{
    const QString folded = foldForMatching(header);
    for (const FieldInfo &f : kFields) {
        if (folded == QLatin1String(f.key))
            return f.field;
        for (Language language : {Language::English, Language::Spanish})
            if (folded == foldForMatching(Translations::translate(language, "MeasureField", f.label)))
                return f.field;
    }
    return std::nullopt;
}

QString label(MeasureField field, Language language)
{
    return Translations::translate(language, "MeasureField", info(field).label);
}

QString shortLabel(MeasureField field, Language language)
{
    const char *text = nullptr;
    switch (field) {
    case MeasureField::ReportYear: text = QT_TRANSLATE_NOOP("MeasureFieldShort", "Year"); break;
    case MeasureField::ResponsibleAgencies: text = QT_TRANSLATE_NOOP("MeasureFieldShort", "Agencies"); break;
    case MeasureField::FundingUsd: text = QT_TRANSLATE_NOOP("MeasureFieldShort", "USD"); break;
    case MeasureField::Goals: text = QT_TRANSLATE_NOOP("MeasureFieldShort", "Goals"); break;
    case MeasureField::MonitoringAreas: text = QT_TRANSLATE_NOOP("MeasureFieldShort", "Areas"); break;
    case MeasureField::Domains: text = QT_TRANSLATE_NOOP("MeasureFieldShort", "Domains"); break;
    case MeasureField::EvaluationConclusions: text = QT_TRANSLATE_NOOP("MeasureFieldShort", "Conclusions"); break;
    case MeasureField::FundingText: text = QT_TRANSLATE_NOOP("MeasureFieldShort", "Funding"); break;
    case MeasureField::Readiness: text = QT_TRANSLATE_NOOP("MeasureFieldShort", "Missing"); break;
    default: return label(field, language);
    }
    return Translations::translate(language, "MeasureFieldShort", text);
}

Type type(MeasureField field) { return info(field).type; }

std::optional<VocabularyKind> vocabulary(MeasureField field)
{
    switch (field) {
    case MeasureField::Country: return VocabularyKind::Country;
    case MeasureField::Scope: return VocabularyKind::Scope;
    case MeasureField::Nature: return VocabularyKind::Nature;
    case MeasureField::Goals: return VocabularyKind::ConventionGoal;
    case MeasureField::MonitoringAreas: return VocabularyKind::MonitoringArea;
    case MeasureField::Domains: return VocabularyKind::CulturalDomain;
    default: return std::nullopt;
    }
}

bool isNumeric(MeasureField field) { return field == MeasureField::ReportYear || field == MeasureField::FundingUsd; }

QList<MeasureField> defaultColumns()
{
    return {MeasureField::Title,  MeasureField::Country, MeasureField::ReportYear, MeasureField::ResponsibleAgencies,
            MeasureField::Goals,  MeasureField::Domains, MeasureField::FundingUsd, MeasureField::Evaluated,
            MeasureField::Status, MeasureField::UpdatedAt};
}

QStringList *codes(Measure &m, MeasureField field)
{
    switch (field) {
    case MeasureField::Scope: return &m.scopes;
    case MeasureField::Nature: return &m.natures;
    case MeasureField::Goals: return &m.goals;
    case MeasureField::MonitoringAreas: return &m.monitoringAreas;
    case MeasureField::Domains: return &m.domains;
    default: return nullptr;
    }
}

const QStringList *codes(const Measure &m, MeasureField field) { return codes(const_cast<Measure &>(m), field); }

QString *text(Measure &m, MeasureField field)
{
    switch (field) {
    case MeasureField::Uuid: return &m.uuid;
    case MeasureField::Title: return &m.title;
    case MeasureField::ResponsibleAgencies: return &m.responsibleAgencies;
    case MeasureField::KeyObjectives: return &m.keyObjectives;
    case MeasureField::MainFeatures: return &m.mainFeatures;
    case MeasureField::ExpectedResults: return &m.expectedResults;
    case MeasureField::ResultsAchieved: return &m.resultsAchieved;
    case MeasureField::FundingText: return &m.fundingText;
    case MeasureField::EvaluationConclusions: return &m.evaluationConclusions;
    case MeasureField::Website: return &m.website;
    default: return nullptr;
    }
}

const QString *text(const Measure &m, MeasureField field) { return text(const_cast<Measure &>(m), field); }

void assign(Measure &to, const Measure &from, MeasureField field)
{
    switch (field) {
    case MeasureField::Uuid: to.uuid = from.uuid; break;
    case MeasureField::Title: to.title = from.title; break;
    case MeasureField::Country: to.country = from.country; break;
    case MeasureField::ReportYear: to.reportYear = from.reportYear; break;
    case MeasureField::ResponsibleAgencies: to.responsibleAgencies = from.responsibleAgencies; break;
    case MeasureField::KeyObjectives: to.keyObjectives = from.keyObjectives; break;
    case MeasureField::MainFeatures: to.mainFeatures = from.mainFeatures; break;
    case MeasureField::Scope: to.scopes = from.scopes; break;
    case MeasureField::Nature: to.natures = from.natures; break;
    case MeasureField::ExpectedResults: to.expectedResults = from.expectedResults; break;
    case MeasureField::ResultsAchieved: to.resultsAchieved = from.resultsAchieved; break;
    case MeasureField::FundingText: to.fundingText = from.fundingText; break;
    case MeasureField::FundingUsd: to.fundingUsdCents = from.fundingUsdCents; break;
    case MeasureField::Evaluated: to.evaluated = from.evaluated; break;
    case MeasureField::EvaluationConclusions: to.evaluationConclusions = from.evaluationConclusions; break;
    case MeasureField::Goals: to.goals = from.goals; break;
    case MeasureField::MonitoringAreas: to.monitoringAreas = from.monitoringAreas; break;
    case MeasureField::Domains: to.domains = from.domains; break;
    case MeasureField::Partners: to.partners = from.partners; break;
    case MeasureField::Website: to.website = from.website; break;
    case MeasureField::Status: to.status = from.status; break;
    case MeasureField::CreatedAt: to.createdAt = from.createdAt; break;
    case MeasureField::UpdatedAt: to.updatedAt = from.updatedAt; break;
    case MeasureField::Readiness: break; // derived from the others
    }
}

bool same(const Measure &a, const Measure &b, MeasureField field)
{
    Measure copy = b;
    assign(copy, a, field);
    // Comparing through assign keeps the list of fields in one place.
    switch (field) {
    case MeasureField::Uuid: return a.uuid == b.uuid;
    case MeasureField::CreatedAt: return a.createdAt == b.createdAt;
    case MeasureField::UpdatedAt: return a.updatedAt == b.updatedAt;
    default: return copy.sameContentAs(b);
    }
}

const QList<MeasureField> &contentFields()
{
    static const QList<MeasureField> fields = [] {
        QList<MeasureField> list;
        for (MeasureField field : all())
            if (field != MeasureField::Uuid && field != MeasureField::CreatedAt && field != MeasureField::UpdatedAt)
                list << field;
        return list;
    }();
    return fields;
}

} // namespace MeasureFields
