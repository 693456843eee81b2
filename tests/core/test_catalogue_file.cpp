// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue file: what we create, and what happens with every kind of file we are given.
#include "testsupport.h"
#include "catalogue/editlock.h"

#include <QLockFile>

#include <atomic>
#include <chrono>
#include <thread>

#include "catalogue/backups.h"
#include "catalogue/catalogueprobe.h"
#include "catalogue/networkdrive.h"
#include "catalogue/sqliteconnection.h"
#include "catalogue/migrations.h"
#include "catalogue/sqlitestatement.h"
#include "query/measurequery.h"
#include "query/vocabularyquery.h"
#include "store/storageerror.h"

#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace {

QString pragma(const Catalogue &catalogue, const char *name)
{
    SqliteStatement query(catalogue.connection(), QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    REQUIRE(query.step());
    return query.text(0);
}

CatalogueError openError(const QString &path, Catalogue::Access access = Catalogue::Access::ReadWrite)
{
    CatalogueError error;
    auto catalogue = Catalogue::open(path, {access, true}, &error);
    CHECK_FALSE(catalogue);
    return error;
}

} // namespace

TEST_CASE("a new catalogue is marked as ours, journaled with WAL, at the latest format")
{
    TempCatalogue t;
    CHECK(pragma(*t.catalogue, "application_id").toInt() == CatalogueProbe::kApplicationId);
    CHECK(pragma(*t.catalogue, "user_version").toInt() == Migrations::latestVersion());
    CHECK(pragma(*t.catalogue, "journal_mode") == u"wal");
    CHECK(pragma(*t.catalogue, "foreign_keys").toInt() == 1);
    CHECK(pragma(*t.catalogue, "synchronous").toInt() == 2); // FULL
    CHECK(MeasureQuery(*t.catalogue).total() == 0);
    CHECK(t.vocabulary().terms(VocabularyKind::Country).size() == 249);
}

TEST_CASE("creating a catalogue never overwrites an existing file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.measures"));
    writeBytes(path, "my notes");
    CatalogueError error;
    CHECK_FALSE(Catalogue::create(path, &error));
    CHECK(error.kind == CatalogueError::Kind::AlreadyExists);
    CHECK(error.message().contains(QStringLiteral("Nothing was overwritten")));
    CHECK(readAll(path) == "my notes");
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1); // no leftovers
}

TEST_CASE("making a catalogue tidies what a killed making of the same file left, not one under way nor another file's")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("joined [team].measures"));
    const QString stale = dir.filePath(QStringLiteral(".joined [team].measures.0badf00d.creating")),
                  staleJournal = stale + QStringLiteral("-journal"),
                  recent = dir.filePath(QStringLiteral(".joined [team].measures.1234abcd.creating")),
                  other = dir.filePath(QStringLiteral(".other.measures.0badf00d.creating"));
    for (const QString &file : {stale, staleJournal, recent, other})
        writeBytes(file, "half made");
    const QDateTime old = QDateTime::currentDateTime().addSecs(-3600);
    for (const QString &file : {stale, staleJournal, other}) {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.setFileTime(old, QFileDevice::FileModificationTime));
    }
    CatalogueError error;
    REQUIRE(Catalogue::create(path, &error));
    CHECK_FALSE(QFileInfo::exists(stale));
    CHECK_FALSE(QFileInfo::exists(staleJournal));
    CHECK(QFileInfo::exists(recent)); // another making, maybe under way
    CHECK(QFileInfo::exists(other));  // another file's
}

TEST_CASE("opening a file that does not exist says so")
{
    QTemporaryDir dir;
    const CatalogueError error = openError(dir.filePath(QStringLiteral("nowhere.measures")));
    CHECK(error.kind == CatalogueError::Kind::Missing);
    CHECK(error.message().contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("nowhere.measures"))));
}

