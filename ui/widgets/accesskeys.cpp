// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesskeys.h"

namespace AccessKeys {

QStringList assign(const QStringList &labels, QString taken)
{
    QStringList texts;
    for (const QString &label : labels) {
        QString text = label;
        text.replace(u'&', QStringLiteral("&&"));
        int at = -1;
        // First the initials of its words, then any of its letters.
        for (int pass = 0; pass < 2 && at < 0; ++pass)
            for (int i = 0; i < text.size() && at < 0; ++i) {
                const QChar c = text.at(i);
                const bool initial = i == 0 || !text.at(i - 1).isLetterOrNumber();
                // A plain letter: an accented one is no key of its own on most keyboards.
                if (c.unicode() < 128 && c.isLetter() && (pass == 1 || initial) && !taken.contains(c.toLower()) && (i == 0 || text.at(i - 1) != u'&'))
                    at = i;
            }
        if (at >= 0) {
            taken += text.at(at).toLower();
            text.insert(at, u'&');
        }
        texts << text;
    }
    return texts;
}

QChar keyOf(const QString &menuText)
{
    for (int i = 0; i + 1 < menuText.size(); ++i) {
        if (menuText.at(i) != u'&')
            continue;
        if (menuText.at(i + 1) == u'&') {
            ++i; // a literal "&"
            continue;
        }
        return menuText.at(i + 1).toLower();
    }
    return {};
}

} // namespace AccessKeys
