// SPDX-License-Identifier: GPL-3.0-or-later
#include "undocost.h"

#include "measurefield.h"

#include <QSet>

namespace {

constexpr qint64 kArrayHeader = 32;  // an allocation's header and alignment, about
constexpr qint64 kCopyOverhead = 64; // the shared pointer's control block and allocation

// Counts each string and list once however many measures share it (SharedTexts, copies that
// share the plan's texts): what memory really holds, not what it would if nothing were shared.
class Counter
{
public:
    qint64 measure(const Measure &m)
    {
        qint64 bytes = qint64(sizeof(Measure)) + kCopyOverhead;
        for (MeasureField field : MeasureFields::all()) {
            if (const QString *text = MeasureFields::text(m, field))
                bytes += this->text(*text);
            else if (const QStringList *codes = MeasureFields::codes(m, field))
                bytes += list(*codes);
            else if (const QString *code = MeasureFields::choice(m, field))
                bytes += this->text(*code);
        }
        if (!m.partners.isEmpty() && once(m.partners.constData())) {
            bytes += kArrayHeader + m.partners.capacity() * qint64(sizeof(PartnerLink));
            for (const PartnerLink &link : m.partners)
                bytes += text(link.name) + text(link.typeCode);
        }
        return bytes + text(m.uuid) + text(m.platformSource) + text(m.revision);
    }

private:
    bool once(const void *data) { return !m_seen.contains(data) && (m_seen.insert(data), true); }
    qint64 text(const QString &text) { return text.isEmpty() || !once(text.constData()) ? 0 : kArrayHeader + text.capacity() * 2; }
    qint64 list(const QStringList &list)
    {
        if (list.isEmpty() || !once(list.constData()))
            return 0;
        qint64 bytes = kArrayHeader + list.capacity() * qint64(sizeof(QString));
        for (const QString &item : list)
            bytes += text(item);
        return bytes;
    }
    QSet<const void *> m_seen;
};

} // namespace

namespace UndoCost {

qint64 of(const Measure &measure) { return Counter().measure(measure); }

qint64 of(const MeasureCopies &copies)
{
    qint64 bytes = copies.capacity() * qint64(sizeof(std::shared_ptr<const Measure>));
    QSet<const Measure *> counted;
    Counter counter;
    for (const std::shared_ptr<const Measure> &copy : copies)
        if (copy && !counted.contains(copy.get())) {
            counted.insert(copy.get());
            bytes += counter.measure(*copy);
        }
    return bytes;
}

} // namespace UndoCost
