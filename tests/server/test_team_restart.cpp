// SPDX-License-Identifier: GPL-3.0-or-later
// The server restarted as an administrator would, between and in the middle of synchronizes, on a
// PostgreSQL 15 of this test's own (tests/server/pgserver.sh halt|resume): the shared one serves
// other stories at the same time.
#include "testserver.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

namespace {

struct PrivateServer {
    QTemporaryDir folder;
    QString dir = folder.filePath(QStringLiteral("pg"));
    PrivateServer()
    {
        REQUIRE(folder.isValid());
        REQUIRE(control("start"));
        // Every helper of testserver.h reads this server (read once, at their first use).
        qputenv("MEASURES_PG_ENV", QDir(dir).filePath(QStringLiteral("server.env")).toLocal8Bit());
    }
    ~PrivateServer() { control("stop"); }
    bool control(const char *action) const
    {
        return QProcess::execute(QStringLiteral(PGSERVER_SH), {QLatin1String(action), dir}) == 0;
    }
};

QString url(const QString &database, const QString &user) { return socketUrl(database, user, QStringLiteral("pw-") + user); }

// A catalogue as its keys/codes CSV, rows sorted: two copies hold the same measures when equal.
QStringList exported(const QString &catalogue)
{
    QString out, err;
    REQUIRE(cli({QStringLiteral("export"), catalogue, QStringLiteral("--header"), QStringLiteral("keys"), QStringLiteral("--codes")}, &out, &err) == 0);
    QStringList rows = out.split(u'\n', Qt::SkipEmptyParts);
    std::sort(rows.begin(), rows.end());
    return rows;
}

// Titles changed for the first `count` measures of the export, as a CSV import of uuid,title.
void retitle(const QString &catalogue, const QTemporaryDir &folder, int count, const QString &words)
{
    QStringList rows = exported(catalogue);
    rows.removeIf([](const QString &row) { return row.startsWith(QStringLiteral("uuid,")); });
    QByteArray csv = "uuid,title\n";
    for (int i = 0; i < count && i < rows.size(); ++i)
        csv += rows.at(i).left(36).toUtf8() + ',' + words.toUtf8() + ' ' + QByteArray::number(i) + '\n';
    const QString path = folder.filePath(QStringLiteral("changes.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(csv);
    file.close();
    QString err;
    INFO(err.toStdString());
    REQUIRE(cli({QStringLiteral("import"), catalogue, QStringLiteral("--in"), path}, nullptr, &err) == 0);
}

// The catalogue's link keeps no password: the member's comes from PGPASSWORD, as in a script.
QProcessEnvironment memberEnvironment(const QString &catalogue)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("pw-") + QFileInfo(catalogue).baseName());
    return environment;
}

int sync(const QString &catalogue, QString *err = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(memberEnvironment(catalogue));
    process.start(QStringLiteral(MEASURES_CLI), {QStringLiteral("sync"), catalogue});
    REQUIRE(process.waitForFinished(120000));
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

TEST_CASE("the server restarts between and during synchronizes: nothing is lost or doubled, and the next synchronize completes the work")
{
    PrivateServer pg;
    const QString team = newDatabase();
    initTeam(team);
    qputenv("MEASURES_NEW_PASSWORD", "pw-ana");
    REQUIRE(cli({QStringLiteral("server"), QStringLiteral("add-user"), adminUrl(team), QStringLiteral("ana"), QStringLiteral("--role"),
                 QStringLiteral("editor")}) == 0);
    qputenv("MEASURES_NEW_PASSWORD", "pw-ben");
    REQUIRE(cli({QStringLiteral("server"), QStringLiteral("add-user"), adminUrl(team), QStringLiteral("ben"), QStringLiteral("--role"),
                 QStringLiteral("editor")}) == 0);
    qunsetenv("MEASURES_NEW_PASSWORD");
    QTemporaryDir files;
    const QString ana = files.filePath(QStringLiteral("ana.measures")), ben = files.filePath(QStringLiteral("ben.measures"));
    REQUIRE(cli({QStringLiteral("generate"), ana, QStringLiteral("--count"), QStringLiteral("3000"), QStringLiteral("--seed"), QStringLiteral("5")}) == 0);
    REQUIRE(cli({QStringLiteral("team"), QStringLiteral("share"), ana, url(team, QStringLiteral("ana"))}) == 0);
    REQUIRE(cli({QStringLiteral("team"), QStringLiteral("join"), url(team, QStringLiteral("ben")), ben}) == 0);

    // Down between two synchronizes: it says the server cannot be reached, and nothing changes here.
    retitle(ana, files, 5, QStringLiteral("Edited while the server was down"));
    const QStringList before = exported(ana);
    REQUIRE(pg.control("halt"));
    QString err;
    CHECK(sync(ana, &err) == 3);
    CHECK(err.contains(QStringLiteral("Cannot reach the server")));
    CHECK(exported(ana) == before);
    REQUIRE(pg.control("resume"));
    const auto syncs = [](const QString &catalogue) {
        QString why;
        const int code = sync(catalogue, &why);
        INFO(why.toStdString());
        REQUIRE(code == 0);
    };
    syncs(ana);
    syncs(ben);
    CHECK(exported(ben) == exported(ana));

    // Stopped in the middle of a synchronize of 2,000 changes, at random moments.
    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("seed " << seed);
    QRandomGenerator random(seed);
    for (int round = 1; round <= 3; ++round) {
        retitle(ana, files, 2000, QStringLiteral("Round %1 of the restarts").arg(round));
        QProcess running;
        running.setProcessEnvironment(memberEnvironment(ana));
        running.start(QStringLiteral(MEASURES_CLI), {QStringLiteral("sync"), ana});
        REQUIRE(running.waitForStarted());
        QThread::msleep(random.bounded(50u, 2500u));
        REQUIRE(pg.control("halt"));
        REQUIRE(running.waitForFinished(120000));
        const int stopped = running.exitCode();
        const QString said = QString::fromUtf8(running.readAllStandardError());
        INFO("round " << round << ": the interrupted synchronize ended with " << stopped << ": " << said.toStdString());
        CHECK((stopped == 0 || stopped == 3));
        // In the app's words only: not the driver's own warnings.
        CHECK_FALSE(said.contains(QStringLiteral("QPSQL")));
        CHECK_FALSE(said.contains(QStringLiteral("Unable to free statement")));
        REQUIRE(pg.control("resume"));
        CHECK(cli({QStringLiteral("check"), ana}) == 0);
        syncs(ana);
        syncs(ben);
        syncs(ana);
        const QStringList anaNow = exported(ana);
        CHECK(exported(ben) == anaNow);
        CHECK(std::count_if(anaNow.cbegin(), anaNow.cend(), [&](const QString &row) {
                  return row.contains(QStringLiteral("Round %1 of the restarts").arg(round));
              }) == 2000);
        // Every measure once on the server, each head where the copies are.
        Admin admin(team);
        CHECK(admin.value(QStringLiteral("SELECT count(*) FROM team.measure_head")).toLongLong() == 3000);
    }
}
