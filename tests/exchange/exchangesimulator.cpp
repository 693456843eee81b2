// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangesimulator.h"

#include "exchangemodel.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqlitestatement.h"
#include "merge/duplicatemerge.h"
#include "merge/merge.h"
#include "merge/mergeplan.h"
#include "model/choices.h"
#include "model/measurefield.h"
#include "query/measurequery.h"
#include "query/partnerquery.h"
#include "query/revisionquery.h"
#include "query/vocabularyquery.h"
#include "session/cataloguesession.h"
#include "store/measurestore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>
#include <QtEndian>
#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace ExchangeModel;

namespace {

// ---- The palette: few values per field, so that colleagues often change the same things. ----

const QStringList kTitles = {QStringLiteral("Fondo de fomento"), QStringLiteral("Programa de becas"), QStringLiteral("Ley del libro"),
                             QStringLiteral("Red de museos"), QStringLiteral("Festival nacional")};
const QStringList kCountries = {QString(), QStringLiteral("ARG"), QStringLiteral("COL"), QStringLiteral("MEX"), QStringLiteral("PER")};
const QStringList kTexts = {QString(), QStringLiteral("uno"), QStringLiteral("dos"), QStringLiteral("tres")};
const QStringList kUrls = {QString(), QStringLiteral("https://a.example.org"), QStringLiteral("https://b.example.org")};
const QStringList kYears = {QString(), QStringLiteral("2016"), QStringLiteral("2020"), QStringLiteral("2024")};
const QStringList kAmounts = {QString(), QStringLiteral("100"), QStringLiteral("250000")};
const QStringList kPlatformIds = {QString(), QStringLiteral("PM-1"), QStringLiteral("PM-2")};
const QStringList kScopes = {QStringLiteral("local"), QStringLiteral("regional"), QStringLiteral("national"), QStringLiteral("international")};
const QStringList kNatures = {QStringLiteral("legislative"), QStringLiteral("regulatory"), QStringLiteral("financial"),
                              QStringLiteral("institutional")};
const QStringList kDomains = {QStringLiteral("cinema_audiovisual"), QStringLiteral("music"), QStringLiteral("performing_arts"),
                              QStringLiteral("visual_arts"), QStringLiteral("publishing"), QStringLiteral("design"),
                              QStringLiteral("media_arts"), QStringLiteral("multidomain")};
// The monitoring areas and the Convention goal each belongs to (design.md, not the app's tables).
const QList<QPair<QString, QString>> kAreas = {
    {QStringLiteral("cultural_creative_sectors"), QStringLiteral("1")}, {QStringLiteral("media_diversity"), QStringLiteral("1")},
    {QStringLiteral("digital_environment"), QStringLiteral("1")},       {QStringLiteral("civil_society"), QStringLiteral("1")},
    {QStringLiteral("mobility"), QStringLiteral("2")},                  {QStringLiteral("flow_goods_services"), QStringLiteral("2")},
    {QStringLiteral("treaties"), QStringLiteral("2")},                  {QStringLiteral("national_policies"), QStringLiteral("3")},
    {QStringLiteral("international_cooperation"), QStringLiteral("3")}, {QStringLiteral("gender_equality"), QStringLiteral("4")},
    {QStringLiteral("artistic_freedom"), QStringLiteral("4")}};
const QStringList kPartnerTypes = {QStringLiteral("public_sector"), QStringLiteral("private_sector"), QStringLiteral("civil_society"),
                                   QStringLiteral("international_organization"), QStringLiteral("not_stated")};
// Partners by name, with the type they are first made with. The last one is made during the run.
const QList<QPair<QString, QString>> kPartners = {{QStringLiteral("Ministerio de Cultura"), QStringLiteral("public_sector")},
                                                  {QStringLiteral("Fondo Nacional de las Artes"), QStringLiteral("public_sector")},
                                                  {QStringLiteral("Red de Teatros"), QStringLiteral("civil_society")},
                                                  {QStringLiteral("UNESCO"), QStringLiteral("international_organization")},
                                                  {QStringLiteral("Colectivo Nuevo"), QStringLiteral("civil_society")}};

QString partnerKey(const QString &name) { return name.simplified().toCaseFolded(); }

// A monitoring area chosen records its goal (design.md): a merged content obeys that rule too.
void withGoalsOfAreas(State &state)
{
    if (state.deleted)
        return;
    QStringList goals = state.content.value(QStringLiteral("goals")).split(u',', Qt::SkipEmptyParts);
    for (const QString &area : state.content.value(QStringLiteral("monitoring_areas")).split(u',', Qt::SkipEmptyParts))
        for (const auto &known : kAreas)
            if (known.first == area && !goals.contains(known.second))
                goals << known.second;
    std::sort(goals.begin(), goals.end());
    state.content.insert(QStringLiteral("goals"), goals.join(u','));
}
QString partnerName(const QString &key)
{
    for (const auto &p : kPartners)
        if (partnerKey(p.first) == key)
            return p.first;
    return key;
}

const QList<MeasureField> &fields() { return MeasureFields::contentFields(); }
QStringList fieldKeys()
{
    QStringList keys;
    for (MeasureField f : fields())
        keys << MeasureFields::key(f);
    return keys;
}

// ---- Content as the model holds it: canonical text per field, from a Measure and back. ----

QString canonical(const Measure &m, MeasureField f)
{
    using T = MeasureFields::Type;
    switch (MeasureFields::type(f)) {
    case T::Terms:
    case T::Choices: {
        QStringList codes = *MeasureFields::codes(m, f);
        std::sort(codes.begin(), codes.end());
        return codes.join(u',');
    }
    case T::Partners: {
        QStringList keys;
        for (const PartnerLink &p : m.partners)
            keys << partnerKey(p.name);
        return keys.join(u'|');
    }
    case T::Term: return m.country;
    case T::Year: return m.reportYear ? QString::number(*m.reportYear) : QString();
    case T::Money: return m.fundingUsdCents ? QString::number(*m.fundingUsdCents) : QString();
    case T::Choice: return *MeasureFields::choice(m, f);
    default: return *MeasureFields::text(m, f);
    }
}

Content contentOf(const Measure &m)
{
    Content c;
    for (MeasureField f : fields())
        c.insert(MeasureFields::key(f), canonical(m, f));
    return c;
}

void setField(Measure &m, MeasureField f, const QString &value, const QHash<QString, QString> &partnerTypes)
{
    using T = MeasureFields::Type;
    switch (MeasureFields::type(f)) {
    case T::Terms:
    case T::Choices: *MeasureFields::codes(m, f) = value.split(u',', Qt::SkipEmptyParts); break;
    case T::Partners:
        m.partners.clear();
        for (const QString &key : value.split(u'|', Qt::SkipEmptyParts))
            m.partners.append({partnerName(key), partnerTypes.value(key)});
        break;
    case T::Term: m.country = value; break;
    case T::Year: m.reportYear = value.isEmpty() ? std::nullopt : std::optional<int>(value.toInt()); break;
    case T::Money: m.fundingUsdCents = value.isEmpty() ? std::nullopt : std::optional<qint64>(value.toLongLong()); break;
    case T::Choice: *MeasureFields::choice(m, f) = value; break;
    default: *MeasureFields::text(m, f) = value; break;
    }
}

QString describe(const State &s)
{
    if (s.deleted)
        return QStringLiteral("(deleted)");
    QStringList parts;
    static const Content blank = contentOf(Measure());
    for (auto it = s.content.cbegin(); it != s.content.cend(); ++it)
        if (it.value() != blank.value(it.key()))
            parts << it.key() + u'=' + it.value();
    return parts.join(QStringLiteral("; "));
}

// ---- Colleagues: an app session each, and the model's view of their copy. ----

struct Change {
    QString uuid;
    State before, after;
};
struct PartnerChange {
    QString key, before, after;
};
struct Step {
    QString what;
    QList<Change> measures;
    QList<PartnerChange> partners;
    QHash<QString, QString> createdPartners; // key -> the type it was made with
};

struct Colleague {
    QString name;
    QString path;
    std::unique_ptr<CatalogueSession> session;
    QMap<QString, int> heads;    // uuid -> version
    QMap<QString, int> partners; // key -> partner version
    QList<Step> steps;
    int done = 0; // steps [0, done) are done, the rest can be redone
    // Versions this copy first recorded (its own, or brought by a merge from a copy that recorded
    // them so) as made by undoing a merge of a colleague's catalogue, and as answers to Compare
    // Again: what Compare Again asks about, and what it no longer asks about.
    QSet<int> undoMergeVersions;
    QHash<int, int> answerVersions; // -> their head it joined
};

class Simulation
{
public:
    explicit Simulation(const ExchangeSimulator::Options &options) : m_options(options), m_random(options.seed), m_keys(fieldKeys()) {}

