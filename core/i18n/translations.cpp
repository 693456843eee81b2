// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QTranslator>
#include <QMutex>
#include <map>
#include <memory>

namespace {

// One of ours per listed language (English's holds only plural forms), and Qt's own qtbase_<code>
// for the others: English is Qt's source language.
struct Catalogue {
    QTranslator ours;
    QTranslator qtbase;
    bool oursTried = false, oursLoaded = false;
    bool qtbaseTried = false, qtbaseLoaded = false;
};

struct Catalogues {
    QMutex mutex; // translate() runs on worker threads too
    std::map<QString, std::unique_ptr<Catalogue>> byCode;
    Language current;
    Catalogue *installed = nullptr;
};

Catalogues &catalogues()
{
    static Catalogues instance;
    return instance;
}

Catalogue &catalogueOf(Language language)
{
    Catalogues &c = catalogues();
    const QMutexLocker lock(&c.mutex);
    std::unique_ptr<Catalogue> &slot = c.byCode[language.code()];
    if (!slot)
        slot = std::make_unique<Catalogue>();
    if (!slot->oursTried) {
        slot->oursTried = true;
        slot->oursLoaded = slot->ours.load(QStringLiteral(":/i18n/measures_%1.qm").arg(language.code()));
    }
    return *slot;
}

QTranslator *ours(Language language)
{
    Catalogue &catalogue = catalogueOf(language);
    return catalogue.oursLoaded ? &catalogue.ours : nullptr;
}

} // namespace

namespace Translations {

void install(Language language)
{
    Catalogues &c = catalogues();
    if (c.installed) {
        QCoreApplication::removeTranslator(&c.installed->ours);
        QCoreApplication::removeTranslator(&c.installed->qtbase);
    }
    Catalogue &catalogue = catalogueOf(language);
    if (!language.isEnglish()) {
        if (!catalogue.qtbaseTried) {
            catalogue.qtbaseTried = true;
            catalogue.qtbaseLoaded = catalogue.qtbase.load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(language.code()));
        }
        if (catalogue.qtbaseLoaded)
            QCoreApplication::installTranslator(&catalogue.qtbase);
    }
    if (catalogue.oursLoaded)
        QCoreApplication::installTranslator(&catalogue.ours);
    c.current = language;
    c.installed = &catalogue;
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
