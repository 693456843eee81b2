// SPDX-License-Identifier: GPL-3.0-or-later
// Work that travels between people and programs, driven through measures-cli as a colleague or a
// script would: spreadsheets edited and imported again, searches typed in any script.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <unistd.h>

namespace {

struct Folder {
    QTemporaryDir dir;
    QString path(const char *name) const { return dir.filePath(QString::fromUtf8(name)); }
};

QString cli(const QStringList &arguments, int expected = 0)
{
    QString out, err;
    const int code = runCli(arguments, &out, &err);
    INFO(arguments.join(u' ').toStdString() << "\n" << err.toStdString());
    REQUIRE(code == expected);
    return out + err;
}

QString exportKeys(const QString &catalogue, const QString &out, const QStringList &extra = {})
{
    cli(QStringList{QStringLiteral("export"), catalogue, QStringLiteral("--header"), QStringLiteral("keys"),
                    QStringLiteral("--codes"), QStringLiteral("--out"), out} + extra);
    return QString::fromUtf8(readAll(out));
}

} // namespace

TEST_CASE("a spreadsheet holding only identifiers and titles changes the titles and nothing else")
{
    Folder f;
    const QString catalogue = f.path("peru.measures");
    cli({QStringLiteral("sample"), catalogue});
    const QString before = exportKeys(catalogue, f.path("before.csv"));

    // The analyst exports two columns, fixes a title in a spreadsheet and imports the sheet.
    const QString sheet = exportKeys(catalogue, f.path("titles.csv"), {QStringLiteral("--columns"), QStringLiteral("uuid,title")});
    QStringList lines = sheet.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6);
    const QString oldTitle = lines[1].section(u',', 1);
    lines[1] = lines[1].section(u',', 0, 0) + QStringLiteral(",Corrected title");
    writeBytes(f.path("titles.csv"), lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
    const QString report = cli({QStringLiteral("import"), catalogue, QStringLiteral("--in"), f.path("titles.csv")});
    CHECK(report.contains(QStringLiteral("1 updated")));
    CHECK(report.contains(QStringLiteral("4 already up to date")));

    // Every other field of every measure is as it was; only that title (and its change time) moved.
    const QString after = exportKeys(catalogue, f.path("after.csv"));
    QStringList beforeRows = before.split(QStringLiteral("\r\n")), afterRows = after.split(QStringLiteral("\r\n"));
    REQUIRE(beforeRows.size() == afterRows.size());
    const auto withoutTimes = [](QString row) { return row.section(u',', 0, -3); }; // created_at, updated_at are last
    int changed = 0;
    for (int i = 0; i < beforeRows.size(); ++i) {
        if (withoutTimes(beforeRows[i]) == withoutTimes(afterRows[i]))
            continue;
        ++changed;
        CHECK(QString(afterRows[i]).replace(QStringLiteral("Corrected title"), oldTitle).section(u',', 0, -3)
              == withoutTimes(beforeRows[i]));
    }
    CHECK(changed == 1);
}

TEST_CASE("an empty cell in a column of the sheet clears that field, and a column left out is never touched")
{
    Folder f;
    const QString catalogue = f.path("c.measures");
    cli({QStringLiteral("sample"), catalogue});
    const QString sheet = exportKeys(catalogue, f.path("s.csv"), {QStringLiteral("--columns"), QStringLiteral("uuid,funding_usd,country")});
    // A measure with both an amount and a country: one is cleared, the other must stay as it was.
    QString before;
    for (const QString &line : sheet.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).mid(1))
        if (!line.section(u',', 1, 1).isEmpty() && !line.section(u',', 2, 2).isEmpty())
            before = line;
    REQUIRE_FALSE(before.isEmpty());
    const QString uuid = before.section(u',', 0, 0);
    writeBytes(f.path("s.csv"), QStringLiteral("uuid,funding_usd\r\n%1,\r\n").arg(uuid).toUtf8());
    cli({QStringLiteral("import"), catalogue, QStringLiteral("--in"), f.path("s.csv")});
    const QString after = exportKeys(catalogue, f.path("a.csv"), {QStringLiteral("--columns"), QStringLiteral("uuid,funding_usd,country")});
    const QString row = after.split(QStringLiteral("\r\n")).filter(uuid).value(0);
    CHECK(row.section(u',', 1, 1).isEmpty());                 // cleared
    CHECK(row.section(u',', 2, 2) == before.section(u',', 2, 2)); // untouched, and it had a value
    CHECK_FALSE(row.section(u',', 2, 2).isEmpty());
}