TEST_CASE("an empty file is refused and stays empty")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.measures"));
    writeBytes(path, QByteArray());
    CHECK(openError(path).kind == CatalogueError::Kind::Empty);
    CHECK(QFileInfo(path).size() == 0);
}

TEST_CASE("a file that is not a database is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("budget.measures"));
    writeBytes(path, "title,country\nFondo,PER\n");
    const CatalogueError error = openError(path);
    CHECK(error.kind == CatalogueError::Kind::NotACatalogue);
    CHECK(error.message().contains(QStringLiteral("not a Measures Catalogue file")));
    CHECK(readAll(path) == "title,country\nFondo,PER\n");
}

TEST_CASE("another program's SQLite database is not turned into a catalogue")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("contacts.sqlite"));
    rawSql(path, "CREATE TABLE contact(name TEXT); INSERT INTO contact VALUES ('Ana');");
    const QByteArray before = sha256(path);
    const CatalogueError error = openError(path);
    CHECK(error.kind == CatalogueError::Kind::NotACatalogue);
    CHECK(error.detail.contains(QStringLiteral("another program")));
    CHECK(sha256(path) == before);
}

TEST_CASE("a catalogue written by a newer version is refused and left byte for byte as it was")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    t.close();
    rawSql(t.path, "PRAGMA user_version = 99");
    const QByteArray before = sha256(t.path);
    const CatalogueError error = openError(t.path);
    CHECK(error.kind == CatalogueError::Kind::NewerVersion);
    CHECK(error.foundVersion == 99);
    CHECK(error.message().contains(QStringLiteral("newer version")));
    CHECK(error.message().contains(QStringLiteral("Update the application")));
    CHECK(sha256(t.path) == before);
    CHECK_FALSE(QFileInfo::exists(Backups::folderFor(t.path))); // no upgrade was attempted
}

TEST_CASE("a truncated catalogue is reported as damaged and left untouched")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    t.close();
    QByteArray bytes = readAll(t.path);
    REQUIRE(bytes.size() > 40960);
    bytes.truncate(bytes.size() / 3);
    writeBytes(t.path, bytes);
    const CatalogueError error = openError(t.path);
    CHECK(error.kind == CatalogueError::Kind::Corrupt);
    CHECK(error.message().contains(QStringLiteral("Restore it from a backup")));
    CHECK(readAll(t.path) == bytes);
}

TEST_CASE("a catalogue with damaged pages is reported as damaged and left untouched")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    t.close();
    QByteArray bytes = readAll(t.path);
    for (qsizetype i = 4096 * 2; i < 4096 * 6 && i < bytes.size(); ++i)
        bytes[i] = char(0xA5 ^ (i & 0xff));
    writeBytes(t.path, bytes);
    CHECK(openError(t.path).kind == CatalogueError::Kind::Corrupt);
    CHECK(readAll(t.path) == bytes);
}

TEST_CASE("a catalogue open for editing in one window is refused for editing in another, which may view it")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    const CatalogueError error = openError(t.path);
    CHECK(error.kind == CatalogueError::Kind::Locked);
    CHECK(error.message().contains(QStringLiteral("open this catalogue read-only")));

    CatalogueError readOnlyError;
    auto viewer = Catalogue::open(t.path, {Catalogue::Access::ReadOnly, true}, &readOnlyError);
    REQUIRE(viewer);
    CHECK(viewer->isReadOnly());
    CHECK(MeasureQuery(*viewer).total() == 5);

    t.close(); // the editor window closes: editing is possible again
    CatalogueError again;
    CHECK(Catalogue::open(t.path, {}, &again));
}

