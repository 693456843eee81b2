// SPDX-License-Identifier: GPL-3.0-or-later
#include "teambench.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <cstdio>

namespace {

void print(const QByteArray &name, double value, const char *unit)
{
    std::printf("%s %.1f %s\n", name.constData(), value, unit);
    std::fflush(stdout);
}

void printRatio(const QByteArray &name, double value)
{
    std::printf("%s %.2f x\n", name.constData(), value);
    std::fflush(stdout);
}

// Figures are named for the catalogue measured: "100k" stands for its size.
QByteArray sized(const char *pattern, qint64 measures)
{
    const QByteArray size = measures % 1000 == 0 ? QByteArray::number(measures / 1000) + 'k' : QByteArray::number(measures);
    return QByteArray(pattern).replace("100k", size);
}

struct Server {
    QString socket, user, password, envFile;
    int port = 0;
};

bool fail(const QString &what)
{
    std::fprintf(stderr, "team figures: %s\n", qPrintable(what));
    return false;
}

// Runs measures-cli; the seconds it took, or -1 when it failed.
double cli(const QStringList &arguments, const QString &password = {}, const QString &newPassword = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), password);
    if (!newPassword.isEmpty())
        environment.insert(QStringLiteral("MEASURES_NEW_PASSWORD"), newPassword);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(MEASURES_CLI), arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        fail(QStringLiteral("measures-cli %1 failed").arg(arguments.join(u' ')));
        return -1;
    }
    return double(timer.elapsed()) / 1000.0;
}

QString url(const Server &s, const QString &database, const QString &user)
{
    return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4")
        .arg(database, QString::fromLatin1(QUrl::toPercentEncoding(s.socket)), QString::number(s.port), user);
}

} // namespace

