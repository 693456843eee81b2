// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfold.h"

QString foldForMatching(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        if (pendingSpace) {
            folded += u' ';
            pendingSpace = false;
        }
        folded += c.toCaseFolded();
    }
    return folded;
}

QString sortKey(const QString &text)
{
    const QString folded = foldForMatching(text);
    qsizetype start = 0;
    while (start < folded.size() && !folded.at(start).isLetterOrNumber())
        ++start;
    return folded.mid(start);
}
