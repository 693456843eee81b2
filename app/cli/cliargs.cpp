// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliargs.h"

#include "clitr.h"

#include <QCoreApplication>

namespace {

const QStringList kValueOptions = {
    QStringLiteral("search"), QStringLiteral("goal"), QStringLiteral("area"), QStringLiteral("domain"),
    QStringLiteral("scope"), QStringLiteral("nature"), QStringLiteral("country"), QStringLiteral("year-from"),
    QStringLiteral("year-to"), QStringLiteral("evaluated"), QStringLiteral("partner-type"), QStringLiteral("status"),
    QStringLiteral("out"), QStringLiteral("columns"), QStringLiteral("lang"), QStringLiteral("delimiter"),
    QStringLiteral("header"), QStringLiteral("in"), QStringLiteral("count"), QStringLiteral("seed"),
    QStringLiteral("sort"), QStringLiteral("by"), QStringLiteral("format"), QStringLiteral("view"), QStringLiteral("from"),
    QStringLiteral("prefer"), QStringLiteral("uuid"), QStringLiteral("role"),
};
const QStringList kFlags = {
    QStringLiteral("bom"), QStringLiteral("codes"), QStringLiteral("no-formula-guard"), QStringLiteral("dry-run"), QStringLiteral("all"), QStringLiteral("ask-again"),
    QStringLiteral("help"), QStringLiteral("version"), QStringLiteral("needs-attention"),
};

} // namespace

std::optional<CliArgs> CliArgs::parse(const QStringList &arguments, QString *error)
{
    CliArgs args;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"-h") {
            args.flags.insert(QStringLiteral("help"));
            continue;
        }
        if (!argument.startsWith(QStringLiteral("--")) || argument == u"--") {
            if (args.command.isEmpty())
                args.command = argument;
            else
                args.positional << argument;
            continue;
        }
        QString name = argument.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (kFlags.contains(name) && !inlineValue) {
            args.flags.insert(name);
        } else if (kValueOptions.contains(name)) {
            if (!inlineValue && i + 1 >= arguments.size()) {
                *error = Cli::tr("The option --%1 needs a value.").arg(name);
                return std::nullopt;
            }
            // "delete F --search --all" must not delete what contains "--all": the next option is
            // not this one's value (one that starts with "--" is given as --search=--all).
            if (!inlineValue) {
                const QString next = arguments.at(i + 1);
                const QString nextName = next.mid(2).section(u'=', 0, 0);
                if (next.startsWith(QStringLiteral("--")) && (kFlags.contains(nextName) || kValueOptions.contains(nextName))) {
                    *error = Cli::tr("The option --%1 needs a value before %2 (a value that starts with “--” is written as --%1=VALUE).")
                                 .arg(name, next);
                    return std::nullopt;
                }
            }
            args.options[name] << (inlineValue ? *inlineValue : arguments.at(++i));
        } else {
            *error = Cli::tr("Unknown option “%1”.").arg(argument);
            return std::nullopt;
        }
    }
    return args;
}

QString CliArgs::unexpected(const QStringList &allowed) const
{
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        if (!allowed.contains(it.key()))
            return it.key();
    for (const QString &flag : flags)
        if (!allowed.contains(flag))
            return flag;
    return {};
}
