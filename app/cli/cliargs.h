// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>
#include <optional>

// measures-cli COMMAND CATALOGUE [--option value]... [--flag]...
// Options may repeat ("--domain music --domain design") and may be written --option=value.
struct CliArgs {
    QString command;
    QStringList positional;
    QHash<QString, QStringList> options; // in the order given
    QSet<QString> flags;

    static std::optional<CliArgs> parse(const QStringList &arguments, QString *error);
    QString value(const QString &name) const { return options.value(name).value(0); }
    QStringList values(const QString &name) const { return options.value(name); }
    bool has(const QString &name) const { return options.contains(name) || flags.contains(name); }
    // The first option or flag not in `allowed`, or empty.
    QString unexpected(const QStringList &allowed) const;
};
