// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 4180 details that decide whether Excel and LibreOffice open our files cleanly.
#include "testsupport.h"

#include "csv/csvformat.h"
#include "csv/csvreader.h"

#include <QBuffer>

namespace {

QByteArray field(const char *value, char delimiter = ',', bool guard = true)
{
    QByteArray out;
    Csv::appendField(out, QByteArrayView(value), delimiter, guard);
    return out;
}

QList<QStringList> readAllRecords(const QByteArray &bytes, std::optional<CsvReader::Problem> *problem = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, Language::English, 64);
    QList<QStringList> records;
    QStringList fields;
    while (reader.next(fields))
        records << fields;
    if (problem)
        *problem = reader.problem();
    return records;
}

} // namespace

TEST_CASE("fields are quoted only when they hold a delimiter, a quote or a line break")
{
    CHECK(field("Fondo") == "Fondo");
    CHECK(field("Lima, Cusco") == "\"Lima, Cusco\"");
    CHECK(field("Lima; Cusco") == "Lima; Cusco");
    CHECK(field("Lima; Cusco", ';') == "\"Lima; Cusco\"");
    CHECK(field("a\tb", '\t') == "\"a\tb\"");
    CHECK(field("El \"Conecta\"") == "\"El \"\"Conecta\"\"\"");
    CHECK(field("line one\nline two") == "\"line one\nline two\"");
    CHECK(field("line one\r\nline two") == "\"line one\r\nline two\"");
    CHECK(field(" padded ") == "\" padded \"");
    CHECK(field("") == "");
}

TEST_CASE("the formula guard stops a spreadsheet from running text as a formula")
{
    CHECK(field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
    CHECK(field("+51 1 123") == "'+51 1 123");
    CHECK(field("-10%") == "'-10%");
    CHECK(field("@SUM(A1)") == "'@SUM(A1)");
    CHECK(field("\tcmd") == "'\tcmd");
    CHECK(field("'=already") == "''=already");
    CHECK(field("'quoted'") == "'quoted'");
    CHECK(field("=1+1", ',', false) == "=1+1");
    for (const char *original : {"=1+1", "+x", "-", "@a", "'=b", "''", "'x", "plain", "'"}) {
        INFO(original);
        QByteArray guarded;
        Csv::appendField(guarded, QByteArrayView(original), ';', true);
        const QList<QStringList> back = readAllRecords(guarded + "\r\n");
        REQUIRE(back.size() == 1);
        CHECK(Csv::removeFormulaGuard(back[0][0]) == QString::fromUtf8(original));
    }
}

TEST_CASE("the reader accepts what the writer writes: BOM, CRLF, quotes, line breaks, any delimiter")
{
    const QByteArray bytes = QByteArray(Csv::kUtf8Bom) + "title;country\r\n\"Música; \"\"en vivo\"\"\nsegunda línea\";PER\r\n\r\nFondo;\r\n";
    std::optional<CsvReader::Problem> problem;
    const QList<QStringList> records = readAllRecords(bytes, &problem);
    CHECK_FALSE(problem);
    REQUIRE(records.size() == 3);
    CHECK(records[0] == (QStringList{QStringLiteral("title"), QStringLiteral("country")}));
    CHECK(records[1][0] == u"Música; \"en vivo\"\nsegunda línea");
    CHECK(records[2] == (QStringList{QStringLiteral("Fondo"), QString()}));
    CHECK(readAllRecords("a\tb\nc\td\n").value(1) == (QStringList{QStringLiteral("c"), QStringLiteral("d")}));
}

TEST_CASE("the reader stops at broken input and says where")
{
    std::optional<CsvReader::Problem> problem;
    SECTION("a quote that never closes")
    {
        readAllRecords("title\n\"open\nstill open\n", &problem);
        REQUIRE(problem);
        CHECK(problem->message.contains(QStringLiteral("line 2")));
    }
    SECTION("text after a closing quote")
    {
        readAllRecords("a,b\n\"x\"y,z\n", &problem);
        REQUIRE(problem);
        CHECK(problem->line == 2);
        CHECK(problem->column == 1);
    }
    SECTION("a stray quote inside a field")
    {
        readAllRecords("a,b\nok,5\"\n", &problem);
        REQUIRE(problem);
        CHECK(problem->column == 2);
    }
    SECTION("a NUL byte")
    {
        readAllRecords(QByteArray("a,b\nx,y\0z\n", 10), &problem);
        REQUIRE(problem);
        CHECK(problem->message.contains(QStringLiteral("NUL")));
    }
    SECTION("text that is not UTF-8")
    {
        readAllRecords("title\nM\xfasica\n", &problem);
        REQUIRE(problem);
        CHECK(problem->line == 2);
        CHECK(problem->message.contains(QStringLiteral("UTF-8")));
    }
    SECTION("UTF-16")
    {
        readAllRecords("\xff\xfet\0i\0", &problem);
        REQUIRE(problem);
        CHECK(problem->message.contains(QStringLiteral("UTF-16")));
    }
    SECTION("a field over the size limit")
    {
        readAllRecords("title\n" + QByteArray(100, 'x') + "\n", &problem);
        REQUIRE(problem);
        CHECK(problem->message.contains(QStringLiteral("larger than")));
    }
}

TEST_CASE("a reading of one column decodes only it, and stops where a full reading stops")
{
    const auto read = [](const QByteArray &bytes, int only, std::optional<CsvReader::Problem> *problem) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, Language::English);
        if (only)
            reader.decodeOnly(only);
        QList<QStringList> records;
        QStringList fields;
        while (reader.next(fields))
            records << fields;
        *problem = reader.problem();
        return records;
    };
    std::optional<CsvReader::Problem> full, one;
    const QByteArray good = "a,b,c\r\nMúsica,\"1,5\",x\r\nDanza,2,\"y\r\nz\"\r\n";
    const QList<QStringList> records = read(good, 2, &one);
    CHECK_FALSE(one);
    REQUIRE(records.size() == 3);
    CHECK(records.at(1) == QStringList({QString(), QStringLiteral("1,5"), QString()}));
    CHECK(records.at(2) == QStringList({QString(), QStringLiteral("2"), QString()}));
    for (const QByteArray &broken : {QByteArray("a,b,c\r\nok,1,x\r\nok,2,\xC3(\r\nok,3,z\r\n"), QByteArray("a,b\r\n\xED\xA0\x80,1\r\n"),
                                     QByteArray("a,b\r\nx,\xF4\x90\x80\x80\r\n")}) {
        CHECK(read(broken, 2, &one).size() == read(broken, 0, &full).size());
        REQUIRE(full);
        REQUIRE(one);
        CHECK(one->line == full->line);
        CHECK(one->column == full->column);
        CHECK(one->notUtf8 == full->notUtf8);
        CHECK(one->message == full->message);
    }
}
