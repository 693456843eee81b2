// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

// Identity and time as stored in catalogues and written in CSV files.
QString newUuid();
QString isoTimestamp(const QDateTime &utc);      // 2026-11-22T01:30:00Z
QDateTime parseIsoTimestamp(const QString &text); // invalid QDateTime when not ISO-8601
QDateTime parseIsoTimestamp(QByteArrayView utf8);