    ExchangeSimulator::Result run();

private:
    // Model operations
    State stateOf(const Colleague &c, const QString &uuid) const;
    void setState(Colleague &c, const QString &uuid, const State &target, bool undoingMerge = false);
    QString typeOf(const Colleague &c, const QString &key) const { return m_history.at(c.partners.value(key)).type; }
    void setType(Colleague &c, const QString &key, const QString &type);
    void createPartnersNamed(Colleague &c, const State &state, Step *step);
    void forgetUnusedPartners(Colleague &c, const Step &step);
    void pushStep(Colleague &c, Step step);

    // App operations, each mirrored in the model.
    bool edit(Colleague &c);
    bool add(Colleague &c);
    bool remove(Colleague &c);
    bool undo(Colleague &c);
    bool redo(Colleague &c);
    bool retype(Colleague &c);
    bool duplicates(Colleague &c);
    bool reimport(Colleague &c);
    bool merge(Colleague &receiver, Colleague &sender, bool check = true);

    // What undos in `c` took away of `theirs` since it came in (Compare Again's questions).
    struct Undone {
        bool existence = false;
        QSet<QString> keys;
    };
    Undone undoneOfTheirs(const Colleague &c, int mine, int theirs) const;

    // Checks
    bool verify(Colleague &c);
    bool sameHistories(Colleague &a, Colleague &b);
    bool fail(const QString &what);

    QHash<QString, QString> partnerTypesOf(const Colleague &c) const;
    QString randomValue(MeasureField f);
    QStringList randomSubset(const QStringList &from, int most);
    void randomFields(Measure &m, Content &content, int count, const QHash<QString, QString> &partnerTypes);
    QList<qint64> liveIds(Colleague &c);
    QString copyOf(Colleague &c);
    QString newUuid();

