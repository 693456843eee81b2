// SPDX-License-Identifier: GPL-3.0-or-later
// A coordinator brings colleagues' catalogues together: each copied from a shared catalogue,
// edited apart, merged back by each measure's history.
#include "testsupport.h"

#include "catalogue/backups.h"
#include "catalogue/editlock.h"
#include "catalogue/sqlitestatement.h"
#include "merge/merge.h"
#include "merge/mergesource.h"
#include "model/partneridentity.h"
#include "store/partnerstore.h"
#include "query/partnerquery.h"
#include "query/revisionquery.h"
#include "store/measurewriter.h"
#include "store/vocabularystore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

namespace {

// My catalogue (the sample) and a colleague's copy of it, made the way analysts do: a file copy.
struct Colleagues {
    Colleagues()
    {
        mine.close();
        theirsPath = mine.file(QStringLiteral("ana.measures"));
        REQUIRE(QFile::copy(mine.path, theirsPath));
        mine.reopen();
        theirs = openAt(theirsPath);
    }
    static std::unique_ptr<Catalogue> openAt(const QString &path)
    {
        CatalogueError error;
        auto catalogue = Catalogue::open(path, {}, &error);
        INFO(error.message().toStdString());
        REQUIRE(catalogue);
        return catalogue;
    }
    // A copy of their file, as a third analyst would get it.
    std::unique_ptr<Catalogue> copyOfTheirs(const QString &name)
    {
        theirs.reset();
        const QString path = mine.file(name);
        REQUIRE(QFile::copy(theirsPath, path));
        theirs = openAt(theirsPath);
        return openAt(path);
    }
    MergePlan plan(const Catalogue *from = nullptr)
    {
        from = from ? from : theirs.get();
        QString error;
        auto source = MergeSource::open(*mine.catalogue, from->path(), &error);
        // An open catalogue holds its edit lock: read it through the file as a colleague's would be.
        return source ? Merge::plan(*mine.catalogue, source->catalogue(), QStringLiteral("ana.measures"), Language::English)
                      : Merge::plan(*mine.catalogue, *from, QStringLiteral("ana.measures"), Language::English);
    }
    Merge::Applied merge(MergePlan plan)
    {
        const Merge::Applied applied = Merge::apply(*mine.catalogue, plan, Language::English, false);
        INFO(applied.error.toStdString());
        REQUIRE(applied.ok);
        return applied;
    }

    TempCatalogue mine{TempCatalogue::Content::Sample, QStringLiteral("coordinator.measures")};
    QString theirsPath;
    std::unique_ptr<Catalogue> theirs;
};

Measure edit(const Catalogue &catalogue, const QString &uuid, const std::function<void(Measure &)> &change)
{
    CatalogueAccess access(catalogue);
    std::optional<Measure> m = access.loadByUuid(uuid);
    REQUIRE(m);
    change(*m);
    const MeasureStore::SaveResult saved = access.save(*m);
    INFO(saved.error.toStdString());
    REQUIRE(saved.saved);
    return *m;
}

QString firstUuid(const Catalogue &catalogue, int index = 0)
{
    CatalogueAccess access(catalogue);
    return access.load(access.ids({}, {}).at(index))->uuid;
}

Measure load(const Catalogue &catalogue, const QString &uuid)
{
    std::optional<Measure> m = CatalogueAccess(catalogue).loadByUuid(uuid);
    REQUIRE(m);
    return *m;
}

const MergeEntry &only(const MergePlan &plan)
{
    REQUIRE(plan.entries.size() == 1);
    return plan.entries.first();
}

} // namespace

TEST_CASE("a measure my colleague changed and I left alone comes in without a question, and merging again does nothing")
{
    Colleagues c;
    const QString uuid = firstUuid(*c.theirs);
    edit(*c.theirs, uuid, [](Measure &m) { m.fundingText = QStringLiteral("USD 5 million"); });

    MergePlan plan = c.plan();
    CHECK(plan.error.isEmpty());
    CHECK(plan.count(MergeEntry::Kind::Updated) == 1);
    CHECK(plan.identical == 4);
    CHECK(plan.unresolved() == 0);
    CHECK(only(plan).theirChanges == QList<MeasureField>{MeasureField::FundingText});
    CHECK(load(*c.mine.catalogue, uuid).fundingText != u"USD 5 million"); // a plan writes nothing
    c.merge(plan);
    const Measure merged = load(*c.mine.catalogue, uuid);
    CHECK(merged.fundingText == u"USD 5 million");
    CHECK(merged.revision == load(*c.theirs, uuid).revision);

    const MergePlan again = c.plan();
    CHECK(again.changesNothing());
    CHECK(again.identical == 5);
}

TEST_CASE("a measure I changed and my colleague did not is kept as mine")
{
    Colleagues c;
    const QString uuid = firstUuid(*c.mine.catalogue);
    edit(*c.mine.catalogue, uuid, [](Measure &m) { m.website = QStringLiteral("https://cultura.example.org"); });
    const MergePlan plan = c.plan();
    CHECK(plan.changesNothing());
    CHECK(plan.keptMine == 1);
}

