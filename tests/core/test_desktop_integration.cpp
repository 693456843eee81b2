// SPDX-License-Identifier: GPL-3.0-or-later
// What the installed package promises the desktop: a double-clicked catalogue is recognised by
// its content (SQLite's application id), and the Convention's terms are translated one way.
#include "testsupport.h"

#include "catalogue/sqliteconnection.h"
#include "catalogue/sqlitestatement.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>

namespace {

const QString kMimeXml = QStringLiteral(MEASURES_SOURCE_DIR "/packaging/org.measurescatalogue.MeasuresCatalogue.mime.xml");

// The MIME type another process sees for `file` (by content only) with our type installed in `dataDir`.
QString mimeTypeSeen(const QString &dataDir, const QString &file)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_DIRS"), dataDir);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataDir + QStringLiteral("/home"));
    environment.insert(QStringLiteral("MEASURES_MIME_OF"), file);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("[.mime-child]")});
    REQUIRE(child.waitForFinished(30000));
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    const qsizetype at = output.indexOf(QStringLiteral("MIME="));
    REQUIRE(at >= 0);
    return output.mid(at + 5).section(u'\n', 0, 0).trimmed();
}

} // namespace

TEST_CASE("a catalogue is recognised by its content as a Measures catalogue, whatever it is called")
{
    // As installed: our type beside the system's types in one database, built by shared-mime-info.
    // (Qt 6.4 lets the last database with a magic match win, so a database of ours alone, searched
    // before the system's, would not show what a desktop sees.)
    const QString updater = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    const QString system = QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml");
    if (updater.isEmpty() || !QFile::exists(system)) {
        WARN("shared-mime-info is not installed: skipped");
        return;
    }
    QTemporaryDir data;
    REQUIRE(QDir().mkpath(data.filePath(QStringLiteral("mime/packages"))));
    REQUIRE(QFile::copy(system, data.filePath(QStringLiteral("mime/packages/freedesktop.org.xml"))));
    REQUIRE(QFile::copy(kMimeXml, data.filePath(QStringLiteral("mime/packages/measures.xml"))));
    REQUIRE(QProcess::execute(updater, {data.filePath(QStringLiteral("mime"))}) == 0);

    TempCatalogue mine(TempCatalogue::Content::Sample, QStringLiteral("Informe 2024.db")); // renamed in an e-mail
    mine.close();
    CHECK(mimeTypeSeen(data.path(), mine.path) == u"application/x-measures-catalogue");

    // Another program's SQLite database is not taken for a catalogue.
    const QString other = data.filePath(QStringLiteral("other.measures.bak"));
    {
        QString error;
        auto db = SqliteConnection::open(other, SqliteConnection::Access::ReadWriteCreate, 1000, &error);
        REQUIRE(db);
        REQUIRE(db->execute("CREATE TABLE t (x); INSERT INTO t VALUES (1)", &error));
        REQUIRE(db->close(&error));
    }
    CHECK(mimeTypeSeen(data.path(), other) == u"application/vnd.sqlite3");
}

TEST_CASE("(run by the MIME test) prints the type of a file by its content", "[.mime-child]")
{
    const QMimeType type = QMimeDatabase().mimeTypeForFile(qEnvironmentVariable("MEASURES_MIME_OF"), QMimeDatabase::MatchContent);
    std::printf("MIME=%s\n", qPrintable(type.name()));
}

TEST_CASE("each language's phrase book translates the Convention's goals, areas and domains exactly as the catalogue does")
{
    TempCatalogue t;
    const Vocabulary vocabulary = t.vocabulary();
    for (const Language language : Language::all()) {
        if (language.isEnglish())
            continue; // the source language
        INFO(language.code().toStdString());
        QFile file(QStringLiteral(MEASURES_SOURCE_DIR "/translations/convention_%1.qph").arg(language.code()));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QHash<QString, QString> phrases;
        QXmlStreamReader xml(&file);
        QString source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"QPH")
                CHECK(xml.attributes().value(QStringLiteral("language")).toString().startsWith(language.code()));
            else if (xml.name() == u"source")
                source = xml.readElementText();
            else if (xml.name() == u"target")
                phrases.insert(source, xml.readElementText());
        }
        REQUIRE_FALSE(xml.hasError());
        int checked = 0;
        for (VocabularyKind kind : {VocabularyKind::ConventionGoal, VocabularyKind::MonitoringArea, VocabularyKind::CulturalDomain})
            for (const VocabularyTerm &term : vocabulary.terms(kind)) {
                INFO(term.labelEn.toStdString());
                REQUIRE(phrases.contains(term.labelEn));
                CHECK(phrases.value(term.labelEn) == term.labelIn(language));
                ++checked;
            }
        CHECK(checked == 4 + 11 + 8);
    }
}
