// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvamounts.h"

namespace CsvAmounts {

Mark evidenceOf(const QString &cell)
{
    QString text;
    for (const QChar c : cell)
        if (c.isDigit() || c == u'.' || c == u',')
            text += c;
    const qsizetype lastDot = text.lastIndexOf(u'.');
    const qsizetype lastComma = text.lastIndexOf(u',');
    if (lastDot >= 0 && lastComma >= 0)
        return lastDot > lastComma ? Mark::Point : Mark::Comma;
    if (lastDot < 0 && lastComma < 0)
        return Mark::Unknown;
    const QChar separator = lastDot >= 0 ? u'.' : u',';
    if (text.count(separator) > 1) // "1.500.000": grouping, so the decimal mark is the other one
        return separator == u'.' ? Mark::Comma : Mark::Point;
    const qsizetype after = text.size() - text.indexOf(separator) - 1;
    if (after == 1 || after == 2)
        return separator == u'.' ? Mark::Point : Mark::Comma;
    return Mark::Unknown;
}

} // namespace CsvAmounts