int teamFigures(const QString &folder, const QString &catalogue, int loadSeconds)
{
    const QString pgDir = QDir(folder).filePath(QStringLiteral("pg"));
    if (QProcess::execute(QStringLiteral(PGSERVER_SH), {QStringLiteral("start"), pgDir}) != 0) {
        std::fprintf(stderr, "team figures skipped: no PostgreSQL 15 here (./dev.sh installs postgresql-15)\n");
        return 0;
    }
    Server s;
    s.envFile = QDir(pgDir).filePath(QStringLiteral("server.env"));
    QFile env(s.envFile);
    if (env.open(QIODevice::ReadOnly))
        for (const QByteArray &line : env.readAll().split('\n')) {
            const QByteArray key = line.left(line.indexOf('=')), value = line.mid(line.indexOf('=') + 1);
            if (key == "MEASURES_PG_SOCKET")
                s.socket = QString::fromLocal8Bit(value);
            else if (key == "MEASURES_PG_PORT")
                s.port = value.toInt();
            else if (key == "MEASURES_PG_USER")
                s.user = QString::fromLocal8Bit(value);
            else if (key == "MEASURES_PG_PASSWORD")
                s.password = QString::fromLocal8Bit(value);
        }
    struct Stop {
        QString dir;
        ~Stop() { QProcess::execute(QStringLiteral(PGSERVER_SH), {QStringLiteral("stop"), dir}); }
    } stop{pgDir};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        db.setHostName(s.socket);
        db.setPort(s.port);
        db.setUserName(s.user);
        db.setPassword(s.password);
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open() || !QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE bench_team")))
            return fail(db.lastError().text()) ? 0 : 1;
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    const QString team = QStringLiteral("bench_team"), pw = QStringLiteral("bench-pw");
    if (cli({QStringLiteral("server"), QStringLiteral("init"), url(s, team, s.user)}, s.password) < 0
        || cli({QStringLiteral("server"), QStringLiteral("add-user"), url(s, team, s.user), QStringLiteral("ana"), QStringLiteral("--role"),
                QStringLiteral("editor")},
               s.password, pw)
               < 0
        || cli({QStringLiteral("server"), QStringLiteral("add-user"), url(s, team, s.user), QStringLiteral("ben"), QStringLiteral("--role"),
                QStringLiteral("editor")},
               s.password, pw)
               < 0)
        return 1;
    const QDir dir(folder);
    const QString ana = dir.filePath(QStringLiteral("team-ana.measures")), ben = dir.filePath(QStringLiteral("team-ben.measures"));
    if (!QFile::copy(catalogue, ana))
        return fail(QStringLiteral("cannot copy the catalogue")) ? 0 : 1;
    const double shareS = cli({QStringLiteral("team"), QStringLiteral("share"), ana, url(s, team, QStringLiteral("ana"))}, pw);
    if (shareS < 0)
        return 1;
    qint64 measures = 0;
    {
        QProcess count;
        count.start(QStringLiteral(MEASURES_CLI), {QStringLiteral("count"), catalogue});
        count.waitForFinished(-1);
        measures = count.readAllStandardOutput().trimmed().toLongLong();
    }
    print(sized("sync_share_100k_s", measures), shareS, "s");

    // The first download, beside importing the same measures from our keys/codes CSV.
    const QString csv = dir.filePath(QStringLiteral("team-all.csv")), imported = dir.filePath(QStringLiteral("team-imported.measures"));
    if (cli({QStringLiteral("export"), ana, QStringLiteral("--header"), QStringLiteral("keys"), QStringLiteral("--codes"), QStringLiteral("--out"),
             csv})
            < 0
        || cli({QStringLiteral("create"), imported}) < 0)
        return 1;
    const double importS = cli({QStringLiteral("import"), imported, QStringLiteral("--in"), csv});
    const double joinS = cli({QStringLiteral("team"), QStringLiteral("join"), url(s, team, QStringLiteral("ben")), ben}, pw);
    if (importS < 0 || joinS < 0)
        return 1;
    print(sized("sync_first_100k_s", measures), joinS, "s");
    print(sized("import_100k_keys_csv_s", measures), importS, "s");
    printRatio(sized("sync_first_100k_vs_import", measures), joinS / importS);

    // Ana changes 1,000 measures and synchronizes; Ben's copy takes them by Synchronize, and a
    // copy of Ben's file (as it was) takes the same from Ana's file by a merge.
    QFile all(csv);
    if (!all.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray header = all.readLine();
    // Two sets of 1,000 changes to different measures: one for the first synchronize of the day,
    // one for a later one.
    QByteArray changes = "uuid,title\n", laterChanges = changes;
    int rows = 0;
    while (rows < 2000 && !all.atEnd()) {
        const QByteArray line = all.readLine();
        const QByteArray uuid = line.left(36);
        if (uuid.size() != 36 || uuid.count('-') != 4)
            continue;
        (rows < 1000 ? changes : laterChanges) += uuid + ",Changed by Ana " + QByteArray::number(rows) + '\n';
        ++rows;
    }
    (void)header;
    const QString changesCsv = dir.filePath(QStringLiteral("team-changes.csv")), laterCsv = dir.filePath(QStringLiteral("team-later.csv"));
    QFile out(changesCsv), later(laterCsv);
    if (rows != 2000 || !out.open(QIODevice::WriteOnly) || out.write(changes) != changes.size() || !later.open(QIODevice::WriteOnly)
        || later.write(laterChanges) != laterChanges.size())
        return fail(QStringLiteral("cannot write the 2,000 changes")) ? 0 : 1;
    out.close();
    later.close();
    const QString benCopy = dir.filePath(QStringLiteral("team-ben-copy.measures"));
    if (!QFile::copy(ben, benCopy) || cli({QStringLiteral("import"), ana, QStringLiteral("--in"), changesCsv}) < 0)
        return 1;
    const double pushS = cli({QStringLiteral("sync"), ana}, pw);
    const double pullS = cli({QStringLiteral("sync"), ben}, pw);
    const double mergeS = cli({QStringLiteral("merge"), benCopy, QStringLiteral("--from"), ana});
    if (pushS < 0 || pullS < 0 || mergeS < 0)
        return 1;
    print(sized("sync_push_1000_of_100k_s", measures), pushS, "s");
    print(sized("sync_pull_1000_of_100k_s", measures), pullS, "s");
    print(sized("merge_1000_of_100k_from_file_s", measures), mergeS, "s");
    printRatio("sync_pull_1000_vs_file_merge", pullS / mergeS);
    // A later synchronize the same day: no backup copy (TeamSync::backupBeforeMerge).
    if (cli({QStringLiteral("import"), ana, QStringLiteral("--in"), laterCsv}) < 0 || cli({QStringLiteral("sync"), ana}, pw) < 0)
        return 1;
    const double laterS = cli({QStringLiteral("sync"), ben}, pw);
    if (laterS < 0)
        return 1;
    print(sized("sync_pull_1000_of_100k_later_s", measures), laterS, "s");

    // The load test's 20 clients, for loadSeconds.
    QProcess load;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString figures = dir.filePath(QStringLiteral("team-load.txt"));
    environment.insert(QStringLiteral("MEASURES_PG_ENV"), s.envFile);
    environment.insert(QStringLiteral("MEASURES_LOAD_SECONDS"), QString::number(loadSeconds));
    environment.insert(QStringLiteral("MEASURES_LOAD_FIGURES"), figures);
    load.setProcessEnvironment(environment);
    load.start(QStringLiteral(TEAM_LOAD_TESTS), {});
    if (!load.waitForFinished(-1) || load.exitCode() != 0)
        return fail(QStringLiteral("the load test failed: ") + QString::fromLocal8Bit(load.readAllStandardOutput().right(2000))) ? 0 : 1;
    QFile result(figures);
    if (result.open(QIODevice::ReadOnly))
        std::fputs(result.readAll().constData(), stdout);
    return 0;
}
