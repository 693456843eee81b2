// SPDX-License-Identifier: GPL-3.0-or-later
// Measures' histories through any exchange of files (docs/design-notes.md, "The history model"):
// each case below went wrong before format 9, as colleagues exchanging files found.
#include "testsupport.h"

#include "catalogue/historymigrations.h"
#include "catalogue/sqliteconnection.h"
#include "merge/merge.h"
#include "model/legacydigest.h"
#include "model/measuredigest.h"
#include "model/sha256.h"
#include "query/revisionquery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>

namespace {

// Colleagues who each received a copy of one catalogue (the sample) and merge each other's files.
struct Team {
    Team()
    {
        origin.close();
        for (const char *name : {"ana", "beto", "carla"}) {
            const QString path = origin.file(QString::fromLatin1(name) + QStringLiteral(".measures"));
            REQUIRE(QFile::copy(origin.path, path));
            paths << path;
        }
        origin.reopen();
    }
    std::unique_ptr<Catalogue> open(int who)
    {
        CatalogueError error;
        auto catalogue = Catalogue::open(paths.at(who), {}, &error);
        INFO(error.message().toStdString());
        REQUIRE(catalogue);
        catalogue->setAuthor(QFileInfo(paths.at(who)).baseName());
        return catalogue;
    }
    // A copy of `who`'s file as it is now, as e-mailed.
    QString copyOf(int who)
    {
        const QString copy = origin.file(QStringLiteral("copy-%1.measures").arg(++copies));
        REQUIRE(QFile::copy(paths.at(who), copy));
        return copy;
    }
    // `who` merges a copy of `from`'s file as it is now; conflicts go to `prefer`.
    MergePlan merge(int who, int from, MergeSide prefer = MergeSide::Undecided, bool apply = true)
    {
        return mergeCopy(who, copyOf(from), prefer, apply);
    }
    MergePlan mergeCopy(int who, const QString &copy, MergeSide prefer = MergeSide::Undecided, bool apply = true)
    {
        auto mine = open(who);
        CatalogueError error;
        auto theirs = Catalogue::open(copy, {Catalogue::Access::ReadOnly, false}, &error);
        REQUIRE(theirs);
        MergePlan plan = Merge::plan(*mine, *theirs, QFileInfo(copy).fileName(), Language::English);
        INFO(plan.error.toStdString());
        REQUIRE(plan.error.isEmpty());
        const MergePlan asked = plan;
        if (prefer != MergeSide::Undecided)
            plan.prefer(prefer);
        if (apply && plan.unresolved() == 0) {
            const Merge::Applied applied = Merge::apply(*mine, plan, Language::English, false);
            INFO(applied.error.toStdString());
            REQUIRE(applied.ok);
        }
        return asked;
    }
    Measure load(int who, const QString &uuid)
    {
        auto catalogue = open(who);
        std::optional<Measure> m = CatalogueAccess(*catalogue).loadByUuid(uuid);
        REQUIRE(m);
        return *m;
    }
    bool has(int who, const QString &uuid) { return bool(CatalogueAccess(*open(who)).loadByUuid(uuid)); }
    void edit(int who, const QString &uuid, const std::function<void(Measure &)> &change)
    {
        auto catalogue = open(who);
        CatalogueAccess access(*catalogue);
        Measure m = *access.loadByUuid(uuid);
        change(m);
        REQUIRE(access.save(m).saved);
    }
    void remove(int who, const QString &uuid)
    {
        auto catalogue = open(who);
        CatalogueAccess access(*catalogue);
        REQUIRE(access.remove({access.loadByUuid(uuid)->id}).isEmpty());
    }
    QString head(int who, const QString &uuid)
    {
        QHash<QString, RevisionQuery::Head> heads;
        REQUIRE(RevisionQuery(*open(who)).heads(&heads));
        return heads.value(uuid).revision;
    }

    TempCatalogue origin{TempCatalogue::Content::Sample, QStringLiteral("origin.measures")};
    QStringList paths;
    int copies = 0;
    QString uuid = firstOf(origin);
    static QString firstOf(TempCatalogue &t)
    {
        CatalogueAccess access(*t.catalogue);
        return access.load(access.ids().first())->uuid;
    }
};

const MergeEntry *entryFor(const MergePlan &plan, const QString &uuid)
{
    for (const MergeEntry &entry : plan.entries)
        if (entry.uuid == uuid)
            return &entry;
    return nullptr;
}

enum { Ana, Beto, Carla };

} // namespace