TEST_CASE("changes to different fields of one measure on both sides are both kept, with no question")
{
    Colleagues c;
    const QString uuid = firstUuid(*c.mine.catalogue);
    edit(*c.mine.catalogue, uuid, [](Measure &m) { m.website = QStringLiteral("https://cultura.example.org"); });
    edit(*c.theirs, uuid, [](Measure &m) {
        m.goals = QStringList{QStringLiteral("1"), QStringLiteral("4")};
        m.partners << PartnerLink{QStringLiteral("Red de Casas de Cultura"), QStringLiteral("civil_society")};
    });
    const MergePlan plan = c.plan();
    const MergeEntry &entry = only(plan);
    CHECK(entry.kind == MergeEntry::Kind::Combined);
    CHECK(entry.conflicts.isEmpty());
    CHECK(entry.theirChanges == QList<MeasureField>{MeasureField::Goals, MeasureField::Partners});
    CHECK(entry.myChanges == QList<MeasureField>{MeasureField::Website}); // shown beside theirs, kept
    c.merge(plan);
    const Measure merged = load(*c.mine.catalogue, uuid);
    CHECK(merged.website == u"https://cultura.example.org");
    CHECK(merged.goals.contains(QStringLiteral("4")));
    CHECK(merged.partners.last().name == u"Red de Casas de Cultura");
    CHECK(c.plan().changesNothing()); // the merge revision descends from theirs

    // Merged back the other way, my colleague gets both changes without a question either.
    c.theirs.reset();
    TempCatalogue &coordinator = c.mine;
    auto ana = Colleagues::openAt(c.theirsPath);
    coordinator.close();
    const MergePlan back = Merge::plan(*ana, *Colleagues::openAt(coordinator.path), QStringLiteral("coordinator.measures"), Language::English);
    CHECK(only(back).kind == MergeEntry::Kind::Updated);
}

TEST_CASE("the same field changed on both sides is a conflict: nothing is written until a side is chosen, then that side stands")
{
    for (const MergeSide side : {MergeSide::Mine, MergeSide::Theirs}) {
        Colleagues c;
        const QString uuid = firstUuid(*c.mine.catalogue, 1);
        const Measure before = load(*c.mine.catalogue, uuid);
        edit(*c.mine.catalogue, uuid, [](Measure &m) {
            m.fundingText = QStringLiteral("USD 2 million (mine)");
            m.status = QStringLiteral("ready");
        });
        edit(*c.theirs, uuid, [](Measure &m) {
            m.fundingText = QStringLiteral("USD 3 million (theirs)");
            m.keyObjectives += QStringLiteral(" Also for rural libraries.");
        });
        MergePlan plan = c.plan();
        const MergeEntry &entry = only(plan);
        CHECK(entry.kind == MergeEntry::Kind::Conflict);
        CHECK(entry.conflicts == QList<MeasureField>{MeasureField::FundingText});
        CHECK(entry.theirChanges == QList<MeasureField>{MeasureField::KeyObjectives});
        CHECK(plan.unresolved() == 1);
        const Merge::Applied refused = Merge::apply(*c.mine.catalogue, plan, Language::English, false);
        CHECK_FALSE(refused.ok);
        CHECK(refused.error.contains(QStringLiteral("1 conflict still needs a side")));
        CHECK(load(*c.mine.catalogue, uuid).fundingText == u"USD 2 million (mine)");

        plan.prefer(side);
        c.merge(plan);
        const Measure merged = load(*c.mine.catalogue, uuid);
        CHECK(merged.fundingText == (side == MergeSide::Mine ? u"USD 2 million (mine)" : u"USD 3 million (theirs)"));
        CHECK(merged.keyObjectives == before.keyObjectives + QStringLiteral(" Also for rural libraries."));
        CHECK(merged.status == u"ready");
        CHECK(c.plan().changesNothing());
    }
}

TEST_CASE("a measure my colleague deleted is deleted here too, unless I changed it since: then that is a conflict")
{
    Colleagues c;
    const QString untouched = firstUuid(*c.theirs, 0), changedHere = firstUuid(*c.theirs, 1);
    edit(*c.mine.catalogue, changedHere, [](Measure &m) { m.website = QStringLiteral("https://example.org"); });
    CatalogueAccess theirs(*c.theirs);
    REQUIRE(theirs.remove({load(*c.theirs, untouched).id, load(*c.theirs, changedHere).id}).isEmpty());

    MergePlan plan = c.plan();
    REQUIRE(plan.entries.size() == 2);
    for (const MergeEntry &entry : plan.entries) {
        INFO(entry.title().toStdString());
        CHECK(entry.kind == (entry.uuid == untouched ? MergeEntry::Kind::Deleted : MergeEntry::Kind::Conflict));
    }
    plan.prefer(MergeSide::Mine);
    c.merge(plan);
    CatalogueAccess mine(*c.mine.catalogue);
    CHECK_FALSE(mine.loadByUuid(untouched));
    CHECK(mine.loadByUuid(changedHere));
    CHECK(c.plan().changesNothing());
    CHECK(sqlInt(*c.mine.catalogue, QStringLiteral("SELECT count(*) FROM tombstone")) == 1);
}

