// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurevalidator.h"

#include "choices.h"
#include "i18n/translations.h"
#include "money.h"
#include "partneridentity.h"
#include "timestamps.h"
#include "vocabulary.h"

#include <QUrl>
#include <QUuid>
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
    if (result.size() < 2)
        return result;
    // Each code's position looked up once, not at every comparison of the sort.
    QList<std::pair<int, QString>> placed;
    placed.reserve(result.size());
    for (const QString &code : std::as_const(result)) {
        const VocabularyTerm *term = vocabulary.find(kind, code);
        placed.append({term ? term->position : INT_MAX, code});
    }
    std::stable_sort(placed.begin(), placed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (qsizetype i = 0; i < placed.size(); ++i)
        result[i] = placed.at(i).second;
    return result;
}

// simplified() makes a new string even when nothing changes: the text read stays then, held
// once by a merge's plan and the copies its undo step keeps.
QString simplifiedKept(const QString &text)
{
    QString simple = text.simplified();
    return simple == text ? text : simple;
}

} // namespace

Measure MeasureValidator::normalized(const Measure &in, const Vocabulary &vocabulary)
{
    Measure m = in;
    m.title = simplifiedKept(m.title);
    m.country = m.country.trimmed().toUpper();
    for (MeasureField field : MeasureFields::contentFields())
        if (QString *text = MeasureFields::text(m, field); text && field != MeasureField::Title)
            *text = text->trimmed();
    QStringList chain;
    for (const QString &code : ValueChain::codes()) // in the chain's order, without repeats
        if (m.valueChain.contains(code))
            chain << code;
    for (const QString &code : m.valueChain)
        if (!chain.contains(code.trimmed()) && !code.trimmed().isEmpty())
            chain << code.trimmed(); // unknown codes stay, for the validator to name
    m.valueChain = chain;
    m.scopes = inVocabularyOrder(m.scopes, VocabularyKind::Scope, vocabulary);
    m.natures = inVocabularyOrder(m.natures, VocabularyKind::Nature, vocabulary);
    m.monitoringAreas = inVocabularyOrder(m.monitoringAreas, VocabularyKind::MonitoringArea, vocabulary);
    m.domains = inVocabularyOrder(m.domains, VocabularyKind::CulturalDomain, vocabulary);
    m.goals = inVocabularyOrder(m.goals + vocabulary.goalsOfAreas(m.monitoringAreas), VocabularyKind::ConventionGoal, vocabulary);
    QList<PartnerLink> partners;
    for (PartnerLink link : in.partners) {
        link.name = simplifiedKept(link.name);
        link.typeCode = link.typeCode.trimmed();
        if (!link.name.isEmpty() || !link.typeCode.isEmpty())
            partners << link;
    }
    m.partners = partners;
    return m;
}

namespace {

QString checkTitle(const QString &title, const Messages &m, MeasureValidator::Source source)
{
    const QString trimmed = title.simplified();
    if (trimmed.isEmpty())
        return source == MeasureValidator::Source::Form
                 ? m.translate("MeasureValidator", "Every measure needs a title. Type the name of the policy or programme.")
                 : m.translate("MeasureValidator", "Every measure needs a title, and this one has none.");
    if (trimmed.size() > MeasureValidator::kMaxTitleLength)
        return m.translate("MeasureValidator", "The title is too long: at most %L1 characters.").arg(MeasureValidator::kMaxTitleLength);
    return {};
}

QString checkYear(std::optional<int> year, const Messages &m)
{
    if (year && (*year < MeasureValidator::kFirstYear || *year > MeasureValidator::kLastYear))
        return m.translate("MeasureValidator", "The report year must be between %1 and %2, or left empty.").arg(MeasureValidator::kFirstYear).arg(MeasureValidator::kLastYear);
    return {};
}

QString checkFunding(std::optional<qint64> cents, const Messages &m)
{
    if (cents && *cents < 0)
        return m.translate("MeasureValidator", "The amount cannot be negative.");
    if (cents && *cents > Money::kMaximumCents)
        return m.translate("MeasureValidator", "The amount is too large.");
    return {};
}

QString checkWebsite(const QString &website, const Messages &m)
{
    const QString trimmed = website.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!MeasureValidator::isWebAddress(trimmed))
        return m.translate("MeasureValidator", "The website must be a web address starting with http:// or https://, for example "
                  "https://en.unesco.org/creativity.");
    return {};
}

} // namespace

QString MeasureValidator::shown(const QString &value)
{
    // Someone else's text, quoted in a message: control characters (a terminal's escape
    // sequences among them) are shown as a replacement mark, never sent as they are.
    QString line = value.simplified();
    for (QChar &c : line)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar::ReplacementCharacter;
    return line.size() > 60 ? line.left(57) + QStringLiteral("…") : line;
}

bool MeasureValidator::isWebAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty();
}