TEST_CASE("a colleague's change of country travels, and mine is not overwritten when they changed another field")
{
    Team team;
    team.edit(Beto, team.uuid, [](Measure &m) { m.country = QStringLiteral("ARG"); });
    const MergePlan plan = team.merge(Ana, Beto);
    REQUIRE(entryFor(plan, team.uuid));
    CHECK(entryFor(plan, team.uuid)->theirChanges == QList<MeasureField>{MeasureField::Country});
    CHECK(team.load(Ana, team.uuid).country == u"ARG");

    team.edit(Ana, team.uuid, [](Measure &m) { m.country = QStringLiteral("COL"); });
    team.edit(Beto, team.uuid, [](Measure &m) { m.website = QStringLiteral("https://beto.example.org"); });
    const MergePlan both = team.merge(Ana, Beto);
    REQUIRE(entryFor(both, team.uuid));
    CHECK(entryFor(both, team.uuid)->kind == MergeEntry::Kind::Combined);
    CHECK(team.load(Ana, team.uuid).country == u"COL");
    CHECK(team.load(Ana, team.uuid).website == u"https://beto.example.org");
}

TEST_CASE("after two colleagues merged each other differently, a revert of the title is a question, never taken silently")
{
    Team team;
    const QString original = team.load(Ana, team.uuid).title;
    team.edit(Ana, team.uuid, [](Measure &m) { m.title = QStringLiteral("Título de Ana"); });
    team.edit(Beto, team.uuid, [](Measure &m) { m.title = QStringLiteral("Título de Beto"); });
    // Criss-cross: on the same day each merges the copy the other sent, each keeping their own title.
    const QString fromAna = team.copyOf(Ana), fromBeto = team.copyOf(Beto);
    CHECK(team.mergeCopy(Ana, fromBeto, MergeSide::Mine).conflictCount() == 1);
    CHECK(team.mergeCopy(Beto, fromAna, MergeSide::Mine).conflictCount() == 1);
    // Ana goes back to the original title; Beto still holds his.
    team.edit(Ana, team.uuid, [&](Measure &m) { m.title = original; });
    const MergePlan plan = team.merge(Beto, Ana, MergeSide::Undecided, false);
    REQUIRE(entryFor(plan, team.uuid));
    CHECK(entryFor(plan, team.uuid)->kind == MergeEntry::Kind::Conflict);
    CHECK(entryFor(plan, team.uuid)->conflicts == QList<MeasureField>{MeasureField::Title});
    CHECK(team.load(Beto, team.uuid).title == u"Título de Beto");
}

TEST_CASE("the same content reached along two paths is recorded when merged, so the fork closes and neither side asks again")
{
    Team team;
    team.edit(Ana, team.uuid, [](Measure &m) { m.title = QStringLiteral("Nuevo título"); });
    team.edit(Ana, team.uuid, [](Measure &m) { m.website = QStringLiteral("https://same.example.org"); });
    team.edit(Beto, team.uuid, [](Measure &m) { m.website = QStringLiteral("https://same.example.org"); });
    team.edit(Beto, team.uuid, [](Measure &m) { m.title = QStringLiteral("Nuevo título"); });
    REQUIRE(team.head(Ana, team.uuid) != team.head(Beto, team.uuid));
    const MergePlan plan = team.merge(Ana, Beto);
    CHECK(plan.changesNothing());
    CHECK(plan.writesHistory());
    // Beto takes Ana's merge as it is: both now at one revision.
    team.merge(Beto, Ana);
    CHECK(team.head(Ana, team.uuid) == team.head(Beto, team.uuid));
    CHECK_FALSE(team.merge(Ana, Beto, MergeSide::Undecided, false).writesHistory());
}

TEST_CASE("a relayed deletion is the sender's own, so a colleague who kept the measure is not asked again by every relay")
{
    Team team;
    team.remove(Ana, team.uuid);
    team.edit(Carla, team.uuid, [](Measure &m) { m.website = QStringLiteral("https://carla.example.org"); });
    // Carla keeps her version against Ana's deletion.
    const MergePlan asked = team.merge(Carla, Ana, MergeSide::Mine);
    REQUIRE(entryFor(asked, team.uuid));
    CHECK(entryFor(asked, team.uuid)->isDeletionConflict());
    CHECK(team.has(Carla, team.uuid));
    // Beto relays Ana's deletion: he adopts it as it is...
    const MergePlan relayed = team.merge(Beto, Ana);
    CHECK(entryFor(relayed, team.uuid)->kind == MergeEntry::Kind::Deleted);
    CHECK(team.head(Beto, team.uuid) == team.head(Ana, team.uuid));
    // ...so Carla, who decided already, is not asked again, and keeps her measure.
    const MergePlan again = team.merge(Carla, Beto, MergeSide::Theirs);
    CHECK_FALSE(entryFor(again, team.uuid));
    CHECK(team.has(Carla, team.uuid));
}

