// SPDX-License-Identifier: GPL-3.0-or-later
// Work kept whole where it travels: imports that write exactly what was checked, backups found
// whatever the catalogue is called, filters that never miss a measure, CSV that carries every
// value, searches that never fail, catalogues that survive a power cut.
#include "testsupport.h"

#include "catalogue/backups.h"
#include "catalogue/catalogueprobe.h"
#include "catalogue/cataloguecheck.h"
#include "catalogue/migrations.h"
#include "catalogue/sqliteconnection.h"
#include "catalogue/sqlitestatement.h"
#include "csv/csvexporter.h"
#include "csv/measurecsvrow.h"
#include "query/measurecursor.h"
#include "query/readsnapshot.h"
#include "query/searchtokenizer.h"
#include "sample/measuregenerator.h"
#include "store/vocabularystore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace {

QByteArray exportAll(const Catalogue &catalogue, const CsvOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Vocabulary vocabulary = VocabularyQuery::load(catalogue);
    REQUIRE(CsvExporter(catalogue, vocabulary).write(buffer, {}, {}, options).ok);
    return buffer.data();
}

} // namespace

TEST_CASE("an import writes exactly the file that was checked: a file changed in between imports nothing")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    const QString path = t.file(QStringLiteral("new.csv"));
    writeBytes(path, "title,country\r\nFondo Nacional de las Artes,ARG\r\n");
    const Vocabulary vocabulary = t.vocabulary();
    const CsvImporter::Plan plan = CsvImporter::check(*t.catalogue, vocabulary, path, Language::English, QStringLiteral("new.csv"));
    REQUIRE(plan.ok);
    CHECK(plan.added == 1);

    // Someone saves the spreadsheet again while the preview is on screen.
    writeBytes(path, "title,country\r\nFondo Nacional de las Artes,ARG\r\nOtra medida,ARG\r\n");
    const CsvImporter::Applied applied = CsvImporter::apply(*t.catalogue, vocabulary, plan);
    CHECK_FALSE(applied.ok);
    CHECK(applied.error.contains(QStringLiteral("changed after it was checked")));
    CHECK(MeasureQuery(*t.catalogue).total() == 5);

    // The same bytes as checked are written, and nothing else.
    writeBytes(path, "title,country\r\nFondo Nacional de las Artes,ARG\r\n");
    const CsvImporter::Applied again = CsvImporter::apply(*t.catalogue, vocabulary, plan);
    CHECK(again.ok);
    CHECK(MeasureQuery(*t.catalogue).total() == 6);
}

TEST_CASE("the import preview names what each row would change and flags rows that look like a measure already there")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    CatalogueAccess access(*t.catalogue);
    const Measure conecta = *access.load(access.ids().first());
    const QString path = t.file(QStringLiteral("sheet.csv"));
    writeBytes(path, (QStringLiteral("uuid,title,country,report_year\r\n%1,%2,%3,2030\r\n,%2,%3,\r\n")
                          .arg(conecta.uuid, conecta.title, conecta.country))
                         .toUtf8());
    const CsvImporter::Plan plan = CsvImporter::check(*t.catalogue, t.vocabulary(), path, Language::English);
    REQUIRE(plan.ok);
    REQUIRE(plan.changes.size() == 2);
    CHECK(plan.changes[0].kind == CsvImporter::RowChange::Kind::Update);
    CHECK(plan.changes[0].changed == QList<MeasureField>{MeasureField::ReportYear});
    CHECK(plan.changes[1].kind == CsvImporter::RowChange::Kind::Add);
    CHECK(plan.changes[1].similarTo == conecta.title);
    CHECK(plan.similar == 1);
    CHECK(MeasureQuery(*t.catalogue).total() == 5); // a check writes nothing
}

