// SPDX-License-Identifier: GPL-3.0-or-later
// Bringing measures in from CSV: everything our export writes, all rows or none, and every
// problem named by file, line and column.
#include "testsupport.h"

#include "model/timestamps.h"
#include "query/revisionquery.h"

#include "csv/csvexporter.h"
#include "csv/csvimporter.h"
#include "merge/mergeplan.h"
#include "model/undocost.h"
#include "query/measurequery.h"

namespace {

QByteArray exportFile(const TempCatalogue &t, const QString &name, const CsvOptions &options)
{
    const Vocabulary vocabulary = t.vocabulary();
    const QString path = t.file(name);
    const auto result = CsvExporter(*t.catalogue, vocabulary).writeFile(path, {}, {}, options);
    REQUIRE(result.ok);
    return readAll(path);
}

CsvImporter::Plan importBytes(TempCatalogue &t, const QByteArray &bytes, bool dryRun = false)
{
    const QString path = t.file(QStringLiteral("data.csv"));
    writeBytes(path, bytes);
    return importFile(*t.catalogue, path, dryRun, QStringLiteral("data.csv"));
}

const QByteArray kHeader = "title,country,report_year,funding_usd,domains,partners\r\n";

} // namespace

TEST_CASE("an export with keys and codes imports into an empty catalogue and exports again identically")
{
    TempCatalogue source(TempCatalogue::Content::Sample);
    const QByteArray first = exportFile(source, QStringLiteral("first.csv"), keysAndCodes());

    TempCatalogue target;
    const auto report = importFile(*target.catalogue, source.file(QStringLiteral("first.csv")), false);
    INFO(report.problems.join(u'\n').toStdString());
    REQUIRE(report.ok);
    CHECK(report.added == 5);
    CHECK(exportFile(target, QStringLiteral("second.csv"), keysAndCodes()) == first);

    // Importing the same file again changes nothing.
    const auto again = importFile(*target.catalogue, source.file(QStringLiteral("first.csv")), false);
    CHECK(again.ok);
    CHECK(again.unchanged == 5);
    CHECK(MeasureQuery(*target.catalogue).total() == 5);
}

TEST_CASE("a spreadsheet saved with Spanish labels imports to the same measures")
{
    TempCatalogue source(TempCatalogue::Content::Sample);
    exportFile(source, QStringLiteral("excel.csv"), CsvOptions::excel(Language::byCode(u"es")));
    TempCatalogue target;
    const auto report = importFile(*target.catalogue, source.file(QStringLiteral("excel.csv")), false);
    INFO(report.problems.join(u'\n').toStdString());
    REQUIRE(report.ok);
    CHECK(exportFile(target, QStringLiteral("a.csv"), keysAndCodes()) == exportFile(source, QStringLiteral("b.csv"), keysAndCodes()));
}

TEST_CASE("a bad row anywhere means nothing is imported, and every problem is named by file, line and column")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    t.close();
    const QByteArray before = sha256(t.path);
    t.reopen();
    const auto report = importBytes(t, kHeader
        + "Fondo Editorial,PER,2019,\"1,500.00\",publishing,Cámara del Libro [private_sector]\r\n"
        + "Festival de Jazz,XYZ,1990,-3,jazz,Jazz Club\r\n"
        + "\"Red de Teatros\",COL,2021,,performing_arts,\r\n"
        + ",MEX,2020,,,\r\n");
    CHECK_FALSE(report.ok);
    const QStringList &p = report.problems;
    INFO(p.join(u'\n').toStdString());
    CHECK(p.filter(QStringLiteral("data.csv:3:2: Unknown country “XYZ”")).size() == 1);
    CHECK(p.filter(QStringLiteral("data.csv:3:3: The report year must be between 2005 and 2100")).size() == 1);
    CHECK(p.filter(QStringLiteral("data.csv:3:4: The amount cannot be negative")).size() == 1);
    CHECK(p.filter(QStringLiteral("data.csv:3:5: “jazz” is not a value of Cultural domains")).size() == 1);
    CHECK(p.filter(QStringLiteral("data.csv:3:6: The partner “Jazz Club” has no type of entity")).size() == 1);
    CHECK(p.filter(QStringLiteral("data.csv:5:1: Every measure needs a title")).size() == 1);
    CHECK(report.problemCount == 6);
    CHECK(report.summary().contains(QStringLiteral("Nothing was imported")));
    CHECK(MeasureQuery(*t.catalogue).total() == 5);
    t.close();
    CHECK(sha256(t.path) == before);
}