TEST_CASE("the deletion of a measure I never had is kept, and travels on through me")
{
    Team team;
    QString added;
    {
        auto ana = team.open(Ana);
        Measure m;
        m.title = QStringLiteral("Medida de Ana");
        REQUIRE(CatalogueAccess(*ana).save(m).saved);
        added = m.uuid;
    }
    team.merge(Carla, Ana); // Carla receives it
    CHECK(team.has(Carla, added));
    team.remove(Ana, added);
    team.merge(Beto, Ana); // Beto never had it: he keeps its tombstone
    CHECK_FALSE(team.has(Beto, added));
    CHECK(sqlInt(*team.open(Beto), QStringLiteral("SELECT count(*) FROM tombstone WHERE uuid = '%1'").arg(added)) == 1);
    const MergePlan fromBeto = team.merge(Carla, Beto);
    REQUIRE(entryFor(fromBeto, added));
    CHECK(entryFor(fromBeto, added)->kind == MergeEntry::Kind::Deleted);
    CHECK_FALSE(team.has(Carla, added));
}

TEST_CASE("measures deleted on both sides are recorded when merged, and the copies end at one revision")
{
    Team team;
    team.edit(Ana, team.uuid, [](Measure &m) { m.website = QStringLiteral("https://ana.example.org"); });
    team.remove(Ana, team.uuid); // after an edit: another deletion than Beto's
    team.remove(Beto, team.uuid);
    REQUIRE(team.head(Ana, team.uuid) != team.head(Beto, team.uuid));
    const MergePlan plan = team.merge(Ana, Beto);
    CHECK(plan.entries.isEmpty());
    CHECK(plan.writesHistory());
    team.merge(Beto, Ana);
    CHECK(team.head(Ana, team.uuid) == team.head(Beto, team.uuid));
}

TEST_CASE("an edit undone after the file was copied does not come back from the copy, and a deletion undone is not redone by it")
{
    Team team;
    const Measure before = team.load(Ana, team.uuid);
    QString copy;
    {
        auto ana = team.open(Ana);
        const Vocabulary storeVocabulary = VocabularyQuery::load(*ana);
        MeasureStore store(*ana, storeVocabulary);
        Measure m = *CatalogueAccess(*ana).loadByUuid(team.uuid);
        m.title = QStringLiteral("Un título que deshago");
        REQUIRE(store.save(m, Language::English).saved);
        ana.reset();
        copy = team.origin.file(QStringLiteral("sent.measures"));
        REQUIRE(QFile::copy(team.paths.at(Ana), copy)); // e-mailed with the edit
        ana = team.open(Ana);
        const Vocabulary undoVocabulary = VocabularyQuery::load(*ana);
        MeasureStore undo(*ana, undoVocabulary);
        REQUIRE(undo.restore({before}).isEmpty()); // Edit ▸ Undo
    }
    CHECK(team.load(Ana, team.uuid).title == before.title);
    {
        auto ana = team.open(Ana);
        CatalogueError error;
        auto sent = Catalogue::open(copy, {Catalogue::Access::ReadOnly, false}, &error);
        REQUIRE(sent);
        CHECK(Merge::plan(*ana, *sent, QStringLiteral("sent.measures"), Language::English).changesNothing());
    }
    // A deletion undone after a copy: the copy's deletion is mine and older, not a new question.
    team.remove(Ana, team.uuid);
    const QString deleted = team.origin.file(QStringLiteral("sent-deleted.measures"));
    REQUIRE(QFile::copy(team.paths.at(Ana), deleted));
    {
        auto ana = team.open(Ana);
        const Vocabulary undoVocabulary = VocabularyQuery::load(*ana);
        MeasureStore undo(*ana, undoVocabulary);
        REQUIRE(undo.restore({before}).isEmpty());
        CatalogueError error;
        auto sent = Catalogue::open(deleted, {Catalogue::Access::ReadOnly, false}, &error);
        REQUIRE(sent);
        CHECK(Merge::plan(*ana, *sent, QStringLiteral("sent.measures"), Language::English).changesNothing());
    }
    CHECK(team.has(Ana, team.uuid));
}

