// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// Short texts that recur from row to row (vocabulary codes, partners' names and types), read as
// one string each: a plan or an undo step holding 20,000 measures then holds "music" once, not
// 20,000 times. Bounded: past kMaxTexts distinct texts, new ones are read as they come.
class SharedTexts
{
public:
    QString fromUtf8(QByteArrayView utf8);

private:
    static constexpr qsizetype kMaxTexts = 8192;
    static constexpr qsizetype kMaxLength = 256; // bytes: longer texts seldom recur
    QHash<QByteArray, QString> m_texts;
};
