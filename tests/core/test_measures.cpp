// SPDX-License-Identifier: GPL-3.0-or-later
// Entering, changing and deleting measures, and the rules they must follow.
#include "testsupport.h"

#include "model/measurevalidator.h"
#include "model/textfold.h"
#include "query/measurequery.h"


namespace {

QStringList messagesFor(const QList<FieldIssue> &issues, MeasureField field)
{
    QStringList messages;
    for (const FieldIssue &issue : issues)
        if (issue.field == field)
            messages << issue.message;
    return messages;
}

int partnerRows(const Catalogue &catalogue)
{
    return int(sqlInt(catalogue, QStringLiteral("SELECT count(*) FROM partner")));
}

} // namespace

TEST_CASE("a measure with every field survives saving and loading unchanged")
{
    TempCatalogue t;
    CatalogueAccess repository(*t.catalogue);
    Measure m = completeMeasure();
    const auto result = repository.save(m, t.vocabulary());
    INFO(result.error.toStdString());
    REQUIRE(result.saved);
    CHECK(m.id > 0);
    CHECK_FALSE(m.uuid.isEmpty());
    CHECK(m.createdAt.isValid());
    CHECK(m.createdAt == m.updatedAt);

    t.reopen();
    CatalogueAccess reopened(*t.catalogue);
    const auto loaded = reopened.load(m.id);
    REQUIRE(loaded);
    CHECK(loaded->sameContentAs(m));
    CHECK(loaded->uuid == m.uuid);
    CHECK(loaded->createdAt == m.createdAt);
    CHECK(loaded->fundingUsdCents == 4500075);
    CHECK(loaded->reportYear == 2020);
    CHECK(loaded->partners.size() == 2);
    CHECK(loaded->partners.first().name == u"Sinfonía por el Perú");
}

TEST_CASE("editing a measure keeps its identity and creation time and moves its change time")
{
    TempCatalogue t;
    CatalogueAccess repository(*t.catalogue);
    Measure m = completeMeasure();
    REQUIRE(repository.save(m, t.vocabulary()).saved);
    const QString uuid = m.uuid;
    m.title = QStringLiteral("Programa Nacional de Orquestas Juveniles");
    m.domains = {QStringLiteral("music")};
    m.partners.removeLast();
    m.fundingUsdCents.reset();
    m.createdAt = m.createdAt.addDays(-10); // pretend it was created earlier
    const QDateTime created = m.createdAt;
    REQUIRE(repository.save(m, t.vocabulary()).saved);
    const auto loaded = repository.load(m.id);
    REQUIRE(loaded);
    CHECK(loaded->uuid == uuid);
    CHECK(loaded->title == u"Programa Nacional de Orquestas Juveniles");
    CHECK(loaded->domains == QStringList{QStringLiteral("music")});
    CHECK(loaded->partners.size() == 1);
    CHECK_FALSE(loaded->fundingUsdCents);
    CHECK(loaded->createdAt == created);
    CHECK(loaded->updatedAt >= loaded->createdAt);
    CHECK(MeasureQuery(*t.catalogue).total() == 1);
}

TEST_CASE("partners are shared by name, whatever the case, and keep one type")
{
    TempCatalogue t;
    CatalogueAccess repository(*t.catalogue);
    Measure first = completeMeasure();
    Measure second = completeMeasure();
    second.title = QStringLiteral("Otra medida");
    second.partners = {{QStringLiteral("SINFONÍA POR EL PERÚ"), QStringLiteral("civil_society")},
                       {QStringLiteral("UNESCO"), QStringLiteral("international_organization")}};
    REQUIRE(repository.save(first, t.vocabulary()).saved);
    REQUIRE(repository.save(second, t.vocabulary()).saved);
    CHECK(partnerRows(*t.catalogue) == 3);
    const auto loaded = repository.load(second.id);
    REQUIRE(loaded);
    CHECK(loaded->partners.first().name == u"Sinfonía por el Perú"); // the name as first entered
}

TEST_CASE("choosing a monitoring area also records its Convention goal")
{
    TempCatalogue t;
    CatalogueAccess repository(*t.catalogue);
    Measure m;
    m.title = QStringLiteral("Observatorio de igualdad de género en las artes");
    m.monitoringAreas = {QStringLiteral("gender_equality"), QStringLiteral("digital_environment")};
    REQUIRE(repository.save(m, t.vocabulary()).saved);
    CHECK(repository.load(m.id)->goals == (QStringList{QStringLiteral("1"), QStringLiteral("4")}));
}

TEST_CASE("a measure without a title is not saved and the form is told why")
{
    TempCatalogue t;
    CatalogueAccess repository(*t.catalogue);
    Measure m = completeMeasure();
    m.title = QStringLiteral("   ");
    const auto result = repository.save(m, t.vocabulary());
    CHECK_FALSE(result.saved);
    CHECK(messagesFor(result.issues, MeasureField::Title).value(0).contains(QStringLiteral("needs a title")));
    CHECK(m.id == 0);
    CHECK(MeasureQuery(*t.catalogue).total() == 0);
}

