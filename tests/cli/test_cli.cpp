// SPDX-License-Identifier: GPL-3.0-or-later
// measures-cli as a script or a colleague would use it: exit codes, messages, files untouched.
#include "testsupport.h"

#include "query/savedview.h"
#include "store/savedviewstore.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace {

struct Folder {
    QTemporaryDir dir;
    QString path(const char *name) const { return dir.filePath(QString::fromUtf8(name)); }
};

QString sampleIn(const Folder &f)
{
    const QString path = f.path("sample.measures");
    REQUIRE(runCli({QStringLiteral("sample"), path}) == 0);
    return path;
}

} // namespace

TEST_CASE("sample, count and check work on a new catalogue")
{
    Folder f;
    const QString catalogue = sampleIn(f);
    QString out, err;
    CHECK(runCli({QStringLiteral("count"), catalogue}, &out) == 0);
    CHECK(out.trimmed() == u"5");
    CHECK(runCli({QStringLiteral("count"), catalogue, QStringLiteral("--search"), QStringLiteral("capacitacion")}, &out) == 0);
    CHECK(out.trimmed() == u"2");
    CHECK(runCli({QStringLiteral("count"), catalogue, QStringLiteral("--country"), QStringLiteral("MEX"),
                  QStringLiteral("--country"), QStringLiteral("PER"), QStringLiteral("--goal"), QStringLiteral("2")}, &out) == 0);
    CHECK(out.trimmed() == u"2");
    CHECK(runCli({QStringLiteral("check"), catalogue}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("healthy")));
    CHECK(QDir(f.dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1); // no -wal, -shm or lock left
}

TEST_CASE("export with keys and codes imports into an empty catalogue and exports again identically")
{
    Folder f;
    const QString catalogue = sampleIn(f);
    const QStringList keysAndCodes = {QStringLiteral("--header"), QStringLiteral("keys"), QStringLiteral("--codes")};
    REQUIRE(runCli(QStringList{QStringLiteral("export"), catalogue, QStringLiteral("--out"), f.path("one.csv")} + keysAndCodes) == 0);
    REQUIRE(runCli({QStringLiteral("create"), f.path("empty.measures")}) == 0);
    QString err;
    CHECK(runCli({QStringLiteral("import"), f.path("empty.measures"), QStringLiteral("--in"), f.path("one.csv")}, nullptr, &err) == 0);
    CHECK(err.contains(QStringLiteral("5 added")));
    REQUIRE(runCli(QStringList{QStringLiteral("export"), f.path("empty.measures"), QStringLiteral("--out"), f.path("two.csv")} + keysAndCodes) == 0);
    CHECK(readAll(f.path("one.csv")) == readAll(f.path("two.csv")));
}

TEST_CASE("export to standard output follows the language, delimiter, BOM and columns asked for")
{
    Folder f;
    const QString catalogue = sampleIn(f);
    QByteArray out;
    REQUIRE(runCli({QStringLiteral("export"), catalogue, QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--delimiter"),
                    QStringLiteral(";"), QStringLiteral("--bom"), QStringLiteral("--columns"), QStringLiteral("title,country,evaluated"),
                    QStringLiteral("--country"), QStringLiteral("PER")}, nullptr, nullptr, &out) == 0);
    CHECK(out == "\xEF\xBB\xBFTítulo;País;Evaluada\r\n‘CONECTA’ Meeting;Perú;Sí\r\n");
}

TEST_CASE("every kind of unopenable catalogue exits with 3 and a message, leaving the file as it was")
{
    Folder f;
    writeBytes(f.path("notes.measures"), "just some text");
    writeBytes(f.path("empty.measures"), QByteArray());
    const QString catalogue = sampleIn(f);
    QByteArray truncated = readAll(catalogue);
    truncated.truncate(truncated.size() / 3);
    writeBytes(f.path("truncated.measures"), truncated);
    const struct {
        const char *file;
        const char *message;
    } cases[] = {{"missing.measures", "does not exist"},
                 {"notes.measures", "not a Measures Catalogue file"},
                 {"empty.measures", "empty file"},
                 {"truncated.measures", "damaged"}};
    for (const auto &c : cases) {
        INFO(c.file);
        const QString path = f.path(c.file);
        const QByteArray before = QFileInfo::exists(path) ? sha256(path) : QByteArray();
        for (const QString &command : {QStringLiteral("count"), QStringLiteral("check"), QStringLiteral("export")}) {
            QString err;
            CHECK(runCli({command, path}, nullptr, &err) == 3);
            CHECK(err.contains(QString::fromUtf8(c.message)));
        }
        QString err;
        CHECK(runCli({QStringLiteral("import"), path, QStringLiteral("--in"), f.path("x.csv")}, nullptr, &err) == 3);
        if (!before.isEmpty())
            CHECK(sha256(path) == before);
        else
            CHECK_FALSE(QFileInfo::exists(path));
    }
}

TEST_CASE("a catalogue from a newer version exits with 3 and a Spanish message under --lang es")
{
    Folder f;
    const QString catalogue = sampleIn(f);
    {
        // Bump the format number the way a future release would.
        QByteArray bytes = readAll(catalogue);
        bytes[60] = 0; bytes[61] = 0; bytes[62] = 0; bytes[63] = 99; // user_version, big-endian
        writeBytes(catalogue, bytes);
    }
    const QByteArray before = sha256(catalogue);
    QString err;
    CHECK(runCli({QStringLiteral("count"), catalogue, QStringLiteral("--lang"), QStringLiteral("es")}, nullptr, &err) == 3);
    CHECK(err.contains(QStringLiteral("versión más reciente")));
    CHECK(sha256(catalogue) == before);
}

TEST_CASE("a bad CSV row exits with 1, names FILE:LINE:COLUMN, and imports nothing")
{
    Folder f;
    const QString catalogue = sampleIn(f);
    const QByteArray before = sha256(catalogue);
    writeBytes(f.path("bad.csv"), "title,report_year,funding_usd\nFondo,2020,100\nOtro,20x5,-1\n");
    QString err;
    CHECK(runCli({QStringLiteral("import"), catalogue, QStringLiteral("--in"), f.path("bad.csv")}, nullptr, &err) == 1);
    CHECK(err.contains(f.path("bad.csv") + QStringLiteral(":3:2: “20x5” is not a year")));
    CHECK(err.contains(QStringLiteral(":3:3: The amount cannot be negative")));
    CHECK(err.contains(QStringLiteral("Nothing was imported")));
    CHECK(sha256(catalogue) == before);
    QString out;
    CHECK(runCli({QStringLiteral("count"), catalogue}, &out) == 0);
    CHECK(out.trimmed() == u"5");
}

TEST_CASE("an import into a catalogue open in another window exits with 3 and says so")
{
    Folder f;
    const QString catalogue = sampleIn(f);
    CatalogueError error;
    auto window = Catalogue::open(catalogue, {}, &error); // this test process plays the other window
    REQUIRE(window);
    writeBytes(f.path("one.csv"), "title\nFondo\n");
    QString err, out;
    CHECK(runCli({QStringLiteral("import"), catalogue, QStringLiteral("--in"), f.path("one.csv")}, nullptr, &err) == 3);
    CHECK(err.contains(QStringLiteral("already open for editing")));
    // In the words of the command line: no window, no menu.
    CHECK(err.contains(QStringLiteral("run this command again")));
    CHECK_FALSE(err.contains(QStringLiteral("window")));
    CHECK_FALSE(err.contains(QStringLiteral("▸")));
    CHECK(runCli({QStringLiteral("count"), catalogue}, &out) == 0); // reading is still fine
    CHECK(out.trimmed() == u"5");
}

TEST_CASE("usage mistakes exit with 2 and invalid filter values exit with 1")
{
    Folder f;
    const QString catalogue = sampleIn(f);
    QString err;
    CHECK(runCli({}, nullptr, &err) == 2);
    CHECK(runCli({QStringLiteral("frobnicate"), catalogue}, nullptr, &err) == 2);
    CHECK(err.contains(QStringLiteral("Unknown command")));
    CHECK(runCli({QStringLiteral("count")}, nullptr, &err) == 2);
    CHECK(runCli({QStringLiteral("count"), catalogue, QStringLiteral("--colour"), QStringLiteral("red")}, nullptr, &err) == 2);
    CHECK(runCli({QStringLiteral("count"), catalogue, QStringLiteral("--out"), QStringLiteral("x")}, nullptr, &err) == 2);
    CHECK(runCli({QStringLiteral("generate"), f.path("g.measures")}, nullptr, &err) == 2);
    CHECK(runCli({QStringLiteral("export"), catalogue, QStringLiteral("--delimiter"), QStringLiteral("|")}, nullptr, &err) == 2);
    CHECK(runCli({QStringLiteral("count"), catalogue, QStringLiteral("--year-from"), QStringLiteral("soon")}, nullptr, &err) == 2);
    CHECK(runCli({QStringLiteral("count"), catalogue, QStringLiteral("--domain"), QStringLiteral("cooking")}, nullptr, &err) == 1);
    CHECK(err.contains(QStringLiteral("cinema_audiovisual")));
    CHECK(runCli({QStringLiteral("sample"), catalogue}, nullptr, &err) == 3);
    CHECK(err.contains(QStringLiteral("already exists")));
    QString out;
    CHECK(runCli({QStringLiteral("--help")}, &out) == 0);
    CHECK(out.contains(QStringLiteral("Exit codes")));
}

TEST_CASE("generate makes a deterministic catalogue of the size asked")
{
    Folder f;
    QString out;
    REQUIRE(runCli({QStringLiteral("generate"), f.path("a.measures"), QStringLiteral("--count"), QStringLiteral("250"),
                    QStringLiteral("--seed"), QStringLiteral("9")}) == 0);
    REQUIRE(runCli({QStringLiteral("generate"), f.path("b.measures"), QStringLiteral("--count"), QStringLiteral("250"),
                    QStringLiteral("--seed"), QStringLiteral("9")}) == 0);
    CHECK(runCli({QStringLiteral("count"), f.path("a.measures")}, &out) == 0);
    CHECK(out.trimmed() == u"250");
    QString a, b;
    runCli({QStringLiteral("export"), f.path("a.measures"), QStringLiteral("--header"), QStringLiteral("keys")}, &a);
    runCli({QStringLiteral("export"), f.path("b.measures"), QStringLiteral("--header"), QStringLiteral("keys")}, &b);
    CHECK(a == b);
    CHECK(a.size() > 100000);
}

TEST_CASE("check finds measures whose facet masks disagree with their vocabulary links")
{
    Folder f;
    const QString catalogue = sampleIn(f);
    {
        CatalogueError error;
        auto open = Catalogue::open(catalogue, {}, &error);
        REQUIRE(open);
        sqlRun(*open, QStringLiteral("UPDATE measure SET domain_bits = 0 WHERE title LIKE '%CONECTA%'"));
    }
    QString err;
    CHECK(runCli({QStringLiteral("check"), catalogue}, nullptr, &err) == 1);
    CHECK(err.contains(QStringLiteral("1 measure would be missed by some filters")));
}

TEST_CASE("a read-only catalogue, or one in a read-only folder, can be read but not changed, and is never called damaged")
{
    Folder f;
    QFile::setPermissions(f.dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                            | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    const QString readOnlyFile = sampleIn(f);
    QFile::setPermissions(readOnlyFile, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QDir(f.dir.path()).mkdir(QStringLiteral("shelf"));
    const QString inFolder = f.path("shelf/archive.measures");
    REQUIRE(runCli({QStringLiteral("sample"), inFolder}) == 0);
    QFile::setPermissions(f.path("shelf"), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                               | QFile::ReadOther | QFile::ExeOther);
    writeBytes(f.path("one.csv"), "title\nFondo\n");
    QFile::setPermissions(f.path("one.csv"), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);

    for (const QString &catalogue : {readOnlyFile, inFolder}) {
        INFO(catalogue.toStdString());
        const QByteArray before = sha256(catalogue);
        QString out, err;
        CHECK(runCliUnprivileged({QStringLiteral("count"), catalogue}, &out, &err) == 0);
        CHECK(out.trimmed() == u"5");
        CHECK(runCliUnprivileged({QStringLiteral("check"), catalogue}, &out, &err) == 0);
        CHECK(runCliUnprivileged({QStringLiteral("import"), catalogue, QStringLiteral("--in"), f.path("one.csv")}, &out, &err) == 3);
        CHECK(err.contains(QStringLiteral("read-only")));
        CHECK_FALSE(err.contains(QStringLiteral("damaged")));
        CHECK_FALSE(err.contains(QStringLiteral("▸"))); // no menu to point at here
        CHECK(err.contains(QStringLiteral("Copy it to a folder where you can write")));
        CHECK(sha256(catalogue) == before);
    }
    CHECK(QDir(f.path("shelf")).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("archive.measures")});
    QFile::setPermissions(f.path("shelf"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); // let the folder be removed
}

TEST_CASE("stats gives each domain's measures and funding, as count and export see them, in the language asked for")
{
    Folder f;
    const QString catalogue = f.path("stats.measures");
    REQUIRE(runCli({QStringLiteral("generate"), catalogue, QStringLiteral("--count"), QStringLiteral("300"),
                    QStringLiteral("--seed"), QStringLiteral("5")}) == 0);
    QString out, err;
    REQUIRE(runCli({QStringLiteral("stats"), catalogue, QStringLiteral("--by"), QStringLiteral("domain"),
                    QStringLiteral("--country"), QStringLiteral("PER"), QStringLiteral("--lang"), QStringLiteral("es"),
                    QStringLiteral("--delimiter"), QStringLiteral(";")}, &out, &err) == 0);
    QStringList lines = out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 2);
    CHECK(lines.takeFirst() == u"etiqueta;medidas;financiación_usd"); // the header in the language asked for
    const QHash<QString, QString> codeOf = {
        {QStringLiteral("Cine / Artes audiovisuales"), QStringLiteral("cinema_audiovisual")}, {QStringLiteral("Música"), QStringLiteral("music")},
        {QStringLiteral("Artes escénicas"), QStringLiteral("performing_arts")}, {QStringLiteral("Artes visuales"), QStringLiteral("visual_arts")},
        {QStringLiteral("Industria editorial"), QStringLiteral("publishing")}, {QStringLiteral("Diseño"), QStringLiteral("design")},
        {QStringLiteral("Artes mediáticas"), QStringLiteral("media_arts")}, {QStringLiteral("Multidominio"), QStringLiteral("multidomain")}};
    int checked = 0;
    for (const QString &line : lines) {
        const QStringList cells = line.split(u';');
        REQUIRE(cells.size() == 3);
        INFO(line.toStdString());
        REQUIRE(codeOf.contains(cells[0])); // every row a domain by its Spanish label (generated measures all have one)
        // The same measures through two other doors: count, and an export of their amounts.
        const QStringList filter = {catalogue, QStringLiteral("--country"), QStringLiteral("PER"), QStringLiteral("--domain"), codeOf[cells[0]]};
        QString counted, exported;
        REQUIRE(runCli(QStringList{QStringLiteral("count")} + filter, &counted) == 0);
        CHECK(cells[1] == counted.trimmed());
        REQUIRE(runCli(QStringList{QStringLiteral("export")} + filter + QStringList{QStringLiteral("--columns"), QStringLiteral("funding_usd"),
                                                                                  QStringLiteral("--header"), QStringLiteral("keys")},
                       &exported) == 0);
        qint64 cents = 0;
        for (const QString &amount : exported.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).mid(1))
            cents += amount.isEmpty() ? 0 : qRound64(amount.toDouble() * 100);
        CHECK(cells[2] == QStringLiteral("%1,%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'))); // decimal comma with ";"
        ++checked;
    }
    CHECK(checked == lines.size());
    CHECK(checked >= 3);

    CHECK(runCli({QStringLiteral("stats"), catalogue, QStringLiteral("--by"), QStringLiteral("colour")}, nullptr, &err) == 2);
    CHECK(err.contains(QStringLiteral("goal, area, domain")));
    const QString file = f.path("by year.csv");
    REQUIRE(runCli({QStringLiteral("stats"), catalogue, QStringLiteral("--by"), QStringLiteral("year"), QStringLiteral("--out"), file,
                    QStringLiteral("--bom")}) == 0);
    QFile written(file);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll().startsWith("\xEF\xBB\xBFlabel,measures,funding_usd\r\n"));
}

TEST_CASE("counting with --needs-attention gives only the measures the report would find lacking")
{
    Folder f;
    const QString catalogue = sampleIn(f);
    QString all, lacking;
    REQUIRE(runCli({QStringLiteral("count"), catalogue}, &all) == 0);
    REQUIRE(runCli({QStringLiteral("count"), catalogue, QStringLiteral("--needs-attention")}, &lacking) == 0);
    auto opened = Catalogue::open(catalogue, {Catalogue::Access::ReadOnly}, nullptr);
    REQUIRE(opened);
    MeasureFilter filter;
    filter.needsAttention = true;
    CHECK(lacking.trimmed().toInt() == MeasureQuery(*opened).count(filter));
    CHECK(lacking.trimmed().toInt() < all.trimmed().toInt());
}

TEST_CASE("a view saved in the catalogue is what --view gives count, export and stats, and other options then change it")
{
    Folder f;
    const QString catalogue = sampleIn(f);
    {
        CatalogueError error;
        auto opened = Catalogue::open(catalogue, {Catalogue::Access::ReadWrite, false}, &error);
        REQUIRE(opened);
        SavedView view;
        view.name = QStringLiteral("Perú y México");
        view.filter.countries = {QStringLiteral("PER"), QStringLiteral("MEX")};
        view.sortField = MeasureField::Title;
        view.sortOrder = Qt::DescendingOrder;
        view.columns = {MeasureField::Country, MeasureField::Title};
        REQUIRE(SavedViewStore(*opened).save(view, false).isEmpty());
    }
    QString out, err;
    REQUIRE(runCli({QStringLiteral("count"), catalogue, QStringLiteral("--country"), QStringLiteral("PER"),
                    QStringLiteral("--country"), QStringLiteral("MEX")}, &out) == 0);
    const QString both = out.trimmed();
    CHECK(runCli({QStringLiteral("count"), catalogue, QStringLiteral("--view"), QStringLiteral("perú y méxico")}, &out) == 0);
    CHECK(out.trimmed() == both);
    CHECK(both.toInt() >= 2);
    // An option given replaces that facet of the view.
    REQUIRE(runCli({QStringLiteral("count"), catalogue, QStringLiteral("--country"), QStringLiteral("PER")}, &out) == 0);
    const QString peru = out.trimmed();
    CHECK(runCli({QStringLiteral("count"), catalogue, QStringLiteral("--view"), QStringLiteral("Perú y México"),
                  QStringLiteral("--country"), QStringLiteral("PER")}, &out) == 0);
    CHECK(out.trimmed() == peru);
    // Export writes the view's columns in the view's sort, as if they were given as options.
    QByteArray fromView, fromOptions;
    REQUIRE(runCli({QStringLiteral("export"), catalogue, QStringLiteral("--view"), QStringLiteral("Perú y México"),
                    QStringLiteral("--header"), QStringLiteral("keys"), QStringLiteral("--codes")}, nullptr, nullptr, &fromView) == 0);
    REQUIRE(runCli({QStringLiteral("export"), catalogue, QStringLiteral("--country"), QStringLiteral("PER"), QStringLiteral("--country"),
                    QStringLiteral("MEX"), QStringLiteral("--columns"), QStringLiteral("country,title"), QStringLiteral("--sort"),
                    QStringLiteral("title:desc"), QStringLiteral("--header"), QStringLiteral("keys"), QStringLiteral("--codes")},
                   nullptr, nullptr, &fromOptions) == 0);
    CHECK(fromView == fromOptions);
    const QList<QByteArray> lines = fromView.trimmed().split('\n');
    CHECK(lines.first().trimmed() == "country,title");
    CHECK(lines.size() == both.toInt() + 1);
    // Stats of the view count the same measures.
    REQUIRE(runCli({QStringLiteral("stats"), catalogue, QStringLiteral("--view"), QStringLiteral("Perú y México"),
                    QStringLiteral("--by"), QStringLiteral("country"), QStringLiteral("--lang"), QStringLiteral("en")}, &out) == 0);
    CHECK(out.contains(QStringLiteral("Peru")));
    CHECK(out.contains(QStringLiteral("Mexico")));
    CHECK_FALSE(out.contains(QStringLiteral("Norway")));
    // A name the catalogue does not have: what views it does have, and nothing written.
    CHECK(runCli({QStringLiteral("count"), catalogue, QStringLiteral("--view"), QStringLiteral("Africa"),
                  QStringLiteral("--lang"), QStringLiteral("en")}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("“Africa” is not a saved view of this catalogue. Saved views: Perú y México.")));
}

namespace {

// What a reader of the PDF can select and search: its text, as poppler's pdftotext extracts it.
QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfTool(const char *tool, const QString &pdf)
{
    QProcess process;
    process.start(QString::fromLatin1(tool), {pdf});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    const QString info = pdfTool("pdfinfo", pdf);
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

} // namespace

TEST_CASE("the report of the sample holds a cover, contents, the statistics and every measure with its headed fields, as text")
{
    Folder f;
    const QString catalogue = sampleIn(f);
    struct Case {
        const char *lang;
        QStringList words;
    };
    const QList<Case> cases = {
        {"en", {QStringLiteral("Cultural policy measures"), QStringLiteral("Contents"), QStringLiteral("Summary"),
                QStringLiteral("Measures by Convention goal"), QStringLiteral("Measures by cultural domain"),
                QStringLiteral("Measures by report year"), QStringLiteral("Support sustainable systems of governance for culture"),
                QStringLiteral("Responsible agencies"), QStringLiteral("Main features"), QStringLiteral("Funding"),
                QStringLiteral("Partners"), QStringLiteral("Evaluation"), QStringLiteral("Cultural domains"),
                QStringLiteral("5 measures: the whole catalogue"), QStringLiteral("Page 2 of")}},
        {"es", {QStringLiteral("Medidas de política cultural"), QStringLiteral("Índice"), QStringLiteral("Resumen"),
                QStringLiteral("Medidas por objetivo de la Convención"), QStringLiteral("Medidas por dominio cultural"),
                QStringLiteral("Medidas por año del informe"), QStringLiteral("Apoyar sistemas sostenibles de gobernanza de la cultura"),
                QStringLiteral("Organismos responsables"), QStringLiteral("Características principales"), QStringLiteral("Financiamiento"),
                QStringLiteral("Socios"), QStringLiteral("Evaluación"), QStringLiteral("Dominios culturales"),
                QStringLiteral("5 medidas: todo el catálogo"), QStringLiteral("Página 2 de")}},
    };
    for (const Case &c : cases) {
        SECTION(c.lang)
        {
            const QString pdf = f.path("report.pdf");
            QString err;
            REQUIRE(runCli({QStringLiteral("report"), catalogue, QStringLiteral("--out"), pdf, QStringLiteral("--lang"),
                            QString::fromLatin1(c.lang)}, nullptr, &err) == 0);
            const QString text = pdfText(pdf).simplified(); // a long heading wraps
            for (const QString &word : c.words) {
                INFO(word.toStdString());
                CHECK(text.contains(word));
            }
            // Every measure's title, once in its place (titles are the report's headings).
            CatalogueError error;
            auto opened = Catalogue::open(catalogue, {Catalogue::Access::ReadOnly, false}, &error);
            REQUIRE(opened);
            CatalogueAccess access(*opened);
            for (qint64 id : access.ids()) {
                const QString title = access.load(id)->title;
                INFO(title.toStdString());
                CHECK(text.contains(title.simplified()));
            }
            // The page count is the one the program reports, and the fonts travel inside the file.
            const int pages = pdfPages(pdf);
            CHECK(pages >= 5);
            CHECK(err.contains((c.lang == QByteArray("en") ? QStringLiteral("on %1 pages") : QStringLiteral("en %1 páginas")).arg(pages)));
            // Each heading the contents list is on the page the contents give it.
            QProcess contents;
            contents.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("2"),
                                                         QStringLiteral("-l"), QStringLiteral("2"), pdf, QStringLiteral("-")});
            REQUIRE(contents.waitForFinished(60000));
            int headingsChecked = 0;
            static const QRegularExpression entry(QStringLiteral("^\\s*(\\S.*\\S)\\s{2,}(\\d+)\\s*$"));
            for (const QString &line : QString::fromUtf8(contents.readAllStandardOutput()).split(u'\n')) {
                const QRegularExpressionMatch match = entry.match(line);
                if (!match.hasMatch() || match.captured(1).startsWith(QStringLiteral("Page")) || match.captured(1).startsWith(QStringLiteral("Página")))
                    continue;
                QProcess page;
                page.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), match.captured(2), QStringLiteral("-l"), match.captured(2), pdf,
                                                         QStringLiteral("-")});
                REQUIRE(page.waitForFinished(60000));
                INFO(match.captured(1).toStdString() << " on page " << match.captured(2).toStdString());
                CHECK(QString::fromUtf8(page.readAllStandardOutput()).simplified().contains(match.captured(1)));
                ++headingsChecked;
            }
            CHECK(headingsChecked >= 3); // the summary, a goal and its areas
            CHECK(text.contains(QStringLiteral("%1 %2").arg(c.lang == QByteArray("en") ? QStringLiteral("of") : QStringLiteral("de")).arg(pages)));
            const QString fonts = pdfTool("pdffonts", pdf);
            const QStringList fontLines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
            REQUIRE_FALSE(fontLines.isEmpty());
            for (const QString &line : fontLines)
                CHECK(line.split(u' ', Qt::SkipEmptyParts).value(4) == u"yes"); // the "emb" column
        }
    }
}