TEST_CASE("a long sheet whose last rows change lists those changes in the preview, before the rows already up to date")
{
    TempCatalogue t;
    const int count = CsvImporter::kMaxListed + 200;
    REQUIRE(MeasureGenerator::generate(*t.catalogue, count, 11).isEmpty());
    CsvOptions options = keysAndCodes();
    options.columns = {MeasureField::Uuid, MeasureField::Title};
    QByteArray csv = exportAll(*t.catalogue, options);
    // Change the titles of the last three rows.
    QList<QByteArray> lines = csv.split('\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    for (qsizetype i = lines.size() - 3; i < lines.size(); ++i)
        lines[i] = lines[i].trimmed() + " (corrected)\r";
    const QString path = t.file(QStringLiteral("sheet.csv"));
    writeBytes(path, lines.join('\n') + '\n');
    const CsvImporter::Plan plan = CsvImporter::check(*t.catalogue, t.vocabulary(), path, Language::English);
    REQUIRE(plan.ok);
    CHECK(plan.updated == 3);
    CHECK(plan.unchanged == count - 3);
    CHECK(plan.changes.size() == CsvImporter::kMaxListed); // the listing stays bounded
    for (int i = 0; i < 3; ++i) {
        CHECK(plan.changes[i].kind == CsvImporter::RowChange::Kind::Update);
        CHECK(plan.changes[i].title.endsWith(QStringLiteral("(corrected)")));
    }
    CHECK(plan.changes[3].kind == CsvImporter::RowChange::Kind::Unchanged);
}

TEST_CASE("backups of a catalogue whose name holds wildcard characters are rotated and listed")
{
    TempCatalogue t(TempCatalogue::Content::Sample, QStringLiteral("Informe [2024].measures"));
    QStringList made;
    for (int i = 0; i < 4; ++i) {
        const QString path = Backups::snapshotPath(t.path, true, QDateTime(QDate(2026, 1, 1 + i), QTime(9, 0), Qt::UTC));
        REQUIRE(t.catalogue->backupTo(path).isEmpty());
        made << path;
    }
    CHECK(Backups::automaticBackups(t.path).size() == 4);
    CHECK(Backups::all(t.path).size() == 4);
    CHECK(Backups::rotate(t.path, 2) == 2);
    CHECK(Backups::automaticBackups(t.path) == (QStringList{made[3], made[2]}));
    // A catalogue whose name starts the same is not mixed in.
    TempCatalogue other(TempCatalogue::Content::Empty, QStringLiteral("Informe [2024] anexo.measures"));
    CHECK(Backups::all(t.path).size() == 2);
}

TEST_CASE("a backup of an older format is restored as an upgraded new copy, and the backup stays as it was")
{
    TempCatalogue t(TempCatalogue::Content::Sample, QStringLiteral("Informe.measures"));
    // The copy made before an upgrade: format 1, as the first release wrote it.
    const QString backup = Backups::migrationBackupPath(t.path, 1);
    {
        QString error;
        auto db = SqliteConnection::open(backup, SqliteConnection::Access::ReadWriteCreate, 1000, &error);
        REQUIRE(db);
        REQUIRE(db->execute("PRAGMA journal_mode = WAL"));
        REQUIRE(Migrations::migrate(*db, 1).isEmpty());
        REQUIRE(db->execute("INSERT INTO measure (uuid, title, title_key, created_at, updated_at) VALUES "
                            "('6a1e0c1e-4d7e-4c55-9a57-3c1f1b7c0a11', 'Ley del Libro', 'ley del libro', "
                            "'2019-05-01T10:00:00Z', '2019-05-01T10:00:00Z')"));
    }
    const QByteArray before = sha256(backup);
    CHECK(Backups::all(t.path).contains(backup));
    CHECK(Backups::kindOf(t.path, backup) == Backups::Kind::BeforeUpgrade);

    const QString restored = Backups::restoredPath(t.path);
    REQUIRE(Backups::copyFile(backup, restored).isEmpty());
    CatalogueError error;
    auto copy = Catalogue::open(restored, {Catalogue::Access::ReadWrite, true, false}, &error);
    INFO(error.message().toStdString());
    REQUIRE(copy);
    CHECK(copy->schemaVersion() == Migrations::latestVersion());
    CHECK(CatalogueAccess(*copy).loadByUuid(QStringLiteral("6a1e0c1e-4d7e-4c55-9a57-3c1f1b7c0a11"))->title == u"Ley del Libro");
    CHECK(sha256(backup) == before);
    CHECK_FALSE(QFileInfo::exists(backup + QStringLiteral("-wal")));
}

TEST_CASE("a custom value removed and another added in its place never makes filters miss a measure")
{
    TempCatalogue t;
    Vocabulary vocabulary = t.vocabulary();
    MeasureStore store(*t.catalogue, vocabulary); // kept alive across the changes, as the window keeps it
    VocabularyStore terms(*t.catalogue);
    const auto save = [&](const QString &title, const QString &domain) {
        Measure m;
        m.title = title;
        m.domains = {domain};
        const auto result = store.save(m, Language::English);
        INFO(result.error.toStdString());
        REQUIRE(result.saved);
    };
    QString games, comics;
    REQUIRE(terms.add(VocabularyKind::CulturalDomain, QStringLiteral("Video games"), QStringLiteral("Videojuegos"), &games).isEmpty());
    vocabulary = t.vocabulary();
    save(QStringLiteral("Primera"), games); // the store now knows the bit of "video games"
    REQUIRE(terms.remove(VocabularyKind::CulturalDomain, games).contains(QStringLiteral("in use")));
    Measure first = *CatalogueAccess(*t.catalogue).load(CatalogueAccess(*t.catalogue).ids().first());
    first.domains = {QStringLiteral("music")};
    REQUIRE(store.save(first, Language::English).saved);
    REQUIRE(terms.remove(VocabularyKind::CulturalDomain, games).isEmpty());
    REQUIRE(terms.add(VocabularyKind::CulturalDomain, QStringLiteral("Comics"), QStringLiteral("Historietas"), &comics).isEmpty());
    REQUIRE(terms.add(VocabularyKind::CulturalDomain, QStringLiteral("Video games"), QStringLiteral("Videojuegos"), &games).isEmpty());
    vocabulary = t.vocabulary();
    CHECK(vocabulary.find(VocabularyKind::CulturalDomain, games)->bit != vocabulary.find(VocabularyKind::CulturalDomain, comics)->bit);
    save(QStringLiteral("Segunda"), games);

    MeasureFilter filter;
    filter.domains = {games};
    CHECK(MeasureQuery(*t.catalogue).count(filter) == 1);
    filter.domains = {comics};
    CHECK(MeasureQuery(*t.catalogue).count(filter) == 0);
    CHECK(CatalogueCheck::run(*t.catalogue).problems.isEmpty());
}

TEST_CASE("every multi-valued field survives an export and an import, in codes and in labels of both languages")
{
    TempCatalogue source;
    VocabularyStore terms(*source.catalogue);
    QString radio;
    REQUIRE(terms.add(VocabularyKind::CulturalDomain, QStringLiteral("Radio, podcasts"), QStringLiteral("Radio / pódcast"), &radio).isEmpty());
    Measure m = completeMeasure();
    m.scopes = {QStringLiteral("local"), QStringLiteral("international")};
    m.natures = {QStringLiteral("legislative"), QStringLiteral("financial")};
    m.monitoringAreas = {QStringLiteral("media_diversity"), QStringLiteral("gender_equality")};
    m.goals = {QStringLiteral("1"), QStringLiteral("4")};
    m.domains = {QStringLiteral("music"), radio};
    m.partners = {{QStringLiteral("Grupo; Norte [Sur]"), QStringLiteral("civil_society")},
                  {QStringLiteral("Teatro [La Plaza]"), QStringLiteral("private_sector")},
                  {QStringLiteral("Fondo;"), QStringLiteral("public_sector")}};
    m.responsibleAgencies = QStringLiteral("Ministerio; Cultura [A]");
    REQUIRE(CatalogueAccess(*source.catalogue).save(m).saved);
    const QByteArray reference = exportAll(*source.catalogue, keysAndCodes());

    for (const CsvOptions &options : {keysAndCodes(), CsvOptions::excel(Language::byCode(u"es")), CsvOptions::standard(Language::English)}) {
        INFO(std::string(1, options.delimiter) << " " << languageCode(options.language).toStdString());
        TempCatalogue target;
        REQUIRE(VocabularyStore(*target.catalogue)
                    .add(VocabularyKind::CulturalDomain, QStringLiteral("Radio, podcasts"), QStringLiteral("Radio / pódcast"))
                    .isEmpty());
        const QString file = target.file(QStringLiteral("round.csv"));
        writeBytes(file, exportAll(*source.catalogue, options));
        const CsvImporter::Plan plan = importFile(*target.catalogue, file);
        INFO(plan.problems.join(u'\n').toStdString());
        REQUIRE(plan.ok);
        CHECK(exportAll(*target.catalogue, keysAndCodes()) == reference);
    }
}

TEST_CASE("custom labels that a CSV list could not carry are refused when they are typed")
{
    TempCatalogue t;
    VocabularyStore terms(*t.catalogue);
    for (const char *label : {"Radio; podcasts", "Radio [local]", "Mixed]"}) {
        INFO(label);
        const QString error = terms.add(VocabularyKind::CulturalDomain, QString::fromUtf8(label), QStringLiteral("Radio"));
        CHECK(error.contains(QStringLiteral("A label cannot contain")));
    }
    CHECK(t.vocabulary().terms(VocabularyKind::CulturalDomain).size() == 8);
}

TEST_CASE("list cells escape the separator so that any text survives")
{
    const QStringList items = {QStringLiteral("a;b"), QStringLiteral("c"), QStringLiteral(";d"), QStringLiteral("e;")};
    CHECK(Csv::joinList(items) == u"a;;b; c; ;;d; e;;");
    CHECK(Csv::splitList(Csv::joinList(items)) == items);
    CHECK(Csv::splitList(QStringLiteral(" Music ;Design;; ")) == (QStringList{QStringLiteral("Music"), QStringLiteral("Design;")}));
    QString name, type;
    REQUIRE(Csv::parsePartnerItem(QStringLiteral("Teatro [La Plaza] [private_sector]"), &name, &type));
    CHECK(name == u"Teatro [La Plaza]");
    CHECK(type == u"private_sector");
    CHECK_FALSE(Csv::parsePartnerItem(QStringLiteral("Sin tipo"), &name, &type));
}

TEST_CASE("search splits what is typed into exactly the words the search index holds")
{
    TempCatalogue t;
    SqliteConnection &db = t.catalogue->connection();
    REQUIRE(db.execute("CREATE VIRTUAL TABLE temp.probe USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');"
                       "CREATE VIRTUAL TABLE temp.probe_words USING fts5vocab(probe, 'instance')"));
    SearchTokenizer tokenizer(db);
    REQUIRE(tokenizer.isValid());
    const char *samples[] = {"rock🎸pop", "🎸", "Cafe\u0301 concierto", "Café", "文化政策 museo", "Ελληνικό θέατρο", "l'été ÇA",
                             "A-B_C.d", "ﬁnanciación", "\u200Bcero", "NEAR(\"x\" y)*", "١٢٣ عربى", "naïve co\u00f6perate"};
    for (const char *sample : samples) {
        INFO(sample);
        const QString text = QString::fromUtf8(sample);
        REQUIRE(db.execute("DELETE FROM probe"));
        SqliteStatement insert(db, QStringLiteral("INSERT INTO probe (text) VALUES (?)"));
        insert.bindText(1, text);
        REQUIRE(insert.run());
        QStringList indexed;
        SqliteStatement words(db, QStringLiteral("SELECT term FROM probe_words ORDER BY offset"));
        while (words.step())
            indexed << words.text(0);
        CHECK(tokenizer.words(text) == indexed);
        // And whatever is typed, the search runs.
        MeasureFilter filter;
        filter.search = text;
        CHECK(MeasureQuery(*t.catalogue).find(filter, {}).ok);
    }
}

TEST_CASE("the ordered ids and the total come from one snapshot, even while another program saves")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    MeasureQuery query(*t.catalogue);
    {
        ReadSnapshot snapshot(t.catalogue->connection());
        const int before = query.total();
        rawSql(t.path, "INSERT INTO measure (uuid, title, title_key, created_at, updated_at) VALUES "
                       "('7b1e0c1e-4d7e-4c55-9a57-3c1f1b7c0a11', 'Otra', 'otra', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')");
        CHECK(query.total() == before); // the snapshot does not move
        CHECK(query.find({}, {}).ids.size() == before);
    }
    const MeasureQuery::Result result = query.find({}, {});
    CHECK(result.total == 6);
    CHECK(result.ids.size() == result.total);
}

