// SPDX-License-Identifier: GPL-3.0-or-later
// Exporting the filtered view: only the matching rows, the chosen columns, in the chosen words.
#include "testsupport.h"

#include "csv/csvexporter.h"
#include "csv/csvreader.h"
#include "sample/measuregenerator.h"

#include <QBuffer>
#include <QDir>
#include <QFile>

namespace {

QByteArray exportToBytes(const TempCatalogue &t, const MeasureFilter &filter, const CsvOptions &options,
                         const MeasureSort &sort = {})
{
    const Vocabulary vocabulary = t.vocabulary();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto result = CsvExporter(*t.catalogue, vocabulary).write(buffer, filter, sort, options);
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
    return buffer.data();
}

QList<QStringList> parse(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> records;
    QStringList fields;
    while (reader.next(fields))
        records << fields;
    REQUIRE_FALSE(reader.problem());
    return records;
}

CsvOptions columns(CsvOptions options, QList<MeasureField> fields)
{
    options.columns = std::move(fields);
    return options;
}

} // namespace

TEST_CASE("exporting a filtered view writes only the matching rows, in the view's order")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    MeasureFilter filter;
    filter.countries = {QStringLiteral("MEX")};
    MeasureSort sort;
    sort.order = Qt::DescendingOrder;
    const auto records = parse(exportToBytes(t, filter, columns(CsvOptions::standard(Language::English),
                                                                {MeasureField::Title, MeasureField::Country}), sort));
    REQUIRE(records.size() == 3);
    CHECK(records[0] == (QStringList{QStringLiteral("Title"), QStringLiteral("Country")}));
    CHECK(records[1] == (QStringList{QStringLiteral("Interdisciplinary technical assistance of the UNESCO Office in Mexico"),
                                     QStringLiteral("Mexico")}));
    CHECK(records[2][0] == u"Ibermuseums Training and Capacity Building");
}

TEST_CASE("the visible columns are exported in their order, and nothing else")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    MeasureFilter conecta;
    conecta.search = QStringLiteral("conecta");
    const auto records = parse(exportToBytes(t, conecta, columns(CsvOptions::standard(Language::English),
        {MeasureField::FundingUsd, MeasureField::Partners, MeasureField::Domains, MeasureField::Evaluated, MeasureField::Title})));
    REQUIRE(records.size() == 2);
    CHECK(records[0] == (QStringList{QStringLiteral("Funding (USD)"), QStringLiteral("Partners"), QStringLiteral("Cultural domains"),
                                     QStringLiteral("Evaluated"), QStringLiteral("Title")}));
    CHECK(records[1] == (QStringList{QStringLiteral("11782.50"),
                                     QStringLiteral("Decentralized Directorates of Culture [Public sector]; "
                                                    "Antenor Orrego Private University (UPAO) [Private sector]"),
                                     QStringLiteral("Cinema / Audiovisual arts; Performing arts; Visual arts; Publishing"),
                                     QStringLiteral("Yes"), QStringLiteral("‘CONECTA’ Meeting")}));
}

TEST_CASE("the Excel preset in Spanish writes a BOM, semicolons, decimal commas and Spanish labels")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    MeasureFilter conecta;
    conecta.countries = {QStringLiteral("PER")};
    const QByteArray bytes = exportToBytes(t, conecta, columns(CsvOptions::excel(Language::byCode(u"es")),
        {MeasureField::Title, MeasureField::Country, MeasureField::FundingUsd, MeasureField::Domains, MeasureField::Evaluated}));
    CHECK(bytes.startsWith(Csv::kUtf8Bom));
    CHECK(bytes.contains("Título;País;Financiamiento (USD);Dominios culturales;Evaluada\r\n"));
    CHECK(bytes.contains(";Perú;11782,50;\"Cine / Artes audiovisuales; Artes escénicas; Artes visuales; Industria editorial\";Sí\r\n"));
}

TEST_CASE("keys and codes give a file that does not depend on the language")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    CsvOptions options = CsvOptions::standard(Language::byCode(u"es"));
    options.header = CsvOptions::Header::Keys;
    options.codes = true;
    const auto records = parse(exportToBytes(t, {}, options));
    REQUIRE(records.size() == 6);
    QStringList keys;
    for (MeasureField field : MeasureFields::all())
        keys << MeasureFields::key(field);
    CHECK(records[0] == keys);
    const QStringList conecta = records[1];
    CHECK(conecta[int(MeasureField::Country)] == u"PER");
    CHECK(conecta[int(MeasureField::FundingUsd)] == u"11782.50");
    CHECK(conecta[int(MeasureField::Evaluated)] == u"yes");
    CHECK(conecta[int(MeasureField::Domains)] == u"cinema_audiovisual; performing_arts; visual_arts; publishing");
    CHECK(conecta[int(MeasureField::Partners)].startsWith(QStringLiteral("Decentralized Directorates of Culture [public_sector]")));
}

TEST_CASE("text that looks like a formula is guarded in the export, numbers are not")
{
    TempCatalogue t;
    CatalogueAccess repository(*t.catalogue);
    Measure m;
    m.title = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");
    m.responsibleAgencies = QStringLiteral("+51 Ministerio");
    m.fundingUsdCents = 100;
    REQUIRE(repository.save(m, t.vocabulary()).saved);
    const QByteArray guarded = exportToBytes(t, {}, columns(CsvOptions::standard(Language::English),
        {MeasureField::Title, MeasureField::ResponsibleAgencies, MeasureField::FundingUsd}));
    CHECK(guarded.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",'+51 Ministerio,1.00\r\n"));
    CsvOptions raw = columns(CsvOptions::standard(Language::English), {MeasureField::Title});
    raw.formulaGuard = false;
    CHECK(exportToBytes(t, {}, raw).contains("\"=HYPERLINK("));
}

TEST_CASE("an export to a file is complete or absent, and a cancelled export leaves the old file intact")
{
    TempCatalogue t;
    REQUIRE(MeasureGenerator::generate(*t.catalogue, 1500, 7).isEmpty());
    const Vocabulary vocabulary = t.vocabulary();
    const CsvExporter exporter(*t.catalogue, vocabulary);
    const QString path = t.file(QStringLiteral("view.csv"));
    writeBytes(path, "previous export");
    qint64 seenTotal = 0;
    const auto cancelled = exporter.writeFile(path, {}, {}, CsvOptions::standard(Language::English),
                                              [&](qint64, qint64 total) { seenTotal = total; return false; });
    CHECK(cancelled.cancelled);
    CHECK_FALSE(cancelled.ok);
    CHECK(seenTotal == 1500);
    CHECK(readAll(path) == "previous export");
    CHECK(QDir(t.dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("view")).size() == 1);

    const auto done = exporter.writeFile(path, {}, {}, CsvOptions::standard(Language::English));
    CHECK(done.ok);
    CHECK(done.rows == 1500);
    CHECK(parse(readAll(path)).size() == 1501);

    const auto failed = exporter.writeFile(t.file(QStringLiteral("no-such-folder/view.csv")), {}, {},
                                           CsvOptions::standard(Language::English));
    CHECK_FALSE(failed.ok);
    CHECK(failed.error.contains(QStringLiteral("Choose another folder")));
}
