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

// What each choice is matched by (its code, its labels in both languages, folded), with its
// code, in the order they are tried: the first to say a text wins. Built once per list: an import
// matches several answers on every row, and translating and folding the labels each time was
// most of its parsing. A handful of short names: compared in turn, quicker than hashed.
using MatchTable = QList<std::pair<QString, QString>>;

template<size_t N>
MatchTable matchTableOf(const Choice (&choices)[N], const char *context)
{
    MatchTable table;
    for (const Choice &c : choices) {
        const QString code = QString::fromLatin1(c.code);
        table.append({code, code});
        for (const Language language : Language::all())
            table.append({foldForMatching(Translations::translate(language, context, c.label)), code});
    }
    return table;
}

QString lookUp(const MatchTable &table, const QString &folded)
{
    for (const auto &[name, code] : table)
        if (name == folded)
            return code;
    return {};
}

} // namespace

namespace Evaluation {
QStringList codes()
{
    static const QStringList codes = codesOf(kEvaluation); // asked for every answer validated
    return codes;
}
QString label(const QString &code, Language language) { return labelOf(kEvaluation, "Evaluation", code, language); }
QString match(const QString &text)
{
    static const MatchTable table = matchTableOf(kEvaluation, "Evaluation");
    const QString folded = foldForMatching(text);
    QString code = lookUp(table, folded);
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
QStringList codes()
{
    static const QStringList codes = codesOf(kValueChain);
    return codes;
}
QString label(const QString &code, Language language) { return labelOf(kValueChain, "ValueChain", code, language); }
QString match(const QString &text)
{
    static const MatchTable table = matchTableOf(kValueChain, "ValueChain");
    return lookUp(table, foldForMatching(text));
}
} // namespace ValueChain

namespace ReviewStatus {
QStringList codes()
{
    static const QStringList codes = codesOf(kStatus);
    return codes;
}
QString label(const QString &code, Language language) { return labelOf(kStatus, "ReviewStatus", code, language); }
QString match(const QString &text)
{
    static const MatchTable table = matchTableOf(kStatus, "ReviewStatus");
    return lookUp(table, foldForMatching(text));
}
} // namespace ReviewStatus