TEST_CASE("a report of a filter holds only those measures and says on its cover how they were chosen")
{
    Folder f;
    const QString catalogue = sampleIn(f);
    const QString pdf = f.path("peru.pdf");
    REQUIRE(runCli({QStringLiteral("report"), catalogue, QStringLiteral("--country"), QStringLiteral("PER"), QStringLiteral("--out"), pdf,
                    QStringLiteral("--lang"), QStringLiteral("en")}) == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("1 measure of the catalogue's 5, chosen by:")));
    CHECK(text.contains(QStringLiteral("Country: Peru")));
    CHECK(text.contains(QStringLiteral("CONECTA")));
    CHECK_FALSE(text.contains(QStringLiteral("Fortalecimiento de capacidades")));
}

TEST_CASE("a report without --out, or into a folder that does not exist, says what to do")
{
    Folder f;
    const QString catalogue = sampleIn(f);
    QString err;
    CHECK(runCli({QStringLiteral("report"), catalogue, QStringLiteral("--lang"), QStringLiteral("en")}, nullptr, &err) == 2);
    CHECK(err.contains(QStringLiteral("report needs --out FILE.pdf")));
    CHECK(runCli({QStringLiteral("report"), catalogue, QStringLiteral("--out"), f.path("no/such/folder/r.pdf"), QStringLiteral("--lang"),
                  QStringLiteral("en")}, nullptr, &err) == 1);
    CHECK(err.contains(QStringLiteral("The report cannot be written to")));
}