TEST_CASE("a measure I deleted stays deleted when my colleague did not touch it, and is a conflict when they changed it")
{
    Colleagues c;
    const QString untouched = firstUuid(*c.mine.catalogue, 0), changedThere = firstUuid(*c.mine.catalogue, 1);
    edit(*c.theirs, changedThere, [](Measure &m) { m.website = QStringLiteral("https://example.org"); });
    CatalogueAccess mine(*c.mine.catalogue);
    REQUIRE(mine.remove({load(*c.mine.catalogue, untouched).id, load(*c.mine.catalogue, changedThere).id}).isEmpty());

    MergePlan plan = c.plan();
    const MergeEntry &entry = only(plan);
    CHECK(entry.uuid == changedThere);
    CHECK(entry.isDeletionConflict());
    CHECK(entry.changedAgainstDeletion == QList<MeasureField>{MeasureField::Website}); // what the question shows marked
    CHECK(plan.keptMine == 0); // the untouched one stays deleted: neither listed nor counted as kept
    plan.prefer(MergeSide::Theirs);
    c.merge(plan);
    CHECK(mine.loadByUuid(changedThere)->website == u"https://example.org");
    CHECK_FALSE(mine.loadByUuid(untouched));
    CHECK(c.plan().changesNothing());
}

TEST_CASE("a new measure of my colleague's comes in with its partners matched by name, ignoring case, and with its history")
{
    Colleagues c;
    Measure added;
    added.title = QStringLiteral("Programa de bibliotecas rurales");
    added.country = QStringLiteral("PER");
    const QString known = PartnerQuery::all(*c.mine.catalogue).first().name;
    const QString knownType = PartnerQuery::all(*c.mine.catalogue).first().typeCode;
    added.partners = {{known.toUpper(), knownType}, {QStringLiteral("Asociación Nacional de Bibliotecarios"), QStringLiteral("civil_society")}};
    REQUIRE(CatalogueAccess(*c.theirs).save(added).saved);

    const MergePlan plan = c.plan();
    CHECK(only(plan).kind == MergeEntry::Kind::Added);
    CHECK(plan.partnerConflicts.isEmpty());
    c.merge(plan);
    const Measure merged = load(*c.mine.catalogue, added.uuid);
    CHECK(merged.title == added.title);
    CHECK(merged.partners.first().name == known); // my spelling of the partner I already had
    CHECK(merged.partners.last().name == u"Asociación Nacional de Bibliotecarios");
    // Its history came with it: the very revision my colleague made.
    CHECK(merged.revision == load(*c.theirs, added.uuid).revision);
    CHECK(!RevisionQuery(*c.mine.catalogue).historyOf(added.uuid, merged.revision).isEmpty());
    CHECK(c.plan().changesNothing());
}

TEST_CASE("a partner both of us made with different types is a conflict, and a type not stated on one side is not")
{
    Colleagues c;
    const QString uuid = firstUuid(*c.theirs);
    Measure theirs = edit(*c.theirs, uuid, [](Measure &m) {
        m.partners = {{QStringLiteral("Fundación Teatro Abierto"), QStringLiteral("civil_society")},
                      {QStringLiteral("Radio Comunitaria Sur"), QStringLiteral("not_stated")}};
    });
    Measure other;
    other.title = QStringLiteral("Otra medida");
    other.partners = {{QStringLiteral("fundación teatro abierto"), QStringLiteral("private_sector")},
                      {QStringLiteral("Radio comunitaria sur"), QStringLiteral("public_sector")}};
    REQUIRE(CatalogueAccess(*c.mine.catalogue).save(other).saved);

    MergePlan plan = c.plan();
    REQUIRE(plan.partnerConflicts.size() == 1);
    CHECK(plan.partnerConflicts.first().name == u"fundación teatro abierto");
    CHECK(plan.partnerConflicts.first().myType == u"private_sector");
    CHECK(plan.partnerConflicts.first().theirType == u"civil_society");
    CHECK(plan.unresolved() == 1);
    plan.partnerConflicts.first().choice = MergeSide::Theirs;
    c.merge(plan);
    QHash<QString, QString> types;
    for (const PartnerInfo &p : PartnerQuery::all(*c.mine.catalogue))
        types.insert(p.name, p.typeCode);
    CHECK(types.value(QStringLiteral("fundación teatro abierto")) == u"civil_society");
    CHECK(types.value(QStringLiteral("Radio comunitaria sur")) == u"public_sector"); // the stated type stays
    CHECK_FALSE(types.contains(QStringLiteral("Fundación Teatro Abierto")));          // one partner, spelt as here
    CHECK(c.plan().changesNothing());
}

TEST_CASE("partners whose names differ only by accents are two partners everywhere, so a measure naming both merges after a preview without conflicts")
{
    Colleagues c;
    const QString uuid = firstUuid(*c.theirs);
    edit(*c.theirs, uuid, [](Measure &m) {
        m.partners = {{QStringLiteral("Ministerio de Cultura"), QStringLiteral("public_sector")},
                      {QStringLiteral("Ministério de Cultura"), QStringLiteral("public_sector")}};
    });
    MergePlan plan = c.plan();
    CHECK(plan.error.isEmpty());
    CHECK(plan.conflictCount() == 0);
    c.merge(plan);
    const Measure merged = load(*c.mine.catalogue, uuid);
    REQUIRE(merged.partners.size() == 2);
    CHECK(merged.partners.at(1).name == u"Ministério de Cultura");
    CHECK(c.plan().changesNothing());
}