TEST_CASE("partner names with semicolons and brackets survive an export and an import")
{
    Folder f;
    const QString catalogue = f.path("c.measures");
    cli({QStringLiteral("create"), catalogue});
    writeBytes(f.path("in.csv"),
               "title,partners,responsible_agencies\r\n"
               "\"Fondo\",\"Grupo;; Norte [Sur] [civil_society]; Teatro [La Plaza] [private_sector]\",\"Ministerio; Cultura [A]\"\r\n");
    cli({QStringLiteral("import"), catalogue, QStringLiteral("--in"), f.path("in.csv")});
    for (const QStringList &style : {QStringList{QStringLiteral("--header"), QStringLiteral("keys"), QStringLiteral("--codes")},
                                     QStringList{QStringLiteral("--lang"), QStringLiteral("es")}}) {
        INFO(style.join(u' ').toStdString());
        cli(QStringList{QStringLiteral("export"), catalogue, QStringLiteral("--out"), f.path("out.csv")} + style);
        const QString copy = f.path("copy.measures");
        QFile::remove(copy);
        cli({QStringLiteral("create"), copy});
        cli({QStringLiteral("import"), copy, QStringLiteral("--in"), f.path("out.csv")});
        cli(QStringList{QStringLiteral("export"), copy, QStringLiteral("--out"), f.path("again.csv")} + style);
        CHECK(readAll(f.path("again.csv")) == readAll(f.path("out.csv")));
        const QString text = QString::fromUtf8(readAll(f.path("again.csv")));
        CHECK(text.contains(QStringLiteral("Grupo;; Norte [Sur]")));
        CHECK(text.contains(QStringLiteral("Teatro [La Plaza]")));
        CHECK(text.contains(QStringLiteral("Ministerio; Cultura [A]")));
    }
}

TEST_CASE("search never fails on what people type: emoji, combining marks, other scripts")
{
    Folder f;
    const QString catalogue = f.path("c.measures");
    cli({QStringLiteral("create"), catalogue});
    writeBytes(f.path("in.csv"), QStringLiteral("title\r\nrock🎸pop festival\r\nCafe\u0301 concierto\r\n文化政策 museo\r\n"
                                                "Ελληνικό θέατρο\r\n").toUtf8());
    cli({QStringLiteral("import"), catalogue, QStringLiteral("--in"), f.path("in.csv")});
    const struct {
        const char *typed;
        const char *count;
    } searches[] = {{"rock🎸pop", "1"}, {"🎸", "4"}, {"🎸🎸 ", "4"}, {"cafe", "1"}, {"Café", "1"}, {"cafe\u0301", "1"},
                    {"\u0301", "4"}, {"文化政策", "1"}, {"文化", "1"}, {"ελληνικό", "1"}, {"ΘΈΑΤΡΟ", "1"}, {"pop rock", "1"}};
    for (const auto &search : searches) {
        INFO(search.typed);
        QString out, err;
        CHECK(runCli({QStringLiteral("count"), catalogue, QStringLiteral("--search"), QString::fromUtf8(search.typed)}, &out, &err) == 0);
        CHECK(err.isEmpty());
        CHECK(out.trimmed() == QString::fromLatin1(search.count));
    }
}