    ExchangeSimulator::Options m_options;
    QRandomGenerator m_random;
    QStringList m_keys;
    QTemporaryDir m_dir;
    History m_history;
    std::vector<Colleague> m_colleagues;
    ExchangeSimulator::Result m_result;
    QStringList m_log;
    int m_copies = 0;
};

State Simulation::stateOf(const Colleague &c, const QString &uuid) const
{
    const auto it = c.heads.constFind(uuid);
    return it == c.heads.cend() ? State{true, {}} : m_history.at(it.value()).state;
}

void Simulation::setState(Colleague &c, const QString &uuid, const State &target, bool undoingMerge)
{
    const auto it = c.heads.constFind(uuid);
    int made = 0;
    if (it == c.heads.cend()) {
        if (target.deleted)
            return;
        made = m_history.version(uuid, {}, target);
    } else if (m_history.at(it.value()).state == target) {
        return; // nothing new: no new version
    } else {
        made = m_history.version(uuid, {it.value()}, target);
    }
    c.heads.insert(uuid, made);
    // A child of this copy's head is new to it: recorded with this step's origin.
    if (undoingMerge)
        c.undoMergeVersions.insert(made);
}

Simulation::Undone Simulation::undoneOfTheirs(const Colleague &c, int mine, int theirs) const
{
    Undone undone;
    QSet<int> since = m_history.ancestors({mine});
    since.subtract(m_history.ancestors({theirs}));
    QSet<int> answers; // what was answered before an answer to theirs is not asked again
    for (int v : std::as_const(since))
        if (const auto joined = c.answerVersions.constFind(v);
            joined != c.answerVersions.cend() && (*joined == theirs || m_history.isAncestor(*joined, theirs)))
            answers.insert(v);
    const QSet<int> answered = m_history.ancestors(answers);
    const State their = m_history.at(theirs).state, now = m_history.at(mine).state;
    for (int v : std::as_const(since)) {
        if (!c.undoMergeVersions.contains(v) || answered.contains(v) || m_history.at(v).parents.size() != 1)
            continue;
        const State was = m_history.at(m_history.at(v).parents.first()).state, left = m_history.at(v).state;
        if (was.deleted == their.deleted && left.deleted != their.deleted) {
            // Taken away (or brought back) by the undo, and still so here, not edited since.
            if (now.deleted == left.deleted && (left.deleted || now.content == left.content))
                undone.existence = true;
            continue;
        }
        if (was.deleted || left.deleted || their.deleted || now.deleted)
            continue;
        // A field the undo took from theirs, not changed here since.
        for (const QString &key : m_keys)
            if (was.content.value(key) == their.content.value(key) && left.content.value(key) != their.content.value(key)
                && now.content.value(key) == left.content.value(key))
                undone.keys.insert(key);
    }
    return undone;
}

void Simulation::setType(Colleague &c, const QString &key, const QString &type)
{
    const auto it = c.partners.constFind(key);
    if (it == c.partners.cend()) {
        c.partners.insert(key, m_history.version(QStringLiteral("partner:") + key, {}, {}, type));
        return;
    }
    if (m_history.at(it.value()).type != type)
        c.partners.insert(key, m_history.version(QStringLiteral("partner:") + key, {it.value()}, {}, type));
}

void Simulation::createPartnersNamed(Colleague &c, const State &state, Step *step)
{
    if (state.deleted)
        return;
    for (const QString &key : state.content.value(QStringLiteral("partners")).split(u'|', Qt::SkipEmptyParts)) {
        if (c.partners.contains(key))
            continue;
        QString type;
        for (const auto &p : kPartners)
            if (partnerKey(p.first) == key)
                type = p.second;
        if (step && step->createdPartners.contains(key))
            type = step->createdPartners.value(key);
        setType(c, key, type);
        if (step)
            step->createdPartners.insert(key, type);
    }
}

void Simulation::forgetUnusedPartners(Colleague &c, const Step &step)
{
    for (auto it = step.createdPartners.cbegin(); it != step.createdPartners.cend(); ++it) {
        bool used = false;
        for (auto h = c.heads.cbegin(); h != c.heads.cend() && !used; ++h) {
            const State &s = m_history.at(h.value()).state;
            used = !s.deleted && s.content.value(QStringLiteral("partners")).split(u'|').contains(it.key());
        }
        if (!used)
            c.partners.remove(it.key());
    }
}

void Simulation::pushStep(Colleague &c, Step step)
{
    c.steps.erase(c.steps.begin() + c.done, c.steps.end());
    c.steps << step;
    c.done = int(c.steps.size());
}

QHash<QString, QString> Simulation::partnerTypesOf(const Colleague &c) const
{
    QHash<QString, QString> types;
    for (auto it = c.partners.cbegin(); it != c.partners.cend(); ++it)
        types.insert(it.key(), m_history.at(it.value()).type);
    for (const auto &p : kPartners)
        if (!types.contains(partnerKey(p.first)))
            types.insert(partnerKey(p.first), p.second);
    return types;
}

QStringList Simulation::randomSubset(const QStringList &from, int most)
{
    QStringList picked;
    const int count = int(m_random.bounded(most + 1));
    for (int i = 0; i < count; ++i) {
        const QString value = from.at(int(m_random.bounded(int(from.size()))));
        if (!picked.contains(value))
            picked << value;
    }
    std::sort(picked.begin(), picked.end());
    return picked;
}

QString Simulation::randomValue(MeasureField f)
{
    using T = MeasureFields::Type;
    const auto pick = [this](const QStringList &values) { return values.at(int(m_random.bounded(int(values.size())))); };
    switch (f) {
    case MeasureField::Title: return pick(kTitles);
    case MeasureField::Website:
    case MeasureField::PlatformUrl:
    case MeasureField::PlatformCanonicalUrl: return pick(kUrls);
    case MeasureField::PlatformMeasureId: return pick(kPlatformIds);
    case MeasureField::Scope: return randomSubset(kScopes, 2).join(u',');
    case MeasureField::Nature: return randomSubset(kNatures, 2).join(u',');
    case MeasureField::Domains: return randomSubset(kDomains, 2).join(u',');
    case MeasureField::ValueChain: return randomSubset(ValueChain::codes(), 2).join(u',');
    default: break;
    }
    switch (MeasureFields::type(f)) {
    case T::Term: return pick(kCountries);
    case T::Year: return pick(kYears);
    case T::Money: return pick(kAmounts);
    case T::Choice: return pick(MeasureFields::choiceCodes(f));
    default: return pick(kTexts);
    }
}

// `count` fields of `m` (and of its model content) set to random values; goals and areas
// together, so that every goal an area needs is there (the form adds it too).
void Simulation::randomFields(Measure &m, Content &content, int count, const QHash<QString, QString> &partnerTypes)
{
    for (int i = 0; i < count; ++i) {
        const MeasureField f = fields().at(int(m_random.bounded(int(fields().size()))));
        if (f == MeasureField::Goals || f == MeasureField::MonitoringAreas) {
            QStringList areas, goals;
            for (int a = int(m_random.bounded(3)); a > 0; --a) {
                const auto &area = kAreas.at(int(m_random.bounded(int(kAreas.size()))));
                if (!areas.contains(area.first))
                    areas << area.first;
                if (!goals.contains(area.second))
                    goals << area.second;
            }
            if (m_random.bounded(2) == 0) {
                const QString goal = QString::number(1 + m_random.bounded(4));
                if (!goals.contains(goal))
                    goals << goal;
            }
            std::sort(areas.begin(), areas.end());
            std::sort(goals.begin(), goals.end());
            for (const auto &[field, list] : {std::pair{MeasureField::Goals, goals}, std::pair{MeasureField::MonitoringAreas, areas}}) {
                setField(m, field, list.join(u','), partnerTypes);
                content.insert(MeasureFields::key(field), list.join(u','));
            }
            continue;
        }
        QString value;
        if (f == MeasureField::Partners) {
            QStringList keys;
            const int made = m_random.bounded(10) == 0 ? 5 : 4; // the last partner is new to everyone
            for (int p = int(m_random.bounded(4)); p > 0; --p) {
                const QString key = partnerKey(kPartners.at(int(m_random.bounded(made))).first);
                if (!keys.contains(key))
                    keys << key;
            }
            value = keys.join(u'|');
        } else {
            value = randomValue(f);
        }
        setField(m, f, value, partnerTypes);
        content.insert(MeasureFields::key(f), canonical(m, f));
    }
}

QList<qint64> Simulation::liveIds(Colleague &c)
{
    return MeasureQuery(*c.session->catalogue()).find({}, {}).ids;
}

bool Simulation::fail(const QString &what)
{
    m_result.ok = false;
    m_result.failure = QStringLiteral("seed %1, step %2: %3\nSteps so far (the last 40):\n  %4")
                           .arg(m_options.seed)
                           .arg(m_result.steps)
                           .arg(what, m_log.mid(qMax(0, int(m_log.size()) - 40)).join(QStringLiteral("\n  ")));
    return false;
}

// ---- Operations ----

bool Simulation::edit(Colleague &c)
{
    const QList<qint64> ids = liveIds(c);
    if (ids.isEmpty())
        return add(c);
    std::optional<Measure> m = c.session->load(ids.at(int(m_random.bounded(int(ids.size())))));
    if (!m)
        return fail(QStringLiteral("%1 could not load a measure").arg(c.name));
    const State before = stateOf(c, m->uuid);
    State after = before;
    randomFields(*m, after.content, 1 + int(m_random.bounded(3)), partnerTypesOf(c));
    const MeasureStore::SaveResult saved = c.session->save(*m);
    if (!saved.saved)
        return fail(QStringLiteral("%1's edit was refused: %2 %3").arg(c.name, saved.error,
                                                                       saved.issues.isEmpty() ? QString() : saved.issues.first().message));
    m_log << QStringLiteral("%1 edits %2: %3").arg(c.name, m->uuid.left(8), describe(after));
    Step step{QStringLiteral("edit"), {{m->uuid, before, after}}, {}, {}};
    setState(c, m->uuid, after);
    createPartnersNamed(c, after, &step);
    pushStep(c, step);
    return true;
}

QString Simulation::newUuid()
{
    // Drawn from the seed, so that a seed replays exactly (measures are visited in uuid order).
    const quint64 high = m_random.generate64(), low = m_random.generate64();
    QByteArray bytes(16, Qt::Uninitialized);
    qToBigEndian(high, bytes.data());
    qToBigEndian(low, bytes.data() + 8);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

bool Simulation::add(Colleague &c)
{
    Measure m;
    m.uuid = newUuid();
    State after{false, contentOf(m)};
    randomFields(m, after.content, 3 + int(m_random.bounded(4)), partnerTypesOf(c));
    m.title = kTitles.at(int(m_random.bounded(int(kTitles.size()))));
    after.content.insert(QStringLiteral("title"), m.title);
    const MeasureStore::SaveResult saved = c.session->save(m);
    if (!saved.saved)
        return fail(QStringLiteral("%1's new measure was refused: %2").arg(c.name, saved.error));
    m_log << QStringLiteral("%1 adds %2: %3").arg(c.name, m.uuid.left(8), describe(after));
    Step step{QStringLiteral("add"), {{m.uuid, State{true, {}}, after}}, {}, {}};
    setState(c, m.uuid, after);
    createPartnersNamed(c, after, &step);
    pushStep(c, step);
    return true;
}

bool Simulation::remove(Colleague &c)
{
    const QList<qint64> ids = liveIds(c);
    if (ids.size() < 3)
        return add(c);
    QList<qint64> chosen{ids.at(int(m_random.bounded(int(ids.size()))))};
    if (m_random.bounded(3) == 0 && !chosen.contains(ids.first()))
        chosen << ids.first();
    Step step{QStringLiteral("delete"), {}, {}, {}};
    QStringList uuids;
    for (qint64 id : chosen) {
        const QString uuid = c.session->load(id)->uuid;
        step.measures << Change{uuid, stateOf(c, uuid), State{true, {}}};
        uuids << uuid.left(8);
    }
    if (const QString error = c.session->remove(chosen); !error.isEmpty())
        return fail(QStringLiteral("%1's deletion failed: %2").arg(c.name, error));
    m_log << QStringLiteral("%1 deletes %2").arg(c.name, uuids.join(u' '));
    for (const Change &change : std::as_const(step.measures))
        setState(c, change.uuid, change.after);
    pushStep(c, step);
    return true;
}

bool Simulation::undo(Colleague &c)
{
    if ((c.done > 0) != c.session->canUndo())
        return fail(QStringLiteral("%1 %2 undo; the model says there is %3 step to undo")
                        .arg(c.name, c.session->canUndo() ? QStringLiteral("can") : QStringLiteral("cannot"),
                             c.done > 0 ? QStringLiteral("a") : QStringLiteral("no")));
    if (c.done == 0)
        return edit(c);
    QString failure;
    QObject::connect(c.session.get(), &CatalogueSession::undoFailed, c.session.get(), [&failure](const QString &m) { failure = m; });
    c.session->undo();
    QObject::disconnect(c.session.get(), &CatalogueSession::undoFailed, nullptr, nullptr);
    if (!failure.isEmpty())
        return fail(QStringLiteral("%1's undo failed: %2").arg(c.name, failure));
    const Step &step = c.steps.at(--c.done);
    m_log << QStringLiteral("%1 undoes %2").arg(c.name, step.what);
    const bool ofMerge = step.what.startsWith(QStringLiteral("merge of "));
    for (auto it = step.measures.crbegin(); it != step.measures.crend(); ++it)
        setState(c, it->uuid, it->before, ofMerge);
    for (auto it = step.partners.crbegin(); it != step.partners.crend(); ++it)
        setType(c, it->key, it->before);
    forgetUnusedPartners(c, step);
    ++m_result.undos;
    return true;
}

bool Simulation::redo(Colleague &c)
{
    if ((c.done < c.steps.size()) != c.session->undoStack()->canRedo())
        return fail(QStringLiteral("%1 %2 redo; the model says there is %3 step to redo")
                        .arg(c.name, c.session->undoStack()->canRedo() ? QStringLiteral("can") : QStringLiteral("cannot"),
                             c.done < c.steps.size() ? QStringLiteral("a") : QStringLiteral("no")));
    if (c.done == c.steps.size())
        return edit(c);
    QString failure;
    QObject::connect(c.session.get(), &CatalogueSession::undoFailed, c.session.get(), [&failure](const QString &m) { failure = m; });
    c.session->redo();
    QObject::disconnect(c.session.get(), &CatalogueSession::undoFailed, nullptr, nullptr);
    if (!failure.isEmpty())
        return fail(QStringLiteral("%1's redo failed: %2").arg(c.name, failure));
    Step &step = c.steps[c.done++];
    m_log << QStringLiteral("%1 redoes %2").arg(c.name, step.what);
    for (const Change &change : std::as_const(step.measures)) {
        setState(c, change.uuid, change.after);
        createPartnersNamed(c, change.after, &step);
    }
    for (const PartnerChange &change : std::as_const(step.partners))
        setType(c, change.key, change.after);
    ++m_result.undos;
    return true;
}

bool Simulation::retype(Colleague &c)
{
    const QList<PartnerInfo> partners = PartnerQuery::all(*c.session->catalogue());
    if (partners.isEmpty())
        return edit(c);
    const PartnerInfo partner = partners.at(int(m_random.bounded(int(partners.size()))));
    QString type = partner.typeCode;
    while (type == partner.typeCode)
        type = kPartnerTypes.at(int(m_random.bounded(int(kPartnerTypes.size()))));
    if (const QString error = c.session->setPartnerType(partner.id, type); !error.isEmpty())
        return fail(QStringLiteral("%1's retype failed: %2").arg(c.name, error));
    const QString key = partnerKey(partner.name);
    m_log << QStringLiteral("%1 retypes %2 to %3").arg(c.name, key, type);
    Step step{QStringLiteral("retype"), {}, {{key, typeOf(c, key), type}}, {}};
    setType(c, key, type);
    pushStep(c, step);
    return true;
}

bool Simulation::duplicates(Colleague &c)
{
    const QList<qint64> ids = liveIds(c);
    if (ids.size() < 4)
        return add(c);
    const qint64 a = ids.at(int(m_random.bounded(int(ids.size()))));
    qint64 b = a;
    while (b == a)
        b = ids.at(int(m_random.bounded(int(ids.size()))));
    const Measure first = *c.session->load(a), second = *c.session->load(b);
    QList<MeasureField> fromSecond;
    for (MeasureField f : DuplicateMerge::differing(first, second))
        if (m_random.bounded(2) == 0)
            fromSecond << f;
    // The model's own idea of the result: the picked fields, and both lists of everything else.
    State kept = stateOf(c, first.uuid);
    const State other = stateOf(c, second.uuid);
    for (MeasureField f : fields()) {
        const QString key = MeasureFields::key(f);
        const auto type = MeasureFields::type(f);
        if (type == MeasureFields::Type::Terms || type == MeasureFields::Type::Choices) {
            QStringList codes = kept.content.value(key).split(u',', Qt::SkipEmptyParts);
            for (const QString &code : other.content.value(key).split(u',', Qt::SkipEmptyParts))
                if (!codes.contains(code))
                    codes << code;
            std::sort(codes.begin(), codes.end());
            kept.content.insert(key, codes.join(u','));
        } else if (type == MeasureFields::Type::Partners) {
            QStringList keys = kept.content.value(key).split(u'|', Qt::SkipEmptyParts);
            for (const QString &p : other.content.value(key).split(u'|', Qt::SkipEmptyParts))
                if (!keys.contains(p))
                    keys << p;
            kept.content.insert(key, keys.join(u'|'));
        } else if (fromSecond.contains(f)) {
            kept.content.insert(key, other.content.value(key));
        }
    }
    if (const QString error = c.session->mergeDuplicates(first, second, fromSecond); !error.isEmpty())
        return fail(QStringLiteral("%1's merge of duplicates failed: %2").arg(c.name, error));
    m_log << QStringLiteral("%1 merges duplicates %2 <- %3").arg(c.name, first.uuid.left(8), second.uuid.left(8));
    Step step{QStringLiteral("duplicates"), {{first.uuid, stateOf(c, first.uuid), kept}, {second.uuid, other, State{true, {}}}}, {}, {}};
    setState(c, first.uuid, kept);
    setState(c, second.uuid, State{true, {}});
    pushStep(c, step);
    return true;
}

// A sheet of some measures (identifier, title and one more column) edited and imported again,
// sometimes with the row of a measure deleted here, which comes back.
bool Simulation::reimport(Colleague &c)
{
    static const QList<MeasureField> columns = {MeasureField::Country, MeasureField::ResponsibleAgencies, MeasureField::ReportYear,
                                                MeasureField::Website, MeasureField::Title};
    const MeasureField column = columns.at(int(m_random.bounded(int(columns.size()))));
    QStringList uuids;
    for (auto it = c.heads.cbegin(); it != c.heads.cend(); ++it)
        if (!m_history.at(it.value()).state.deleted && m_random.bounded(3) == 0)
            uuids << it.key();
    QStringList deleted;
    for (auto it = c.heads.cbegin(); it != c.heads.cend(); ++it)
        if (m_history.at(it.value()).state.deleted)
            deleted << it.key();
    if (!deleted.isEmpty() && m_random.bounded(2) == 0)
        uuids << deleted.at(int(m_random.bounded(int(deleted.size()))));
    if (uuids.isEmpty())
        return edit(c);
    const QString key = MeasureFields::key(column);
    QByteArray csv = "uuid,title" + (column == MeasureField::Title ? QByteArray() : "," + key.toUtf8()) + "\r\n";
    Step step{QStringLiteral("import"), {}, {}, {}};
    for (const QString &uuid : std::as_const(uuids)) {
        const State before = stateOf(c, uuid);
        State after = before.deleted ? State{false, contentOf(Measure())} : before;
        const QString title = before.deleted || column == MeasureField::Title ? randomValue(MeasureField::Title) : before.content.value(QStringLiteral("title"));
        after.content.insert(QStringLiteral("title"), title);
        QByteArray row = uuid.toUtf8() + "," + title.toUtf8();
        if (column != MeasureField::Title) {
            const QString value = randomValue(column);
            after.content.insert(key, value);
            row += "," + value.toUtf8();
        }
        csv += row + "\r\n";
        step.measures << Change{uuid, before, after};
    }
    const QString path = m_dir.filePath(QStringLiteral("sheet-%1.csv").arg(++m_copies));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return fail(QStringLiteral("the sheet could not be written"));
    file.close();
    const CsvImporter::Plan plan = c.session->checkImport(path, QStringLiteral("sheet.csv"));
    if (!plan.ok)
        return fail(QStringLiteral("%1's sheet was refused: %2").arg(c.name, plan.problems.join(u'\n')));
    if (const QString error = c.session->applyImport(plan); !error.isEmpty())
        return fail(QStringLiteral("%1's import failed: %2").arg(c.name, error));
    m_log << QStringLiteral("%1 imports a sheet of %2 rows (%3)").arg(c.name).arg(uuids.size()).arg(key);
    for (const Change &change : std::as_const(step.measures))
        setState(c, change.uuid, change.after);
    pushStep(c, step);
    return true;
}

QString Simulation::copyOf(Colleague &c)
{
    c.session->catalogue()->checkpoint(); // what an e-mailed copy holds
    const QString path = m_dir.filePath(QStringLiteral("%1-copy-%2.measures").arg(c.name).arg(++m_copies));
    QFile::copy(c.path, path);
    return path;
}

// The fixed rule everyone decides conflicts by, so that the copies can agree in the end: the
// smaller value of a field; a measure rather than its deletion; the smaller partner type.
bool chooseTheirs(const QString &mine, const QString &theirs) { return theirs < mine; }

bool Simulation::merge(Colleague &r, Colleague &s, bool check)
{
    ++m_result.merges;
    const QString path = copyOf(s);
    QString error;
    // Now and then the analyst asks again about what was changed here after it came from them.
    const bool askAgain = check && m_random.bounded(8) == 0;
    std::optional<MergePlan> plan = r.session->checkMerge(path, &error, askAgain ? Merge::Mode::AskAgain : Merge::Mode::ByHistory);
    if (!plan)
        return fail(QStringLiteral("%1 could not merge %2's copy: %3").arg(r.name, s.name, error));

    // The model's prediction, measure by measure.
    struct Expected {
        QString kind;
        QStringList theirChanges, conflicts;
        State result;
        int version = 0;
    };
    QMap<QString, Expected> expected;
    int expectedUndone = 0;
    QHash<int, int> answers; // versions that answer Compare Again's questions -> their head they join
    const auto differing = [this](const State &a, const State &b) {
        QStringList keys;
        for (const QString &key : m_keys)
            if (a.content.value(key) != b.content.value(key))
                keys << key;
        return keys;
    };
    for (auto it = s.heads.cbegin(); it != s.heads.cend(); ++it) {
        const QString uuid = it.key();
        const int t = it.value();
        const State theirs = m_history.at(t).state;
        const auto mineIt = r.heads.constFind(uuid);
        Expected e;
        if (mineIt == r.heads.cend() || m_history.isAncestor(mineIt.value(), t)) {
            if (mineIt != r.heads.cend() && mineIt.value() == t)
                continue;
            const State mine = mineIt == r.heads.cend() ? State{true, {}} : m_history.at(mineIt.value()).state;
            e.kind = theirs.deleted ? (mine.deleted ? QStringLiteral("Kept") : QStringLiteral("Deleted"))
                   : mine.deleted   ? QStringLiteral("Added")
                                    : (differing(mine, theirs).isEmpty() ? QStringLiteral("Kept") : QStringLiteral("Updated"));
            if (e.kind == u"Updated")
                e.theirChanges = differing(mine, theirs);
            e.result = theirs;
            e.version = t;
            expected.insert(uuid, e);
            continue;
        }
        const int m = mineIt.value();
        const State mine = m_history.at(m).state;
        if (m_history.isAncestor(t, m)) {
            // Kept: changed here since. Compare Again asks about what undos took away of theirs.
            if (mine.deleted && theirs.deleted)
                continue;
            const Undone undone = undoneOfTheirs(r, m, t);
            QStringList asked;
            if (!mine.deleted && !theirs.deleted)
                for (const QString &key : differing(mine, theirs))
                    if (undone.existence || undone.keys.contains(key))
                        asked << key;
            const bool whole = undone.existence && mine.deleted != theirs.deleted;
            if (asked.isEmpty() && !whole)
                continue;
            if (!askAgain) {
                ++expectedUndone;
                continue;
            }
            e.kind = QStringLiteral("Conflict");
            if (whole) {
                e.conflicts << QStringLiteral("(whole)");
                e.result = mine.deleted ? theirs : mine; // the fixed rule keeps the measure
            } else {
                e.result = mine;
                e.conflicts = asked;
                for (const QString &key : std::as_const(asked))
                    if (chooseTheirs(mine.content.value(key), theirs.content.value(key)))
                        e.result.content.insert(key, theirs.content.value(key));
                withGoalsOfAreas(e.result);
            }
            ++m_result.askedAgain;
            e.version = m_history.version(uuid, {m, t}, e.result); // the answer joins their head again
            answers.insert(e.version, t);
            expected.insert(uuid, e);
            continue;
        }
        const BaseState base = baseOf(m_history, m, t, m_keys);
        const auto sameAsBase = [&](const State &side) {
            if (!base.known || base.deleted || side.deleted)
                return false;
            for (const QString &key : m_keys)
                if (!base.fields.value(key) || *base.fields.value(key) != side.content.value(key))
                    return false;
            return true;
        };
        // Kept here only because undoing a merge took theirs away: asked again too.
        bool asked = false, answered = false;
        const auto undoneAsked = [&](bool undone) {
            if (undone && !askAgain)
                ++expectedUndone;
            asked = asked || (undone && askAgain);
            return undone && askAgain;
        };
        const Undone undone = undoneOfTheirs(r, m, t);
        // A deletion against a change where my side is what the undo left: asked (again), or,
        // already a question, answered by this merge.
        const auto askExistence = [&](QString &kind) {
            if (kind == u"Kept" && undoneAsked(undone.existence))
                kind = QStringLiteral("Conflict");
            else if (kind == u"Conflict" && undone.existence)
                answered = true;
        };
        if (mine.deleted && theirs.deleted) {
            e.kind = QStringLiteral("Kept");
            e.result = mine;
        } else if (mine.deleted) {
            e.kind = base.known && base.deleted ? QStringLiteral("Added") : sameAsBase(theirs) ? QStringLiteral("Kept") : QStringLiteral("Conflict");
            askExistence(e.kind);
            e.result = e.kind == u"Kept" ? mine : theirs;
            if (e.kind == u"Conflict")
                e.conflicts << QStringLiteral("(whole)");
        } else if (theirs.deleted) {
            e.kind = base.known && base.deleted ? QStringLiteral("Kept") : sameAsBase(mine) ? QStringLiteral("Deleted") : QStringLiteral("Conflict");
            askExistence(e.kind);
            e.result = e.kind == u"Deleted" ? theirs : mine; // a conflict keeps the measure, by the fixed rule
            if (e.kind == u"Conflict")
                e.conflicts << QStringLiteral("(whole)");
        } else {
            QStringList undoneKeys; // changed here only, by an undo of their version
            for (const QString &key : m_keys) {
                const std::optional<QString> z = base.fields.value(key);
                const QString x = mine.content.value(key), y = theirs.content.value(key);
                if (x != y && !(z && *z == x) && z && *z == y && undone.keys.contains(key))
                    undoneKeys << key;
            }
            const bool askUndone = undoneAsked(!undoneKeys.isEmpty());
            e.result = mine;
            for (const QString &key : m_keys) {
                const QString x = mine.content.value(key), y = theirs.content.value(key);
                if (x == y)
                    continue;
                const std::optional<QString> z = base.fields.value(key);
                const bool changedHere = !(z && *z == x), changedThere = !(z && *z == y);
                if (changedThere && !changedHere) {
                    e.theirChanges << key;
                    e.result.content.insert(key, y);
                } else if (changedHere && !changedThere && !(askUndone && undoneKeys.contains(key))) {
                    continue;
                } else {
                    e.conflicts << key;
                    if (chooseTheirs(x, y))
                        e.result.content.insert(key, y);
                }
            }
            e.kind = !e.conflicts.isEmpty() ? QStringLiteral("Conflict") : !e.theirChanges.isEmpty() ? QStringLiteral("Combined") : QStringLiteral("Kept");
            withGoalsOfAreas(e.result);
            // A field both changed that the undo took from theirs is asked now: answered, unless
            // other undone fields go unasked.
            if (undoneKeys.isEmpty())
                for (const QString &key : std::as_const(e.conflicts))
                    answered = answered || undone.keys.contains(key);
        }
        e.version = m_history.version(uuid, {m, t}, e.result);
        if (asked)
            ++m_result.askedAgain;
        if (asked || answered)
            answers.insert(e.version, t);
        expected.insert(uuid, e);
    }

    // Partners: a type changed on one side is taken; on both, a conflict.
    QSet<QString> incoming;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (it->kind != u"Kept" && !m_history.at(s.heads.value(it.key())).state.deleted)
            for (const QString &key : m_history.at(s.heads.value(it.key())).state.content.value(QStringLiteral("partners")).split(u'|', Qt::SkipEmptyParts))
                incoming.insert(key);
    QStringList partnerConflicts, partnersRetyped;
    QMap<QString, int> partnerHeads; // after the merge, for partners here
    QMap<QString, int> partnersMadeByMeasures; // their history, for partners their measures make here
    for (auto it = s.partners.cbegin(); it != s.partners.cend(); ++it) {
        const QString key = it.key();
        const int t = it.value();
        const QString theirType = m_history.at(t).type;
        const auto mineIt = r.partners.constFind(key);
        if (mineIt == r.partners.cend()) {
            if (incoming.contains(key))
                partnersMadeByMeasures.insert(key, t);
            continue;
        }
        const int m = mineIt.value();
        const QString myType = m_history.at(m).type;
        if (m == t || m_history.isAncestor(t, m))
            continue;
        if (m_history.isAncestor(m, t)) {
            partnerHeads.insert(key, t);
            if (myType != theirType)
                partnersRetyped << key;
            continue;
        }
        const QString base = partnerBaseOf(m_history, m, t);
        QString result;
        if (myType == theirType || (!base.isEmpty() && theirType == base) || (base.isEmpty() && theirType == u"not_stated"))
            result = myType;
        else if ((!base.isEmpty() && myType == base) || (base.isEmpty() && myType == u"not_stated"))
            result = theirType;
        else {
            partnerConflicts << key;
            result = chooseTheirs(myType, theirType) ? theirType : myType;
        }
        if (result != myType)
            partnersRetyped << key;
        partnerHeads.insert(key, m_history.version(QStringLiteral("partner:") + key, {m, t}, {}, result));
    }

    if (check) {
        // What the app plans: the same measures listed, of the same kinds, with the same fields.
        QMap<QString, QString> planned, predicted;
        for (const MergeEntry &entry : std::as_const(plan->entries)) {
            QStringList changes, conflicts;
            for (MeasureField f : entry.theirChanges)
                changes << MeasureFields::key(f);
            for (MeasureField f : entry.conflicts)
                conflicts << MeasureFields::key(f);
            if (entry.isDeletionConflict())
                conflicts << QStringLiteral("(whole)");
            static const char *kinds[] = {"Added", "Updated", "Combined", "Deleted", "Conflict", "Kept"};
            const QString kind = QString::fromLatin1(kinds[int(entry.kind)]);
            planned.insert(entry.uuid, kind + u' ' + (kind == u"Combined" || kind == u"Updated" ? changes.join(u',') : QString()) + u' '
                                           + conflicts.join(u','));
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            if (it->kind != u"Kept")
                predicted.insert(it.key(), it->kind + u' '
                                               + (it->kind == u"Combined" || it->kind == u"Updated" ? it->theirChanges.join(u',') : QString())
                                               + u' ' + it->conflicts.join(u','));
        if (planned != predicted) {
            QStringList lines;
            for (const QString &uuid : QSet<QString>(planned.keyBegin(), planned.keyEnd()) | QSet<QString>(predicted.keyBegin(), predicted.keyEnd()))
                if (planned.value(uuid) != predicted.value(uuid))
                    lines << QStringLiteral("%1: the app plans [%2], the model [%3]; mine: %4; theirs: %5")
                                 .arg(uuid.left(8), planned.value(uuid), predicted.value(uuid), describe(stateOf(r, uuid)), describe(stateOf(s, uuid)));
            return fail(QStringLiteral("%1 merging %2: the plan differs from the model:\n    %3").arg(r.name, s.name, lines.join(QStringLiteral("\n    "))));
        }
        if (plan->undoneHere != expectedUndone)
            return fail(QStringLiteral("%1 merging %2: the app would ask again about %3 measure(s) an undo took away, the model about %4")
                            .arg(r.name, s.name)
                            .arg(plan->undoneHere)
                            .arg(expectedUndone));
        QStringList plannedPartners;
        for (const PartnerConflict &p : std::as_const(plan->partnerConflicts))
            plannedPartners << p.key;
        plannedPartners.sort();
        partnerConflicts.sort();
        if (plannedPartners != partnerConflicts)
            return fail(QStringLiteral("%1 merging %2: partner conflicts [%3], the model expects [%4]")
                            .arg(r.name, s.name, plannedPartners.join(u','), partnerConflicts.join(u',')));
        QStringList plannedRetypes;
        for (const PartnerConflict &p : std::as_const(plan->partnerUpdates))
            if (p.choice == MergeSide::Theirs && p.myType != p.theirType)
                plannedRetypes << p.key;
        plannedRetypes.sort();
        partnersRetyped.sort();
        QStringList predictedRetypes = partnersRetyped;
        for (const QString &key : std::as_const(partnerConflicts))
            predictedRetypes.removeAll(key);
        if (plannedRetypes != predictedRetypes)
            return fail(QStringLiteral("%1 merging %2: partner retypes [%3], the model expects [%4]")
                            .arg(r.name, s.name, plannedRetypes.join(u','), predictedRetypes.join(u',')));
        // Without a side for every conflict, nothing is written.
        if (plan->unresolved() > 0) {
            const qint64 changes = r.session->catalogue()->changesSinceOpen();
            if (r.session->applyMerge(*plan).isEmpty())
                return fail(QStringLiteral("%1 merged %2 with conflicts left undecided").arg(r.name, s.name));
            if (r.session->catalogue()->changesSinceOpen() != changes)
                return fail(QStringLiteral("a merge refused for undecided conflicts wrote to %1's catalogue").arg(r.name));
        }
    }

    // Decide by the fixed rule, as the analyst would in the preview.
    for (MergeEntry &entry : plan->entries) {
        if (entry.kind != MergeEntry::Kind::Conflict)
            continue;
        ++m_result.conflicts;
        if (entry.isDeletionConflict())
            entry.whole = entry.mine ? MergeSide::Mine : MergeSide::Theirs;
        for (MeasureField f : entry.conflicts)
            entry.choices.insert(f, chooseTheirs(canonical(*entry.mine, f), canonical(*entry.theirs, f)) ? MergeSide::Theirs : MergeSide::Mine);
    }
    for (PartnerConflict &p : plan->partnerConflicts) {
        ++m_result.conflicts;
        p.choice = chooseTheirs(p.myType, p.theirType) ? MergeSide::Theirs : MergeSide::Mine;
    }
    const QUndoStack &stackBefore = *r.session->undoStack();
    const QUndoCommand *topBefore = stackBefore.index() > 0 ? stackBefore.command(stackBefore.index() - 1) : nullptr;
    if (const QString error = r.session->applyMerge(*plan); !error.isEmpty())
        return fail(QStringLiteral("%1's merge of %2 failed: %3").arg(r.name, s.name, error));

    // Their versions new here come with the origins they were recorded with there.
    QSet<int> known;
    for (int head : std::as_const(r.heads))
        known.insert(head);
    known = m_history.ancestors(known);
    for (int v : std::as_const(s.undoMergeVersions))
        if (!known.contains(v))
            r.undoMergeVersions.insert(v);
    for (auto it = s.answerVersions.cbegin(); it != s.answerVersions.cend(); ++it)
        if (!known.contains(it.key()))
            r.answerVersions.insert(it.key(), it.value());
    r.answerVersions.insert(answers);

    Step step{QStringLiteral("merge of ") + s.name, {}, {}, {}};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const State before = stateOf(r, it.key());
        if (before != it->result)
            step.measures << Change{it.key(), before, it->result};
        r.heads.insert(it.key(), it->version);
    }
    for (auto it = partnerHeads.cbegin(); it != partnerHeads.cend(); ++it) {
        const QString before = typeOf(r, it.key()), after = m_history.at(it.value()).type;
        if (before != after)
            step.partners << PartnerChange{it.key(), before, after};
        r.partners.insert(it.key(), it.value());
    }
    // Partners their measures brought here, with the history they have there.
    for (auto it = partnersMadeByMeasures.cbegin(); it != partnersMadeByMeasures.cend(); ++it) {
        bool named = false;
        for (auto h = r.heads.cbegin(); h != r.heads.cend() && !named; ++h) {
            const State &state = m_history.at(h.value()).state;
            named = !state.deleted && state.content.value(QStringLiteral("partners")).split(u'|').contains(it.key());
        }
        if (named) {
            r.partners.insert(it.key(), it.value());
            step.createdPartners.insert(it.key(), m_history.at(it.value()).type); // undo removes it again if unused
        }
    }
    m_log << QStringLiteral("%1 merges %2%5 (%3 listed, %4 conflicts)")
                 .arg(r.name, s.name)
                 .arg(plan->entries.size())
                 .arg(plan->conflictCount())
                 .arg(askAgain ? QStringLiteral(", asking again") : QString());
    // A merge is a step of the undo history when it changed what the analyst sees.
    const bool modelStep = !step.measures.isEmpty() || !step.partners.isEmpty() || !step.createdPartners.isEmpty() || !plan->newTerms.isEmpty();
    const QUndoStack &stack = *r.session->undoStack();
    const bool appStep = stack.index() > 0 && stack.command(stack.index() - 1) != topBefore;
    if (modelStep != appStep) {
        QStringList lines;
        for (const MergeEntry &entry : std::as_const(plan->entries))
            lines << QStringLiteral("%1: kind %2; mine: %3; theirs: %4; model's result: %5")
                         .arg(entry.uuid.left(8))
                         .arg(int(entry.kind))
                         .arg(describe(stateOf(r, entry.uuid)), describe(stateOf(s, entry.uuid)), describe(expected.value(entry.uuid).result));
        return fail(QStringLiteral("%1's merge of %2 %3 a step of the undo history; the model says it %4 (%5 new terms):\n    %6")
                        .arg(r.name, s.name, appStep ? QStringLiteral("is") : QStringLiteral("is not"),
                             modelStep ? QStringLiteral("is") : QStringLiteral("is not"))
                        .arg(plan->newTerms.size())
                        .arg(lines.join(QStringLiteral("\n    "))));
    }
    if (modelStep)
        pushStep(r, step);
    else if (!answers.isEmpty())
        r.steps.erase(r.steps.begin() + r.done, r.steps.end()); // an answer is a decision: Redo would overturn it

    if (check) {
        if (!verify(r))
            return false;
        // Merging the same file again changes nothing, not even the history.
        std::optional<MergePlan> again = r.session->checkMerge(path, &error); // by history
        if (!again)
            return fail(QStringLiteral("%1 could not merge %2's copy again: %3").arg(r.name, s.name, error));
        if (!again->changesNothing() || again->writesHistory())
            return fail(QStringLiteral("%1 merging %2's copy a second time would still change something (%3 listed, %4 kept, %5 partners)")
                            .arg(r.name, s.name)
                            .arg(again->entries.size())
                            .arg(again->kept.size())
                            .arg(again->partnerUpdates.size() + again->partnerConflicts.size()));
        if (askAgain) {
            // Every question was answered: asking again asks nothing more.
            again = r.session->checkMerge(path, &error, Merge::Mode::AskAgain);
            if (!again)
                return fail(QStringLiteral("%1 could not ask again about %2's copy: %3").arg(r.name, s.name, error));
            if (!again->entries.isEmpty()) {
                QStringList lines;
                for (const MergeEntry &entry : std::as_const(again->entries)) {
                    QStringList conflicts;
                    for (MeasureField f : entry.conflicts)
                        conflicts << MeasureFields::key(f);
                    lines << QStringLiteral("%1: [%2]%3; mine: %4; theirs: %5")
                                 .arg(entry.uuid.left(8), conflicts.join(u','), entry.isDeletionConflict() ? QStringLiteral(" (whole)") : QString(),
                                      describe(stateOf(r, entry.uuid)), describe(stateOf(s, entry.uuid)));
                    // Its history here, for whoever reads the failure.
                    QHash<QString, Revision> revisions;
                    RevisionQuery(*r.session->catalogue()).revisionsOf({entry.uuid}, &revisions);
                    for (const Revision &revision : std::as_const(revisions))
                        lines << QStringLiteral("  %1 <- %2 + %3 %4%5%6")
                                     .arg(revision.id.left(8), revision.parent.left(8), revision.merged.left(8), revision.origin,
                                          revision.isDeletion() ? QStringLiteral(" deleted") : QString(),
                                          revision.id == entry.myHead ? QStringLiteral(" (my head)")
                                          : revision.id == entry.theirHead ? QStringLiteral(" (their head)") : QString());
                }
                return fail(QStringLiteral("%1 asked again about %2's copy: %3 measure(s) asked about once more:\n    %4")
                                .arg(r.name, s.name)
                                .arg(again->entries.size())
                                .arg(lines.join(QStringLiteral("\n    "))));
            }
        }
        if (!sameHistories(r, s))
            return false;
    }
    return true;
}

// ---- Checks ----

bool Simulation::verify(Colleague &c)
{
    const Catalogue &catalogue = *c.session->catalogue();
    MeasureQuery query(catalogue);
    QMap<QString, State> app;
    for (qint64 id : query.find({}, {}).ids) {
        const std::optional<Measure> m = query.load(id);
        if (!m)
            return fail(QStringLiteral("%1: a measure could not be read").arg(c.name));
        app.insert(m->uuid, State{false, contentOf(*m)});
    }
    SqliteStatement tombstones(catalogue.connection(), QStringLiteral("SELECT uuid FROM tombstone"));
    while (tombstones.step())
        if (!app.contains(tombstones.text(0)))
            app.insert(tombstones.text(0), State{true, {}});
    QMap<QString, State> model;
    for (auto it = c.heads.cbegin(); it != c.heads.cend(); ++it)
        model.insert(it.key(), m_history.at(it.value()).state);
    if (app != model) {
        QStringList lines;
        for (const QString &uuid : QSet<QString>(app.keyBegin(), app.keyEnd()) | QSet<QString>(model.keyBegin(), model.keyEnd()))
            if (app.value(uuid, State{true, {{QStringLiteral("?"), QStringLiteral("absent")}}}) != model.value(uuid, State{true, {{QStringLiteral("?"), QStringLiteral("absent")}}}))
                lines << QStringLiteral("%1: app [%2]%3, model [%4]%5")
                             .arg(uuid.left(8), describe(app.value(uuid)), app.contains(uuid) ? QString() : QStringLiteral(" (unknown)"),
                                  describe(model.value(uuid)), model.contains(uuid) ? QString() : QStringLiteral(" (unknown)"));
        return fail(QStringLiteral("%1's catalogue differs from the model:\n    %2").arg(c.name, lines.join(QStringLiteral("\n    "))));
    }
    QMap<QString, QString> appTypes, modelTypes;
    for (const PartnerInfo &p : PartnerQuery::all(catalogue))
        appTypes.insert(partnerKey(p.name), p.typeCode);
    for (auto it = c.partners.cbegin(); it != c.partners.cend(); ++it)
        modelTypes.insert(it.key(), m_history.at(it.value()).type);
    if (appTypes != modelTypes) {
        QStringList a, m;
        for (auto it = appTypes.cbegin(); it != appTypes.cend(); ++it)
            a << it.key() + u'=' + it.value();
        for (auto it = modelTypes.cbegin(); it != modelTypes.cend(); ++it)
            m << it.key() + u'=' + it.value();
        return fail(QStringLiteral("%1's partners differ from the model: app [%2], model [%3]").arg(c.name, a.join(u' '), m.join(u' ')));
    }
    return true;
}

// Two copies hold the same version of a measure (or of a partner's type) exactly when the model
// says they do: histories converge as the model's do, no more, no less.
bool Simulation::sameHistories(Colleague &a, Colleague &b)
{
    QHash<QString, RevisionQuery::Head> appA, appB;
    if (!RevisionQuery(*a.session->catalogue()).heads(&appA) || !RevisionQuery(*b.session->catalogue()).heads(&appB))
        return fail(QStringLiteral("the heads could not be read"));
    // Measures (live or deleted) one copy knows and the other does not: as the model says.
    for (const QString &uuid : QSet<QString>(appA.keyBegin(), appA.keyEnd()) | QSet<QString>(appB.keyBegin(), appB.keyEnd()))
        if ((appA.contains(uuid) && appB.contains(uuid)) != (a.heads.contains(uuid) && b.heads.contains(uuid)))
            return fail(QStringLiteral("%1 and %2 disagree with the model on who knows the measure %3").arg(a.name, b.name, uuid.left(8)));
    for (auto it = a.heads.cbegin(); it != a.heads.cend(); ++it) {
        if (!b.heads.contains(it.key()))
            continue;
        const bool modelSame = it.value() == b.heads.value(it.key());
        const bool appSame = appA.value(it.key()).revision == appB.value(it.key()).revision;
        if (modelSame != appSame)
            return fail(QStringLiteral("%1 and %2 %3 the same version of %4, the model says they %5")
                            .arg(a.name, b.name, appSame ? QStringLiteral("hold") : QStringLiteral("do not hold"), it.key().left(8),
                                 modelSame ? QStringLiteral("do") : QStringLiteral("do not")));
    }
    QHash<QString, RevisionQuery::PartnerHead> partnersA, partnersB;
    RevisionQuery(*a.session->catalogue()).partnerHeads(&partnersA);
    RevisionQuery(*b.session->catalogue()).partnerHeads(&partnersB);
    for (auto it = a.partners.cbegin(); it != a.partners.cend(); ++it) {
        if (!b.partners.contains(it.key()))
            continue;
        const bool modelSame = it.value() == b.partners.value(it.key());
        const bool appSame = partnersA.value(it.key()).revision == partnersB.value(it.key()).revision;
        if (modelSame != appSame)
            return fail(QStringLiteral("%1 and %2 %3 the same type version of partner %4, the model says they %5")
                            .arg(a.name, b.name, appSame ? QStringLiteral("hold") : QStringLiteral("do not hold"), it.key(),
                                 modelSame ? QStringLiteral("do") : QStringLiteral("do not")));
    }
    return true;
}

ExchangeSimulator::Result Simulation::run()
{
    // The catalogue everyone starts from: a few measures naming the four known partners.
    const QString origin = m_dir.filePath(QStringLiteral("origin.measures"));
    QList<QPair<QString, State>> initial;
    {
        CatalogueError error;
        auto catalogue = Catalogue::createWith(origin, [&](Catalogue &created) {
            const Vocabulary storeVocabulary = VocabularyQuery::load(created);
            MeasureStore store(created, storeVocabulary);
            const Vocabulary vocabulary = VocabularyQuery::load(created);
            MeasureStore writer(created, vocabulary);
            QHash<QString, QString> types;
            for (const auto &p : kPartners)
                types.insert(partnerKey(p.first), p.second);
            for (int i = 0; i < m_options.measures; ++i) {
                Measure m;
                m.uuid = newUuid();
                State state{false, contentOf(m)};
                randomFields(m, state.content, 6, types);
                m.title = kTitles.at(i % kTitles.size());
                m.partners = {{kPartners.at(i % 4).first, kPartners.at(i % 4).second}};
                state.content = contentOf(m);
                const MeasureStore::SaveResult saved = writer.save(m, Language::English);
                if (!saved.saved)
                    return saved.error + (saved.issues.isEmpty() ? QString() : saved.issues.first().message);
                initial << qMakePair(m.uuid, state);
            }
            return QString();
        }, &error);
        if (!catalogue) {
            fail(QStringLiteral("the first catalogue could not be made: %1").arg(error.message()));
            return m_result;
        }
    }
    static const QStringList names = {QStringLiteral("ana"), QStringLiteral("beto"), QStringLiteral("carla"), QStringLiteral("dario")};
    for (int i = 0; i < m_options.colleagues; ++i) {
        Colleague c;
        c.name = names.value(i, QStringLiteral("colleague%1").arg(i));
        c.path = m_dir.filePath(c.name + QStringLiteral(".measures"));
        QFile::copy(origin, c.path);
        CatalogueError error;
        auto catalogue = Catalogue::open(c.path, {}, &error);
        if (!catalogue) {
            fail(error.message());
            return m_result;
        }
        c.session = std::make_unique<CatalogueSession>();
        c.session->setCatalogue(std::move(catalogue));
        c.session->setAuthor(c.name);
        for (const auto &[uuid, state] : std::as_const(initial))
            c.heads.insert(uuid, m_history.version(uuid, {}, state));
        for (int p = 0; p < 4; ++p)
            c.partners.insert(partnerKey(kPartners.at(p).first),
                              m_history.version(QStringLiteral("partner:") + partnerKey(kPartners.at(p).first), {}, {}, kPartners.at(p).second));
        m_colleagues.push_back(std::move(c));
    }
    for (Colleague &c : m_colleagues)
        if (!verify(c))
            return m_result;

    const auto pick = [this] { return int(m_random.bounded(int(m_colleagues.size()))); };
    for (int step = 0; step < m_options.steps && m_result.ok; ++step) {
        m_result.steps = step + 1;
        Colleague &c = m_colleagues[pick()];
        const int roll = int(m_random.bounded(100));
        bool ok = true;
        if (roll < 28)
            ok = edit(c);
        else if (roll < 34)
            ok = add(c);
        else if (roll < 40)
            ok = remove(c);
        else if (roll < 47)
            ok = undo(c);
        else if (roll < 51)
            ok = redo(c);
        else if (roll < 56)
            ok = retype(c);
        else if (roll < 60)
            ok = duplicates(c);
        else if (roll < 65)
            ok = reimport(c);
        else {
            int other = pick();
            while (other == &c - m_colleagues.data())
                other = pick();
            ok = merge(c, m_colleagues[other]);
        }
        if (ok && m_result.ok)
            verify(c);
        if (m_options.verbose && !m_log.isEmpty())
            qInfo("%s", qPrintable(m_log.last()));
    }
    if (!m_result.ok)
        return m_result;
    // Everyone merges everyone, conflicts decided by the fixed rule, until nothing changes.
    for (int round = 0; round < 6; ++round) {
        for (Colleague &r : m_colleagues)
            for (Colleague &s : m_colleagues)
                if (&r != &s && !merge(r, s))
                    return m_result;
    }
    const Colleague &first = m_colleagues.front();
    for (Colleague &c : m_colleagues) {
        // Partners both know agree; a partner a live measure names is known to everyone.
        bool partnersAgree = true;
        for (const Colleague *pair : {static_cast<const Colleague *>(&c), &first}) {
            const Colleague &other = pair == &c ? first : c;
            for (auto it = pair->partners.cbegin(); it != pair->partners.cend(); ++it)
                partnersAgree = partnersAgree && (!other.partners.contains(it.key()) || other.partners.value(it.key()) == it.value());
            for (auto h = pair->heads.cbegin(); h != pair->heads.cend(); ++h) {
                const State &state = m_history.at(h.value()).state;
                for (const QString &key : state.deleted ? QStringList() : state.content.value(QStringLiteral("partners")).split(u'|', Qt::SkipEmptyParts))
                    partnersAgree = partnersAgree && other.partners.contains(key);
            }
        }
        if (c.heads != first.heads || !partnersAgree) {
            fail(QStringLiteral("after everyone merged everyone, %1 and %2 still differ in the model").arg(c.name, first.name));
            return m_result;
        }
        if (!sameHistories(c, m_colleagues.front()))
            return m_result;
    }
    return m_result;
}

} // namespace

namespace ExchangeSimulator {

Result run(const Options &options)
{
    Simulation simulation(options);
    return simulation.run();
}

} // namespace ExchangeSimulator