TEST_CASE("a partner my colleague retyped comes in without a question, and one we both retyped differently is a conflict")
{
    Colleagues c;
    const Measure named = load(*c.mine.catalogue, firstUuid(*c.mine.catalogue));
    REQUIRE_FALSE(named.partners.isEmpty());
    const QString partner = named.partners.first().name;
    const auto retype = [&](const Catalogue &catalogue, const QString &type) {
        PartnerStore store(catalogue);
        REQUIRE(store.setType(store.idOf(partner), type).isEmpty());
    };
    const auto typeIn = [&](const Catalogue &catalogue) {
        for (const PartnerInfo &p : PartnerQuery::all(catalogue))
            if (PartnerIdentity::same(p.name, partner))
                return p.typeCode;
        return QString();
    };
    retype(*c.theirs, QStringLiteral("international_organization"));
    MergePlan plan = c.plan();
    CHECK(plan.partnerConflicts.isEmpty());
    CHECK(plan.retypedPartners() == 1);
    CHECK_FALSE(plan.changesNothing()); // a retype alone is something to merge
    c.merge(plan);
    CHECK(typeIn(*c.mine.catalogue) == u"international_organization");
    CHECK(c.plan().changesNothing());

    retype(*c.theirs, QStringLiteral("civil_society"));
    retype(*c.mine.catalogue, QStringLiteral("private_sector"));
    plan = c.plan();
    REQUIRE(plan.partnerConflicts.size() == 1);
    CHECK(plan.partnerConflicts.first().myType == u"private_sector");
    CHECK(plan.partnerConflicts.first().theirType == u"civil_society");
}

TEST_CASE("my colleague's own domains and partner types come with their measures, and one I have under another code is mine")
{
    Colleagues c;
    VocabularyStore theirTerms(*c.theirs), myTerms(*c.mine.catalogue);
    QString games, festivals, myFestivals;
    REQUIRE(theirTerms.add(VocabularyKind::CulturalDomain, QStringLiteral("Video games"), QStringLiteral("Videojuegos"), &games).isEmpty());
    REQUIRE(theirTerms.add(VocabularyKind::CulturalDomain, QStringLiteral("Festivals"), QStringLiteral("Festivales"), &festivals).isEmpty());
    REQUIRE(myTerms.add(VocabularyKind::CulturalDomain, QStringLiteral("Arts festivals"), QStringLiteral("Festivales"), &myFestivals).isEmpty());
    REQUIRE(festivals != myFestivals);
    const QString uuid = firstUuid(*c.theirs);
    edit(*c.theirs, uuid, [&](Measure &m) { m.domains = QStringList{games, festivals}; });

    const MergePlan plan = c.plan();
    REQUIRE(plan.newTerms.size() == 1);
    CHECK(plan.newTerms.first().labelEs == u"Videojuegos");
    c.merge(plan);
    const Measure merged = load(*c.mine.catalogue, uuid);
    CHECK(merged.domains.contains(games));
    CHECK(merged.domains.contains(myFestivals));
    CHECK_FALSE(merged.domains.contains(festivals));
    CHECK(c.mine.vocabulary().label(VocabularyKind::CulturalDomain, games, Language::byCode(u"es")) == u"Videojuegos");
}

TEST_CASE("my colleague's French label for a domain we both have comes in, and never replaces one of mine")
{
    Colleagues c;
    VocabularyStore theirTerms(*c.theirs), myTerms(*c.mine.catalogue);
    QString games, mine, theirs;
    // The same domain, added before either named it in French: one code on both sides.
    REQUIRE(theirTerms.add(VocabularyKind::CulturalDomain, QStringLiteral("Video games"), QStringLiteral("Videojuegos"), &theirs).isEmpty());
    REQUIRE(myTerms.add(VocabularyKind::CulturalDomain, QStringLiteral("Video games"), QStringLiteral("Videojuegos"), &mine).isEmpty());
    REQUIRE(mine == theirs);
    REQUIRE(theirTerms.updateLabels(VocabularyKind::CulturalDomain, theirs, QStringLiteral("Video games"), QStringLiteral("Videojuegos"),
                                    {{QStringLiteral("fr"), QStringLiteral("Jeux vidéo")}})
                .isEmpty());
    // And one I named in French, they otherwise.
    REQUIRE(myTerms.add(VocabularyKind::CulturalDomain, QStringLiteral("Comics"), QStringLiteral("Historietas"), &games,
                        {{QStringLiteral("fr"), QStringLiteral("Bande dessinée")}})
                .isEmpty());
    QString theirComics;
    REQUIRE(theirTerms.add(VocabularyKind::CulturalDomain, QStringLiteral("Comics"), QStringLiteral("Historietas"), &theirComics,
                           {{QStringLiteral("fr"), QStringLiteral("BD")}})
                .isEmpty());
    REQUIRE(theirComics == games);

    const MergePlan plan = c.plan();
    REQUIRE(plan.labelledTerms.size() == 1);
    CHECK_FALSE(plan.changesNothing());
    c.merge(plan);
    const Vocabulary merged = c.mine.vocabulary();
    const Language french = Language::byCode(u"fr");
    CHECK(merged.find(VocabularyKind::CulturalDomain, mine)->labelIn(french) == u"Jeux vidéo");
    CHECK(merged.find(VocabularyKind::CulturalDomain, games)->labelIn(french) == u"Bande dessinée"); // mine is kept
    CHECK(c.plan().changesNothing()); // merging again brings nothing
}