TEST_CASE("an option given no value is refused instead of taking the next option as its value, and in the language asked for")
{
    Folder f;
    const QString catalogue = sampleIn(f);
    QString out, err;
    // "delete --search --all" must never delete what contains "--all".
    CHECK(runCli({QStringLiteral("delete"), catalogue, QStringLiteral("--search"), QStringLiteral("--all")}, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("--search needs a value before --all")));
    CHECK(runCli({QStringLiteral("count"), catalogue}, &out) == 0);
    CHECK(out.trimmed() == u"5");
    CHECK(runCli({QStringLiteral("count"), catalogue, QStringLiteral("--search=--all")}, &out, &err) == 0); // the way to search for it
    CHECK(runCli({QStringLiteral("count"), catalogue, QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--bogus")}, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("Opción desconocida")));
    CHECK(runCli({QStringLiteral("count"), catalogue, QStringLiteral("--lang=es"), QStringLiteral("--bogus")}, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("Opción desconocida"))); // the --opt=VALUE form too
}

TEST_CASE("importing a workbook says it is one and how to make a CSV of it")
{
    Folder f;
    const QString catalogue = sampleIn(f);
    const QString book = f.path("measures.xlsx");
    REQUIRE(runCli({QStringLiteral("export"), catalogue, QStringLiteral("--out"), book}) == 0);
    QString err;
    CHECK(runCli({QStringLiteral("import"), catalogue, QStringLiteral("--in"), book}, nullptr, &err) == 1);
    CHECK(err.contains(QStringLiteral("This is a workbook")));
    CHECK(err.contains(QStringLiteral("CSV UTF-8")));
}

TEST_CASE("check does not call a catalogue safe to copy while its latest changes are still only in its -wal")
{
    Folder f;
    const QString catalogue = sampleIn(f);
    // Another program reads the file and holds its snapshot: the import's changes cannot be folded in.
    sqlite3 *reader = nullptr;
    REQUIRE(sqlite3_open_v2(catalogue.toUtf8().constData(), &reader, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_exec(reader, "BEGIN; SELECT count(*) FROM measure;", nullptr, nullptr, nullptr) == SQLITE_OK);
    writeBytes(f.path("one.csv"), "title\nFondo de becas\n");
    REQUIRE(runCli({QStringLiteral("import"), catalogue, QStringLiteral("--in"), f.path("one.csv")}) == 0);
    REQUIRE(QFileInfo(catalogue + QStringLiteral("-wal")).size() > 0);
    QString out, err;
    CHECK(runCli({QStringLiteral("check"), catalogue}, &out, &err) == 3);
    CHECK(out.contains(QStringLiteral("healthy"))); // what it holds is whole...
    CHECK(err.contains(QStringLiteral("Do not copy the file alone"))); // ...but not in the file alone
    sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(reader);
    CHECK(runCli({QStringLiteral("check"), catalogue}, &out, &err) == 0); // folded in now
    CHECK_FALSE(QFileInfo(catalogue + QStringLiteral("-wal")).size() > 0);
}