TEST_CASE("rows with too few or too many fields are named")
{
    TempCatalogue t;
    const auto report = importBytes(t, "title,country,report_year\nA,PER,2020\nB,PER\nC,PER,2020,extra\n");
    CHECK_FALSE(report.ok);
    CHECK(report.problems.filter(QStringLiteral("data.csv:3:3: This row has 2 fields but the header has 3")).size() == 1);
    CHECK(report.problems.filter(QStringLiteral("data.csv:4:4: This row has 4 fields but the header has 3")).size() == 1);
    CHECK(MeasureQuery(*t.catalogue).total() == 0);
}

TEST_CASE("unknown, repeated or missing columns are named before any row is read")
{
    TempCatalogue t;
    auto report = importBytes(t, "title,budget,title\nA,5,A\n");
    CHECK_FALSE(report.ok);
    CHECK(report.problems.filter(QStringLiteral("data.csv:1:2: Unknown column “budget”")).size() == 1);
    CHECK(report.problems.filter(QStringLiteral("data.csv:1:3: The column “title” appears twice")).size() == 1);
    report = importBytes(t, "country\nPER\n");
    CHECK(report.problems.filter(QStringLiteral("There is no title column")).size() == 1);
    report = importBytes(t, "");
    CHECK(report.problems.filter(QStringLiteral("The file is empty")).size() == 1);
}

TEST_CASE("a CSV saved by Excel on Windows (Windows-1252) is read with its accents, and the summary says so")
{
    TempCatalogue t;
    const auto report = importBytes(t, "title;country\nM\xfasica \x96 Per\xfa;PER\n\x93" "Cine\x94;MEX\n");
    INFO(report.problems.join(u'\n').toStdString());
    REQUIRE(report.ok);
    CHECK(report.encoding == CsvReader::Encoding::Windows1252);
    CHECK(report.summary().contains(QStringLiteral("read as Windows-1252")));
    MeasureQuery query(*t.catalogue);
    CHECK(query.find({}, {}).ids.size() == 2);
    QStringList titles;
    for (qint64 id : query.find({}, {}).ids)
        titles << query.load(id)->title;
    CHECK(titles == (QStringList{QStringLiteral("“Cine”"), QStringLiteral("Música – Perú")}));
}

TEST_CASE("broken files are reported with the place of the problem and import nothing")
{
    TempCatalogue t;
    const struct {
        QByteArray bytes;
        const char *expected;
    } cases[] = {
        {"title,country\n\"Fondo,PER\nOtro,MEX\n", "data.csv:2:1: A quoted field that starts on line 2 is never closed"},
        {"title,country\nFondo,P\"ER\n", "data.csv:2:2: A quote inside a field"},
        {QByteArray("title\nFon\0do\n", 12), "data.csv:2:1: The file contains a NUL byte"},
        {"title\nM\xfasica \x81\n", "data.csv:2:1: The text is neither UTF-8 nor Windows-1252"},
        {"title\nM\xc3\xbasica\nCaf\xe9\n", "data.csv:3:1: The file mixes UTF-8 and Windows-1252 text"}, // where UTF-8 stops
        {"title\nPol\x92tica de m\x87s cultura\n", "data.csv:2:1: The text is not UTF-8, and read as Windows-1252 it has “‡” inside a word"}, // Mac Roman
        {"title\nFestiwal Wroc\xb3" "aw\n", "data.csv:2:1: The text is not UTF-8, and read as Windows-1252 it has “³” inside a word"}, // Windows-1250
        {"\xff\xfet\0i\0t\0", "data.csv:1:1: The file is saved as UTF-16"},
        {"title\n" + QByteArray(2 * 1024 * 1024, 'x') + "\n", "data.csv:2:1: A field is larger than"},
    };
    for (const auto &c : cases) {
        INFO(c.expected);
        const auto report = importBytes(t, c.bytes);
        CHECK_FALSE(report.ok);
        INFO(report.problems.join(u'\n').toStdString());
        CHECK(report.problems.filter(QString::fromUtf8(c.expected)).size() == 1);
    }
    CHECK(MeasureQuery(*t.catalogue).total() == 0);
}

