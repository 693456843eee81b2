// SPDX-License-Identifier: GPL-3.0-or-later
// A full or failing disk is said as such, in the interface's language: never "damaged, restore a
// backup" (which would throw away the work since that backup), never SQLite's English.
#include "uisupport.h"

#include "catalogue/catalogueprobe.h"
#include "catalogue/sqlitetext.h"
#include "session/uilanguage.h"
#include "store/measurestore.h"

#include <sqlite3.h>

namespace {

struct InSpanish {
    InSpanish() { UiLanguage::instance().set(Language::byCode(u"es")); }
    ~InSpanish() { UiLanguage::instance().set(Language::English); }
};

// SQLite's own words for these failures, and ours in English: none may reach a Spanish message.
void checkNoEnglish(const QString &message)
{
    INFO(message.toStdString());
    for (const char *english : {"disk", "database", "full", "I/O", "malformed", "damaged", "Restore"})
        CHECK_FALSE(message.contains(QLatin1String(english), Qt::CaseInsensitive));
}

} // namespace

TEST_CASE("a catalogue on a full or failing drive is said to be on a full or failing drive, in Spanish, never damaged")
{
    InSpanish spanish;
    const QString path = QStringLiteral("/tmp/cultura.measures");
    const CatalogueError full = CatalogueProbe::fromSqlite(SQLITE_FULL, path, SqliteText::of(SQLITE_FULL, QStringLiteral("database or disk is full")));
    CHECK(full.kind == CatalogueError::Kind::DiskFull);
    CHECK(full.message().contains(QStringLiteral("No queda espacio libre")));
    checkNoEnglish(full.message());
    CHECK_FALSE(full.message().contains(QStringLiteral("dañado")));
    CHECK_FALSE(full.message().contains(QStringLiteral("Restaure")));

    for (const int code : {SQLITE_IOERR_READ, SQLITE_IOERR_SHORT_READ, SQLITE_IOERR_FSYNC, SQLITE_IOERR_WRITE}) {
        const CatalogueError failing = CatalogueProbe::fromSqlite(code, path, SqliteText::of(code, QStringLiteral("disk I/O error")));
        CHECK(failing.kind == CatalogueError::Kind::DiskError);
        CHECK(failing.message().contains(QStringLiteral("no consta que esté dañado")));
        checkNoEnglish(failing.message().remove(QStringLiteral("no consta que esté dañado")));
        CHECK_FALSE(failing.message().contains(QStringLiteral("Restaure")));
    }
    // Damage is still said when it is damage.
    CHECK(CatalogueProbe::fromSqlite(SQLITE_CORRUPT, path, {}).kind == CatalogueError::Kind::Corrupt);
}

TEST_CASE("a save on a full disk says so in Spanish, without SQLite's English")
{
    InSpanish spanish;
    TempCatalogue t(TempCatalogue::Content::Sample);
    const qint64 pages = sqlInt(*t.catalogue, QStringLiteral("PRAGMA page_count"));
    sqlRun(*t.catalogue, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)); // no room to grow
    const Vocabulary vocabulary = t.vocabulary();
    Measure big = completeMeasure();
    big.mainFeatures = QString(60000, u'x');
    const MeasureStore::SaveResult result = MeasureStore(*t.catalogue, vocabulary).save(big, Language::byCode(u"es"));
    REQUIRE_FALSE(result.saved);
    CHECK(result.error.contains(QStringLiteral("disco está lleno"), Qt::CaseInsensitive));
    checkNoEnglish(QString(result.error).remove(QStringLiteral("disco está lleno"), Qt::CaseInsensitive));
}
