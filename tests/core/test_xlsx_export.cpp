// SPDX-License-Identifier: GPL-3.0-or-later
// The view as an Excel workbook, read back cell by cell: what the CSV export writes, with numbers
// as numbers and texts as strings (never formulas).
#include "testsupport.h"

#include "csv/csvreader.h"
#include "xlsx/xlsxexporter.h"

#include <QBuffer>

#include <QFile>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <cmath>
#include <sys/stat.h>

namespace {

struct Cell {
    QString type; // "n" (number), "inlineStr" or "s" (string), empty: a number too
    QString value;
    bool formula = false;
};

QByteArray part(const QString &xlsx, const QString &name)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, name});
    REQUIRE(unzip.waitForFinished(30000));
    REQUIRE(unzip.exitCode() == 0);
    return unzip.readAllStandardOutput();
}

// Cells by reference ("B2") of one worksheet.
QHash<QString, Cell> cellsOf(const QByteArray &sheet)
{
    QHash<QString, Cell> cells;
    QXmlStreamReader xml(sheet);
    QString at;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"c") {
            at = xml.attributes().value(QStringLiteral("r")).toString();
            cells[at].type = xml.attributes().value(QStringLiteral("t")).toString();
        } else if (xml.name() == u"f") {
            cells[at].formula = true;
        } else if (xml.name() == u"v" || xml.name() == u"t") {
            cells[at].value += xml.readElementText();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    // As Excel reads a text: "_xHHHH_" is the character HHHH.
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    for (Cell &cell : cells) {
        QString text;
        qsizetype from = 0;
        for (auto it = escape.globalMatch(cell.value); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            text += cell.value.mid(from, match.capturedStart() - from) + QChar(match.captured(1).toUShort(nullptr, 16));
            from = match.capturedEnd();
        }
        cell.value = text + cell.value.mid(from);
    }
    return cells;
}

// Spreadsheet column letters: A..Z, AA..AZ, ...
QString column(int index)
{
    QString letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

} // namespace

