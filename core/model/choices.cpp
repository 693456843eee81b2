// SPDX-License-Identifier: GPL-3.0-or-later
#include "choices.h"

#include "i18n/translations.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QHash>

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

// What each choice is matched by (its code, its labels in both languages, folded) -> its code;
// the first choice to claim a text keeps it. Built once per list: an import matches several
// answers on every row, and translating and folding the labels each time was most of its parsing.
template<size_t N>
QHash<QString, QString> matchTableOf(const Choice (&choices)[N], const char *context)
{
    QHash<QString, QString> table;
    for (const Choice &c : choices) {
        const QString code = QString::fromLatin1(c.code);
        QStringList names = {code};
        for (Language language : {Language::English, Language::Spanish})
            names << foldForMatching(Translations::translate(language, context, c.label));
        for (const QString &name : names)
            if (!table.contains(name))
                table.insert(name, code);
    }
    return table;
}

} // namespace

namespace Evaluation {
QStringList codes() { return codesOf(kEvaluation); }
QString label(const QString &code, Language language) { return labelOf(kEvaluation, "Evaluation", code, language); }
QString match(const QString &text)
{
    static const QHash<QString, QString> table = matchTableOf(kEvaluation, "Evaluation");
    const QString folded = foldForMatching(text);
    QString code = table.value(folded);
    if (code.isEmpty()) {
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
QString match(const QString &text)
{
    static const QHash<QString, QString> table = matchTableOf(kValueChain, "ValueChain");
    return table.value(foldForMatching(text));
}
} // namespace ValueChain

namespace ReviewStatus {
QStringList codes() { return codesOf(kStatus); }
QString label(const QString &code, Language language) { return labelOf(kStatus, "ReviewStatus", code, language); }
QString match(const QString &text)
{
    static const QHash<QString, QString> table = matchTableOf(kStatus, "ReviewStatus");
    return table.value(foldForMatching(text));
}
} // namespace ReviewStatus
