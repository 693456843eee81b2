#include "timestamps.h"

#include <QUuid>

QString newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QString isoTimestamp(const QDateTime &utc) { return utc.toUTC().toString(Qt::ISODate); }

QDateTime parseIsoTimestamp(const QString &text)
{
    QDateTime when = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (when.isValid() && when.timeSpec() == Qt::LocalTime && !text.contains(u'Z'))
        when.setTimeSpec(Qt::UTC); // our files always mean UTC
    return when.toUTC();
}
