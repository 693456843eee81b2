// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamconnection.h"

#include "i18n/surface.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cerrno>
#include <mutex>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

// Qt's PostgreSQL driver writes its own warnings on standard error when a connection is lost
// mid-statement ("Unable to free statement: …", "QPSQLDriver::…"): the app says what happened in
// its own words, in the analyst's language, so these are dropped; every other message goes on.
QtMessageHandler previousHandler = nullptr;

void dropDriverNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg
        && (message.startsWith(QLatin1String("Unable to free statement")) || message.startsWith(QLatin1String("QPSQLDriver::"))
            || message.startsWith(QLatin1String("QPSQLResult::"))))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

class TeamConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(TeamConnection)
};

QAtomicInteger<quint64> connectionCount;

int effectivePort(const TeamUrl &url)
{
    if (url.port > 0)
        return url.port;
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariable("PGPORT").toInt(&ok);
    return ok && fromEnvironment > 0 ? fromEnvironment : 5432;
}

QString effectiveHost(const TeamUrl &url)
{
    if (!url.host.isEmpty())
        return url.host;
    const QString fromEnvironment = qEnvironmentVariable("PGHOST");
    return fromEnvironment.isEmpty() ? QStringLiteral("/var/run/postgresql") : fromEnvironment; // Debian's libpq default
}

// Connects a socket with a time limit; true when something accepted it.
bool connects(int family, const sockaddr *address, socklen_t length, QString *detail)
{
    const int fd = ::socket(family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        *detail = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    int result = ::connect(fd, address, length);
    if (result < 0 && errno == EINPROGRESS) {
        pollfd p{fd, POLLOUT, 0};
        result = ::poll(&p, 1, 5000);
        if (result == 0) {
            ::close(fd);
            *detail = TeamConnectionText::tr("no answer within 5 seconds");
            return false;
        }
        int socketError = 0;
        socklen_t size = sizeof socketError;
        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &socketError, &size);
        errno = socketError;
        result = socketError == 0 ? 0 : -1;
    }
    if (result < 0)
        *detail = QString::fromLocal8Bit(std::strerror(errno));
    ::close(fd);
    return result == 0;
}

bool looksLike(const QString &text, const char *english) { return text.contains(QLatin1String(english), Qt::CaseInsensitive); }

} // namespace

namespace TeamReachability {

Answer probe(const TeamUrl &url, QString *detail)
{
    const QString host = effectiveHost(url);
    const int port = effectivePort(url);
    if (host.startsWith(u'/')) {
        const QByteArray path = QFile::encodeName(host + QStringLiteral("/.s.PGSQL.") + QString::number(port));
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        if (size_t(path.size()) >= sizeof address.sun_path) {
            *detail = TeamConnectionText::tr("the socket folder's path is too long");
            return Answer::NothingListens;
        }
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        return connects(AF_UNIX, reinterpret_cast<const sockaddr *>(&address), sizeof address, detail) ? Answer::Reachable
                                                                                                       : Answer::NothingListens;
    }
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const int status = ::getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &found);
    if (status != 0) {
        *detail = QString::fromLocal8Bit(::gai_strerror(status));
        return Answer::NoSuchHost;
    }
    bool reached = false;
    for (addrinfo *a = found; a && !reached; a = a->ai_next)
        reached = connects(a->ai_family, a->ai_addr, a->ai_addrlen, detail);
    ::freeaddrinfo(found);
    return reached ? Answer::Reachable : Answer::NothingListens;
}

} // namespace TeamReachability

TeamConnection::TeamConnection(const TeamUrl &url, const QString &name) : m_url(url), m_name(name) {}

TeamConnection::~TeamConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