TEST_CASE("an edit of any field changes the revision and that field's digest only, and a field at its default has no digest")
{
    const Measure blank;
    CHECK(MeasureDigest::fields(blank).isEmpty());
    const Measure full = completeMeasure();
    const QByteArray all = MeasureDigest::fields(full);
    CHECK(MeasureDigest::isWellFormed(all));
    QSet<int> tags;
    for (MeasureField field : MeasureFields::contentFields()) {
        INFO("field " << MeasureFields::key(field).toStdString());
        const int tag = MeasureDigest::tag(field);
        CHECK(tag > 0);
        CHECK_FALSE(tags.contains(tag));
        tags.insert(tag);
        // Each field of the form, edited: its digest (128 bits) and the revision change, nothing else.
        Measure edited = full;
        Measure other;
        other.title = QStringLiteral("otro");
        other.country = QStringLiteral("ZZZ");
        other.reportYear = 2099;
        other.fundingUsdCents = 1;
        for (QString *text : {&other.evaluated, &other.targetsArticle7, &other.targetsYoungPeople, &other.ifcdFunding, &other.reasonConvention,
                              &other.reasonPolicyDiscussion, &other.reasonOther, &other.innovative})
            *text = QStringLiteral("maybe");
        other.status = QStringLiteral("other");
        other.scopes = other.natures = other.goals = other.monitoringAreas = other.domains = other.valueChain = {QStringLiteral("zz")};
        other.partners = {{QStringLiteral("Otro socio"), QStringLiteral("civil_society")}};
        for (MeasureField f : MeasureFields::contentFields())
            if (QString *text = MeasureFields::text(other, f))
                *text = QStringLiteral("otro valor");
        MeasureFields::assign(edited, other, field);
        const QByteArray changed = MeasureDigest::fields(edited);
        CHECK(MeasureDigest::changedFields(all, changed) == QList<MeasureField>{field});
        CHECK(MeasureDigest::field(edited, field).size() == MeasureDigest::kDigestBytes);
        CHECK(MeasureDigest::revisionId(full.uuid, {QStringLiteral("p")}, all)
              != MeasureDigest::revisionId(full.uuid, {QStringLiteral("p")}, changed));
        // Back at its default, the field has no entry at all.
        Measure cleared = full;
        MeasureFields::assign(cleared, blank, field);
        CHECK(MeasureDigest::entry(MeasureDigest::fields(cleared), field).isEmpty());
    }
    // A merge made by either side, with the same outcome, is one revision.
    CHECK(MeasureDigest::revisionId(full.uuid, {QStringLiteral("a"), QStringLiteral("b")}, all)
          == MeasureDigest::revisionId(full.uuid, {QStringLiteral("b"), QStringLiteral("a")}, all));
}

TEST_CASE("migration 8 still gives the first revisions format 8 gave, so copies upgraded by any version share them")
{
    // A catalogue of format 7 holding one measure, upgraded as the app opens it.
    TempCatalogue t;
    Measure kept;
    kept.uuid = QStringLiteral("3f2b8c1e-5d4a-4e6f-9b7c-2a1d0e9f8c7b");
    kept.title = QStringLiteral("Ley del libro");
    kept.country = QStringLiteral("PER");
    kept.reportYear = 2020;
    kept.partners = {{QStringLiteral("Ministerio de Cultura"), QStringLiteral("public_sector")}};
    kept.domains = {QStringLiteral("publishing"), QStringLiteral("music")};
    REQUIRE(CatalogueAccess(*t.catalogue).save(kept).saved);
    for (const char *sql : {"DROP TABLE term_label", "DROP TABLE team_head", "DROP TABLE team_partner_head", "DROP TABLE team_view", "DROP TABLE team_link", "DROP TABLE revision",
                            "DROP TABLE tombstone", "DROP TABLE partner_revision", "ALTER TABLE measure DROP COLUMN revision",
                            "ALTER TABLE partner DROP COLUMN revision", "PRAGMA user_version = 7"})
        REQUIRE(t.catalogue->connection().execute(sql));
    t.reopen();
    // Its first revision is format 8's (computed apart from the app, below), and format 9's follows it.
    CHECK(sqlInt(*t.catalogue, QStringLiteral("SELECT count(*) FROM revision WHERE id = 'd66af922796efa99' AND parent IS NULL")) == 1);
    const Measure upgraded = *CatalogueAccess(*t.catalogue).loadByUuid(kept.uuid);
    CHECK(sqlInt(*t.catalogue, QStringLiteral("SELECT count(*) FROM revision WHERE id = '%1' AND parent = 'd66af922796efa99'").arg(upgraded.revision)) == 1);

    Measure m;
    m.uuid = QStringLiteral("3f2b8c1e-5d4a-4e6f-9b7c-2a1d0e9f8c7b");
    m.title = QStringLiteral("Ley del libro");
    m.country = QStringLiteral("PER"); // format 8 did not digest the country
    m.reportYear = 2020;
    m.partners = {{QStringLiteral("Ministerio de Cultura"), QStringLiteral("public_sector")}};
    m.domains = {QStringLiteral("publishing"), QStringLiteral("music")};
    // Computed apart from the app (FNV-1a over UTF-16 by format 8's field order, SHA-1 of the id).
    CHECK(LegacyDigest::revisionId(m.uuid, {}, {}, LegacyDigest::fields(m)) == u"d66af922796efa99");
}

