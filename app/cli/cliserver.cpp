// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliserver.h"

#include "cliargs.h"
#include "clicommands.h"
#include "clisupport.h"
#include "clitr.h"
#include "console.h"
#include "team/teamconnection.h"
#include "team/teamschema.h"
#include "team/teamurl.h"

#include <QLocale>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace {

using CliSupport::usageError;

using CliServer::connect;
using CliServer::fail;

// A line typed on the terminal without showing it; nullopt when there is no terminal.
std::optional<QString> askHidden(const QString &prompt)
{
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    const QByteArray bytes = prompt.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool hidden = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hidden) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (hidden)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputc('\n', stderr);
    return QString::fromStdString(line);
}

int init(const TeamUrl &url)
{
    int exitCode = ExitOk;
    const auto connection = connect(url, &exitCode);
    if (!connection)
        return exitCode;
    if (const TeamError error = TeamSchema::initialize(*connection); error.isError()) {
        if (error.kind == TeamError::Kind::AlreadyTeam) { // up to date: run again after every upgrade, safely
            Console::error(error.message);
            return ExitOk;
        }
        return fail(error);
    }
    Console::error(Cli::tr("%1 is now a team catalogue (format %2), with the roles “%3_editor” and “%3_reader”. "
                           "Add its members with measures-cli server add-user.")
                       .arg(url.displayName())
                       .arg(TeamSchema::latestVersion())
                       .arg(connection->database().databaseName().isEmpty() ? url.database : connection->database().databaseName()));
    return ExitOk;
}

int addUser(const CliArgs &args, const TeamUrl &url, const QString &name)
{
    const auto role = TeamSchema::roleFromKey(args.value(QStringLiteral("role")));
    if (!role)
        return usageError(Cli::tr("server add-user needs --role editor or --role reader."));
    if (!TeamSchema::isValidName(name))
        return usageError(Cli::tr("“%1” cannot be a member's name: use lower-case letters, digits and _ (at most 63), "
                                  "starting with a letter.")
                              .arg(name));
    int exitCode = ExitOk;
    const auto connection = connect(url, &exitCode);
    if (!connection)
        return exitCode;
    QString password = qEnvironmentVariable("MEASURES_NEW_PASSWORD");
    if (password.isEmpty()) {
        const auto typed = askHidden(Cli::tr("Password for the new member “%1”: ").arg(name));
        const auto again = typed ? askHidden(Cli::tr("The same password again: ")) : std::nullopt;
        if (!typed)
            return usageError(Cli::tr("Give the new member's password in MEASURES_NEW_PASSWORD, or run the command in a "
                                      "terminal to type it."));
        if (*typed != *again) {
            Console::error(Cli::tr("The two passwords differ: nothing was changed."));
            return ExitUsage;
        }
        password = *typed;
    }
    bool created = false;
    if (const TeamError error = TeamSchema::addMember(*connection, name, *role, password, &created); error.isError())
        return fail(error);
    const QString roleText = *role == TeamSchema::Role::Editor ? Cli::tr("an editor (may pull and push)")
                                                               : Cli::tr("a reader (may pull, not push)");
    Console::error(created ? Cli::tr("“%1” is a new member of %2: %3.").arg(name, url.displayName(), roleText)
                           : Cli::tr("“%1” already had a login on this server (its password is unchanged); now a member of %2: %3.")
                                 .arg(name, url.displayName(), roleText));
    return ExitOk;
}

int status(const TeamUrl &url)
{
    int exitCode = ExitOk;
    const auto connection = connect(url, &exitCode);
    if (!connection)
        return exitCode;
    TeamError error;
    const auto status = TeamSchema::status(*connection, &error);
    if (!status)
        return fail(error);
    Console::out(Cli::tr("Team catalogue %1").arg(url.displayName()));
    Console::out(Cli::tr("Format: %1 (this app knows up to %2)").arg(status->version).arg(TeamSchema::latestVersion()));
    Console::out(Cli::tr("Measures: %1").arg(status->measures));
    Console::out(status->pushes == 0 ? Cli::tr("Pushes: none yet")
                                     : Cli::tr("Pushes: %1, the last by %2 at %3")
                                           .arg(status->pushes)
                                           .arg(status->lastPushBy, QLocale().toString(status->lastPushAt.toLocalTime(), QLocale::ShortFormat)));
    Console::out(status->members.isEmpty() ? Cli::tr("Members: none yet (add them with measures-cli server add-user)")
                                           : Cli::tr("Members:"));
    for (const TeamSchema::Member &member : status->members)
        Console::out(QStringLiteral("  %1\t%2").arg(member.name, TeamSchema::roleKey(member.role)));
    return ExitOk;
}

} // namespace

namespace CliServer {

int fail(const TeamError &error)
{
    Console::error(error.message);
    switch (error.kind) {
    case TeamError::Kind::Invalid: return ExitUsage;
    case TeamError::Kind::Conflicts:
    case TeamError::Kind::Refused: return ExitInvalidInput;
    default: return ExitCannotOpen;
    }
}

std::unique_ptr<TeamConnection> connect(TeamUrl url, int *exitCode)
{
    TeamError error;
    auto connection = TeamConnection::open(url, &error);
    if (!connection && error.kind == TeamError::Kind::PasswordNeeded) {
        const auto password = askHidden(Cli::tr("Password of %1 on the server: ")
                                            .arg(url.user.isEmpty() ? qEnvironmentVariable("USER") : url.user));
        if (password) {
            url.password = *password;
            connection = TeamConnection::open(url, &error);
        }
    }
    if (!connection)
        *exitCode = fail(error);
    return connection;
}

int run(const CliArgs &args)
{
    const QString sub = args.positional.value(0);
    const int expected = sub == u"add-user" ? 3 : 2;
    if (sub != u"init" && sub != u"add-user" && sub != u"status")
        return usageError(Cli::tr("server needs one of: init, add-user, status."));
    if (args.positional.size() != expected)
        return usageError(sub == u"add-user" ? Cli::tr("server add-user needs the server's address and the member's name.")
                                             : Cli::tr("server %1 needs exactly one address (postgresql://…).").arg(sub));
    QStringList allowed = {QStringLiteral("lang")};
    if (sub == u"add-user")
        allowed << QStringLiteral("role");
    if (const QString extra = args.unexpected(allowed); !extra.isEmpty())
        return usageError(Cli::tr("server %1 does not take --%2.").arg(sub, extra));
    QString error;
    const TeamUrl url = TeamUrl::parse(args.positional.at(1), &error);
    if (!error.isEmpty())
        return usageError(error);
    if (sub == u"init")
        return init(url);
    if (sub == u"add-user")
        return addUser(args, url, args.positional.at(2));
    return status(url);
}

} // namespace CliServer
