// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfold.h"

namespace {

// foldForMatching of ASCII text: what QChar::isSpace and QChar::toCaseFolded say of ASCII.
QString foldAscii(const QString &text)
{
    QString folded;
    folded.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u' ' || (u >= 0x09 && u <= 0x0d)) {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        if (pendingSpace) {
            folded += u' ';
            pendingSpace = false;
        }
        folded += QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
    }
    return folded;
}

} // namespace

QString foldForMatching(const QString &text)
{
    // ASCII text (codes, most cells of our own export) needs neither decomposition nor marks
    // removed, and folds case A-Z only: the same result without normalizing, and none at all
    // when the text is already folded.
    bool ascii = true, asIs = true;
    for (qsizetype i = 0; i < text.size() && ascii; ++i) {
        const char16_t c = text.at(i).unicode();
        ascii = c < 0x80;
        if ((c >= u'A' && c <= u'Z') || (c >= 0x09 && c <= 0x0d)
            || (c == u' ' && (i == 0 || i + 1 == text.size() || text.at(i + 1) == u' ')))
            asIs = false;
    }
    if (ascii && asIs)
        return text;
    if (ascii)
        return foldAscii(text);
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