TEST_CASE("a lock left behind by a crashed process does not block the catalogue")
{
    TempCatalogue t;
    t.close();
    const QFileInfo info(t.path);
    // QLockFile's format: pid, application name, host name. No process has this pid.
    writeBytes(info.absoluteDir().filePath(QStringLiteral(".%1.lock").arg(info.fileName())),
               "2147480000\nmeasures\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    CatalogueError error;
    CHECK(Catalogue::open(t.path, {}, &error));
    INFO(error.message().toStdString());
}

TEST_CASE("a catalogue opened read-only refuses changes with a clear message and stays unchanged")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    t.reopen(Catalogue::Access::ReadOnly);
    t.close();
    const QByteArray before = sha256(t.path);
    t.reopen(Catalogue::Access::ReadOnly);
    REQUIRE(t.catalogue->isReadOnly());
    CatalogueAccess repository(*t.catalogue);
    Measure m = completeMeasure();
    const auto result = repository.save(m, t.vocabulary());
    CHECK_FALSE(result.saved);
    CHECK(result.error.contains(QStringLiteral("read-only")));
    CHECK(m.id == 0);
    CHECK(repository.remove({1}).contains(QStringLiteral("read-only")));
    t.close();
    CHECK(sha256(t.path) == before);
}

TEST_CASE("an older catalogue is upgraded step by step after a checked backup copy, keeping its measures")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2019 report.measures"));
    {
        QString error;
        auto db = SqliteConnection::open(path, SqliteConnection::Access::ReadWriteCreate, 1000, &error);
        REQUIRE(db);
        db->execute("PRAGMA journal_mode = WAL");
        REQUIRE(Migrations::migrate(*db, 1).isEmpty()); // the file as the first release wrote it
        REQUIRE(db->execute("INSERT INTO measure (uuid, title, title_key, created_at, updated_at) VALUES "
                            "('6a1e0c1e-4d7e-4c55-9a57-3c1f1b7c0a11', 'Ley del Libro y la Lectura', "
                            "'ley del libro y la lectura', '2019-05-01T10:00:00Z', '2019-05-01T10:00:00Z')",
                            &error));
        REQUIRE(Migrations::currentVersion(*db) == 1);
    }
    const QByteArray original = sha256(path);

    CatalogueError error;
    auto catalogue = Catalogue::open(path, {}, &error);
    INFO(error.message().toStdString());
    REQUIRE(catalogue);
    CHECK(catalogue->schemaVersion() == Migrations::latestVersion());
    MeasureFilter filter;
    filter.search = QStringLiteral("lectura");
    CHECK(MeasureQuery(*catalogue).count(filter) == 1); // the search index was built for old rows

    const QString backup = catalogue->migrationBackupPath();
    REQUIRE_FALSE(backup.isEmpty());
    CHECK(QFileInfo(backup).absolutePath() == Backups::folderFor(path));
    int backupVersion = 0;
    CHECK_FALSE(Catalogue::probe(backup, true, &backupVersion).isError());
    CHECK(backupVersion == 1);
    catalogue.reset();
    CHECK(sha256(path) != original);
}

TEST_CASE("upgrading a catalogue corrects country names from iso-codes: Algeria reads Argelia in Spanish")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2023.measures"));
    {
        QString error;
        auto db = SqliteConnection::open(path, SqliteConnection::Access::ReadWriteCreate, 1000, &error);
        REQUIRE(db);
        REQUIRE(Migrations::migrate(*db, 4).isEmpty());
        // As format-4 catalogues were written: iso-codes 4.15 leaves Algeria's Spanish name in English.
        REQUIRE(db->execute("UPDATE term SET label_es = 'Algeria' WHERE kind = 'country' AND code = 'DZA'", &error));
        REQUIRE(db->execute("INSERT INTO measure (uuid, title, title_key, country, created_at, updated_at) VALUES "
                            "('0b6c8f0e-6a53-4c1f-9d0e-2f7d3c1e9a10', 'Festival Panafricano', 'festival panafricano', 'DZA', "
                            "'2023-05-01T10:00:00Z', '2023-05-01T10:00:00Z')",
                            &error));
    }
    CatalogueError error;
    auto catalogue = Catalogue::open(path, {}, &error);
    INFO(error.message().toStdString());
    REQUIRE(catalogue);
    CHECK(catalogue->schemaVersion() == Migrations::latestVersion());
    const Vocabulary vocabulary = VocabularyQuery::load(*catalogue);
    CHECK(vocabulary.label(VocabularyKind::Country, QStringLiteral("DZA"), Language::byCode(u"es")) == u"Argelia");
    CHECK(vocabulary.label(VocabularyKind::Country, QStringLiteral("DZA"), Language::English) == u"Algeria");
    CHECK(vocabulary.label(VocabularyKind::Country, QStringLiteral("PER"), Language::byCode(u"es")) == u"Perú");
    CHECK(MeasureQuery(*catalogue).total() == 1);
    CHECK(MeasureQuery(*catalogue).loadByUuid(QStringLiteral("0b6c8f0e-6a53-4c1f-9d0e-2f7d3c1e9a10"))->country == u"DZA");
}