TEST_CASE("a French label of theirs that another value of mine goes by, or on a value that means something else here, stays out")
{
    Colleagues c;
    VocabularyStore theirTerms(*c.theirs), myTerms(*c.mine.catalogue);
    QString art, theirArt, food, theirFood, newOne;
    REQUIRE(myTerms.add(VocabularyKind::CulturalDomain, QStringLiteral("Street art"), QStringLiteral("Arte urbano"), &art).isEmpty());
    REQUIRE(theirTerms.add(VocabularyKind::CulturalDomain, QStringLiteral("Street art"), QStringLiteral("Arte urbano"), &theirArt).isEmpty());
    // The built-in music's French label, as a hand-edited file (or another version) may have it.
    sqlRun(*c.theirs, QStringLiteral("INSERT INTO term_label VALUES ('domain', '%1', 'fr', 'Musique')").arg(theirArt));
    REQUIRE(myTerms.add(VocabularyKind::CulturalDomain, QStringLiteral("Street food"), QStringLiteral("Comida callejera"), &food).isEmpty());
    sqlRun(*c.theirs, QStringLiteral("INSERT INTO term (kind, code, label_en, label_es, builtin, position, bit) "
                                     "VALUES ('domain', '%1', 'Street kitchens', 'Cocinas callejeras', 0, 40, 40)").arg(food));
    sqlRun(*c.theirs, QStringLiteral("INSERT INTO term_label VALUES ('domain', '%1', 'fr', 'Cuisine de rue')").arg(food));
    // A value of theirs named like one of mine in French only is theirs, not mine.
    REQUIRE(theirTerms.add(VocabularyKind::CulturalDomain, QStringLiteral("Puppetry"), QStringLiteral("Títeres"), &newOne).isEmpty());
    sqlRun(*c.theirs, QStringLiteral("INSERT INTO term_label VALUES ('domain', '%1', 'fr', 'Édition')").arg(newOne));
    const QString uuid = firstUuid(*c.theirs);
    edit(*c.theirs, uuid, [&](Measure &m) { m.domains = QStringList{newOne}; });

    const MergePlan plan = c.plan();
    CHECK(plan.labelledTerms.isEmpty());
    c.merge(plan);
    const Vocabulary merged = c.mine.vocabulary();
    const Language french = Language::byCode(u"fr");
    CHECK_FALSE(merged.find(VocabularyKind::CulturalDomain, art)->hasLabel(french));
    CHECK_FALSE(merged.find(VocabularyKind::CulturalDomain, food)->hasLabel(french));
    CHECK(merged.match(VocabularyKind::CulturalDomain, QStringLiteral("Musique"))->code == u"music");
    CHECK(load(*c.mine.catalogue, uuid).domains == QStringList{newOne}); // their Puppetry came as itself
}

TEST_CASE("a copy of a copy merges back into the original: only what changed in it comes in")
{
    Colleagues c;
    auto third = c.copyOfTheirs(QStringLiteral("luis.measures"));
    const QString uuid = firstUuid(*third, 2);
    edit(*third, uuid, [](Measure &m) { m.resultsAchieved = QStringLiteral("1,200 libraries reached."); });
    const MergePlan plan = c.plan(third.get());
    CHECK(only(plan).kind == MergeEntry::Kind::Updated);
    CHECK(plan.identical == 4);
}

TEST_CASE("two copies made before history was kept, upgraded separately, still share it")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    // Back to format 7, as the last release left it.
    for (const char *sql : {"DROP TABLE term_label", "DROP TABLE team_head", "DROP TABLE team_partner_head", "DROP TABLE team_view", "DROP TABLE team_link", "DROP TABLE revision",
                            "DROP TABLE tombstone", "DROP TABLE partner_revision", "ALTER TABLE measure DROP COLUMN revision",
                            "ALTER TABLE partner DROP COLUMN revision", "PRAGMA user_version = 7"})
        REQUIRE(t.catalogue->connection().execute(sql));
    t.close();
    const QString other = t.file(QStringLiteral("copy.measures"));
    REQUIRE(QFile::copy(t.path, other));
    t.reopen();
    auto copy = Colleagues::openAt(other);
    const QString uuid = firstUuid(*copy);
    edit(*copy, uuid, [](Measure &m) { m.website = QStringLiteral("https://example.org/copy"); });
    copy.reset();
    QString error;
    auto source = MergeSource::open(*t.catalogue, other, &error);
    REQUIRE(source);
    const MergePlan plan = Merge::plan(*t.catalogue, source->catalogue(), QStringLiteral("copy.measures"), Language::English);
    CHECK(only(plan).kind == MergeEntry::Kind::Updated);
    CHECK(plan.identical == 4);
}

