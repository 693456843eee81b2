// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "catalogue/sqliteconnection.h"
#include "catalogue/sqlitestatement.h"
#include "sample/samplecatalogue.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <sqlite3.h>
#include <unistd.h>

std::ostream &operator<<(std::ostream &os, const QString &value) { return os << '"' << value.toStdString() << '"'; }
std::ostream &operator<<(std::ostream &os, const QStringList &value)
{
    return os << '[' << value.join(QStringLiteral(" | ")).toStdString() << ']';
}
std::ostream &operator<<(std::ostream &os, const QByteArray &value) { return os << '"' << value.toStdString() << '"'; }

TempCatalogue::TempCatalogue(Content content, const QString &name)
{
    REQUIRE(dir.isValid());
    path = dir.filePath(name);
    CatalogueError error;
    catalogue = content == Content::Sample ? SampleCatalogue::create(path, &error) : Catalogue::create(path, &error);
    INFO(error.message().toStdString());
    REQUIRE(catalogue);
}

void TempCatalogue::reopen(Catalogue::Access access)
{
    catalogue.reset();
    CatalogueError error;
    catalogue = Catalogue::open(path, {access, true}, &error);
    INFO(error.message().toStdString());
    REQUIRE(catalogue);
}

CsvOptions keysAndCodes()
{
    CsvOptions options = CsvOptions::standard(Language::English);
    options.header = CsvOptions::Header::Keys;
    options.codes = true;
    return options;
}

CsvImporter::Plan importFile(const Catalogue &catalogue, const QString &path, bool dryRun, const QString &displayName)
{
    return CsvImporter::run(catalogue, VocabularyQuery::load(catalogue), path, dryRun, Language::English, displayName);
}

qint64 sqlInt(const Catalogue &catalogue, const QString &sql)
{
    SqliteStatement statement(catalogue.connection(), sql);
    INFO(sql.toStdString() << ": " << statement.errorMessage().toStdString());
    REQUIRE(statement.step());
    return statement.int64(0);
}

void sqlRun(const Catalogue &catalogue, const QString &sql)
{
    QString error;
    INFO(sql.toStdString());
    REQUIRE(catalogue.connection().execute(sql.toUtf8().constData(), &error));
}

void rawSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    INFO(sql << ": " << (message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

qint64 rawInt(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    const qint64 value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

Measure completeMeasure()
{
    Measure m;
    m.title = QStringLiteral("Programa Nacional de Música en Acción");
    m.country = QStringLiteral("PER");
    m.reportYear = 2020;
    m.responsibleAgencies = QStringLiteral("Ministerio de Cultura; Ministerio de Educación");
    m.keyObjectives = QStringLiteral("Fortalecer la formación musical de niñas, niños y jóvenes.");
    m.mainFeatures = QStringLiteral("Orquestas juveniles en 12 regiones.\nBecas de movilidad.");
    m.scopes = {QStringLiteral("national"), QStringLiteral("local")};
    m.natures = {QStringLiteral("financial")};
    m.expectedResults = QStringLiteral("Más de 3.000 jóvenes formados.");
    m.resultsAchieved = QStringLiteral("2.450 participantes en 2019, \"muy buena\" acogida.");
    m.fundingText = QStringLiteral("PEN 150 000 (aprox. USD 45,000.75)");
    m.fundingUsdCents = 4500075;
    m.evaluated = QStringLiteral("yes");
    m.evaluationConclusions = QStringLiteral("Ampliar la cobertura rural.");
    m.goals = {QStringLiteral("1"), QStringLiteral("2")};
    m.monitoringAreas = {QStringLiteral("cultural_creative_sectors"), QStringLiteral("mobility")};
    m.domains = {QStringLiteral("music"), QStringLiteral("performing_arts")};
    m.partners = {{QStringLiteral("Sinfonía por el Perú"), QStringLiteral("civil_society")},
                  {QStringLiteral("Banco de Crédito"), QStringLiteral("private_sector")}};
    m.website = QStringLiteral("https://www.cultura.gob.pe/musica");
    m.context = QStringLiteral("Tras la pandemia, los elencos regionales perdieron público.");
    m.valueChain = {QStringLiteral("creation"), QStringLiteral("participation")};
    m.targetsArticle7 = QStringLiteral("yes");
    m.targetedGroups = QStringLiteral("Jóvenes; pueblos indígenas");
    m.targetsYoungPeople = QStringLiteral("yes");
    m.ifcdFunding = QStringLiteral("no");
    m.reasonConvention = QStringLiteral("yes");
    m.reasonPolicyDiscussion = QStringLiteral("no");
    m.reasonOther = QStringLiteral("unknown");
    m.innovative = QStringLiteral("yes");
    m.evaluationLevel = QStringLiteral("Nacional");
    m.evaluationIndicators = QStringLiteral("Número de participantes;\nalcance territorial");
    m.sdgs = QStringLiteral("SDG 4, SDG 8");
    m.specialCategories = QStringLiteral("Youth");
    m.platformTitle = QStringLiteral("Música en Acción, Perú");
    m.platformMeasureId = QStringLiteral("5012");
    m.platformReportId = QStringLiteral("388");
    m.platformUrl = QStringLiteral("https://www.unesco.org/creativity/en/policy-monitoring-platform/musica-en-accion");
    m.platformCanonicalUrl = QStringLiteral("https://www.unesco.org/creativity/en/node/5012");
    m.keptAsWritten = QStringLiteral("Cultural Domains: Música urbana");
    m.status = QStringLiteral("ready");
    return m;
}

namespace {

int run(const QString &program, const QStringList &arguments, QString *out, QString *err, QByteArray *rawOut)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8")); // English unless --lang says otherwise
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(120000));
    const QByteArray stdoutBytes = process.readAllStandardOutput();
    if (rawOut)
        *rawOut = stdoutBytes;
    if (out)
        *out = QString::fromUtf8(stdoutBytes);
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

int runCli(const QStringList &arguments, QString *out, QString *err, QByteArray *rawOut)
{
    return run(QStringLiteral(MEASURES_CLI), arguments, out, err, rawOut);
}

int runCliUnprivileged(const QStringList &arguments, QString *out, QString *err)
{
    if (::geteuid() != 0)
        return runCli(arguments, out, err);
    return run(QStringLiteral("setpriv"),
               QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                           QStringLiteral(MEASURES_CLI)} + arguments,
               out, err, nullptr);
}