TEST_CASE("opening a catalogue made with older country names spells Túnez and Burkina Faso right, and names the Koreas as the English list does")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2025.measures"));
    {
        QString error;
        auto db = SqliteConnection::open(path, SqliteConnection::Access::ReadWriteCreate, 1000, &error);
        REQUIRE(db);
        REQUIRE(Migrations::migrate(*db).isEmpty());
        // As catalogues of the current format were written, from iso-codes' Spanish names.
        REQUIRE(db->execute("UPDATE term SET label_es = 'Tunez' WHERE kind = 'country' AND code = 'TUN'; "
                            "UPDATE term SET label_es = 'Burquina Faso' WHERE kind = 'country' AND code = 'BFA'; "
                            "UPDATE term SET label_es = 'Corea, República de' WHERE kind = 'country' AND code = 'KOR'",
                            &error));
    }
    CatalogueError error;
    auto catalogue = Catalogue::open(path, {}, &error);
    REQUIRE(catalogue);
    CHECK(catalogue->schemaVersion() == Migrations::latestVersion()); // labels only: not a new format
    CHECK(catalogue->changesSinceOpen() == 0); // and not counted as the analyst's change
    const Vocabulary vocabulary = VocabularyQuery::load(*catalogue);
    CHECK(vocabulary.label(VocabularyKind::Country, QStringLiteral("TUN"), Language::byCode(u"es")) == u"Túnez");
    CHECK(vocabulary.label(VocabularyKind::Country, QStringLiteral("BFA"), Language::byCode(u"es")) == u"Burkina Faso");
    CHECK(vocabulary.label(VocabularyKind::Country, QStringLiteral("KOR"), Language::byCode(u"es")) == u"Corea del Sur");
    CHECK(vocabulary.label(VocabularyKind::Country, QStringLiteral("PRK"), Language::byCode(u"es")) == u"Corea del Norte");
}

TEST_CASE("a backup copy is a checked snapshot and never replaces a file")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    const QString target = t.file(QStringLiteral("copy.measures"));
    CHECK(t.catalogue->backupTo(target).isEmpty());
    CatalogueError error;
    auto copy = Catalogue::open(target, {Catalogue::Access::ReadOnly, true}, &error);
    REQUIRE(copy);
    CHECK(MeasureQuery(*copy).total() == 5);
    copy.reset();
    const QByteArray before = sha256(target);
    CHECK(t.catalogue->backupTo(target).contains(QStringLiteral("already exists")));
    CHECK(t.catalogue->backupTo(t.path).contains(QStringLiteral("cannot replace")));
    CHECK(sha256(target) == before);
}

TEST_CASE("a catalogue opened read-only can still be copied with Back Up")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    t.reopen(Catalogue::Access::ReadOnly);
    const QString target = t.file(QStringLiteral("copy.measures"));
    CHECK(t.catalogue->backupTo(target).isEmpty());
    CHECK_FALSE(Catalogue::probe(target, true).isError());
    Measure m = completeMeasure();
    CHECK_FALSE(CatalogueAccess(*t.catalogue).save(m, t.vocabulary()).saved); // still read-only afterwards
}