namespace {

// Runs `program` with the fsync/link/rename tracer preloaded and checks that the file published
// as `path` was synced under its temporary name before taking `path`, and its folder after.
void checkPublishedDurably(const QString &program, const QStringList &arguments, const QString &path,
                           const QString &log, const QProcessEnvironment &extra = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(extra);
    environment.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(SYNCSPY));
    environment.insert(QStringLiteral("SYNCSPY_LOG"), log);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    const QStringList lines = QString::fromUtf8(readAll(log)).split(u'\n', Qt::SkipEmptyParts);
    // The temporary file is given its final name (renamed without replacing, or linked); find
    // that step and what surrounds it.
    qsizetype linked = -1;
    QString temporary;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringList parts = lines[i].split(u'\t');
        if ((parts.value(0) == u"link" || parts.value(0) == u"rename") && parts.value(2) == path) {
            linked = i;
            temporary = parts.value(1);
        }
    }
    INFO(lines.join(u'\n').toStdString());
    REQUIRE(linked > 0);
    bool fileSynced = false, folderSynced = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringList parts = lines[i].split(u'\t');
        if (i < linked && parts.value(0) == u"fsync" && parts.value(1) == temporary)
            fileSynced = true;
        if (i > linked && parts.value(0) == u"fsync" && parts.value(1) == QFileInfo(path).canonicalPath())
            folderSynced = true;
    }
    CHECK(fileSynced);
    CHECK(folderSynced);
}

} // namespace

