// SPDX-License-Identifier: GPL-3.0-or-later
#include "choices.h"

#include "i18n/translations.h"
#include "vocabulary.h"

#include <QCoreApplication>

namespace {

struct Choice {
    const char *code;
    const char *label;
};

const Choice kEvaluation[] = {
    {"yes", QT_TRANSLATE_NOOP("Evaluation", "Yes")},
    {"no", QT_TRANSLATE_NOOP("Evaluation", "No")},
    {"unknown", QT_TRANSLATE_NOOP("Evaluation", "Not known")},
};

const Choice kStatus[] = {
    {"draft", QT_TRANSLATE_NOOP("ReviewStatus", "Draft")},
    {"ready", QT_TRANSLATE_NOOP("ReviewStatus", "Ready")},
};

const Choice kValueChain[] = {
    {"creation", QT_TRANSLATE_NOOP("ValueChain", "Creation")},
    {"production", QT_TRANSLATE_NOOP("ValueChain", "Production")},
    {"distribution", QT_TRANSLATE_NOOP("ValueChain", "Distribution")},
    {"access", QT_TRANSLATE_NOOP("ValueChain", "Access")},
    {"participation", QT_TRANSLATE_NOOP("ValueChain", "Participation")},
};

template<size_t N>
QStringList codesOf(const Choice (&choices)[N])
{
    QStringList codes;
    for (const Choice &c : choices)
        codes << QString::fromLatin1(c.code);
    return codes;
}

template<size_t N>
QString labelOf(const Choice (&choices)[N], const char *context, const QString &code, Language language)
{
    for (const Choice &c : choices)
        if (code == QLatin1String(c.code))
            return Translations::translate(language, context, c.label);
    return code;
}

template<size_t N>
QString matchOf(const Choice (&choices)[N], const char *context, const QString &text)
{
    const QString folded = foldForMatching(text);
    for (const Choice &c : choices) {
        if (folded == QLatin1String(c.code))
            return QString::fromLatin1(c.code);
        for (Language language : {Language::English, Language::Spanish})
            if (folded == foldForMatching(Translations::translate(language, context, c.label)))
                return QString::fromLatin1(c.code);
    }
    return {};
}

} // namespace

namespace Evaluation {
QStringList codes() { return codesOf(kEvaluation); }
QString label(const QString &code, Language language) { return labelOf(kEvaluation, "Evaluation", code, language); }
QString match(const QString &text)
{
    QString code = matchOf(kEvaluation, "Evaluation", text);
    if (code.isEmpty()) {
        const QString folded = foldForMatching(text);
        if (folded == u"si" || folded == u"true" || folded == u"1")
            code = QStringLiteral("yes");
        else if (folded == u"false" || folded == u"0")
            code = QStringLiteral("no");
        else if (folded == u"unknown" || folded == u"desconocido" || folded == u"no se sabe")
            code = QStringLiteral("unknown");
    }
    return code;
}
} // namespace Evaluation

namespace ValueChain {
QStringList codes() { return codesOf(kValueChain); }
QString label(const QString &code, Language language) { return labelOf(kValueChain, "ValueChain", code, language); }
QString match(const QString &text) { return matchOf(kValueChain, "ValueChain", text); }
} // namespace ValueChain

namespace ReviewStatus {
QStringList codes() { return codesOf(kStatus); }
QString label(const QString &code, Language language) { return labelOf(kStatus, "ReviewStatus", code, language); }
QString match(const QString &text) { return matchOf(kStatus, "ReviewStatus", text); }
} // namespace ReviewStatus