TEST_CASE("automatic backups are rotated, keeping the newest")
{
    TempCatalogue t;
    QDateTime when(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < 5; ++i)
        REQUIRE(t.catalogue->backupTo(Backups::snapshotPath(t.path, true, when.addDays(i))).isEmpty());
    REQUIRE(t.catalogue->backupTo(Backups::snapshotPath(t.path, false, when)).isEmpty()); // a manual copy
    CHECK(Backups::automaticBackups(t.path).size() == 5);
    CHECK(Backups::rotate(t.path, 3) == 2);
    const QStringList kept = Backups::automaticBackups(t.path);
    REQUIRE(kept.size() == 3);
    CHECK(kept.first().contains(QStringLiteral("20260105")));
    CHECK(QDir(Backups::folderFor(t.path)).entryList(QDir::Files).size() == 4); // manual copy kept
}

TEST_CASE("copies made before merges and imports say what they were made before, and each kind made without asking is rotated")
{
    TempCatalogue t;
    QDateTime when(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < 3; ++i) {
        REQUIRE(t.catalogue->backupTo(Backups::stepPath(t.path, Backups::Kind::BeforeMerge, QStringLiteral("/home/ana/ana.measures"),
                                                        when.addDays(i)))
                    .isEmpty());
        REQUIRE(t.catalogue->backupTo(Backups::stepPath(t.path, Backups::Kind::BeforeImport, QStringLiteral("hoja 2025.csv"), when.addDays(i)))
                    .isEmpty());
        REQUIRE(t.catalogue->backupTo(Backups::snapshotPath(t.path, true, when.addDays(i))).isEmpty());
        REQUIRE(t.catalogue->backupTo(Backups::snapshotPath(t.path, false, when.addDays(i))).isEmpty()); // made with Back Up
    }
    QStringList merges, imports;
    for (const QString &copy : Backups::all(t.path)) {
        if (Backups::kindOf(t.path, copy) == Backups::Kind::BeforeMerge)
            merges << Backups::sourceOf(t.path, copy);
        if (Backups::kindOf(t.path, copy) == Backups::Kind::BeforeImport)
            imports << Backups::sourceOf(t.path, copy);
    }
    CHECK(merges == QStringList(3, QStringLiteral("ana")));
    CHECK(imports == QStringList(3, QStringLiteral("hoja 2025")));
    CHECK(Backups::rotate(t.path, 2) == 3); // one of each kind made without asking
    int kept[int(Backups::Kind::Unknown) + 1] = {};
    for (const QString &copy : Backups::all(t.path))
        ++kept[int(Backups::kindOf(t.path, copy))];
    CHECK(kept[int(Backups::Kind::BeforeMerge)] == 2);
    CHECK(kept[int(Backups::Kind::BeforeImport)] == 2);
    CHECK(kept[int(Backups::Kind::Automatic)] == 2);
    CHECK(kept[int(Backups::Kind::OnRequest)] == 3); // the analyst's own copies stay
    for (const QString &copy : Backups::all(t.path))
        if (Backups::kindOf(t.path, copy) == Backups::Kind::BeforeMerge)
            CHECK_FALSE(copy.contains(QStringLiteral("20260101"))); // the oldest went
}

TEST_CASE("catalogues on network drives are recognised so that the window can warn")
{
    for (const char *type : {"nfs", "nfs4", "cifs", "smb3", "fuse.sshfs", "9p", "CIFS"})
        CHECK(NetworkDrive::isNetworkFileSystem(QString::fromLatin1(type)));
    for (const char *type : {"ext4", "xfs", "btrfs", "tmpfs", "overlay", "vfat", "ntfs3", ""})
        CHECK_FALSE(NetworkDrive::isNetworkFileSystem(QString::fromLatin1(type)));
    TempCatalogue t;
    CHECK(t.catalogue->networkDriveWarning().isEmpty()); // the test folder is local
}