QList<FieldIssue> MeasureValidator::validate(const Measure &measure, const Vocabulary &vocabulary, Language language, Source source)
{
    const bool form = source == Source::Form;
    const Messages m(language);
    const auto fieldLabel = [language](MeasureField field) { return MeasureFields::label(field, language); };
    QList<FieldIssue> issues;
    const auto add = [&issues](MeasureField field, const QString &message, const QString &about = {}) {
        if (!message.isEmpty())
            issues.append({field, message, about});
    };
    add(MeasureField::Title, checkTitle(measure.title, m, source));
    add(MeasureField::ReportYear, checkYear(measure.reportYear, m));
    add(MeasureField::FundingUsd, checkFunding(measure.fundingUsdCents, m));
    add(MeasureField::Website, checkWebsite(measure.website, m));

    if (!measure.country.isEmpty() && !vocabulary.contains(VocabularyKind::Country, measure.country))
        add(MeasureField::Country, (form ? m.translate("MeasureValidator", "“%1” is not an ISO 3166 country code. Pick the country from the list.")
                                         : m.translate("MeasureValidator", "“%1” is not an ISO 3166 country code."))
                                       .arg(shown(measure.country)));
    if (!Evaluation::codes().contains(measure.evaluated))
        add(MeasureField::Evaluated, m.translate("MeasureValidator", "Evaluated must be yes, no or not known."));
    if (!ReviewStatus::codes().contains(measure.status))
        add(MeasureField::Status, m.translate("MeasureValidator", "The status must be draft or ready."));
    for (MeasureField field : MeasureFields::earlierFormFields()) {
        if (const QString *code = MeasureFields::choice(measure, field); code && !Evaluation::codes().contains(*code))
            add(field, m.translate("MeasureValidator", "%1 must be yes, no or not known.").arg(fieldLabel(field)));
    }
    for (const QString &code : measure.valueChain)
        if (!ValueChain::codes().contains(code))
            add(MeasureField::ValueChain, m.translate("MeasureValidator", "“%1” is not a stage of the cultural value chain.").arg(shown(code)));

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
                add(list.field, m.translate("MeasureValidator", "“%1” is not a known value of %2.").arg(shown(code), fieldLabel(list.field)));
    }

    QStringList seen;
    for (const PartnerLink &partner : measure.partners) {
        if (partner.name.trimmed().isEmpty())
            add(MeasureField::Partners, form ? m.translate("MeasureValidator", "A partner has a type but no name. Type the partner's name or remove the row.")
                                             : m.translate("MeasureValidator", "A partner has a type but no name."));
        else if (!vocabulary.contains(VocabularyKind::PartnerType, partner.typeCode))
            add(MeasureField::Partners, (form ? m.translate("MeasureValidator", "Choose the type of entity of the partner “%1”.")
                                              : m.translate("MeasureValidator", "The partner “%1” has no type of entity this catalogue knows."))
                                            .arg(shown(partner.name)), partner.name);
        const QString key = PartnerIdentity::key(partner.name);
        if (!key.isEmpty() && seen.contains(key))
            add(MeasureField::Partners, m.translate("MeasureValidator", "The partner “%1” is listed twice.").arg(shown(partner.name)));
        seen << key;
        if (partner.name.size() > kMaxShortTextLength)
            add(MeasureField::Partners, m.translate("MeasureValidator", "A partner's name is too long: at most %L1 characters.").arg(kMaxShortTextLength));
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
            add(text.field, m.translate("MeasureValidator", "%1 is too long: at most %L2 characters.").arg(fieldLabel(text.field)).arg(text.limit));
    for (MeasureField field : MeasureFields::earlierFormFields()) {
        const QString *text = MeasureFields::text(measure, field);
        const int limit = MeasureFields::type(field) == MeasureFields::Type::LongText ? kMaxLongTextLength : kMaxShortTextLength;
        if (text && text->size() > limit)
            add(field, m.translate("MeasureValidator", "%1 is too long: at most %L2 characters.").arg(fieldLabel(field)).arg(limit));
    }
    // A NUL character ends text for most programs that read an export: never stored.
    const QString nul = m.translate("MeasureValidator", "%1 contains a NUL character, which is not text. Remove it.");
    for (MeasureField field : MeasureFields::contentFields()) {
        const QString *text = MeasureFields::text(measure, field);
        const QString *code = MeasureFields::choice(measure, field);
        if ((text && text->contains(QChar(0))) || (code && code->contains(QChar(0))))
            add(field, nul.arg(fieldLabel(field)));
    }
    for (const PartnerLink &partner : measure.partners)
        if (partner.name.contains(QChar(0)) || partner.typeCode.contains(QChar(0))) {
            add(MeasureField::Partners, nul.arg(fieldLabel(MeasureField::Partners)));
            break;
        }
    if (!measure.uuid.isEmpty() && QUuid::fromString(measure.uuid).toString(QUuid::WithoutBraces) != measure.uuid)
        add(MeasureField::Uuid, m.translate("MeasureValidator", "“%1” is not a measure identifier (a UUID in lower case, such as "
                                                                "3f2b8c1e-5d4a-4e6f-9b7c-2a1d0e9f8c7b).").arg(shown(measure.uuid)));
    return issues;
}

QList<FieldIssue> MeasureValidator::validateTimes(const Measure &measure, Language language)
{
    const Messages m(language);
    QList<FieldIssue> issues;
    const QDateTime latest = QDateTime::currentDateTimeUtc().addSecs(kClockSkewSeconds);
    for (MeasureField field : {MeasureField::CreatedAt, MeasureField::UpdatedAt}) {
        const QDateTime when = field == MeasureField::CreatedAt ? measure.createdAt : measure.updatedAt;
        if (when.isValid() && when > latest)
            issues.append({field, m.translate("MeasureValidator", "%1 is %2, which is in the future. Correct the date (or the clock of the "
                                                                  "computer that wrote it), or leave it empty.")
                                      .arg(MeasureFields::label(field, language), isoTimestamp(when)), {}});
    }
    return issues;
}