TEST_CASE("a new catalogue reaches the disk before it takes its name, and its name reaches the disk after")
{
    QTemporaryDir dir;
    for (const char *command : {"create", "sample"}) {
        INFO(command);
        const QString path = dir.filePath(QStringLiteral("%1.measures").arg(QLatin1String(command)));
        checkPublishedDurably(QStringLiteral(MEASURES_CLI), {QString::fromLatin1(command), path}, path,
                              dir.filePath(QStringLiteral("%1.log").arg(QLatin1String(command))));
    }
}

TEST_CASE("a backup or restored copy reaches the disk before it takes its name, and its name reaches the disk after")
{
    // Backing up and restoring both end in Backups::copy; this process runs it again, traced.
    TempCatalogue mine(TempCatalogue::Content::Sample, QStringLiteral("mine.measures"));
    mine.close();
    const QString source = mine.path;
    const QString copy = mine.file(QStringLiteral("mine backups/copy.measures"));
    REQUIRE(QDir().mkpath(QFileInfo(copy).absolutePath()));
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("MEASURES_COPY_FROM"), source);
    extra.insert(QStringLiteral("MEASURES_COPY_TO"), copy);
    checkPublishedDurably(QCoreApplication::applicationFilePath(), {QStringLiteral("[.traced-copy]")}, copy,
                          mine.file(QStringLiteral("copy.log")), extra);
    CHECK(CatalogueProbe::probe(copy, true).isError() == false);
}

