// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurefield.h"

#include "choices.h"
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
    {MeasureField::Context, "context", QT_TRANSLATE_NOOP("MeasureField", "Context of the measure"), T::LongText},
    {MeasureField::ValueChain, "value_chain", QT_TRANSLATE_NOOP("MeasureField", "Cultural value chain"), T::Choices},
    {MeasureField::TargetsArticle7, "targets_article7_groups", QT_TRANSLATE_NOOP("MeasureField", "Aimed at groups of Article 7"), T::Choice},
    {MeasureField::TargetedGroups, "targeted_groups", QT_TRANSLATE_NOOP("MeasureField", "Targeted individuals and groups"), T::LongText},
    {MeasureField::TargetsYoungPeople, "targets_young_people", QT_TRANSLATE_NOOP("MeasureField", "Aimed at young people"), T::Choice},
    {MeasureField::IfcdFunding, "ifcd_funding", QT_TRANSLATE_NOOP("MeasureField", "IFCD funding"), T::Choice},
    {MeasureField::ReasonConvention, "reason_convention", QT_TRANSLATE_NOOP("MeasureField", "To implement the Convention"), T::Choice},
    {MeasureField::ReasonPolicyDiscussion, "reason_policy_discussion", QT_TRANSLATE_NOOP("MeasureField", "To nurture policy discussion"), T::Choice},
    {MeasureField::ReasonOther, "reason_other", QT_TRANSLATE_NOOP("MeasureField", "For reasons unrelated to the Convention"), T::Choice},
    {MeasureField::Innovative, "innovative", QT_TRANSLATE_NOOP("MeasureField", "Innovative"), T::Choice},
    {MeasureField::EvaluationLevel, "evaluation_level", QT_TRANSLATE_NOOP("MeasureField", "Level of the evaluation"), T::Text},
    {MeasureField::EvaluationIndicators, "evaluation_indicators", QT_TRANSLATE_NOOP("MeasureField", "Impact indicators"), T::LongText},
    {MeasureField::Sdgs, "sdgs", QT_TRANSLATE_NOOP("MeasureField", "Sustainable Development Goals"), T::Text},
    {MeasureField::SpecialCategories, "special_categories", QT_TRANSLATE_NOOP("MeasureField", "Special categories"), T::Text},
    {MeasureField::PlatformTitle, "platform_title", QT_TRANSLATE_NOOP("MeasureField", "Title on the platform"), T::Text},
    {MeasureField::PlatformMeasureId, "platform_measure_id", QT_TRANSLATE_NOOP("MeasureField", "Platform measure ID"), T::Text},
    {MeasureField::PlatformReportId, "platform_report_id", QT_TRANSLATE_NOOP("MeasureField", "Platform report ID"), T::Text},
    {MeasureField::PlatformUrl, "platform_url", QT_TRANSLATE_NOOP("MeasureField", "Page on the platform"), T::Url},
    {MeasureField::PlatformCanonicalUrl, "platform_canonical_url", QT_TRANSLATE_NOOP("MeasureField", "Canonical page on the platform"), T::Url},
    {MeasureField::KeptAsWritten, "kept_as_written", QT_TRANSLATE_NOOP("MeasureField", "Values kept as written"), T::LongText},
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

QString key(MeasureField field)
{
    // Built once: keys name columns and JSON members thousands of times per import.
    static const QList<QString> keys = [] {
        QList<QString> list;
        for (const FieldInfo &f : kFields)
            list << QString::fromLatin1(f.key);
        return list;
    }();
    return field == MeasureField::Readiness ? QString::fromLatin1(kReadiness.key) : keys.at(int(field));
}

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
        for (const Language language : Language::all())
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
    case MeasureField::ValueChain: return &m.valueChain;
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
    case MeasureField::Context: return &m.context;
    case MeasureField::TargetedGroups: return &m.targetedGroups;
    case MeasureField::EvaluationLevel: return &m.evaluationLevel;
    case MeasureField::EvaluationIndicators: return &m.evaluationIndicators;
    case MeasureField::Sdgs: return &m.sdgs;
    case MeasureField::SpecialCategories: return &m.specialCategories;
    case MeasureField::PlatformTitle: return &m.platformTitle;
    case MeasureField::PlatformMeasureId: return &m.platformMeasureId;
    case MeasureField::PlatformReportId: return &m.platformReportId;
    case MeasureField::PlatformUrl: return &m.platformUrl;
    case MeasureField::PlatformCanonicalUrl: return &m.platformCanonicalUrl;
    case MeasureField::KeptAsWritten: return &m.keptAsWritten;
    default: return nullptr;
    }
}

const QString *text(const Measure &m, MeasureField field) { return text(const_cast<Measure &>(m), field); }

