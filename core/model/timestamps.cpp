// SPDX-License-Identifier: GPL-3.0-or-later
#include "timestamps.h"

#include <QUuid>

namespace {

void putDigits(char *out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

template<typename View>
int digitsAt(View text, qsizetype at, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = QChar(text.at(at + i)).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "2026-11-22T01:30:00Z", what catalogues store, read without the general parser.
template<typename View>
QDateTime parseStored(View text)
{
    if (text.size() != 20 || text.at(4) != '-' || text.at(7) != '-' || text.at(10) != 'T' || text.at(13) != ':'
        || text.at(16) != ':' || text.at(19) != 'Z')
        return {};
    const int y = digitsAt(text, 0, 4), mo = digitsAt(text, 5, 2), d = digitsAt(text, 8, 2);
    const int h = digitsAt(text, 11, 2), mi = digitsAt(text, 14, 2), s = digitsAt(text, 17, 2);
    if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0)
        return {};
    const QDate date(y, mo, d);
    const QTime time(h, mi, s);
    return date.isValid() && time.isValid() ? QDateTime(date, time, Qt::UTC) : QDateTime();
}

} // namespace

QString newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

// Written by hand: QDateTime::toString(Qt::ISODate) cost a fifth of a whole CSV export.
QString isoTimestamp(const QDateTime &when)
{
    const QDateTime utc = when.timeSpec() == Qt::UTC ? when : when.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (!date.isValid() || !time.isValid() || date.year() < 1 || date.year() > 9999)
        return utc.toString(Qt::ISODate);
    char text[20];
    putDigits(text, date.year(), 4);
    text[4] = '-';
    putDigits(text + 5, date.month(), 2);
    text[7] = '-';
    putDigits(text + 8, date.day(), 2);
    text[10] = 'T';
    putDigits(text + 11, time.hour(), 2);
    text[13] = ':';
    putDigits(text + 14, time.minute(), 2);
    text[16] = ':';
    putDigits(text + 17, time.second(), 2);
    return QString::fromLatin1(text, 19) + u'Z';
}

QDateTime parseIsoTimestamp(const QString &input)
{
    const QStringView text = QStringView(input).trimmed();
    if (const QDateTime stored = parseStored(text); stored.isValid())
        return stored;
    QDateTime when = QDateTime::fromString(text.toString(), Qt::ISODate);
    if (when.isValid() && when.timeSpec() == Qt::LocalTime && !text.contains(u'Z'))
        when.setTimeSpec(Qt::UTC); // our files always mean UTC
    return when.toUTC();
}

QDateTime parseIsoTimestamp(QByteArrayView utf8)
{
    const QDateTime stored = parseStored(utf8);
    return stored.isValid() ? stored : parseIsoTimestamp(QString::fromUtf8(utf8));
}
