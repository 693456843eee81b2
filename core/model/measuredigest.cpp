// SPDX-License-Identifier: GPL-3.0-or-later
#include "measuredigest.h"

#include "partneridentity.h"

#include "sha256.h"

#include <algorithm>

namespace {

// Frozen: a tag is never reused nor renumbered; a new content field gets the next one.
const struct {
    MeasureField field;
    int tag;
} kTags[] = {
    {MeasureField::Title, 1},
    {MeasureField::Country, 2},
    {MeasureField::ReportYear, 3},
    {MeasureField::ResponsibleAgencies, 4},
    {MeasureField::KeyObjectives, 5},
    {MeasureField::MainFeatures, 6},
    {MeasureField::Scope, 7},
    {MeasureField::Nature, 8},
    {MeasureField::ExpectedResults, 9},
    {MeasureField::ResultsAchieved, 10},
    {MeasureField::FundingText, 11},
    {MeasureField::FundingUsd, 12},
    {MeasureField::Evaluated, 13},
    {MeasureField::EvaluationConclusions, 14},
    {MeasureField::Goals, 15},
    {MeasureField::MonitoringAreas, 16},
    {MeasureField::Domains, 17},
    {MeasureField::Partners, 18},
    {MeasureField::Website, 19},
    {MeasureField::Context, 20},
    {MeasureField::ValueChain, 21},
    {MeasureField::TargetsArticle7, 22},
    {MeasureField::TargetedGroups, 23},
    {MeasureField::TargetsYoungPeople, 24},
    {MeasureField::IfcdFunding, 25},
    {MeasureField::ReasonConvention, 26},
    {MeasureField::ReasonPolicyDiscussion, 27},
    {MeasureField::ReasonOther, 28},
    {MeasureField::Innovative, 29},
    {MeasureField::EvaluationLevel, 30},
    {MeasureField::EvaluationIndicators, 31},
    {MeasureField::Sdgs, 32},
    {MeasureField::SpecialCategories, 33},
    {MeasureField::PlatformTitle, 34},
    {MeasureField::PlatformMeasureId, 35},
    {MeasureField::PlatformReportId, 36},
    {MeasureField::PlatformUrl, 37},
    {MeasureField::PlatformCanonicalUrl, 38},
    {MeasureField::KeptAsWritten, 39},
    {MeasureField::Status, 40},
};

struct Tagged {
    MeasureField field;
    int tag;
    QByteArray key;   // hashed with the value: a digest says which field it is of
    QString atDefault; // the canonical text of the field at its default (no digest then)
};

QString canonical(const Measure &m, MeasureField field);

// The content fields in tag order (what `fields` writes), built once.
const QList<Tagged> &tagged()
{
    static const QList<Tagged> list = [] {
        QList<Tagged> fields;
        const Measure blank;
        for (const auto &t : kTags)
            fields.append({t.field, t.tag, MeasureFields::key(t.field).toUtf8(), canonical(blank, t.field)});
        std::sort(fields.begin(), fields.end(), [](const Tagged &a, const Tagged &b) { return a.tag < b.tag; });
        return fields;
    }();
    return list;
}

const Tagged *byTag(int tag)
{
    for (const Tagged &t : tagged())
        if (t.tag == tag)
            return &t;
    return nullptr;
}

const Tagged *byField(MeasureField field)
{
    for (const Tagged &t : tagged())
        if (t.field == field)
            return &t;
    return nullptr;
}

// Frozen. Lists of codes are sets (the vocabulary's order may differ between catalogues);
// partners are their identities in order (a catalogue's spelling of a partner is its own).
QString canonical(const Measure &m, MeasureField field)
{
    using MeasureFields::Type;
    switch (MeasureFields::type(field)) {
    case Type::Terms:
    case Type::Choices: {
        QStringList sorted = *MeasureFields::codes(m, field);
        std::sort(sorted.begin(), sorted.end());
        return sorted.join(u'\n');
    }
    case Type::Partners: {
        QStringList keys;
        for (const PartnerLink &partner : m.partners)
            keys << PartnerIdentity::key(partner.name);
        return keys.join(u'\n');
    }
    case Type::Term:
        return m.country;
    case Type::Year:
        return m.reportYear ? QString::number(*m.reportYear) : QString();
    case Type::Money:
        return m.fundingUsdCents ? QString::number(*m.fundingUsdCents) : QString();
    case Type::Choice:
        return *MeasureFields::choice(m, field);
    default:
        return *MeasureFields::text(m, field);
    }
}

// Appends the field's digest to `out`; false (nothing appended) when the field is at its default.
bool appendDigest(const Tagged &t, const Measure &m, QByteArray &out)
{
    const QString text = canonical(m, t.field);
    if (text == t.atDefault)
        return false;
    Sha256 hash;
    hash.addData("mc-field/2\n");
    hash.addData(t.key);
    hash.addData("\n");
    hash.addData(text.toUtf8());
    hash.appendResult(out, MeasureDigest::kDigestBytes);
    return true;
}

QByteArray digest(const Tagged &t, const Measure &m)
{
    QByteArray d;
    appendDigest(t, m, d);
    return d;
}

} // namespace