TEST_CASE("values may be codes or labels in either language, and amounts in either convention")
{
    TempCatalogue t;
    const auto report = importBytes(t, QByteArray(Csv::kUtf8Bom)
        + "Título;País;Financiamiento (USD);Dominios culturales;Objetivos de la Convención;Evaluada;Estado;Socios\r\n"
        + "Fondo del Libro;Perú;11.782,50;\"Industria editorial; Música\";1;Sí;Lista;Cámara Peruana del Libro [Sector privado]\r\n"
        + "Film Fund;mexico;\"2,500.75\";cinema / audiovisual arts;4;no;draft;UNESCO [International organization]\r\n");
    INFO(report.problems.join(u'\n').toStdString());
    REQUIRE(report.ok);
    CHECK(report.added == 2);
    CatalogueAccess repository(*t.catalogue);
    const QVector<qint64> ids = MeasureQuery(*t.catalogue).find({}, {}).ids;
    const Measure film = *repository.load(ids[0]);
    const Measure book = *repository.load(ids[1]);
    CHECK(book.country == u"PER");
    CHECK(book.fundingUsdCents == 1178250);
    CHECK(book.domains == (QStringList{QStringLiteral("music"), QStringLiteral("publishing")}));
    CHECK(book.evaluated == u"yes");
    CHECK(book.status == u"ready");
    CHECK(book.partners.value(0).typeCode == u"private_sector");
    CHECK(film.country == u"MEX");
    CHECK(film.fundingUsdCents == 250075);
    CHECK(film.goals == QStringList{QStringLiteral("4")});
}

TEST_CASE("a dry run checks and counts, and writes nothing")
{
    TempCatalogue t;
    const auto report = importBytes(t, kHeader + "Fondo Editorial,PER,2019,1500,publishing,\r\n", true);
    CHECK(report.ok);
    CHECK(report.added == 1);
    CHECK(MeasureQuery(*t.catalogue).total() == 0);
}

TEST_CASE("a change time in the future is refused with its place, rather than winning against every later sheet")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    const Measure conecta = *CatalogueAccess(*t.catalogue).load(MeasureQuery(*t.catalogue).find({}, {}).ids.first());
    const auto report = importBytes(t, "uuid,title,updated_at\r\n" + conecta.uuid.toUtf8() + ",Otro título,9999-01-01T00:00:00Z\r\n");
    CHECK_FALSE(report.ok);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.first().contains(QStringLiteral(":2:3: Last changed is 9999-01-01T00:00:00Z, which is in the future")));
    CHECK(CatalogueAccess(*t.catalogue).load(conecta.id)->title == conecta.title);
}

TEST_CASE("a newer copy of a measure updates it and an older copy leaves it alone")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    CatalogueAccess repository(*t.catalogue);
    const Measure conecta = *repository.load(MeasureQuery(*t.catalogue).find({}, {}).ids.first());
    const QByteArray header = "uuid,title,updated_at\r\n";
    const QByteArray older = header + conecta.uuid.toUtf8() + ",Old title,2001-01-01T00:00:00Z\r\n";
    auto report = importBytes(t, older);
    CHECK(report.ok);
    CHECK(report.keptNewer == 1);
    CHECK(report.summary().contains(QStringLiteral("1 left as it is, because the catalogue's copy is newer")));
    CHECK(repository.load(conecta.id)->title == conecta.title);

    // Newer than the catalogue's copy: a sheet saved an hour from now on a laptop whose clock is ahead.
    const QByteArray soon = isoTimestamp(QDateTime::currentDateTimeUtc().addSecs(3600)).toUtf8();
    const QByteArray newer = header + conecta.uuid.toUtf8() + ",CONECTA Meetings 2014–2019," + soon + "\r\n";
    report = importBytes(t, newer);
    CHECK(report.ok);
    CHECK(report.updated == 1);
    const Measure updated = *repository.load(conecta.id);
    CHECK(updated.title == u"CONECTA Meetings 2014–2019");
    CHECK(updated.createdAt == conecta.createdAt);
    CHECK(MeasureQuery(*t.catalogue).total() == 5);

    const QByteArray twice = header + conecta.uuid.toUtf8() + ",A,\r\n" + conecta.uuid.toUtf8() + ",B,\r\n";
    report = importBytes(t, twice);
    CHECK_FALSE(report.ok);
    CHECK(report.problems.filter(QStringLiteral("data.csv:3:1: This measure identifier already appears on line 2")).size() == 1);
}

