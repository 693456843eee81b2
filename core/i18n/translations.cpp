// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QTranslator>
#include <memory>

namespace {

struct Catalogues {
    QTranslator ours[2];
    QTranslator qtbase; // Spanish only: English is Qt's source language
    bool loaded[2] = {false, false};
    bool qtbaseLoaded = false;
    Language current = Language::English;
    bool installed = false;
};

Catalogues &catalogues()
{
    static Catalogues instance;
    return instance;
}

int index(Language language) { return language == Language::Spanish ? 1 : 0; }

QTranslator *ours(Language language)
{
    Catalogues &c = catalogues();
    const int i = index(language);
    if (!c.loaded[i])
        c.loaded[i] = c.ours[i].load(QStringLiteral(":/i18n/measures_%1.qm").arg(languageCode(language)));
    return c.loaded[i] ? &c.ours[i] : nullptr;
}

} // namespace

namespace Translations {

void install(Language language)
{
    Catalogues &c = catalogues();
    if (c.installed) {
        QCoreApplication::removeTranslator(&c.ours[0]);
        QCoreApplication::removeTranslator(&c.ours[1]);
        QCoreApplication::removeTranslator(&c.qtbase);
    }
    if (language == Language::Spanish) {
        if (!c.qtbaseLoaded)
            c.qtbaseLoaded = c.qtbase.load(QStringLiteral(":/i18n/qtbase_es.qm"));
        if (c.qtbaseLoaded)
            QCoreApplication::installTranslator(&c.qtbase);
    }
    if (QTranslator *t = ours(language))
        QCoreApplication::installTranslator(t);
    c.current = language;
    c.installed = true;
}

Language current() { return catalogues().current; }

QString translate(Language language, const char *context, const char *sourceText,
                  const char *disambiguation, int n)
{
    QString text;
    if (QTranslator *t = ours(language))
        text = t->translate(context, sourceText, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    if (n >= 0) { // as QCoreApplication::translate does: %n plain, %Ln in the language's format
        text.replace(QStringLiteral("%Ln"), localeFor(language).toString(n));
        text.replace(QStringLiteral("%n"), QString::number(n));
    }
    return text;
}

} // namespace Translations