TEST_CASE("amounts in a Spanish spreadsheet are read with decimal commas, and the import says so")
{
    Folder f;
    const QString catalogue = f.path("c.measures");
    cli({QStringLiteral("create"), catalogue});
    writeBytes(f.path("es.csv"), QStringLiteral("\uFEFFTítulo;Financiamiento (USD)\r\nUno;1.500\r\nDos;1.500,50\r\nTres;250\r\n").toUtf8());
    const QString report = cli({QStringLiteral("import"), catalogue, QStringLiteral("--in"), f.path("es.csv")});
    CHECK(report.contains(QStringLiteral("decimal comma")));
    const QString out = exportKeys(catalogue, f.path("out.csv"), {QStringLiteral("--columns"), QStringLiteral("title,funding_usd"),
                                                                   QStringLiteral("--sort"), QStringLiteral("funding_usd")});
    CHECK(out == QStringLiteral("title,funding_usd\r\nTres,250.00\r\nUno,1500.00\r\nDos,1500.50\r\n"));
}

TEST_CASE("in a file that writes amounts both ways, clear amounts are read as written and unclear ones are refused")
{
    Folder f;
    const QString catalogue = f.path("c.measures");
    cli({QStringLiteral("create"), catalogue});
    writeBytes(f.path("mixed.csv"), "title,funding_usd\r\nUno,\"1,500.25\"\r\nDos,\"1.500,50\"\r\nTres,2.500\r\n");
    const QString report = cli({QStringLiteral("import"), catalogue, QStringLiteral("--in"), f.path("mixed.csv")}, 1);
    CHECK(report.contains(QStringLiteral("mixed.csv:4:2: “2.500” could be read two ways")));
    CHECK(cli({QStringLiteral("count"), catalogue}).trimmed() == u"0");

    writeBytes(f.path("clear.csv"), "title,funding_usd\r\nUno,\"1,500.25\"\r\nDos,\"1.500,50\"\r\n");
    cli({QStringLiteral("import"), catalogue, QStringLiteral("--in"), f.path("clear.csv")});
    CHECK(exportKeys(catalogue, f.path("out.csv"), {QStringLiteral("--columns"), QStringLiteral("title,funding_usd")})
          == QStringLiteral("title,funding_usd\r\nDos,1500.50\r\nUno,1500.25\r\n"));
}

TEST_CASE("blank lines before the header do not change the delimiter, and old Mac line ends are read")
{
    Folder f;
    const QString catalogue = f.path("c.measures");
    cli({QStringLiteral("create"), catalogue});
    writeBytes(f.path("blank.csv"), "\r\n\r\ntitle;report_year\r\nUno;2020\r\n");
    cli({QStringLiteral("import"), catalogue, QStringLiteral("--in"), f.path("blank.csv")});
    writeBytes(f.path("mac.csv"), "title,report_year\rDos,2021\rTres,2022\r");
    cli({QStringLiteral("import"), catalogue, QStringLiteral("--in"), f.path("mac.csv")});
    CHECK(exportKeys(catalogue, f.path("out.csv"), {QStringLiteral("--columns"), QStringLiteral("title,report_year")})
          == QStringLiteral("title,report_year\r\nDos,2021\r\nTres,2022\r\nUno,2020\r\n"));
}

