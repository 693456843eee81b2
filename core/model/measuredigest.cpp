// SPDX-License-Identifier: GPL-3.0-or-later
#include "measuredigest.h"

#include <QCryptographicHash>
#include <QtEndian>
#include <algorithm>

namespace {

// FNV-1a: stable across runs and platforms (qHash is seeded per process), and fast enough to
// digest every field of 100,000 measures in well under a second.
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
    default:
        if (const QString *text = MeasureFields::text(m, field))
            return *text;
        if (const QString *code = MeasureFields::choice(m, field))
            return *code;
        return MeasureFields::plainValue(m, field);
    }
}

} // namespace

namespace MeasureDigest {

QByteArray field(const Measure &measure, MeasureField field)
{
    QByteArray bytes(kBytesPerField, Qt::Uninitialized);
    qToBigEndian(fnv1a(canonical(measure, field)), bytes.data());
    return bytes;
}

QByteArray fields(const Measure &measure)
{
    QByteArray all;
    all.reserve(int(MeasureFields::contentFields().size()) * kBytesPerField);
    for (MeasureField f : MeasureFields::contentFields())
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
    return QString::fromLatin1(hash.result().left(8).toHex()); // 64 bits: ample within one measure's history
}

QList<MeasureField> changedFields(const QByteArray &before, const QByteArray &after)
{
    QList<MeasureField> changed;
    const QList<MeasureField> &all = MeasureFields::contentFields();
    const bool comparable = before.size() == after.size() && before.size() == all.size() * kBytesPerField;
    for (int i = 0; i < all.size(); ++i)
        if (!comparable || before.mid(i * kBytesPerField, kBytesPerField) != after.mid(i * kBytesPerField, kBytesPerField))
            changed << all.at(i);
    return changed;
}

} // namespace MeasureDigest
