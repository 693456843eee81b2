// SPDX-License-Identifier: GPL-3.0-or-later
#include "undocost.h"

#include "measurefield.h"

#include <QSet>

namespace {

constexpr qint64 kStringHeader = 32; // the allocation's header and alignment, about
constexpr qint64 kCopyOverhead = 64; // the shared pointer's control block and allocation

qint64 ofText(const QString &text) { return text.isEmpty() ? 0 : kStringHeader + text.capacity() * 2; }

qint64 ofList(const QStringList &list)
{
    qint64 bytes = list.isEmpty() ? 0 : kStringHeader + list.capacity() * qint64(sizeof(QString));
    for (const QString &text : list)
        bytes += ofText(text);
    return bytes;
}

} // namespace

namespace UndoCost {

qint64 of(const Measure &m)
{
    qint64 bytes = qint64(sizeof(Measure)) + kCopyOverhead;
    for (MeasureField field : MeasureFields::all()) {
        if (const QString *text = MeasureFields::text(m, field))
            bytes += ofText(*text);
        else if (const QStringList *codes = MeasureFields::codes(m, field))
            bytes += ofList(*codes);
        else if (const QString *code = MeasureFields::choice(m, field))
            bytes += ofText(*code);
    }
    bytes += m.partners.isEmpty() ? 0 : kStringHeader + m.partners.capacity() * qint64(sizeof(PartnerLink));
    for (const PartnerLink &link : m.partners)
        bytes += ofText(link.name) + ofText(link.typeCode);
    return bytes + ofText(m.uuid) + ofText(m.platformSource) + ofText(m.revision);
}

qint64 of(const MeasureCopies &copies)
{
    qint64 bytes = copies.capacity() * qint64(sizeof(std::shared_ptr<const Measure>));
    QSet<const Measure *> counted;
    for (const std::shared_ptr<const Measure> &copy : copies)
        if (copy && !counted.contains(copy.get())) {
            counted.insert(copy.get());
            bytes += of(*copy);
        }
    return bytes;
}

qint64 estimate(qint64 measures, qint64 textBytes)
{
    // UTF-16 holds each byte of UTF-8 in at most two bytes; a field's string adds its header.
    return measures * (qint64(sizeof(Measure)) + kCopyOverhead + 20 * kStringHeader) + 2 * textBytes;
}

} // namespace UndoCost