namespace MeasureDigest {

int tag(MeasureField field)
{
    const Tagged *t = byField(field);
    return t ? t->tag : 0;
}

QByteArray field(const Measure &measure, MeasureField field)
{
    const Tagged *t = byField(field);
    return t ? digest(*t, measure) : QByteArray();
}

QByteArray fields(const Measure &measure)
{
    QByteArray all;
    all.reserve(int(tagged().size()) * kEntryBytes);
    // Each entry straight into `all` (tag, then digest): no QByteArray of its own per field.
    for (const Tagged &t : tagged()) {
        all += char(t.tag);
        if (!appendDigest(t, measure, all))
            all.chop(1);
    }
    return all;
}

QByteArray entry(const QByteArray &fields, MeasureField field)
{
    const int wanted = tag(field);
    for (qsizetype at = 0; at + kEntryBytes <= fields.size(); at += kEntryBytes) {
        const int found = quint8(fields.at(at));
        if (found == wanted)
            return fields.mid(at + 1, kDigestBytes);
        if (found > wanted)
            break;
    }
    return {};
}

bool isWellFormed(const QByteArray &fields)
{
    if (fields.size() % kEntryBytes != 0)
        return false;
    int previous = 0;
    for (qsizetype at = 0; at < fields.size(); at += kEntryBytes) {
        const int found = quint8(fields.at(at));
        if (found <= previous || !byTag(found))
            return false;
        previous = found;
    }
    return true;
}

namespace {
QString derivedId(const char *kind, const QString &subject, const QStringList &parents, const QByteArray &content)
{
    QStringList sorted;
    for (const QString &parent : parents)
        if (!parent.isEmpty())
            sorted << parent;
    std::sort(sorted.begin(), sorted.end());
    Sha256 hash;
    hash.addData(kind);
    hash.addData(subject.toUtf8());
    hash.addData("\n");
    hash.addData(sorted.join(u',').toLatin1());
    hash.addData("\n");
    hash.addData(content);
    return QString::fromLatin1(hash.result().left(MeasureDigest::kIdLength / 2).toHex());
}
} // namespace

QString revisionId(const QString &uuid, const QStringList &parents, const QByteArray &fields)
{
    return derivedId("mc-revision/2\n", uuid, parents, fields.isEmpty() ? QByteArray("deleted") : fields);
}

QString partnerRevisionId(const QString &partnerKey, const QStringList &parents, const QString &typeCode)
{
    return derivedId("mc-partner/2\n", partnerKey, parents, typeCode.toUtf8());
}

QList<MeasureField> changedFields(const QByteArray &before, const QByteArray &after)
{
    QList<MeasureField> changed;
    for (const Tagged &t : tagged())
        if (entry(before, t.field) != entry(after, t.field))
            changed << t.field;
    return changed;
}

} // namespace MeasureDigest
