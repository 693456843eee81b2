// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamurl.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace {

class TeamUrlText
{
    Q_DECLARE_TR_FUNCTIONS(TeamUrl)
};

// libpq's parameters that a team's address may carry besides host, port, dbname, user, password.
const QStringList kOptions = {
    QStringLiteral("sslmode"),     QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
    QStringLiteral("sslkey"),      QStringLiteral("sslcrl"),      QStringLiteral("sslcompression"),
    QStringLiteral("connect_timeout"), QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
    QStringLiteral("keepalives"),  QStringLiteral("keepalives_idle"), QStringLiteral("keepalives_interval"),
    QStringLiteral("keepalives_count"), QStringLiteral("tcp_user_timeout"), QStringLiteral("gssencmode"),
    QStringLiteral("passfile"),    QStringLiteral("channel_binding"), QStringLiteral("require_auth"),
};

// libpq's conninfo quoting: single quotes, backslash before \ and '.
QString quoted(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\"));
    value.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}

} // namespace

QString TeamUrl::withoutPassword(const QString &text)
{
    QString error;
    parse(text, &error);
    if (!error.isEmpty())
        return {};
    QUrl url(text.trimmed(), QUrl::StrictMode);
    url.setPassword({});
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("password"));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

TeamUrl TeamUrl::parse(const QString &text, QString *error)
{
    TeamUrl url;
    error->clear();
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QStringLiteral("postgresql://")) && !trimmed.startsWith(QStringLiteral("postgres://"))) {
        // The address is never echoed: it may hold a password.
        *error = TeamUrlText::tr("The server's address is not a PostgreSQL address: it starts with postgresql:// (for example "
                                 "postgresql://ana@db.example.org/team, or postgresql:///team?host=/run/postgresql for a Unix socket).");
        return url;
    }
    const QUrl parsed(trimmed, QUrl::StrictMode);
    if (!parsed.isValid()) {
        *error = TeamUrlText::tr("The server's address is not a valid PostgreSQL address. Check it; in the user name and "
                                 "password write @ as %40, : as %3A, / as %2F and a space as %20.");
        return url;
    }
    if (!parsed.fragment().isEmpty()) {
        *error = TeamUrlText::tr("A PostgreSQL address has no “#” part.");
        return url;
    }
    url.host = parsed.host(QUrl::FullyDecoded);
    url.port = parsed.port(-1);
    url.user = parsed.userName(QUrl::FullyDecoded);
    url.password = parsed.password(QUrl::FullyDecoded);
    QString path = parsed.path(QUrl::FullyDecoded);
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    if (path.contains(u'/')) {
        *error = TeamUrlText::tr("“%1” is not a database name: a PostgreSQL address names one database after the server.").arg(path);
        return url;
    }
    url.database = path;
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host")
            url.host = value;
        else if (key == u"port") {
            bool ok = false;
            url.port = value.toInt(&ok);
            if (!ok || url.port < 1 || url.port > 65535) {
                *error = TeamUrlText::tr("“%1” is not a port number.").arg(value);
                return url;
            }
        } else if (key == u"dbname")
            url.database = value;
        else if (key == u"user")
            url.user = value;
        else if (key == u"password")
            url.password = value;
        else if (kOptions.contains(key)) {
            // QPSQL turns ';' into a space in its options: such a value could not arrive whole.
            if (value.contains(u';') || value.contains(QChar(0))) {
                *error = TeamUrlText::tr("The value of %1 in the address cannot contain “;”.").arg(key);
                return url;
            }
            url.options.append({key, value});
        } else {
            *error = TeamUrlText::tr("The address sets “%1”, which this app does not know as a PostgreSQL connection setting.").arg(key);
            return url;
        }
    }
    if (url.host.contains(u',')) {
        *error = TeamUrlText::tr("The address names several servers; a team catalogue is on one.");
        return url;
    }
    for (const QString *part : {&url.host, &url.database, &url.user, &url.password})
        if (part->contains(QChar(0))) {
            *error = TeamUrlText::tr("The address contains a NUL character.");
            return url;
        }
    return url;
}

QString TeamUrl::displayName() const
{
    const QString server = host.isEmpty() ? QStringLiteral("/run/postgresql") : host;
    const QString where = port > 0 ? (host.startsWith(u'/') || host.isEmpty() ? TeamUrlText::tr("%1 (port %2)").arg(server).arg(port)
                                                                               : QStringLiteral("%1:%2").arg(server).arg(port))
                                   : server;
    return TeamUrlText::tr("“%1” on %2").arg(database.isEmpty() ? user : database, where);
}

QString TeamUrl::connectOptions() const
{
    QStringList pairs;
    QStringList given;
    for (const auto &[key, value] : options) {
        pairs << key + u'=' + quoted(value);
        given << key;
    }
    // A server that stops answering (a laptop's network gone, packets dropped) is given up on in
    // seconds, not in the minutes TCP would wait: the window's steps and its listener depend on it.
    const QList<QPair<QString, QString>> defaults = {{QStringLiteral("connect_timeout"), QStringLiteral("10")},
                                                     {QStringLiteral("keepalives"), QStringLiteral("1")},
                                                     {QStringLiteral("keepalives_idle"), QStringLiteral("30")},
                                                     {QStringLiteral("keepalives_interval"), QStringLiteral("10")},
                                                     {QStringLiteral("keepalives_count"), QStringLiteral("3")},
                                                     {QStringLiteral("tcp_user_timeout"), QStringLiteral("60000")}};
    for (const auto &[key, value] : defaults)
        if (!given.contains(key) && !(isUnixSocket() && key != u"connect_timeout"))
            pairs << key + u'=' + quoted(value);
    return pairs.join(u';');
}

void TeamUrl::applyTo(QSqlDatabase &database) const
{
    database.setHostName(host);
    database.setPort(port);
    database.setDatabaseName(this->database);
    database.setUserName(user);
    database.setPassword(password);
    database.setConnectOptions(connectOptions());
}