TEST_CASE("validation names each field that is wrong, in the analyst's words")
{
    TempCatalogue t;
    const Vocabulary vocabulary = t.vocabulary();
    Measure m = completeMeasure();
    m.reportYear = 1999;
    m.fundingUsdCents = -5;
    m.website = QStringLiteral("ftp://files.example.org");
    m.country = QStringLiteral("XXX");
    m.domains << QStringLiteral("cooking");
    m.partners << PartnerLink{QString(), QStringLiteral("public_sector")}
               << PartnerLink{QStringLiteral("Banco de Crédito"), QStringLiteral("private_sector")}
               << PartnerLink{QStringLiteral("Sin tipo"), QString()};
    m.evaluated = QStringLiteral("maybe");
    const auto issues = MeasureValidator::validate(m, vocabulary, Language::English);
    CHECK(messagesFor(issues, MeasureField::ReportYear).value(0).contains(QStringLiteral("between 2005 and 2100")));
    CHECK(messagesFor(issues, MeasureField::FundingUsd).value(0).contains(QStringLiteral("negative")));
    CHECK(messagesFor(issues, MeasureField::Website).value(0).contains(QStringLiteral("http://")));
    CHECK(messagesFor(issues, MeasureField::Country).value(0).contains(QStringLiteral("XXX")));
    CHECK(messagesFor(issues, MeasureField::Domains).value(0).contains(QStringLiteral("cooking")));
    CHECK(messagesFor(issues, MeasureField::Evaluated).size() == 1);
    const QStringList partnerMessages = messagesFor(issues, MeasureField::Partners);
    CHECK(partnerMessages.filter(QStringLiteral("no name")).size() == 1);
    CHECK(partnerMessages.filter(QStringLiteral("listed twice")).size() == 1);
    CHECK(partnerMessages.filter(QStringLiteral("type of entity")).size() == 1);
    CHECK(MeasureValidator::validate(completeMeasure(), vocabulary, Language::English).isEmpty());
}

TEST_CASE("deleting measures removes them with their links, and undo puts them back as they were")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    CatalogueAccess repository(*t.catalogue);
    const QVector<qint64> ids = MeasureQuery(*t.catalogue).find({}, {}).ids;
    REQUIRE(ids.size() == 5);
    QList<Measure> removed;
    for (qint64 id : ids.mid(0, 2))
        removed << *repository.load(id);
    CHECK(repository.remove({ids[0], ids[1]}).isEmpty());
    CHECK(MeasureQuery(*t.catalogue).total() == 3);
    CHECK_FALSE(repository.load(ids[0]));

    CHECK(repository.restore(removed).isEmpty());
    CHECK(MeasureQuery(*t.catalogue).total() == 5);
    const auto back = repository.loadByUuid(removed[0].uuid);
    REQUIRE(back);
    CHECK(back->sameContentAs(removed[0]));
    CHECK(back->createdAt == removed[0].createdAt);
    CHECK(back->updatedAt == removed[0].updatedAt);
}

TEST_CASE("folding ASCII and Latin-1 text, which skips Unicode normalization, gives what the full folding gives")
{
    // The full folding, as it is for any text.
    const auto full = [](const QString &text) {
        QString folded;
        bool pendingSpace = false;
        for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
            if (c.category() == QChar::Mark_NonSpacing)
                continue;
            if (c.isSpace()) {
                pendingSpace = !folded.isEmpty();
                continue;
            }
            if (pendingSpace) {
                folded += u' ';
                pendingSpace = false;
            }
            folded += c.toCaseFolded();
        }
        return folded;
    };
    QString every, latin1;
    for (char16_t c = 1; c < 0x80; ++c)
        every += QChar(c);
    for (char16_t c = 0; c < 0x100; ++c) { // alone, and beside spaces and letters
        latin1 += QChar(c);
        const QString alone(QChar{c});
        for (const QString &text : {alone, QStringLiteral(" a") + alone + QStringLiteral(" b "), alone + alone + QStringLiteral("x")})
            CHECK(foldForMatching(text) == full(text));
    }
    CHECK(foldForMatching(latin1) == full(latin1));
    for (const QString &text : {every, QStringLiteral("yes"), QStringLiteral(" Not  known "), QStringLiteral("no se sabe"),
                                QStringLiteral("a\tb\r\nc"), QStringLiteral("civil_society"), QStringLiteral(" "), QString(),
                                QStringLiteral("MEX"), QStringLiteral("a "), QStringLiteral("Música"),
                                QStringLiteral("  ¿Qué   Año\u00a0Niño? "), QStringLiteral("Ça ¼ ß ÿ µ ª ² ´x ¨"),
                                QStringLiteral("Ação — “Música” 1½")})
        CHECK(foldForMatching(text) == full(text));
}

TEST_CASE("a value read from a file or a colleague's catalogue is refused with what is wrong, not with a control to use")
{
    TempCatalogue t(TempCatalogue::Content::Empty);
    Measure m;
    m.country = QStringLiteral("XXX");
    m.partners = {{QStringLiteral("Ministerio de Cultura"), QStringLiteral("no_such_type")}, {QString(), QStringLiteral("public_sector")}};
    for (Language language : {Language::English, Language::byCode(u"es")}) {
        const QList<FieldIssue> typed = MeasureValidator::validate(m, t.vocabulary(), language);
        const QList<FieldIssue> read = MeasureValidator::validate(m, t.vocabulary(), language, MeasureValidator::Source::File);
        REQUIRE(typed.size() == read.size());
        REQUIRE(read.size() == 4); // title, country, two partners
        for (int i = 0; i < read.size(); ++i) {
            INFO(read.at(i).message.toStdString());
            CHECK(read.at(i).field == typed.at(i).field);
            CHECK(read.at(i).message != typed.at(i).message);
            for (const char *control : {"Pick", "Choose", "Type ", "Elija", "Escriba", "Seleccione"})
                CHECK_FALSE(read.at(i).message.contains(QLatin1String(control)));
        }
    }
}