TEST_CASE("the History tab lists a measure's revisions in causal order, whatever the colleagues' clocks said")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    CatalogueAccess access(*t.catalogue);
    Measure m = *access.load(access.ids().first());
    m.title = QStringLiteral("Primero");
    REQUIRE(access.save(m).saved);
    m.title = QStringLiteral("Después");
    REQUIRE(access.save(m).saved);
    const QString latest = access.loadByUuid(m.uuid)->revision;
    // The latest revision was made on a laptop whose clock was a year behind.
    sqlRun(*t.catalogue, QStringLiteral("UPDATE revision SET changed_at = '2025-01-01T00:00:00Z' WHERE id = '%1'").arg(latest));
    const QList<Revision> history = RevisionQuery(*t.catalogue).historyOf(m.uuid, latest);
    REQUIRE(history.size() >= 3);
    CHECK(history.first().id == latest);
    for (int i = 0; i + 1 < history.size(); ++i)
        CHECK(history.at(i).parents().contains(history.at(i + 1).id)); // one line here: each made from the next
}

TEST_CASE("a history longer than a merge reads is refused as the file's content, not as a file that cannot be read")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    QHash<QString, RevisionQuery::Head> heads;
    RevisionQuery history(*t.catalogue);
    REQUIRE(history.heads(&heads));
    QHash<QString, Revision> revisions;
    REQUIRE(history.revisionsOf(heads.keys(), &revisions));
    REQUIRE(revisions.size() > 2);
    QHash<QString, Revision> few;
    CHECK_FALSE(history.revisionsOf(heads.keys(), &few, 2));
    CHECK(history.invalidData());
    CHECK(history.error() == RevisionQuery::tooLong(2));
    CHECK(history.error().contains(QStringLiteral("more than 2 revisions")));
    // The next read starts afresh.
    CHECK(history.revisionsOf(heads.keys(), &few));
    CHECK_FALSE(history.invalidData());
}

TEST_CASE("SHA-256 with the processor's instructions gives Qt's bytes, whatever the pieces it is given in")
{
    INFO("accelerated: " << Sha256::accelerated());
    QRandomGenerator random(7);
    for (int size : {0, 1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 70000}) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        const QByteArray expected = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        CHECK(Sha256::hash(bytes) == expected);
        Sha256 pieces;
        for (qsizetype at = 0; at < bytes.size();) {
            const qsizetype n = qMin<qsizetype>(bytes.size() - at, random.bounded(1, 150));
            pieces.addData(QByteArrayView(bytes.constData() + at, n));
            at += n;
        }
        CHECK(pieces.result() == expected);
        CHECK(pieces.result() == expected); // asked again: the same
    }
}

TEST_CASE("a field's digest and a revision's id are still SHA-256 of what format 9 says")
{
    Measure m;
    m.uuid = QStringLiteral("7d0b1a52-8c0f-4f3e-9a57-0d6f3b6f2d11");
    m.title = QStringLiteral("Música en las escuelas");
    QCryptographicHash field(QCryptographicHash::Sha256);
    field.addData("mc-field/2\ntitle\n");
    field.addData(m.title.toUtf8());
    CHECK(MeasureDigest::field(m, MeasureField::Title) == field.result().left(MeasureDigest::kDigestBytes));
    const QByteArray fields = MeasureDigest::fields(m);
    QCryptographicHash id(QCryptographicHash::Sha256);
    id.addData("mc-revision/2\n");
    id.addData(m.uuid.toUtf8());
    id.addData("\na,b\n");
    id.addData(fields);
    CHECK(MeasureDigest::revisionId(m.uuid, {QStringLiteral("b"), QStringLiteral("a")}, fields)
          == QString::fromLatin1(id.result().left(MeasureDigest::kIdLength / 2).toHex()));
}