QString *choice(Measure &m, MeasureField field)
{
    switch (field) {
    case MeasureField::Evaluated: return &m.evaluated;
    case MeasureField::Status: return &m.status;
    case MeasureField::TargetsArticle7: return &m.targetsArticle7;
    case MeasureField::TargetsYoungPeople: return &m.targetsYoungPeople;
    case MeasureField::IfcdFunding: return &m.ifcdFunding;
    case MeasureField::ReasonConvention: return &m.reasonConvention;
    case MeasureField::ReasonPolicyDiscussion: return &m.reasonPolicyDiscussion;
    case MeasureField::ReasonOther: return &m.reasonOther;
    case MeasureField::Innovative: return &m.innovative;
    default: return nullptr;
    }
}

const QString *choice(const Measure &m, MeasureField field) { return choice(const_cast<Measure &>(m), field); }

QStringList choiceCodes(MeasureField field)
{
    switch (field) {
    case MeasureField::Status: return ReviewStatus::codes();
    case MeasureField::ValueChain: return ValueChain::codes();
    default: return type(field) == Type::Choice ? Evaluation::codes() : QStringList();
    }
}

QString choiceLabel(MeasureField field, const QString &code, Language language)
{
    switch (field) {
    case MeasureField::Status: return ReviewStatus::label(code, language);
    case MeasureField::ValueChain: return ValueChain::label(code, language);
    default: return Evaluation::label(code, language);
    }
}

QString choiceMatch(MeasureField field, const QString &text)
{
    switch (field) {
    case MeasureField::Status: return ReviewStatus::match(text);
    case MeasureField::ValueChain: return ValueChain::match(text);
    default: return Evaluation::match(text);
    }
}

QString plainValue(const Measure &m, MeasureField field)
{
    if (const QString *value = text(m, field))
        return *value;
    if (const QString *code = choice(m, field))
        return *code;
    if (const QStringList *list = codes(m, field))
        return list->join(u' ');
    return {};
}

void setPlainValue(Measure &m, MeasureField field, const QString &value)
{
    if (QString *target = text(m, field))
        *target = value;
    else if (QString *code = choice(m, field))
        *code = value;
    else if (QStringList *list = codes(m, field))
        *list = value.split(u' ', Qt::SkipEmptyParts);
}

const QList<MeasureField> &earlierFormFields()
{
    static const QList<MeasureField> fields = [] {
        QList<MeasureField> list;
        for (int f = int(MeasureField::Context); f <= int(MeasureField::KeptAsWritten); ++f)
            list << MeasureField(f);
        return list;
    }();
    return fields;
}

bool isFilled(const Measure &m, MeasureField field)
{
    if (const QString *value = text(m, field))
        return !value->trimmed().isEmpty();
    if (const QStringList *list = codes(m, field))
        return !list->isEmpty();
    if (const QString *code = choice(m, field))
        return !code->isEmpty() && *code != u"unknown";
    switch (type(field)) {
    case Type::Year: return m.reportYear.has_value();
    case Type::Money: return m.fundingUsdCents.has_value();
    case Type::Partners: return !m.partners.isEmpty();
    default: return !plainValue(m, field).isEmpty();
    }
}

bool hasEarlierForm(const Measure &m)
{
    for (MeasureField field : earlierFormFields())
        if (isFilled(m, field))
            return true;
    return false;
}

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
    case MeasureField::ValueChain: to.valueChain = from.valueChain; break;
    case MeasureField::Context:
    case MeasureField::TargetedGroups:
    case MeasureField::EvaluationLevel:
    case MeasureField::EvaluationIndicators:
    case MeasureField::Sdgs:
    case MeasureField::SpecialCategories:
    case MeasureField::PlatformTitle:
    case MeasureField::PlatformMeasureId:
    case MeasureField::PlatformReportId:
    case MeasureField::PlatformUrl:
    case MeasureField::PlatformCanonicalUrl:
    case MeasureField::KeptAsWritten: *text(to, field) = *text(from, field); break;
    case MeasureField::TargetsArticle7:
    case MeasureField::TargetsYoungPeople:
    case MeasureField::IfcdFunding:
    case MeasureField::ReasonConvention:
    case MeasureField::ReasonPolicyDiscussion:
    case MeasureField::ReasonOther:
    case MeasureField::Innovative: *choice(to, field) = *choice(from, field); break;
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

void shareEqualTexts(Measure &to, const Measure &from)
{
    for (MeasureField field : contentFields()) {
        if (QString *text = MeasureFields::text(to, field); text && *text == *MeasureFields::text(from, field))
            *text = *MeasureFields::text(from, field);
        else if (QString *choice = MeasureFields::choice(to, field); choice && *choice == *MeasureFields::choice(from, field))
            *choice = *MeasureFields::choice(from, field);
        else if (QStringList *codes = MeasureFields::codes(to, field); codes && *codes == *MeasureFields::codes(from, field))
            *codes = *MeasureFields::codes(from, field);
    }
    if (to.uuid == from.uuid)
        to.uuid = from.uuid;
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
