// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfold.h"

#include <algorithm>
#include <array>

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

// What one Latin-1 character becomes in foldForMatching: its compatibility decomposition without
// non-spacing marks, case-folded, a space as ' '. Latin-1 text holds no combining marks, so
// decomposing it a character at a time is decomposing it whole; Spanish and French text is
// Latin-1, and normalizing it was most of the time a title's sort key took.
const std::array<QString, 256> &latin1Pieces()
{
    static const std::array<QString, 256> pieces = [] {
        std::array<QString, 256> table;
        for (char16_t c = 0; c < 256; ++c)
            for (const QChar d : QString(QChar(c)).normalized(QString::NormalizationForm_KD))
                if (d.category() != QChar::Mark_NonSpacing)
                    table[c] += d.isSpace() ? QChar(u' ') : d.toCaseFolded();
        return table;
    }();
    return pieces;
}

QString foldLatin1(const QString &text)
{
    const std::array<QString, 256> &pieces = latin1Pieces();
    qsizetype longest = 0;
    for (const QString &piece : pieces)
        longest = qMax(longest, piece.size());
    QString folded(text.size() * longest, Qt::Uninitialized);
    QChar *out = folded.data();
    QChar *const begin = out;
    bool pendingSpace = false;
    for (const QChar c : text) {
        for (const QChar d : pieces[c.unicode()]) {
            if (d == u' ') {
                pendingSpace = out != begin;
                continue;
            }
            if (pendingSpace) {
                *out++ = u' ';
                pendingSpace = false;
            }
            *out++ = d;
        }
    }
    folded.truncate(out - begin);
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
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x100; }))
        return foldLatin1(text);
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
