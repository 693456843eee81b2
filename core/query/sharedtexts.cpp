// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedtexts.h"

QString SharedTexts::fromUtf8(QByteArrayView utf8)
{
    if (utf8.size() > kMaxLength)
        return QString::fromUtf8(utf8);
    const QByteArray key = QByteArray::fromRawData(utf8.data(), utf8.size()); // looked up without a copy
    if (const auto it = m_texts.constFind(key); it != m_texts.cend())
        return *it;
    QString text = QString::fromUtf8(utf8);
    if (m_texts.size() < kMaxTexts)
        m_texts.insert(utf8.toByteArray(), text);
    return text;
}