TEST_CASE("the view exported as an Excel workbook holds every cell the CSV has, years and amounts as numbers")
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        FAIL("unzip is needed to read the workbook back (./dev.sh installs it)");
    TempCatalogue t(TempCatalogue::Content::Sample);
    CatalogueAccess access(*t.catalogue);
    Measure tricky = *access.load(access.ids().first());
    tricky.keyObjectives = QStringLiteral("=HYPERLINK(\"http://example.org\") must stay text");
    tricky.mainFeatures = QStringLiteral("Literally _x0041_ and _X00e9_, not A and é");
    tricky.fundingUsdCents = 1'178'250;
    tricky.reportYear = 2024;
    REQUIRE(access.save(tricky).saved);

    MeasureFilter filter;
    MeasureSort sort;
    CsvOptions options = CsvOptions::standard(Language::byCode(u"es"));
    const QString path = t.file(QStringLiteral("vista.xlsx"));
    const auto result = XlsxExporter(*t.catalogue, t.vocabulary(), Language::byCode(u"es")).writeFile(path, filter, sort, options);
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
    CHECK(result.rows == 5);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".partial")));

    // The same measures, in the same order and columns, as the CSV export writes them.
    options.formulaGuard = false;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(CsvExporter(*t.catalogue, t.vocabulary(), Language::byCode(u"es")).write(buffer, filter, sort, options).ok);
    QFile csvFile(t.file(QStringLiteral("vista.csv")));
    REQUIRE(csvFile.open(QIODevice::WriteOnly));
    csvFile.write(buffer.data());
    csvFile.close();
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    CsvReader reader(&csvFile, Language::byCode(u"es"));
    QList<QStringList> csv;
    QStringList record;
    while (reader.next(record))
        csv << record;
    REQUIRE(csv.size() == 6);

    const QHash<QString, Cell> cells = cellsOf(part(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    const QList<MeasureField> columns = options.effectiveColumns();
    int tested = 0;
    for (int row = 0; row < csv.size(); ++row) {
        for (int c = 0; c < columns.size(); ++c) {
            const QString ref = column(c) + QString::number(row + 1);
            const Cell cell = cells.value(ref);
            INFO(ref.toStdString() + " " + MeasureFields::key(columns[c]).toStdString());
            CHECK_FALSE(cell.formula);
            const QString expected = csv[row].value(c);
            if (row > 0 && MeasureFields::type(columns[c]) == MeasureFields::Type::Timestamp) {
                // An Excel date (days since 1899-12-30), the same instant as the CSV's UTC text.
                CHECK((cell.type.isEmpty() || cell.type == u"n"));
                const QDateTime at = QDateTime::fromString(expected, Qt::ISODate).toUTC();
                const QDateTime epoch(QDate(1899, 12, 30), QTime(0, 0), Qt::UTC);
                CHECK(std::abs(cell.value.toDouble() - double(epoch.secsTo(at)) / 86400.0) < 1e-6);
            } else if (row > 0 && (columns[c] == MeasureField::ReportYear || columns[c] == MeasureField::FundingUsd)) {
                CHECK((cell.type.isEmpty() || cell.type == u"n")); // a number Excel can sum
                CHECK(expected.isEmpty() == cell.value.isEmpty());
                if (!expected.isEmpty())
                    CHECK(cell.value.toDouble() == QString(expected).replace(u',', u'.').toDouble());
            } else {
                CHECK(cell.value == expected);
                if (!expected.isEmpty())
                    CHECK((cell.type == u"inlineStr" || cell.type == u"s"));
            }
            ++tested;
        }
    }
    CHECK(tested == 6 * columns.size());

    const QByteArray sheet = part(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(sheet.contains("state=\"frozen\""));
    CHECK(sheet.contains("<autoFilter ref=\"A1:"));
    const QHash<QString, Cell> about = cellsOf(part(path, QStringLiteral("xl/worksheets/sheet2.xml")));
    CHECK(about.value(QStringLiteral("A1")).value == u"Catálogo");
    const mode_t mask = ::umask(0);
    ::umask(mask);
    CHECK(bool(QFile::permissions(path) & QFile::ReadOther) == !(mask & S_IROTH)); // as readable as any new file

    // The workbook speaks the language chosen for it, whatever the interface's.
    const QString english = t.file(QStringLiteral("window in English.xlsx"));
    REQUIRE(XlsxExporter(*t.catalogue, t.vocabulary(), Language::English).writeFile(english, filter, sort, CsvOptions::standard(Language::byCode(u"es"))).ok);
    const QHash<QString, Cell> aboutEs = cellsOf(part(english, QStringLiteral("xl/worksheets/sheet2.xml")));
    CHECK(aboutEs.value(QStringLiteral("A1")).value == u"Catálogo");
    CHECK(aboutEs.value(QStringLiteral("A4")).value == u"Ordenado por");
    CHECK(aboutEs.value(QStringLiteral("B4")).value == u"Título (ascendente)");
    // The filter in words: every part of it, "needs attention" included.
    MeasureFilter narrowed;
    narrowed.needsAttention = true;
    narrowed.countries = {QStringLiteral("MEX")};
    const QString described = t.file(QStringLiteral("narrowed.xlsx"));
    REQUIRE(XlsxExporter(*t.catalogue, t.vocabulary(), Language::English).writeFile(described, narrowed, sort, CsvOptions::standard(Language::English)).ok);
    QStringList aboutLines;
    for (const Cell &cell : cellsOf(part(described, QStringLiteral("xl/worksheets/sheet2.xml"))))
        aboutLines << cell.value;
    CHECK(aboutLines.contains(QStringLiteral("Needs attention")));
    CHECK(aboutLines.contains(QStringLiteral("Mexico")));
    CHECK(about.value(QStringLiteral("B1")).value == u"test.measures");
    CHECK(about.value(QStringLiteral("A3")).value == u"Horas");
    bool counted = false;
    for (auto it = about.cbegin(); it != about.cend(); ++it)
        if (it.value().value == u"Medidas") {
            const QString valueCell = QStringLiteral("B") + it.key().mid(1);
            CHECK(about.value(valueCell).value == u"5");
            CHECK((about.value(valueCell).type.isEmpty() || about.value(valueCell).type == u"n")); // a number
            counted = true;
        }
    CHECK(counted);
}

TEST_CASE("a text longer than an Excel cell holds is never cut: no workbook, and the message says to use CSV")
{
    // Excel counts UTF-16 units: 20,000 emoji are 40,000 of them, over the 32,767 a cell holds.
    const QString emoji = QString::fromUtf8("\xF0\x9F\x8E\xAD");
    for (const QString &text : {QString(40'000, u'x'), emoji.repeated(20'000)}) {
        TempCatalogue t(TempCatalogue::Content::Sample);
        CatalogueAccess access(*t.catalogue);
        Measure m = *access.load(access.ids().first());
        m.mainFeatures = text;
        REQUIRE(access.save(m).saved);
        const QString path = t.file(QStringLiteral("vista.xlsx"));
        const auto result = XlsxExporter(*t.catalogue, t.vocabulary(), Language::English).writeFile(path, {}, {}, CsvOptions::standard(Language::English));
        CHECK_FALSE(result.ok);
        CHECK(result.error.contains(QStringLiteral("CSV")));
        CHECK(result.error.contains(m.title));
        CHECK_FALSE(QFile::exists(path));
        CHECK(QDir(t.dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("xlsx")).isEmpty()); // nothing left behind
    }
}

TEST_CASE("a workbook replaces only the file it names: a link's target is written, a folder is refused, other files stay")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    const CsvOptions options = CsvOptions::standard(Language::English);
    const XlsxExporter exporter(*t.catalogue, t.vocabulary(), Language::English);
    const QString real = t.file(QStringLiteral("shared/real.xlsx"));
    REQUIRE(QDir().mkpath(QFileInfo(real).absolutePath()));
    writeBytes(real, "an older version");
    writeBytes(t.file(QStringLiteral("link.xlsx.partial")), "the analyst's own file");
    const QString link = t.file(QStringLiteral("link.xlsx"));
    REQUIRE(QFile::link(real, link));
    REQUIRE(exporter.writeFile(link, {}, {}, options).ok);
    CHECK(QFileInfo(link).isSymLink()); // the link still names the file...
    CHECK(readAll(real).startsWith("PK")); // ...which now holds the workbook
    CHECK(readAll(t.file(QStringLiteral("link.xlsx.partial"))) == "the analyst's own file");

    const QString folder = t.file(QStringLiteral("a folder.xlsx"));
    REQUIRE(QDir().mkpath(folder));
    const auto refused = exporter.writeFile(folder, {}, {}, options);
    CHECK_FALSE(refused.ok);
    CHECK(refused.error.contains(QStringLiteral("not a regular file")));
    CHECK(QFileInfo(folder).isDir());
}