TEST_CASE("(run by the tracing test) copies a catalogue as a backup does", "[.traced-copy]")
{
    const QString from = qEnvironmentVariable("MEASURES_COPY_FROM");
    const QString to = qEnvironmentVariable("MEASURES_COPY_TO");
    REQUIRE(!from.isEmpty());
    REQUIRE(Backups::copyFile(from, to).isEmpty());
}

TEST_CASE("the process runs one SQLite library, the one core was built against, and no Qt SQL plugin")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    CHECK(MeasureQuery(*t.catalogue).total() == 5);
    CHECK(SqliteLibrary::runtimeVersionNumber() == SqliteLibrary::compiledVersionNumber());
    QFile maps(QStringLiteral("/proc/self/maps"));
    REQUIRE(maps.open(QIODevice::ReadOnly));
    QSet<QString> libraries;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const qsizetype slash = line.indexOf('/');
        if (slash >= 0)
            libraries.insert(QFileInfo(QString::fromLocal8Bit(line.mid(slash))).fileName());
    }
    QStringList sqlite, qtSql;
    for (const QString &library : std::as_const(libraries)) {
        if (library.contains(QStringLiteral("sqlite"), Qt::CaseInsensitive))
            sqlite << library;
        if (library.startsWith(QStringLiteral("libQt6Sql")) || library.startsWith(QStringLiteral("libqsql")))
            qtSql << library;
    }
    INFO(sqlite.join(u' ').toStdString());
    CHECK(sqlite.size() == 1);
    CHECK(qtSql.isEmpty());
}

