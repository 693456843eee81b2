#include "measurevalidator.h"

#include "choices.h"
#include "i18n/translations.h"
#include "money.h"
#include "vocabulary.h"

#include <QUrl>
#include <algorithm>
#include <climits>

namespace {

// Trimmed, without repeats, in the vocabulary's own order (unknown codes last), so that what is
// saved is exactly what is loaded and exported.
QStringList inVocabularyOrder(const QStringList &codes, VocabularyKind kind, const Vocabulary &vocabulary)
{
    QStringList result;
    for (const QString &code : codes) {
        const QString trimmed = code.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed))
            result << trimmed;
    }
    std::stable_sort(result.begin(), result.end(), [&](const QString &a, const QString &b) {
        const VocabularyTerm *x = vocabulary.find(kind, a);
        const VocabularyTerm *y = vocabulary.find(kind, b);
        return (x ? x->position : INT_MAX) < (y ? y->position : INT_MAX);
    });
    return result;
}

QString fieldLabel(MeasureField field) { return MeasureFields::label(field, Translations::current()); }

} // namespace

Measure MeasureValidator::normalized(const Measure &in, const Vocabulary &vocabulary)
{
    Measure m = in;
    m.title = m.title.simplified();
    m.country = m.country.trimmed().toUpper();
    for (QString *text : {&m.responsibleAgencies, &m.keyObjectives, &m.mainFeatures, &m.expectedResults,
                          &m.resultsAchieved, &m.fundingText, &m.evaluationConclusions, &m.website})
        *text = text->trimmed();
    m.scopes = inVocabularyOrder(m.scopes, VocabularyKind::Scope, vocabulary);
    m.natures = inVocabularyOrder(m.natures, VocabularyKind::Nature, vocabulary);
    m.monitoringAreas = inVocabularyOrder(m.monitoringAreas, VocabularyKind::MonitoringArea, vocabulary);
    m.domains = inVocabularyOrder(m.domains, VocabularyKind::CulturalDomain, vocabulary);
    m.goals = inVocabularyOrder(m.goals + vocabulary.goalsOfAreas(m.monitoringAreas), VocabularyKind::ConventionGoal, vocabulary);
    QList<PartnerLink> partners;
    for (PartnerLink link : in.partners) {
        link.name = link.name.simplified();
        link.typeCode = link.typeCode.trimmed();
        if (!link.name.isEmpty() || !link.typeCode.isEmpty())
            partners << link;
    }
    m.partners = partners;
    return m;
}

QString MeasureValidator::checkTitle(const QString &title)
{
    const QString trimmed = title.simplified();
    if (trimmed.isEmpty())
        return tr("Every measure needs a title. Type the name of the policy or programme.");
    if (trimmed.size() > kMaxTitleLength)
        return tr("The title is too long: at most %L1 characters.").arg(kMaxTitleLength);
    return {};
}

QString MeasureValidator::checkYear(std::optional<int> year)
{
    if (year && (*year < kFirstYear || *year > kLastYear))
        return tr("The report year must be between %1 and %2, or left empty.").arg(kFirstYear).arg(kLastYear);
    return {};
}

QString MeasureValidator::checkFunding(std::optional<qint64> cents)
{
    if (cents && *cents < 0)
        return tr("The amount cannot be negative.");
    if (cents && *cents > Money::kMaximumCents)
        return tr("The amount is too large.");
    return {};
}

QString MeasureValidator::checkWebsite(const QString &website)
{
    const QString trimmed = website.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return tr("The website must be a web address starting with http:// or https://, for example "
                  "https://en.unesco.org/creativity.");
    return {};
}

QList<FieldIssue> MeasureValidator::validate(const Measure &measure, const Vocabulary &vocabulary)
{
    QList<FieldIssue> issues;
    const auto add = [&issues](MeasureField field, const QString &message) {
        if (!message.isEmpty())
            issues.append({field, message});
    };
    add(MeasureField::Title, checkTitle(measure.title));
    add(MeasureField::ReportYear, checkYear(measure.reportYear));
    add(MeasureField::FundingUsd, checkFunding(measure.fundingUsdCents));
    add(MeasureField::Website, checkWebsite(measure.website));

    if (!measure.country.isEmpty() && !vocabulary.contains(VocabularyKind::Country, measure.country))
        add(MeasureField::Country, tr("“%1” is not an ISO 3166 country code. Pick the country from the list.").arg(measure.country));
    if (!Evaluation::codes().contains(measure.evaluated))
        add(MeasureField::Evaluated, tr("Evaluated must be yes, no or not known."));
    if (!ReviewStatus::codes().contains(measure.status))
        add(MeasureField::Status, tr("The status must be draft or ready."));

    const struct {
        MeasureField field;
        const QStringList &codes;
    } lists[] = {{MeasureField::Scope, measure.scopes},     {MeasureField::Nature, measure.natures},
                 {MeasureField::Goals, measure.goals},      {MeasureField::MonitoringAreas, measure.monitoringAreas},
                 {MeasureField::Domains, measure.domains}};
    for (const auto &list : lists) {
        const VocabularyKind kind = *MeasureFields::vocabulary(list.field);
        for (const QString &code : list.codes)
            if (!vocabulary.contains(kind, code))
                add(list.field, tr("“%1” is not a known value of %2.").arg(code, fieldLabel(list.field)));
    }

    QStringList seen;
    for (const PartnerLink &partner : measure.partners) {
        if (partner.name.trimmed().isEmpty())
            add(MeasureField::Partners, tr("A partner has a type but no name. Type the partner's name or remove the row."));
        else if (!vocabulary.contains(VocabularyKind::PartnerType, partner.typeCode))
            add(MeasureField::Partners, tr("Choose the type of entity of the partner “%1”.").arg(partner.name));
        const QString key = partner.name.simplified().toCaseFolded();
        if (!key.isEmpty() && seen.contains(key))
            add(MeasureField::Partners, tr("The partner “%1” is listed twice.").arg(partner.name));
        seen << key;
        if (partner.name.size() > kMaxShortTextLength)
            add(MeasureField::Partners, tr("A partner's name is too long: at most %L1 characters.").arg(kMaxShortTextLength));
    }

    const struct {
        MeasureField field;
        const QString &text;
        int limit;
    } texts[] = {{MeasureField::ResponsibleAgencies, measure.responsibleAgencies, kMaxShortTextLength},
                 {MeasureField::FundingText, measure.fundingText, kMaxShortTextLength},
                 {MeasureField::Website, measure.website, kMaxShortTextLength},
                 {MeasureField::KeyObjectives, measure.keyObjectives, kMaxLongTextLength},
                 {MeasureField::MainFeatures, measure.mainFeatures, kMaxLongTextLength},
                 {MeasureField::ExpectedResults, measure.expectedResults, kMaxLongTextLength},
                 {MeasureField::ResultsAchieved, measure.resultsAchieved, kMaxLongTextLength},
                 {MeasureField::EvaluationConclusions, measure.evaluationConclusions, kMaxLongTextLength}};
    for (const auto &text : texts)
        if (text.text.size() > text.limit)
            add(text.field, tr("%1 is too long: at most %L2 characters.").arg(fieldLabel(text.field)).arg(text.limit));
    return issues;
}