TEST_CASE("merging a file that is not a catalogue, a newer one, this very catalogue, or one open in another window is refused")
{
    Colleagues c;
    QString error;
    const QString text = c.mine.file(QStringLiteral("notes.measures"));
    writeBytes(text, "these are notes, not a catalogue");
    CHECK_FALSE(MergeSource::open(*c.mine.catalogue, text, &error));
    CHECK(error.contains(QStringLiteral("not a Measures Catalogue")));

    CHECK_FALSE(MergeSource::open(*c.mine.catalogue, c.mine.path, &error));
    CHECK(error.contains(QStringLiteral("merging it into itself")));

    CHECK_FALSE(MergeSource::open(*c.mine.catalogue, c.theirsPath, &error)); // c.theirs holds its edit lock
    CHECK(error.contains(QStringLiteral("open for editing in another window")));

    REQUIRE(c.theirs->connection().execute("PRAGMA user_version = 99"));
    c.theirs.reset();
    CHECK_FALSE(MergeSource::open(*c.mine.catalogue, c.theirsPath, &error));
    CHECK(error.contains(QStringLiteral("newer")));
    CHECK(sqlInt(*c.mine.catalogue, QStringLiteral("SELECT count(*) FROM measure")) == 5);
}

TEST_CASE("the preview counts each kind of change and lists the measures by title")
{
    Colleagues c;
    edit(*c.theirs, firstUuid(*c.theirs, 0), [](Measure &m) { m.website = QStringLiteral("https://a.example.org"); });
    for (int i = 0; i < 3; ++i) {
        Measure m;
        m.title = QStringLiteral("Nueva medida %1").arg(3 - i);
        REQUIRE(CatalogueAccess(*c.theirs).save(m).saved);
    }
    CatalogueAccess theirs(*c.theirs);
    REQUIRE(theirs.remove({load(*c.theirs, firstUuid(*c.theirs, 1)).id}).isEmpty());
    const MergePlan plan = c.plan();
    CHECK(plan.count(MergeEntry::Kind::Added) == 3);
    CHECK(plan.count(MergeEntry::Kind::Updated) == 1);
    CHECK(plan.count(MergeEntry::Kind::Deleted) == 1);
    CHECK(plan.identical == 3);
    CHECK(plan.entries.at(1).title() == u"Nueva medida 1");
    CHECK(plan.entries.at(3).title() == u"Nueva medida 3");
}

namespace {

// What a killed merge must leave: all of it or none of it, in every table it writes.
QList<qint64> footprint(const Catalogue &catalogue)
{
    QList<qint64> counts;
    for (const char *sql : {"SELECT count(*) FROM measure", "SELECT count(*) FROM revision", "SELECT count(*) FROM tombstone",
                            "SELECT count(*) FROM measure_partner", "SELECT count(*) FROM measure_term", "SELECT count(*) FROM partner",
                            "SELECT count(*) FROM partner_revision",
                            "SELECT count(*) FROM measure m WHERE NOT EXISTS (SELECT 1 FROM revision r WHERE r.id = m.revision)"})
        counts << sqlInt(catalogue, QString::fromLatin1(sql));
    return counts;
}

} // namespace

TEST_CASE("a merge killed at any moment leaves all of its measures or none, with their histories, tombstones and links")
{
    Colleagues c;
    c.mine.close();
    QByteArray csv = "title,country,domains,partners\r\n";
    for (int i = 0; i < 6000; ++i)
        csv += "Programa " + QByteArray::number(i) + ",PER,music,Socio " + QByteArray::number(i % 9) + " [civil_society]\r\n";
    const QString file = c.mine.file(QStringLiteral("many.csv"));
    writeBytes(file, csv);
    REQUIRE(importFile(*c.theirs, file).ok);
    // Their deletion of one of the five travels too.
    REQUIRE(CatalogueAccess(*c.theirs).remove({load(*c.theirs, firstUuid(*c.theirs, 0)).id}).isEmpty());
    c.theirs.reset();

    const auto runWriter = [&](const QString &path, int killAfterMs, qint64 *applyMs) {
        QProcess writer;
        writer.start(QStringLiteral(CRASH_WRITER), {QStringLiteral("merge"), path, c.theirsPath});
        REQUIRE(writer.waitForStarted());
        while (!writer.readAllStandardOutput().contains("planned")) // the plan reads, writes nothing
            REQUIRE(writer.waitForReadyRead(60000));
        QElapsedTimer timer;
        timer.start();
        if (killAfterMs >= 0) {
            QThread::msleep(killAfterMs);
            writer.kill();
        }
        writer.waitForFinished(120000);
        if (applyMs)
            *applyMs = timer.elapsed();
        return writer.readAllStandardOutput().contains("merged");
    };
    // One merge left alone: what "all of it" is, and how long it takes.
    const QString whole = c.mine.file(QStringLiteral("whole.measures"));
    REQUIRE(QFile::copy(c.mine.path, whole));
    qint64 applyMs = 0;
    REQUIRE(runWriter(whole, -1, &applyMs));
    QList<qint64> before, after;
    {
        CatalogueError error;
        auto untouched = Catalogue::open(c.mine.path, {Catalogue::Access::ReadOnly, true}, &error);
        REQUIRE(untouched);
        before = footprint(*untouched);
        auto merged = Catalogue::open(whole, {Catalogue::Access::ReadOnly, true}, &error);
        REQUIRE(merged);
        after = footprint(*merged);
    }
    REQUIRE(after.first() == 6004);
    REQUIRE(before.last() == 0);
    REQUIRE(after.last() == 0);

    QRandomGenerator random(11);
    int interrupted = 0;
    for (int round = 0; round < 8; ++round) {
        const QString path = c.mine.file(QStringLiteral("round%1.measures").arg(round));
        REQUIRE(QFile::copy(c.mine.path, path));
        const int delay = int(random.bounded(qMax<qint64>(1, applyMs * 9 / 10)));
        INFO("round " << round << ", killed " << delay << " ms into a merge of " << applyMs << " ms");
        const bool done = runWriter(path, delay, nullptr);
        CatalogueError error;
        auto catalogue = Catalogue::open(path, {Catalogue::Access::ReadOnly, true}, &error);
        INFO(error.message().toStdString());
        REQUIRE(catalogue);
        const QList<qint64> found = footprint(*catalogue);
        CHECK((found == before || found == after));
        if (done)
            CHECK(found == after);
        interrupted += found == before ? 1 : 0;
    }
    CHECK(interrupted > 0);
}

