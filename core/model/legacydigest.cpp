// SPDX-License-Identifier: GPL-3.0-or-later
#include "legacydigest.h"

#include <QCryptographicHash>
#include <QtEndian>
#include <algorithm>

namespace {

// The content fields of format 8, in its order.
const MeasureField kFields[] = {
    MeasureField::Title, MeasureField::Country, MeasureField::ReportYear, MeasureField::ResponsibleAgencies,
    MeasureField::KeyObjectives, MeasureField::MainFeatures, MeasureField::Scope, MeasureField::Nature,
    MeasureField::ExpectedResults, MeasureField::ResultsAchieved, MeasureField::FundingText, MeasureField::FundingUsd,
    MeasureField::Evaluated, MeasureField::EvaluationConclusions, MeasureField::Goals, MeasureField::MonitoringAreas,
    MeasureField::Domains, MeasureField::Partners, MeasureField::Website, MeasureField::Context, MeasureField::ValueChain,
    MeasureField::TargetsArticle7, MeasureField::TargetedGroups, MeasureField::TargetsYoungPeople, MeasureField::IfcdFunding,
    MeasureField::ReasonConvention, MeasureField::ReasonPolicyDiscussion, MeasureField::ReasonOther, MeasureField::Innovative,
    MeasureField::EvaluationLevel, MeasureField::EvaluationIndicators, MeasureField::Sdgs, MeasureField::SpecialCategories,
    MeasureField::PlatformTitle, MeasureField::PlatformMeasureId, MeasureField::PlatformReportId, MeasureField::PlatformUrl,
    MeasureField::PlatformCanonicalUrl, MeasureField::KeptAsWritten, MeasureField::Status,
};

quint32 fnv1a(QStringView text)
{
    quint32 hash = 2166136261u;
    for (QChar c : text) {
        const char16_t unit = c.unicode();
        hash = (hash ^ (unit & 0xff)) * 16777619u;
        hash = (hash ^ (unit >> 8)) * 16777619u;
    }
    return hash;
}

// Format 8's canonical text, including its blind spot: the country (a Term) gave "".
QString canonical(const Measure &m, MeasureField field)
{
    using MeasureFields::Type;
    switch (MeasureFields::type(field)) {
    case Type::Terms:
    case Type::Choices:
        if (const QStringList *codes = MeasureFields::codes(m, field)) {
            QStringList sorted = *codes;
            std::sort(sorted.begin(), sorted.end());
            return sorted.join(u'\n');
        }
        return MeasureFields::plainValue(m, field);
    case Type::Partners: {
        QStringList names;
        for (const PartnerLink &partner : m.partners)
            names << partner.name;
        return names.join(u'\n');
    }
    case Type::Year:
        return m.reportYear ? QString::number(*m.reportYear) : QString();
    case Type::Money:
        return m.fundingUsdCents ? QString::number(*m.fundingUsdCents) : QString();
    case Type::Term:
        return QString();
    default:
        return MeasureFields::plainValue(m, field);
    }
}

} // namespace

namespace LegacyDigest {

int position(MeasureField field)
{
    const auto *it = std::find(std::begin(kFields), std::end(kFields), field);
    return it == std::end(kFields) ? -1 : int(it - std::begin(kFields));
}

bool isDigested(MeasureField field) { return field != MeasureField::Country && position(field) >= 0; }

QByteArray field(const Measure &measure, MeasureField field)
{
    QByteArray bytes(kBytesPerField, Qt::Uninitialized);
    qToBigEndian(fnv1a(canonical(measure, field)), bytes.data());
    return bytes;
}

QByteArray fields(const Measure &measure)
{
    QByteArray all;
    for (MeasureField f : kFields)
        all += field(measure, f);
    return all;
}

QString revisionId(const QString &uuid, const QString &parent, const QString &merged, const QByteArray &fields)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(uuid.toUtf8());
    hash.addData("\n");
    hash.addData(parent.toLatin1());
    hash.addData("\n");
    hash.addData(merged.toLatin1());
    hash.addData("\n");
    hash.addData(fields.isEmpty() ? QByteArray("deleted") : fields);
    return QString::fromLatin1(hash.result().left(8).toHex());
}

} // namespace LegacyDigest
