// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"

#include <cstdio>

namespace Console {

void error(const QString &text)
{
    // Messages may quote what a file or a server holds: no control character but line ends and
    // tabs reaches the terminal (an escape sequence there could rewrite what the analyst sees).
    QString safe = text;
    for (QChar &c : safe)
        if ((c.category() == QChar::Other_Control && c != u'\n' && c != u'\t') || c.category() == QChar::Other_Format)
            c = QChar::ReplacementCharacter;
    const QByteArray bytes = safe.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace Console