TEST_CASE("a merge that fails after its backup copy leaves the catalogue as it was and no backup or backups folder behind")
{
    Colleagues c;
    const QString uuid = firstUuid(*c.theirs);
    edit(*c.theirs, uuid, [](Measure &m) { m.fundingText = QStringLiteral("USD 5 million"); });
    Measure added;
    added.title = QStringLiteral("A measure of theirs");
    REQUIRE(CatalogueAccess(*c.theirs).save(added).saved);
    MergePlan plan = c.plan();
    REQUIRE(plan.count(MergeEntry::Kind::Added) == 1);
    REQUIRE(plan.count(MergeEntry::Kind::Updated) == 1);
    // Written last (plans list by title), refused by the store: the first write is rolled back.
    for (MergeEntry &entry : plan.entries)
        if (entry.kind == MergeEntry::Kind::Added) {
            Measure untitled = *entry.theirs;
            untitled.title.clear();
            entry.theirs = std::make_shared<const Measure>(untitled);
        }
    std::sort(plan.entries.begin(), plan.entries.end(), [](const MergeEntry &a, const MergeEntry &b) { return a.kind > b.kind; });
    c.mine.catalogue->checkpoint();
    const QByteArray before = sha256(c.mine.path);
    REQUIRE_FALSE(QFileInfo::exists(Backups::folderFor(c.mine.path)));

    const Merge::Applied applied = Merge::apply(*c.mine.catalogue, plan, Language::English, true);
    CHECK_FALSE(applied.ok);
    CHECK(applied.error.contains(QStringLiteral("cannot be merged")));
    CHECK(applied.backup.isEmpty());
    CHECK_FALSE(QFileInfo::exists(Backups::folderFor(c.mine.path)));
    CHECK(load(*c.mine.catalogue, uuid).fundingText != u"USD 5 million");
    c.mine.catalogue->checkpoint();
    CHECK(sha256(c.mine.path) == before);
}

TEST_CASE("a measure deleted on both sides is no question, and the coordinator's file sent back merges without one")
{
    Colleagues c;
    const QString uuid = firstUuid(*c.mine.catalogue, 2);
    // I changed it and then deleted it; my colleague deleted it as it was.
    edit(*c.mine.catalogue, uuid, [](Measure &m) { m.website = QStringLiteral("https://example.org"); });
    REQUIRE(CatalogueAccess(*c.mine.catalogue).remove({load(*c.mine.catalogue, uuid).id}).isEmpty());
    REQUIRE(CatalogueAccess(*c.theirs).remove({load(*c.theirs, uuid).id}).isEmpty());
    MergePlan plan = c.plan();
    CHECK(plan.entries.isEmpty());
    CHECK(plan.identical == 4);
    plan.prefer(MergeSide::Theirs);
    CHECK(Merge::apply(*c.mine.catalogue, plan, Language::English, false).ok);
}