TEST_CASE("a catalogue whose file was deleted or moved while open refuses changes, and Back Up rescues what is open")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    CatalogueAccess repository(*t.catalogue);
    const QString moved = t.file(QStringLiteral("moved elsewhere.measures"));
    REQUIRE(QFile::rename(t.path, moved));
    CHECK_FALSE(t.catalogue->isFileStillThere());
    Measure m = completeMeasure();
    const auto result = repository.save(m, t.vocabulary());
    CHECK_FALSE(result.saved);
    CHECK(result.error.contains(QStringLiteral("moved, renamed or deleted")));
    CHECK(result.error.contains(QStringLiteral("File ▸ Save a Copy"))); // the window's words: this process is no command line
    CHECK(repository.remove({1}).contains(QStringLiteral("moved, renamed or deleted")));

    const QString rescue = t.file(QStringLiteral("rescued.measures"));
    CHECK(t.catalogue->backupTo(rescue).isEmpty());
    CatalogueError error;
    auto rescued = Catalogue::open(rescue, {Catalogue::Access::ReadOnly, true}, &error);
    REQUIRE(rescued);
    CHECK(MeasureQuery(*rescued).total() == 5);

    QFile::remove(moved);
    writeBytes(t.path, readAll(rescue)); // a different file now has the old name
    CHECK_FALSE(t.catalogue->isFileStillThere());
}

TEST_CASE("a full disk refuses the save with a message that says what to do, and nothing half-written remains")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    const qint64 pages = sqlInt(*t.catalogue, QStringLiteral("PRAGMA page_count"));
    sqlRun(*t.catalogue, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)); // no room to grow
    CatalogueAccess repository(*t.catalogue);
    Measure big = completeMeasure();
    big.mainFeatures = QString(60000, u'x');
    const auto result = repository.save(big, t.vocabulary());
    CHECK_FALSE(result.saved);
    CHECK(result.error.contains(QStringLiteral("The disk is full")));
    CHECK(result.error.contains(QStringLiteral("Free some space and try again")));
    CHECK(big.id == 0);
    CHECK(MeasureQuery(*t.catalogue).total() == 5);
}

TEST_CASE("once the disk has room again, the same open catalogue saves again")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    const Vocabulary vocabulary = t.vocabulary();
    MeasureStore store(*t.catalogue, vocabulary); // kept open, as the window keeps it
    const qint64 pages = sqlInt(*t.catalogue, QStringLiteral("PRAGMA page_count"));
    sqlRun(*t.catalogue, QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
    Measure big = completeMeasure();
    big.mainFeatures = QString(60000, u'x');
    const auto full = store.save(big, Language::English);
    REQUIRE_FALSE(full.saved);
    CHECK(full.error.contains(QStringLiteral("The disk is full")));

    sqlRun(*t.catalogue, QStringLiteral("PRAGMA max_page_count = 1073741823")); // space was freed
    const auto again = store.save(big, Language::English);
    INFO(again.error.toStdString());
    CHECK(again.saved);
    CHECK(MeasureQuery(*t.catalogue).total() == 6);
}

TEST_CASE("a lock caught between its creation and its owner's name being written still names its owner")
{
    TempCatalogue t;
    const QString lockPath = EditLock::lockPathFor(t.path);
    QFile::remove(lockPath);
    {
        QFile empty(lockPath); // the owner has created the file and not yet written who it is
        REQUIRE(empty.open(QIODevice::WriteOnly));
    }
    std::atomic<bool> locked{false}, released{false};
    std::thread owner([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(80));
        QFile::remove(lockPath);
        QLockFile lock(lockPath);
        lock.setStaleLockTime(0);
        locked = lock.tryLock(0);
        while (!released)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    });
    const QString description = EditLock(t.path).ownerDescription();
    released = true;
    owner.join();
    REQUIRE(locked);
    CHECK_FALSE(description.contains(QStringLiteral("owner unknown")));
    CHECK(description.contains(QString::number(QCoreApplication::applicationPid())));
}