TEST_CASE("viewing a read-only catalogue leaves nothing beside it, and once writable again it saves")
{
    if (::geteuid() != 0) {
        WARN("runs only as root (to act as an unprivileged user with setpriv)");
        return;
    }
    Folder f;
    const QByteArray folder = QFile::encodeName(f.dir.path());
    REQUIRE(::chown(folder.constData(), 65534, 65534) == 0); // a folder the unprivileged user may write in
    const QString catalogue = f.path("shared.measures");
    REQUIRE(runCliUnprivileged({QStringLiteral("sample"), catalogue}) == 0);
    const auto sideFiles = [&] { return QDir(f.dir.path()).entryList({QStringLiteral("shared.measures-*")}, QDir::Files | QDir::Hidden); };
    writeBytes(f.path("one.csv"), "title\nFondo\n");

    SECTION("a clean read-only file is read without creating anything")
    {
        QFile::setPermissions(catalogue, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        QString out, err;
        CHECK(runCliUnprivileged({QStringLiteral("count"), catalogue}, &out, &err) == 0);
        CHECK(out.trimmed() == u"5");
        CHECK(sideFiles().isEmpty());
    }
    SECTION("a read-only file with recent changes in its WAL is read whole, and the files SQLite made for it are removed")
    {
        // An editor that crashed left a WAL holding a sixth measure.
        const QString copy = f.path("copy.measures");
        {
            // sqlite3 writes into the WAL and copies the file and its WAL before it closes.
            QProcess writer;
            writer.start(QStringLiteral("sqlite3"), {catalogue});
            writer.write(QStringLiteral("PRAGMA wal_autocheckpoint=0;\n"
                                        "INSERT INTO measure (uuid, title, title_key, created_at, updated_at) VALUES "
                                        "('9b1e0c1e-4d7e-4c55-9a57-3c1f1b7c0a11', 'Sexta', 'sexta', '2020-01-01T00:00:00Z', "
                                        "'2020-01-01T00:00:00Z');\n"
                                        ".shell cp '%1' '%2'\n.shell cp '%1-wal' '%2-wal'\n")
                             .arg(catalogue, copy)
                             .toUtf8());
            writer.closeWriteChannel();
            REQUIRE(writer.waitForFinished(30000));
            REQUIRE(writer.exitCode() == 0);
            REQUIRE(QFileInfo(copy + QStringLiteral("-wal")).size() > 0);
        }
        // The copy is what the crash left: the file and its WAL, as the unprivileged user's.
        for (const QString &path : {copy, copy + QStringLiteral("-wal")})
            REQUIRE(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        QString out, err;
        CHECK(runCliUnprivileged({QStringLiteral("count"), copy}, &out, &err) == 0);
        CHECK(out.trimmed() == u"6");
        CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral("-shm")));
        // Writable again: saving works (the import), and the WAL is folded in on close.
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        CHECK(runCliUnprivileged({QStringLiteral("import"), copy, QStringLiteral("--in"), f.path("one.csv")}, &out, &err) == 0);
        INFO(err.toStdString());
        CHECK(runCliUnprivileged({QStringLiteral("count"), copy}, &out, &err) == 0);
        CHECK(out.trimmed() == u"7");
        CHECK(QDir(f.dir.path()).entryList({QStringLiteral("copy.measures-*")}, QDir::Files).isEmpty());
    }
    SECTION("a read-only side file left by someone else is explained, never blamed on the catalogue")
    {
        writeBytes(catalogue + QStringLiteral("-shm"), QByteArray(32768, '\0')); // root's, read-only
        QFile::setPermissions(catalogue + QStringLiteral("-shm"), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        QString out, err;
        CHECK(runCliUnprivileged({QStringLiteral("import"), catalogue, QStringLiteral("--in"), f.path("one.csv")}, &out, &err) == 3);
        CHECK(err.contains(QStringLiteral("shared.measures-shm")));
        CHECK(err.contains(QStringLiteral("belongs to another user")));
        CHECK_FALSE(err.contains(QStringLiteral("has become read-only")));
    }
    QFile::setPermissions(catalogue, QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("importing an export made without identifiers says, row by row, which rows look like measures already there")
{
    Folder f;
    const QString catalogue = f.path("c.measures");
    cli({QStringLiteral("sample"), catalogue});
    cli({QStringLiteral("export"), catalogue, QStringLiteral("--columns"), QStringLiteral("title,country,report_year"),
         QStringLiteral("--out"), f.path("view.csv")});
    const QString report = cli({QStringLiteral("import"), catalogue, QStringLiteral("--in"), f.path("view.csv"), QStringLiteral("--dry-run")});
    CHECK(report.contains(QStringLiteral("5 of the rows added look like measures already in the catalogue")));
    CHECK(report.contains(QStringLiteral("view.csv:2: “‘CONECTA’ Meeting” looks like “‘CONECTA’ Meeting”, already in the catalogue")));
    QString out;
    REQUIRE(runCli({QStringLiteral("export"), catalogue, QStringLiteral("--columns"), QStringLiteral("title"), QStringLiteral("--out"),
                    QStringLiteral("/dev/stdout")}, &out) == 0);
    CHECK(out.startsWith(QStringLiteral("Title\r\n‘CONECTA’ Meeting\r\n")));
}