TEST_CASE("a partner spelt differently by my colleague is my partner, and does not make their measure a change")
{
    Colleagues c;
    const QString uuid = firstUuid(*c.mine.catalogue, 0);
    const Measure mine = load(*c.mine.catalogue, uuid);
    REQUIRE_FALSE(mine.partners.isEmpty());
    Measure added;
    added.title = QStringLiteral("Otra medida con el mismo socio");
    added.partners = {{mine.partners.first().name.toUpper(), mine.partners.first().typeCode}};
    REQUIRE(CatalogueAccess(*c.theirs).save(added).saved);
    c.merge(c.plan());
    CHECK(load(*c.mine.catalogue, added.uuid).partners.first().name == mine.partners.first().name);
    CHECK(c.plan().changesNothing());
    // Sent back, my spelling is no change for them either, nor theirs for me afterwards.
    c.theirs.reset();
    c.mine.close();
    auto ana = Colleagues::openAt(c.theirsPath);
    {
        CatalogueError error;
        auto coordinator = Catalogue::open(c.mine.path, {Catalogue::Access::ReadOnly, false}, &error);
        REQUIRE(coordinator);
        MergePlan back = Merge::plan(*ana, *coordinator, QStringLiteral("coordinator.measures"), Language::English);
        REQUIRE(Merge::apply(*ana, back, Language::English, false).ok);
        CHECK(Merge::plan(*ana, *coordinator, QStringLiteral("coordinator.measures"), Language::English).changesNothing());
    }
    ana.reset();
    c.mine.reopen();
    c.theirs = Colleagues::openAt(c.theirsPath);
    CHECK(c.plan().changesNothing());
}

TEST_CASE("renaming a partner is a change of the measures naming it: it is in their history and comes in with a merge")
{
    Colleagues c;
    const QString uuid = firstUuid(*c.theirs, 0);
    const Measure before = load(*c.theirs, uuid);
    REQUIRE_FALSE(before.partners.isEmpty());
    PartnerStore partners(*c.theirs);
    const qint64 id = partners.idOf(before.partners.first().name);
    REQUIRE(partners.rename(id, QStringLiteral("Ministerio de las Culturas")).isEmpty());
    const Measure renamed = load(*c.theirs, uuid);
    CHECK(renamed.revision != before.revision);
    const QList<Revision> history = RevisionQuery(*c.theirs).historyOf(uuid, renamed.revision);
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.first().origin == RevisionOrigin::partners);

    const MergePlan plan = c.plan();
    REQUIRE_FALSE(plan.entries.isEmpty());
    CHECK(plan.count(MergeEntry::Kind::Updated) == int(plan.entries.size()));
    c.merge(plan);
    CHECK(load(*c.mine.catalogue, uuid).partners.first().name == u"Ministerio de las Culturas");
}

TEST_CASE("a merge kept for undo holds each measure once: its copies are the plan's, and recurring codes and partners are one string")
{
    Colleagues c;
    QStringList added;
    for (int i = 0; i < 3; ++i) {
        Measure m;
        m.title = QStringLiteral("Programa de lectura %1").arg(i);
        m.country = QStringLiteral("PER");
        m.domains = {QStringLiteral("publishing")};
        m.partners = {{QStringLiteral("Asociación Nacional de Bibliotecarios"), QStringLiteral("civil_society")}};
        REQUIRE(CatalogueAccess(*c.theirs).save(m).saved);
        added << m.uuid;
    }
    const QString changed = firstUuid(*c.theirs);
    const Measure mineBefore = load(*c.mine.catalogue, changed);
    edit(*c.theirs, changed, [](Measure &m) { m.resultsAchieved = QStringLiteral("Twelve new libraries."); });

    const MergePlan plan = c.plan();
    REQUIRE(plan.entries.size() == 4);
    QList<const MergeEntry *> news;
    const MergeEntry *update = nullptr;
    for (const MergeEntry &entry : plan.entries)
        if (entry.kind == MergeEntry::Kind::Added)
            news << &entry;
        else
            update = &entry;
    REQUIRE(news.size() == 3);
    REQUIRE(update);
    // Read once for all three measures: the same string, not three equal ones.
    CHECK(news[0]->theirs->domains.first().constData() == news[1]->theirs->domains.first().constData());
    CHECK(news[1]->theirs->partners.first().typeCode.constData() == news[2]->theirs->partners.first().typeCode.constData());
    CHECK(news[0]->theirs->partners.first().name.constData() == news[2]->theirs->partners.first().name.constData());

    const Merge::Applied applied = c.merge(plan);
    REQUIRE(applied.undoable);
    REQUIRE(applied.after.size() == 4);
    REQUIRE(applied.before.size() == 1);
    // What was written is what the plan read: kept as the plan's own copy, not a second one.
    for (const MergeEntry *entry : news)
        CHECK(std::count(applied.after.cbegin(), applied.after.cend(), entry->theirs) == 1);
    CHECK(applied.before.first() == update->mine);

    // Those copies still put the catalogue back, and forward again, field for field.
    const Measure merged = load(*c.mine.catalogue, changed);
    const Vocabulary vocabulary = VocabularyQuery::load(*c.mine.catalogue);
    REQUIRE(MeasureStore(*c.mine.catalogue, vocabulary).revert(applied.before, applied.addedUuids).isEmpty());
    CHECK(load(*c.mine.catalogue, changed).sameWrittenAs(mineBefore));
    CHECK_FALSE(CatalogueAccess(*c.mine.catalogue).loadByUuid(added.first()));
    REQUIRE(MeasureStore(*c.mine.catalogue, vocabulary).revert(applied.after, {}).isEmpty());
    CHECK(load(*c.mine.catalogue, changed).sameWrittenAs(merged));
    for (const MergeEntry *entry : news)
        CHECK(load(*c.mine.catalogue, entry->uuid).sameWrittenAs(*entry->theirs));
}
