// SPDX-License-Identifier: GPL-3.0-or-later
// French, the third interface language: every built-in term named in French in every catalogue,
// the analyst's own terms falling back to English visibly, and French spreadsheets read back.
#include "testsupport.h"

#include "catalogue/migrations.h"
#include "catalogue/sqliteconnection.h"
#include "csv/csvexporter.h"
#include "csv/statisticscsv.h"
#include "i18n/translations.h"
#include "model/money.h"
#include "store/vocabularystore.h"

#include <QFile>

namespace {

Language french() { return Language::byCode(u"fr"); }

QByteArray exportFile(const TempCatalogue &t, const QString &name, const CsvOptions &options)
{
    const QString path = t.file(name);
    const auto result = CsvExporter(*t.catalogue, t.vocabulary()).writeFile(path, {}, {}, options);
    REQUIRE(result.ok);
    return readAll(path);
}

} // namespace

TEST_CASE("French is listed with its own name, French number formats and the Excel preset's semicolons")
{
    REQUIRE(Language::fromCode(u"fr"));
    CHECK(Language::fromCode(u"fr_CA") == french());
    CHECK(french().name() == u"Français");
    CHECK(Language::codes() == (QStringList{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")}));
    CHECK(Money::format(1178250, french().locale()) == QStringLiteral("11\u202F782,50"));
    CHECK(Money::parse(QStringLiteral("11 782,50"), french().locale()) == 1178250);
    // One style of amount with its currency per language, wherever it shows (pane, statistics, report).
    CHECK(Money::inDollars(1178250, Language::English) == u"USD 11,782.50");
    CHECK(Money::inDollars(1178250, Language::byCode(u"es")) == u"USD 11.782,50");
    CHECK(Money::inDollars(1178250, french()) == QStringLiteral("11\u202F782,50 USD"));
    CHECK(CsvOptions::excel(french()).delimiter == ';');
    CHECK(CsvOptions::excel(Language::English).delimiter == ',');
    CHECK(Translations::translate(french(), "MeasureField", "Title") == u"Titre");
}

TEST_CASE("a new catalogue names every built-in term in French, in the Convention's own words")
{
    TempCatalogue t;
    const Vocabulary vocabulary = t.vocabulary();
    int named = 0;
    for (const VocabularyKind kind : allVocabularyKinds())
        for (const VocabularyTerm &term : vocabulary.terms(kind)) {
            INFO(vocabularyKindCode(kind).toStdString() << ":" << term.code.toStdString());
            CHECK(term.hasLabel(french()));
            CHECK(term.shownLabel(french()) == term.labelIn(french()));
            ++named;
        }
    CHECK(named > 280); // 249 countries and the framework's terms
    CHECK(vocabulary.label(VocabularyKind::ConventionGoal, QStringLiteral("1"), french())
          == u"Soutenir des systèmes de gouvernance durables pour la culture");
    CHECK(vocabulary.label(VocabularyKind::Country, QStringLiteral("CIV"), french()) == u"Côte d'Ivoire");
    CHECK(vocabulary.label(VocabularyKind::Country, QStringLiteral("SEN"), french()) == u"Sénégal");
    // English and Spanish as they were.
    CHECK(vocabulary.label(VocabularyKind::Country, QStringLiteral("SEN"), Language::byCode(u"es")) == u"Senegal");
}

TEST_CASE("a catalogue made before French gets the French names as it is opened, its measures untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2026.measures"));
    {
        QString error;
        auto db = SqliteConnection::open(path, SqliteConnection::Access::ReadWriteCreate, 1000, &error);
        REQUIRE(db);
        REQUIRE(Migrations::migrate(*db, 10).isEmpty()); // the format before French
        REQUIRE(db->execute("INSERT INTO measure (uuid, title, title_key, country, created_at, updated_at) VALUES "
                            "('0b6c8f0e-6a53-4c1f-9d0e-2f7d3c1e9a10', 'Festival sur le Niger', 'festival sur le niger', 'MLI', "
                            "'2026-05-01T10:00:00Z', '2026-05-01T10:00:00Z')",
                            &error));
    }
    CatalogueError error;
    auto catalogue = Catalogue::open(path, {}, &error);
    INFO(error.message().toStdString());
    REQUIRE(catalogue);
    CHECK(catalogue->schemaVersion() == Migrations::latestVersion());
    const Vocabulary vocabulary = VocabularyQuery::load(*catalogue);
    CHECK(vocabulary.label(VocabularyKind::Country, QStringLiteral("MLI"), french()) == u"Mali");
    CHECK(vocabulary.label(VocabularyKind::Country, QStringLiteral("TCD"), french()) == u"Tchad");
    CHECK(vocabulary.find(VocabularyKind::CulturalDomain, QStringLiteral("publishing"))->labelIn(french()) == u"Édition");
    CHECK(MeasureQuery(*catalogue).loadByUuid(QStringLiteral("0b6c8f0e-6a53-4c1f-9d0e-2f7d3c1e9a10"))->title == u"Festival sur le Niger");
}

TEST_CASE("my own domain without a French label shows its English one, marked, until I give it one")
{
    TempCatalogue t;
    VocabularyStore terms(*t.catalogue);
    QString code;
    REQUIRE(terms.add(VocabularyKind::CulturalDomain, QStringLiteral("Street art"), QStringLiteral("Arte urbano"), &code).isEmpty());
    Vocabulary vocabulary = t.vocabulary();
    const VocabularyTerm *term = vocabulary.find(VocabularyKind::CulturalDomain, code);
    REQUIRE(term);
    CHECK_FALSE(term->hasLabel(french()));
    CHECK(term->label(french()) == u"Street art"); // exports write it plain: imports read it back
    CHECK(term->shownLabel(french()) == u"Street art (en anglais)");
    CHECK(term->shownLabel(Language::byCode(u"es")) == u"Arte urbano");
    // The statistics pane and the report mark it too; the statistics CSV writes it plain.
    CHECK(StatisticsCsv::label(code, Statistics::Dimension::Domain, vocabulary, french(), StatisticsCsv::LabelStyle::Shown)
          == u"Street art (en anglais)");
    CHECK(StatisticsCsv::label(code, Statistics::Dimension::Domain, vocabulary, french()) == u"Street art");

    REQUIRE(terms.updateLabels(VocabularyKind::CulturalDomain, code, QStringLiteral("Street art"), QStringLiteral("Arte urbano"),
                               {{QStringLiteral("fr"), QStringLiteral("Art urbain")}})
                .isEmpty());
    vocabulary = t.vocabulary();
    CHECK(vocabulary.shownLabel(VocabularyKind::CulturalDomain, code, french()) == u"Art urbain");
    CHECK(vocabulary.match(VocabularyKind::CulturalDomain, QStringLiteral("art URBAIN"))->code == code);

    // A French label another value has is refused, as an English or Spanish one is.
    CHECK(terms.add(VocabularyKind::CulturalDomain, QStringLiteral("Murals"), QStringLiteral("Murales"), nullptr,
                    {{QStringLiteral("fr"), QStringLiteral("Art urbain")}})
              .contains(QStringLiteral("already")));
    // Removing the French label shows the English one again; built-in terms keep theirs.
    REQUIRE(terms.updateLabels(VocabularyKind::CulturalDomain, code, QStringLiteral("Street art"), QStringLiteral("Arte urbano"), {})
                .isEmpty());
    CHECK_FALSE(t.vocabulary().find(VocabularyKind::CulturalDomain, code)->hasLabel(french()));
    CHECK(sqlInt(*t.catalogue, QStringLiteral("SELECT count(*) FROM term_label WHERE language = 'fr' AND code = 'publishing'")) == 1);
}

TEST_CASE("a spreadsheet exported with French labels (Excel preset) imports back to the same measures")
{
    TempCatalogue source(TempCatalogue::Content::Sample);
    CsvOptions options = CsvOptions::excel(french());
    options.columns = {MeasureField::Title, MeasureField::Country, MeasureField::FundingUsd, MeasureField::Domains, MeasureField::Evaluated};
    const QByteArray some = exportFile(source, QStringLiteral("some.csv"), options);
    CHECK(some.startsWith(Csv::kUtf8Bom));
    CHECK(some.contains("Titre;Pays;Financement (USD);Domaines culturels;"));
    CHECK(some.contains(";Pérou;11782,50;"));

    exportFile(source, QStringLiteral("excel-fr.csv"), CsvOptions::excel(french()));
    TempCatalogue target;
    const auto report = importFile(*target.catalogue, source.file(QStringLiteral("excel-fr.csv")), false);
    INFO(report.problems.join(u'\n').toStdString());
    REQUIRE(report.ok);
    CHECK(report.added == 5);
    CHECK(exportFile(target, QStringLiteral("a.csv"), keysAndCodes()) == exportFile(source, QStringLiteral("b.csv"), keysAndCodes()));
}

TEST_CASE("French values are read in a sheet of any language, as English and Spanish ones are")
{
    TempCatalogue t;
    const QString path = t.file(QStringLiteral("mixed.csv"));
    writeBytes(path, "title,country,domains,scope\r\n"
                     "Festival sur le Niger,Mali,Édition; arts de la scene,National\r\n"
                     "Fonds pour la musique,sénégal,Musique,Local\r\n");
    const auto report = importFile(*t.catalogue, path, false);
    INFO(report.problems.join(u'\n').toStdString());
    REQUIRE(report.ok);
    CHECK(report.added == 2);
    MeasureFilter mali;
    mali.countries = {QStringLiteral("MLI")};
    CHECK(MeasureQuery(*t.catalogue).count(mali) == 1);
    MeasureFilter senegal;
    senegal.countries = {QStringLiteral("SEN")};
    CHECK(MeasureQuery(*t.catalogue).count(senegal) == 1);
}