TEST_CASE("an import never retypes a partner behind the analyst's back: a file giving it another type is refused")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    const QString path = t.file(QStringLiteral("retype.csv"));
    writeBytes(path, "title,partners\r\nUna,European Union [private_sector]\r\n"
                     "Dos,Socio X [civil_society]\r\nTres,Socio X [public_sector]\r\n");
    const CsvImporter::Plan plan = CsvImporter::check(*t.catalogue, t.vocabulary(), path, Language::English, QStringLiteral("retype.csv"));
    CHECK_FALSE(plan.ok);
    INFO(plan.problems.join(u'\n').toStdString());
    CHECK(plan.problems.filter(QStringLiteral("retype.csv:2:2: The partner “European Union” is “International organization” "
                                              "in this catalogue, but the file says “Private sector”")).size() == 1);
    CHECK(plan.problems.filter(QStringLiteral("retype.csv:4:2: The partner “Socio X” is “Public sector” here but “Civil society” on line 3"))
              .size() == 1);
}

TEST_CASE("a file saved again with the same number of rows after the check is caught by its bytes, not its counts")
{
    TempCatalogue t;
    const QString path = t.file(QStringLiteral("same.csv"));
    writeBytes(path, "title\r\nFondo\r\n");
    const Vocabulary vocabulary = t.vocabulary();
    const CsvImporter::Plan plan = CsvImporter::check(*t.catalogue, vocabulary, path, Language::English);
    REQUIRE(plan.ok);
    writeBytes(path, "title\r\nFonda\r\n"); // one letter changed: same rows, same counts
    const CsvImporter::Applied applied = CsvImporter::apply(*t.catalogue, vocabulary, plan);
    CHECK_FALSE(applied.ok);
    CHECK(applied.failure == CsvImporter::Applied::Failure::FileChanged);
    CHECK(MeasureQuery(*t.catalogue).total() == 0);
}

TEST_CASE("a long file changed near its start stops the write there, its reading too, and imports nothing")
{
    TempCatalogue t;
    const QString path = t.file(QStringLiteral("long.csv"));
    QByteArray bytes = "title\r\n";
    for (int i = 0; i < 3000; ++i) // many more rows than are read ahead
        bytes += "Medida " + QByteArray::number(i) + "\r\n";
    writeBytes(path, bytes);
    const Vocabulary vocabulary = t.vocabulary();
    const CsvImporter::Plan plan = CsvImporter::check(*t.catalogue, vocabulary, path, Language::English);
    REQUIRE(plan.ok);
    CHECK(plan.added == 3000);
    bytes.replace("Medida 5\r\n", "Medida 5,otra\r\n"); // a row of two cells where the header has one
    writeBytes(path, bytes);
    const CsvImporter::Applied applied = CsvImporter::apply(*t.catalogue, vocabulary, plan);
    CHECK_FALSE(applied.ok);
    CHECK(applied.failure == CsvImporter::Applied::Failure::FileChanged);
    CHECK(MeasureQuery(*t.catalogue).total() == 0);
}

TEST_CASE("the cursor gives the same measures with and without reading ahead, and an export can stop half-way")
{
    TempCatalogue t;
    REQUIRE(MeasureGenerator::generate(*t.catalogue, 700, 3).isEmpty());
    const Vocabulary vocabulary = t.vocabulary();
    MeasureFilter filter;
    filter.search = QStringLiteral("música");
    const MeasureSort sort{MeasureField::FundingUsd, Qt::DescendingOrder, Language::English};
    QStringList ahead, inline_;
    for (auto readAhead : {MeasureCursor::ReadAhead::Yes, MeasureCursor::ReadAhead::No}) {
        MeasureCursor cursor(*t.catalogue, vocabulary, filter, sort, true, readAhead);
        QStringList &seen = readAhead == MeasureCursor::ReadAhead::Yes ? ahead : inline_;
        while (cursor.next()) {
            const Measure &m = cursor.measure();
            seen << m.uuid + m.title + m.domains.join(u',') + QString::number(m.partners.size());
        }
        CHECK_FALSE(cursor.hasError());
    }
    CHECK(ahead.size() == MeasureQuery(*t.catalogue).count(filter));
    CHECK(ahead == inline_);

    const QString out = t.file(QStringLiteral("half.csv"));
    writeBytes(out, "the file that was there before\n");
    int calls = 0;
    const CsvExporter::Result result = CsvExporter(*t.catalogue, vocabulary)
                                           .writeFile(out, {}, {}, keysAndCodes(), [&](qint64, qint64) { return ++calls < 2; });
    CHECK(result.cancelled);
    CHECK(readAll(out) == "the file that was there before\n");
}