std::unique_ptr<TeamConnection> TeamConnection::open(const TeamUrl &url, TeamError *error)
{
    *error = {};
    static std::once_flag filtered;
    std::call_once(filtered, [] { previousHandler = qInstallMessageHandler(dropDriverNoise); });
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = TeamError::of(TeamError::Kind::NoDriver,
                               TeamConnectionText::tr("Qt's PostgreSQL driver is not installed (on Debian: the package libqt6sql6-psql), so no team "
                                  "catalogue can be reached."));
        return nullptr;
    }
    const QString name = QStringLiteral("measures-team-%1").arg(++connectionCount);
    std::unique_ptr<TeamConnection> connection(new TeamConnection(url, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        url.applyTo(db);
        if (db.open()) {
            QSqlQuery who(db);
            if (who.exec(QStringLiteral("SELECT session_user, EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = "
                                        "current_database() || '_reader' AND pg_has_role(session_user, r.oid, 'MEMBER'))"))
                && who.next()) {
                connection->m_user = who.value(0).toString();
                connection->m_reader = who.value(1).toBool();
            }
            return connection;
        }
        const QString said = db.lastError().driverText().isEmpty() ? db.lastError().text() : db.lastError().databaseText();
        const QString server = url.displayName();
        QString detail;
        switch (TeamReachability::probe(url, &detail)) {
        case TeamReachability::Answer::NoSuchHost:
            *error = TeamError::of(TeamError::Kind::Unreachable,
                                   TeamConnectionText::tr("Cannot reach the server of %1: the host name “%2” is not known (%3). Check the address, "
                                      "or the network.")
                                       .arg(server, url.host, detail));
            return nullptr;
        case TeamReachability::Answer::NothingListens:
            *error = TeamError::of(TeamError::Kind::Unreachable,
                                   TeamConnectionText::tr("Cannot reach the server of %1: nothing answers there (%2). Check the host and port, "
                                      "and that the server runs; offline, try again once connected.")
                                       .arg(server, detail));
            return nullptr;
        case TeamReachability::Answer::Reachable:
            break;
        }
        const QString user = url.user.isEmpty() ? TeamConnectionText::tr("your login name") : QStringLiteral("“%1”").arg(url.user);
        // The server answered: its refusal is about the login. libpq's and the server's words may be
        // translated; the English ones are recognised to be more precise, the rest is said as is.
        // TLS: the server's certificate is not one the address's authority signed, or not for that name.
        if (looksLike(said, "certificate verify failed") || looksLike(said, "does not match host name")
            || looksLike(said, "root certificate file") || looksLike(said, "certificate"))
            *error = TeamError::of(TeamError::Kind::Untrusted,
                                   TeamConnectionText::tr("The server of %1 answered, but its certificate is not one to trust for that "
                                      "address (signed by another authority, or made for another name), so nothing was sent to it. "
                                      "Check the address and the certificate authority file with whoever runs the server. "
                                      "The connection said: %2")
                                       .arg(server, said.trimmed()));
        else if (looksLike(said, "no password supplied") || looksLike(said, "fe_sendauth"))
            *error = TeamError::of(TeamError::Kind::PasswordNeeded,
                                   Surface::isCommandLine()
                                       ? TeamConnectionText::tr("The server of %1 asks for the password of %2: give it in PGPASSWORD or the "
                                                                "password file (~/.pgpass), or run the command in a terminal to be asked.")
                                             .arg(server, user)
                                       : TeamConnectionText::tr("The server of %1 asks for the password of %2: type it in Password.")
                                             .arg(server, user));
        else if (looksLike(said, "password authentication failed"))
            *error = TeamError::of(TeamError::Kind::LoginRefused,
                                   TeamConnectionText::tr("The server of %1 was reached but refused the login: the password of %2 is wrong (or "
                                      "there is no such user).")
                                       .arg(server, user));
        else if (looksLike(said, "does not exist") && looksLike(said, "database"))
            *error = TeamError::of(TeamError::Kind::LoginRefused,
                                   TeamConnectionText::tr("The server of %1 was reached, but it has no database “%2”.").arg(server, url.database));
        else
            *error = TeamError::of(TeamError::Kind::LoginRefused,
                                   TeamConnectionText::tr("The server of %1 was reached but refused the login of %2: the password, the user or "
                                      "the database is wrong, or the server's pg_hba.conf does not let them in. The server "
                                      "said: %3")
                                       .arg(server, user, said.trimmed()));
        db = QSqlDatabase();
    }
    return nullptr; // removes the connection's name
}

QSqlDatabase TeamConnection::database() const { return QSqlDatabase::database(m_name, false); }

bool TeamConnection::exec(QSqlQuery &query, const QString &sql, const QVariantList &values, TeamError *error) const
{
    if (values.isEmpty() ? query.exec(sql) : (query.prepare(sql) && [&] {
            for (const QVariant &value : values)
                query.addBindValue(value);
            return query.exec();
        }()))
        return true;
    *error = describe(query.lastError());
    return false;
}

QString TeamConnection::identifier(const QString &name) const
{
    return database().driver()->escapeIdentifier(name, QSqlDriver::TableName);
}

TeamError TeamConnection::describe(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    const QString said = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (code == u"42501" && m_reader) // insufficient_privilege
        return TeamError::of(TeamError::Kind::NotAllowed,
                             TeamConnectionText::tr("“%1” may not change the team catalogue %2: readers can pull what the team pushed but not "
                                "push. Ask whoever runs the server to make them an editor (measures-cli server add-user "
                                "… --role editor). The server said: %3")
                                 .arg(userName(), m_url.displayName(), said.trimmed()));
    if (code == u"42501") // an editor past its rights, or setting up without an administrator's
        return TeamError::of(TeamError::Kind::NotAllowed,
                             TeamConnectionText::tr("“%1” may not do this on %2. Setting up a team catalogue and its members needs a "
                                                    "login that owns the database and may create roles; a push writes only its own "
                                                    "work. The server said: %3")
                                 .arg(userName(), m_url.displayName(), said.trimmed()));
    // The server going away mid-statement comes back as a statement's error: a connection lost
    // all the same (SQLSTATE class 08, the server shutting down, or libpq's own words for it).
    const bool lost = code.startsWith(QLatin1String("08")) || code == u"57P01" || code == u"57P02" || code == u"57P03"
                   || said.contains(QLatin1String("server closed the connection")) || said.contains(QLatin1String("no connection to the server"))
                   || said.contains(QLatin1String("terminating connection"));
    if (error.type() == QSqlError::ConnectionError || !database().isOpen() || lost)
        return TeamError::of(TeamError::Kind::Unreachable,
                             TeamConnectionText::tr("The connection to the server of %1 was lost: %2").arg(m_url.displayName(), said.trimmed()));
    return TeamError::of(TeamError::Kind::Server,
                         TeamConnectionText::tr("The server of %1 refused: %2").arg(m_url.displayName(), said.trimmed()));
}
