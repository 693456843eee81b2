// SPDX-License-Identifier: GPL-3.0-or-later
#include "platformrow.h"
#include "model/partneridentity.h"

#include "model/measurevalidator.h"
#include "platformfunding.h"
#include "platformterms.h"

#include <QCryptographicHash>
#include <algorithm>


namespace {

using C = PlatformColumn;
using K = PlatformTerms::Kind;

// Where each column lands. Columns of several fields (areas: areas and goals; funding: the text
// and the amount) name them all.
QList<MeasureField> fieldsOfColumn(PlatformColumn column)
{
    using F = MeasureField;
    switch (column) {
    case C::MeasureId: return {F::PlatformMeasureId};
    case C::ReportId: return {F::PlatformReportId};
    case C::ReportYear: return {F::ReportYear};
    case C::Country: return {F::Country, F::KeptAsWritten};
    case C::Title: return {F::Title};
    case C::PlatformTitle: return {F::PlatformTitle};
    case C::Sdgs: return {F::Sdgs};
    case C::Areas: return {F::MonitoringAreas, F::Goals, F::KeptAsWritten};
    case C::SpecialCategories: return {F::SpecialCategories};
    case C::Domains: return {F::Domains, F::KeptAsWritten};
    case C::FullUrl: return {F::PlatformUrl, F::KeptAsWritten};
    case C::CanonicalUrl: return {F::PlatformCanonicalUrl, F::KeptAsWritten};
    case C::Innovative: return {F::Innovative, F::KeptAsWritten};
    case C::KeyObjectives: return {F::KeyObjectives};
    case C::WhatIs: return {F::KeptAsWritten};
    case C::Scope: return {F::Scope, F::KeptAsWritten};
    case C::Nature: return {F::Nature, F::KeptAsWritten};
    case C::MainFeatures: return {F::MainFeatures};
    case C::Context: return {F::Context};
    case C::ValueChain: return {F::ValueChain, F::KeptAsWritten};
    case C::TargetsArticle7: return {F::TargetsArticle7, F::KeptAsWritten};
    case C::TargetsYoungPeople: return {F::TargetsYoungPeople, F::KeptAsWritten};
    case C::IfcdFunding: return {F::IfcdFunding, F::KeptAsWritten};
    case C::ExpectedResults: return {F::ExpectedResults};
    case C::Agencies: return {F::ResponsibleAgencies};
    case C::Funding: return {F::FundingText, F::FundingUsd};
    case C::ReasonsIntro: return {F::KeptAsWritten};
    case C::ReasonConvention: return {F::ReasonConvention, F::KeptAsWritten};
    case C::ReasonPolicyDiscussion: return {F::ReasonPolicyDiscussion, F::KeptAsWritten};
    case C::ReasonOther: return {F::ReasonOther, F::KeptAsWritten};
    case C::Evaluated: return {F::Evaluated, F::KeptAsWritten};
    case C::EvaluationLevel: return {F::EvaluationLevel};
    case C::Conclusions: return {F::EvaluationConclusions};
    case C::Indicators: return {F::EvaluationIndicators};
    case C::TargetedGroups: return {F::TargetedGroups};
    case C::Partners: return {F::Partners};
    case C::Website: return {F::Website, F::KeptAsWritten};
    }
    return {};
}

MeasureField answerField(PlatformColumn column)
{
    switch (column) {
    case C::Innovative: return MeasureField::Innovative;
    case C::TargetsArticle7: return MeasureField::TargetsArticle7;
    case C::TargetsYoungPeople: return MeasureField::TargetsYoungPeople;
    case C::IfcdFunding: return MeasureField::IfcdFunding;
    case C::ReasonConvention: return MeasureField::ReasonConvention;
    case C::ReasonPolicyDiscussion: return MeasureField::ReasonPolicyDiscussion;
    case C::ReasonOther: return MeasureField::ReasonOther;
    default: return MeasureField::Evaluated;
    }
}

// One field of a parsed row as text, to be compared with the same field of a later row: codes
// and names in order, partners by name only (their types are the catalogue's).
QString valueOf(const Measure &m, MeasureField field)
{
    switch (field) {
    case MeasureField::ReportYear: return m.reportYear ? QString::number(*m.reportYear) : QString();
    case MeasureField::FundingUsd: return m.fundingUsdCents ? QString::number(*m.fundingUsdCents) : QString();
    case MeasureField::Country: return m.country;
    case MeasureField::Partners: {
        QStringList names;
        for (const PartnerLink &link : m.partners)
            names << PartnerIdentity::key(link.name);
        return names.join(u'\n');
    }
    default: return MeasureFields::plainValue(m, field); // texts, answers, lists of codes
    }
}

// What the snapshot keeps of a value: 8 bytes of its digest, not the text again (the row would be
// stored twice), as 11 characters; an empty value and a field the file did not have have marks of
// their own.
constexpr int kDigestSize = 11;
const QString kEmpty = QString(kDigestSize, u'-');
const QString kAbsent = QString(kDigestSize, u'.');

QString digestOf(const QString &value)
{
    if (value.isEmpty())
        return kEmpty;
    return QString::fromLatin1(QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Md5)
                                   .left(8)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Every field a platform column fills, in the fields' order: the snapshot's layout.
const QList<MeasureField> &snapshotFields()
{
    static const QList<MeasureField> fields = [] {
        QList<MeasureField> list;
        for (PlatformColumn column : PlatformColumns::exportOrder())
            for (MeasureField field : fieldsOfColumn(column))
                if (!list.contains(field))
                    list << field;
        std::sort(list.begin(), list.end());
        return list;
    }();
    return fields;
}

// "1:N;" then N digests: a layout of another version is not compared with (every field applies).
const QString &snapshotPrefix()
{
    static const QString prefix = QStringLiteral("1:%1;").arg(snapshotFields().size());
    return prefix;
}

void appendText(QString &to, const QString &text, const QString &separator)
{
    if (text.isEmpty() || to.split(separator).contains(text))
        return;
    to += (to.isEmpty() ? QString() : separator) + text;
}

} // namespace

QList<MeasureField> PlatformRow::fieldsOf(const PlatformColumns::Header &header)
{
    QList<MeasureField> fields;
    for (const auto &column : header.columns) {
        const QList<MeasureField> of = column ? fieldsOfColumn(*column) : QList<MeasureField>{MeasureField::KeptAsWritten};
        for (MeasureField field : of)
            if (!fields.contains(field))
                fields << field;
    }
    return fields;
}

int PlatformRow::columnOf(MeasureField field, const PlatformColumns::Header &header)
{
    for (int i = 0; i < header.columns.size(); ++i)
        if (header.columns.at(i) && fieldsOfColumn(*header.columns.at(i)).contains(field))
            return i + 1;
    return 0;
}

Measure PlatformRow::updated(const Measure &existing, const Measure &parsed, const QList<MeasureField> &fields,
                             const QList<MeasureField> &unresolved)
{
    Measure m = existing;
    const bool comparable = existing.platformSource.startsWith(snapshotPrefix())
                         && existing.platformSource.size() == snapshotPrefix().size() + snapshotFields().size() * kDigestSize;
    for (MeasureField field : fields) {
        const qsizetype at = snapshotFields().indexOf(field);
        const QStringView before = comparable && at >= 0 ? QStringView(existing.platformSource).mid(snapshotPrefix().size() + at * kDigestSize, kDigestSize)
                                                         : QStringView();
        if (!before.isEmpty() && before == digestOf(valueOf(parsed, field)))
            continue; // the platform did not change it: the catalogue's value stays, edited or not
        QStringList *codes = MeasureFields::codes(m, field);
        if (field == MeasureField::Goals || (codes && unresolved.contains(field))) {
            for (const QString &code : *MeasureFields::codes(parsed, field)) // only added
                if (!codes->contains(code))
                    codes->append(code);
        } else if (field == MeasureField::Partners) {
            for (const PartnerLink &link : parsed.partners) { // only added
                const bool listed = std::any_of(m.partners.cbegin(), m.partners.cend(), [&](const PartnerLink &p) {
                    return PartnerIdentity::key(p.name) == PartnerIdentity::key(link.name);
                });
                if (!listed)
                    m.partners.append(link);
            }
        } else if (field == MeasureField::FundingUsd) {
            if (parsed.fundingUsdCents) // the analyst's own amount stays when the text states none in USD
                m.fundingUsdCents = parsed.fundingUsdCents;
        } else if (!unresolved.contains(field)) {
            MeasureFields::assign(m, parsed, field);
        }
    }
    return m;
}

void PlatformRow::carrySnapshot(Measure &to, const Measure &from, const QList<MeasureField> &taken)
{
    if (taken.isEmpty() || from.platformMeasureId.isEmpty() || to.platformMeasureId != from.platformMeasureId)
        return;
    if (taken.contains(MeasureField::PlatformMeasureId)) {
        to.platformSource = from.platformSource;
        return;
    }
    const qsizetype size = snapshotPrefix().size() + snapshotFields().size() * kDigestSize;
    const auto comparable = [size](const QString &source) { return source.startsWith(snapshotPrefix()) && source.size() == size; };
    if (!comparable(from.platformSource))
        return;
    if (!comparable(to.platformSource))
        to.platformSource = snapshotPrefix() + kAbsent.repeated(snapshotFields().size());
    for (MeasureField field : taken) {
        const qsizetype at = snapshotFields().indexOf(field);
        if (at >= 0)
            to.platformSource.replace(snapshotPrefix().size() + at * kDigestSize, kDigestSize,
                                      from.platformSource.mid(snapshotPrefix().size() + at * kDigestSize, kDigestSize));
    }
}

QString PlatformRow::snapshot(const Measure &parsed, const QList<MeasureField> &fields)
{
    QString row = snapshotPrefix();
    for (MeasureField field : snapshotFields())
        row += fields.contains(field) ? digestOf(valueOf(parsed, field)) : kAbsent;
    return row;
}

Measure PlatformRow::parse(const QStringList &cells, const PlatformColumns::Header &header, const QStringList &headerCells,
                           const PlatformTerms &terms, const QHash<QString, QString> &partnerTypes, const Messages &messages,
                           QList<Note> *kept, QList<Note> *problems)
{
    Measure m;
    QStringList keptLines;
    QString platformTitle;
    for (int i = 0; i < header.columns.size() && i < cells.size(); ++i) {
        const int columnNumber = i + 1;
        const QString cell = cells.at(i);
        const QString trimmed = cell.trimmed();
        const QString columnName = headerCells.value(i).trimmed();
        // A value that maps to nothing: kept as written, with the column it came from, and said.
        const auto keep = [&](const QString &value, const QString &why, std::optional<MeasureField> field = std::nullopt) {
            keptLines << QStringLiteral("%1: %2").arg(columnName, value);
            kept->append({columnNumber, why, field});
        };
        const auto keepUnknown = [&](const QString &value, MeasureField field) {
            keep(value, messages.translate("PlatformRow", "“%1” is not a value of %2 that this catalogue knows; it was kept as written "
                                                          "in “%3”.")
                            .arg(value, MeasureFields::label(field, messages.language()),
                                 MeasureFields::label(MeasureField::KeptAsWritten, messages.language())),
                 field);
        };
        const auto keepColumn = [&] {
            keep(trimmed, messages.translate("PlatformRow", "The column “%1” has no field of its own; its value was kept as written in “%2”.")
                              .arg(columnName, MeasureFields::label(MeasureField::KeptAsWritten, messages.language())));
        };
        if (!header.columns.at(i)) { // a column the platform did not export when this was written
            if (!trimmed.isEmpty())
                keepColumn();
            continue;
        }
        const PlatformColumn column = *header.columns.at(i);
        const auto terms_ = [&](K kind, MeasureField field, QStringList *codes) {
            for (const PlatformTerms::Item &item : PlatformTerms::splitList(trimmed, [&](const QString &text) { return terms.match(kind, text); })) {
                if (item.code.isEmpty())
                    keepUnknown(item.text, field);
                else if (!codes->contains(item.code))
                    codes->append(item.code);
            }
        };
        switch (column) {
        case C::MeasureId:
            m.platformMeasureId = trimmed;
            if (trimmed.isEmpty())
                problems->append({columnNumber, messages.translate("PlatformRow", "This row has no measure ID. Every row of the platform's "
                                                                                  "export has one: export the view again.")});
            break;
        case C::ReportId: m.platformReportId = trimmed; break;
        case C::ReportYear:
            if (!trimmed.isEmpty()) {
                bool ok = false;
                const int year = trimmed.toInt(&ok);
                if (ok)
                    m.reportYear = year;
                else
                    problems->append({columnNumber, messages.translate("MeasureCsvRow", "“%1” is not a year. Write the report year with four "
                                                                                         "digits, for example 2020.").arg(trimmed)});
            }
            break;
        case C::Country:
            if (!trimmed.isEmpty()) {
                m.country = terms.match(K::Country, trimmed);
                if (m.country.isEmpty())
                    keepUnknown(trimmed, MeasureField::Country);
            }
            break;
        case C::Title: m.title = cell.simplified(); break;
        case C::PlatformTitle: platformTitle = cell.simplified(); break;
        case C::Sdgs: m.sdgs = trimmed; break;
        case C::SpecialCategories: appendText(m.specialCategories, trimmed, QStringLiteral("; ")); break; // twice in the export
        case C::Areas: {
            const auto split = PlatformTerms::splitList(trimmed, [&](const QString &text) {
                if (const QString area = terms.match(K::Area, text); !area.isEmpty())
                    return QStringLiteral("area:") + area;
                if (const QString goal = terms.match(K::Goal, text); !goal.isEmpty())
                    return QStringLiteral("goal:") + goal; // a goal's name in the areas column sets the goal
                return QString();
            });
            for (const PlatformTerms::Item &item : split) {
                if (item.code.isEmpty())
                    keepUnknown(item.text, MeasureField::MonitoringAreas);
                else if (QStringList &list = item.code.startsWith(u"area:") ? m.monitoringAreas : m.goals; !list.contains(item.code.mid(5)))
                    list << item.code.mid(5);
            }
            break;
        }
        case C::Domains: terms_(K::Domain, MeasureField::Domains, &m.domains); break;
        case C::Scope: terms_(K::Scope, MeasureField::Scope, &m.scopes); break;
        case C::Nature: terms_(K::Nature, MeasureField::Nature, &m.natures); break;
        case C::ValueChain: terms_(K::ValueChain, MeasureField::ValueChain, &m.valueChain); break;
        case C::FullUrl:
        case C::CanonicalUrl:
        case C::Website:
            if (trimmed.isEmpty())
                break;
            if (MeasureValidator::isWebAddress(trimmed)) // never a link to a file or a share
                *(column == C::FullUrl ? &m.platformUrl : column == C::CanonicalUrl ? &m.platformCanonicalUrl : &m.website) = trimmed;
            else
                keep(trimmed, messages.translate("PlatformRow", "“%1” is not a web address starting with http:// or https://; it was kept "
                                                                "as written in “%2”.")
                                  .arg(trimmed, MeasureFields::label(MeasureField::KeptAsWritten, messages.language())),
                     column == C::FullUrl ? MeasureField::PlatformUrl : column == C::CanonicalUrl ? MeasureField::PlatformCanonicalUrl
                                                                                        : MeasureField::Website);
            break;
        case C::KeyObjectives: m.keyObjectives = cell.trimmed(); break;
        case C::MainFeatures: m.mainFeatures = cell.trimmed(); break;
        case C::Context: m.context = cell.trimmed(); break;
        case C::ExpectedResults: m.expectedResults = cell.trimmed(); break;
        case C::Agencies: m.responsibleAgencies = trimmed; break;
        case C::Conclusions: m.evaluationConclusions = cell.trimmed(); break;
        case C::Indicators: m.evaluationIndicators = cell.trimmed(); break;
        case C::EvaluationLevel: m.evaluationLevel = trimmed; break;
        case C::TargetedGroups: m.targetedGroups = cell.trimmed(); break;
        case C::Funding:
            m.fundingText = trimmed;
            m.fundingUsdCents = PlatformFunding::usdCents(trimmed);
            break;
        case C::WhatIs:
        case C::ReasonsIntro: // headings of the questions under them: a value is kept, not lost
            if (!trimmed.isEmpty())
                keepColumn();
            break;
        case C::Innovative:
        case C::TargetsArticle7:
        case C::TargetsYoungPeople:
        case C::IfcdFunding:
        case C::ReasonConvention:
        case C::ReasonPolicyDiscussion:
        case C::ReasonOther:
        case C::Evaluated: {
            const MeasureField field = answerField(column);
            if (trimmed.isEmpty())
                break; // not answered: not known
            const QString code = terms.match(K::Answer, trimmed);
            if (!code.isEmpty())
                *MeasureFields::choice(m, field) = code;
            else
                keepUnknown(trimmed, field);
            break;
        }
        case C::Partners: {
            // Names the catalogue knows are one partner even with commas in them; other pieces are names.
            QStringList names;
            for (const PlatformTerms::Item &item : PlatformTerms::splitList(trimmed, [&](const QString &name) {
                     return partnerTypes.contains(PartnerIdentity::key(name)) ? name : QString();
                 }))
                if (!names.contains(item.text.simplified(), Qt::CaseInsensitive))
                    names << item.text.simplified();
            for (const QString &name : names) {
                const QString type = partnerTypes.value(PartnerIdentity::key(name), kPartnerTypeNotStated);
                if (name.simplified().size() > MeasureValidator::kMaxShortTextLength)
                    keep(name, messages.translate("PlatformRow", "A partner's name is longer than %L1 characters; it was kept as written in “%2”.")
                                   .arg(MeasureValidator::kMaxShortTextLength)
                                   .arg(MeasureFields::label(MeasureField::KeptAsWritten, messages.language())));
                else
                    m.partners.append({name.simplified(), type});
            }
            break;
        }
        }
    }
    m.platformTitle = platformTitle;
    if (m.title.isEmpty())
        m.title = platformTitle; // a measure named only by its editorialized title
    m.keptAsWritten = keptLines.join(u'\n');
    return m;
}
