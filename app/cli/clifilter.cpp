// SPDX-License-Identifier: GPL-3.0-or-later
#include "clifilter.h"

#include "cliargs.h"
#include "clicommands.h"
#include "model/choices.h"
#include "model/vocabulary.h"

#include "clitr.h"

#include <QCoreApplication>

namespace {

bool codesFor(const CliArgs &args, const QString &option, VocabularyKind kind, const Vocabulary &vocabulary,
              QStringList *codes, QString *error)
{
    if (args.has(option))
        codes->clear(); // the option replaces what a saved view chose
    for (const QString &value : args.values(option)) {
        const VocabularyTerm *term = vocabulary.match(kind, value);
        if (!term) {
            QStringList known;
            for (const VocabularyTerm &t : vocabulary.terms(kind))
                known << t.code;
            if (known.size() > 30)
                known = known.mid(0, 30) << QStringLiteral("…");
            *error = Cli::tr("“%1” is not a value of --%2. Use one of: %3.").arg(value, option, known.join(QStringLiteral(", ")));
            return false;
        }
        *codes << term->code;
    }
    return true;
}

bool choicesFor(const CliArgs &args, const QString &option, QString (*match)(const QString &), const QStringList &known,
                QStringList *codes, QString *error)
{
    if (args.has(option))
        codes->clear();
    for (const QString &value : args.values(option)) {
        const QString code = match(value);
        if (code.isEmpty()) {
            *error = Cli::tr("“%1” is not a value of --%2. Use one of: %3.").arg(value, option, known.join(QStringLiteral(", ")));
            return false;
        }
        *codes << code;
    }
    return true;
}

bool yearFor(const CliArgs &args, const QString &option, std::optional<int> *year, QString *error)
{
    if (!args.has(option))
        return true;
    bool ok = false;
    const int value = args.value(option).toInt(&ok);
    if (!ok) {
        *error = Cli::tr("--%1 needs a year, for example 2020.").arg(option);
        return false;
    }
    *year = value;
    return true;
}

} // namespace

namespace CliFilter {

const QStringList kFilterOptions = {
    QStringLiteral("search"),    QStringLiteral("goal"),     QStringLiteral("area"),
    QStringLiteral("domain"),    QStringLiteral("scope"),    QStringLiteral("nature"),
    QStringLiteral("country"),   QStringLiteral("year-from"), QStringLiteral("year-to"),
    QStringLiteral("evaluated"), QStringLiteral("partner-type"), QStringLiteral("status"),
    QStringLiteral("needs-attention"), QStringLiteral("view"),
};

std::optional<MeasureFilter> filter(const CliArgs &args, const Vocabulary &vocabulary, QString *error, int *exitCode,
                                    const MeasureFilter &base)
{
    MeasureFilter f = base;
    QStringList words = args.values(QStringLiteral("search"));
    if (!f.search.isEmpty())
        words.prepend(f.search);
    f.search = words.join(u' ');
    f.needsAttention = f.needsAttention || args.has(QStringLiteral("needs-attention"));
    *exitCode = ExitInvalidInput;
    const bool ok = codesFor(args, QStringLiteral("goal"), VocabularyKind::ConventionGoal, vocabulary, &f.goals, error)
                 && codesFor(args, QStringLiteral("area"), VocabularyKind::MonitoringArea, vocabulary, &f.areas, error)
                 && codesFor(args, QStringLiteral("domain"), VocabularyKind::CulturalDomain, vocabulary, &f.domains, error)
                 && codesFor(args, QStringLiteral("scope"), VocabularyKind::Scope, vocabulary, &f.scopes, error)
                 && codesFor(args, QStringLiteral("nature"), VocabularyKind::Nature, vocabulary, &f.natures, error)
                 && codesFor(args, QStringLiteral("country"), VocabularyKind::Country, vocabulary, &f.countries, error)
                 && codesFor(args, QStringLiteral("partner-type"), VocabularyKind::PartnerType, vocabulary, &f.partnerTypes, error)
                 && choicesFor(args, QStringLiteral("evaluated"), Evaluation::match, Evaluation::codes(), &f.evaluated, error)
                 && choicesFor(args, QStringLiteral("status"), ReviewStatus::match, ReviewStatus::codes(), &f.statuses, error);
    if (!ok)
        return std::nullopt;
    *exitCode = ExitUsage;
    if (!yearFor(args, QStringLiteral("year-from"), &f.yearFrom, error) || !yearFor(args, QStringLiteral("year-to"), &f.yearTo, error))
        return std::nullopt;
    *exitCode = ExitOk;
    return f;
}

std::optional<MeasureSort> sort(const CliArgs &args, Language language, QString *error, const MeasureSort &base)
{
    MeasureSort s = base;
    s.language = language;
    if (!args.has(QStringLiteral("sort")))
        return s;
    QString key = args.value(QStringLiteral("sort"));
    if (key.endsWith(QStringLiteral(":desc"))) {
        s.order = Qt::DescendingOrder;
        key.chop(5);
    } else if (key.endsWith(QStringLiteral(":asc"))) {
        key.chop(4);
    }
    const auto field = MeasureFields::fromKey(key);
    if (!field) {
        *error = Cli::tr("“%1” is not a column to sort by. Use a column key, optionally followed by :desc.").arg(key);
        return std::nullopt;
    }
    s.field = *field;
    return s;
}

std::optional<CsvOptions> csvOptions(const CliArgs &args, Language language, QString *error)
{
    CsvOptions options = CsvOptions::standard(language);
    options.bom = args.has(QStringLiteral("bom"));
    options.codes = args.has(QStringLiteral("codes"));
    options.formulaGuard = !args.has(QStringLiteral("no-formula-guard"));
    if (args.has(QStringLiteral("delimiter"))) {
        const QString d = args.value(QStringLiteral("delimiter"));
        if (d == u",")
            options.delimiter = ',';
        else if (d == u";")
            options.delimiter = ';';
        else if (d == u"tab" || d == u"\\t" || d == u"\t")
            options.delimiter = '\t';
        else {
            *error = Cli::tr("--delimiter must be “,”, “;” or “tab”.");
            return std::nullopt;
        }
    }
    if (args.has(QStringLiteral("header"))) {
        const QString h = args.value(QStringLiteral("header"));
        if (h == u"keys")
            options.header = CsvOptions::Header::Keys;
        else if (h != u"labels") {
            *error = Cli::tr("--header must be “labels” or “keys”.");
            return std::nullopt;
        }
    }
    if (args.has(QStringLiteral("columns"))) {
        for (const QString &list : args.values(QStringLiteral("columns"))) {
            for (const QString &key : list.split(u',', Qt::SkipEmptyParts)) {
                const auto field = MeasureFields::fromKey(key.trimmed());
                if (!field || !MeasureFields::all().contains(*field)) { // the table's derived columns are not in files
                    QStringList keys;
                    for (MeasureField f : MeasureFields::all())
                        keys << MeasureFields::key(f);
                    *error = Cli::tr("Unknown column “%1”. Columns: %2.").arg(key.trimmed(), keys.join(QStringLiteral(",")));
                    return std::nullopt;
                }
                if (!options.columns.contains(*field))
                    options.columns << *field;
            }
        }
    }
    return options;
}

} // namespace CliFilter