TEST_CASE("a sheet row naming a measure deleted here brings it back as itself, and undoing the import deletes it again, tombstone and all")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    t.catalogue->setAuthor(QStringLiteral("Lucía"));
    CatalogueAccess access(*t.catalogue);
    const Measure gone = *access.load(access.ids().at(2));
    REQUIRE(access.remove({gone.id}).isEmpty());
    const QString deletion = RevisionQuery(*t.catalogue).deletionOf(gone.uuid)->id;

    const QString path = t.file(QStringLiteral("back.csv"));
    writeBytes(path, "uuid,title\r\n" + gone.uuid.toUtf8() + ",De vuelta\r\n");
    const CsvImporter::Plan plan = CsvImporter::check(*t.catalogue, t.vocabulary(), path, Language::English, QStringLiteral("back.csv"));
    REQUIRE(plan.ok);
    CHECK(plan.restored == 1);
    CHECK(plan.summary().contains(QStringLiteral("1 of the rows added brings back a measure deleted here")));
    REQUIRE(plan.changes.size() == 1);
    CHECK(plan.changes.first().deletedBy == u"Lucía");
    const CsvImporter::Applied applied = CsvImporter::apply(*t.catalogue, t.vocabulary(), plan);
    REQUIRE(applied.ok);
    const Measure back = *access.loadByUuid(gone.uuid);
    CHECK(back.title == u"De vuelta");
    CHECK(RevisionQuery(*t.catalogue).historyOf(back.uuid, back.revision).first().parent == deletion);
    CHECK(sqlInt(*t.catalogue, QStringLiteral("SELECT count(*) FROM tombstone")) == 0);

    // Undone (what Edit ▸ Undo does with an import): deleted again, as a new deletion after the import.
    const Vocabulary vocabulary = t.vocabulary();
    REQUIRE(MeasureStore(*t.catalogue, vocabulary).revert(applied.before, applied.addedUuids).isEmpty());
    CHECK_FALSE(access.loadByUuid(gone.uuid));
    const std::optional<Revision> again = RevisionQuery(*t.catalogue).deletionOf(gone.uuid);
    REQUIRE(again);
    CHECK(again->id != deletion);
    CHECK(again->parent == back.revision);
}

TEST_CASE("what an import would keep for undo is known before it runs, whole measures included when a sheet updates one column")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    CatalogueAccess access(*t.catalogue);
    QString sheet = QStringLiteral("uuid,status\r\n");
    for (qint64 id : access.ids()) {
        Measure m = *access.load(id);
        m.mainFeatures = QString(60000, u'x'); // long texts the sheet does not carry
        REQUIRE(access.save(m).saved);
        sheet += m.uuid + (m.status == u"ready" ? QStringLiteral(",draft\r\n") : QStringLiteral(",ready\r\n"));
    }
    const QString file = t.file(QStringLiteral("status.csv"));
    writeBytes(file, sheet.toUtf8());
    const CsvImporter::Plan plan = importFile(*t.catalogue, file, true);
    REQUIRE(plan.ok);
    REQUIRE(plan.updated == 5);
    // Each update keeps the whole measure before and after: 120 KB of text each, not the sheet's bytes.
    CHECK(plan.undoBytes >= 5 * 2 * 120000);
    CHECK(plan.keptForUndo());

    const CsvImporter::Applied applied = CsvImporter::apply(*t.catalogue, t.vocabulary(), plan);
    REQUIRE(applied.ok);
    REQUIRE(applied.undoable);
    const qint64 kept = UndoCost::of(applied.before) + UndoCost::of(applied.after);
    CHECK(kept <= plan.undoBytes + plan.undoBytes / 10); // the plan said about what the step holds
    CHECK(kept >= plan.undoBytes - plan.undoBytes / 10);
}

TEST_CASE("an import or a merge too large to keep for undo, by its measures or by what their copies hold, is known before it runs")
{
    CsvImporter::Plan plan;
    plan.added = 1000;
    plan.undoBytes = UndoCost::kMaxStepBytes;
    CHECK(plan.keptForUndo());
    plan.undoBytes = UndoCost::kMaxStepBytes + 1;
    CHECK_FALSE(plan.keptForUndo());
    plan.undoBytes = 1 << 20;
    plan.added = UndoCost::kMaxMeasures + 1;
    CHECK_FALSE(plan.keptForUndo());

    MergePlan merge;
    merge.undoBytes = UndoCost::kMaxStepBytes;
    CHECK(merge.keptForUndo());
    merge.undoBytes = UndoCost::kMaxStepBytes + 1;
    CHECK_FALSE(merge.keptForUndo());
}
