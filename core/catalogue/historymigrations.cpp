// SPDX-License-Identifier: GPL-3.0-or-later
#include "historymigrations.h"

#include "model/legacydigest.h"
#include "model/measuredigest.h"
#include "model/partneridentity.h"
#include "model/revision.h"
#include "model/timestamps.h"
#include "sqliteconnection.h"
#include "sqlitestatement.h"

#include <functional>

namespace {

// The measure's columns as formats 7 to 9 have them, in this order.
const char kMeasureColumns[] =
    "id, uuid, title, country, report_year, responsible_agencies, key_objectives, main_features, expected_results, "
    "results_achieved, funding_text, funding_usd, evaluated, evaluation_conclusions, website, status, updated_at, "
    "context, value_chain, targets_article7_groups, targeted_groups, targets_young_people, ifcd_funding, "
    "reason_convention, reason_policy_discussion, reason_other, innovative, evaluation_level, evaluation_indicators, "
    "sdgs, special_categories, platform_title, platform_measure_id, platform_report_id, platform_url, "
    "platform_canonical_url, kept_as_written";
constexpr int kMeasureColumnCount = 37;

void readMeasure(const SqliteStatement &q, Measure &m)
{
    int c = 0;
    m.id = q.int64(c++);
    m.uuid = q.text(c++);
    m.title = q.text(c++);
    m.country = q.text(c++);
    m.reportYear = q.isNull(c) ? std::nullopt : std::optional<int>(int(q.int64(c)));
    ++c;
    m.responsibleAgencies = q.text(c++);
    m.keyObjectives = q.text(c++);
    m.mainFeatures = q.text(c++);
    m.expectedResults = q.text(c++);
    m.resultsAchieved = q.text(c++);
    m.fundingText = q.text(c++);
    m.fundingUsdCents = q.isNull(c) ? std::nullopt : std::optional<qint64>(q.int64(c));
    ++c;
    m.evaluated = q.text(c++);
    m.evaluationConclusions = q.text(c++);
    m.website = q.text(c++);
    m.status = q.text(c++);
    m.updatedAt = parseIsoTimestamp(q.utf8(c++));
    m.context = q.text(c++);
    m.valueChain = q.text(c++).split(u' ', Qt::SkipEmptyParts);
    m.targetsArticle7 = q.text(c++);
    m.targetedGroups = q.text(c++);
    m.targetsYoungPeople = q.text(c++);
    m.ifcdFunding = q.text(c++);
    m.reasonConvention = q.text(c++);
    m.reasonPolicyDiscussion = q.text(c++);
    m.reasonOther = q.text(c++);
    m.innovative = q.text(c++);
    m.evaluationLevel = q.text(c++);
    m.evaluationIndicators = q.text(c++);
    m.sdgs = q.text(c++);
    m.specialCategories = q.text(c++);
    m.platformTitle = q.text(c++);
    m.platformMeasureId = q.text(c++);
    m.platformReportId = q.text(c++);
    m.platformUrl = q.text(c++);
    m.platformCanonicalUrl = q.text(c++);
    m.keptAsWritten = q.text(c++);
    Q_ASSERT(c == kMeasureColumnCount);
}

void addTerm(Measure &m, const QString &kind, const QString &code)
{
    QStringList *list = kind == u"goal" ? &m.goals : kind == u"area" ? &m.monitoringAreas : kind == u"domain" ? &m.domains
                      : kind == u"scope" ? &m.scopes : kind == u"nature" ? &m.natures : nullptr;
    if (list)
        list->append(code);
}

// Every measure whole (terms and partners joined in three ordered passes), with its head.
QString forEachMeasure(SqliteConnection &connection, bool withHead, const std::function<QString(const Measure &, const QString &)> &visit)
{
    SqliteStatement measures(connection, QStringLiteral("SELECT %1%2 FROM measure ORDER BY id")
                                             .arg(QLatin1String(kMeasureColumns), withHead ? QStringLiteral(", revision") : QString()));
    SqliteStatement terms(connection, QStringLiteral("SELECT measure_id, kind, code FROM measure_term ORDER BY measure_id"));
    SqliteStatement partners(connection, QStringLiteral("SELECT mp.measure_id, p.name, p.type_code FROM measure_partner mp "
                                                        "JOIN partner p ON p.id = mp.partner_id ORDER BY mp.measure_id, mp.position"));
    for (const SqliteStatement *s : {&measures, &terms, &partners})
        if (!s->isValid())
            return s->errorMessage();
    bool termRow = terms.step(), partnerRow = partners.step();
    while (measures.step()) {
        Measure m;
        readMeasure(measures, m);
        while (termRow && terms.int64(0) < m.id)
            termRow = terms.step();
        for (; termRow && terms.int64(0) == m.id; termRow = terms.step())
            addTerm(m, terms.text(1), terms.text(2));
        while (partnerRow && partners.int64(0) < m.id)
            partnerRow = partners.step();
        for (; partnerRow && partners.int64(0) == m.id; partnerRow = partners.step())
            m.partners << PartnerLink{partners.text(1), partners.text(2)};
        if (const QString error = visit(m, withHead ? measures.text(kMeasureColumnCount) : QString()); !error.isEmpty())
            return error;
    }
    for (const SqliteStatement *s : {&measures, &terms, &partners})
        if (s->hasError())
            return s->errorMessage();
    return {};
}

} // namespace

namespace HistoryMigrations {

QString deriveFirstRevisions(SqliteConnection &connection)
{
    SqliteStatement insert(connection, QStringLiteral("INSERT OR IGNORE INTO revision (id, measure_uuid, fields, author, changed_at, origin) "
                                                      "VALUES (?, ?, ?, '', ?, 'upgrade')"));
    SqliteStatement head(connection, QStringLiteral("UPDATE measure SET revision = ? WHERE id = ?"));
    for (const SqliteStatement *s : {&insert, &head})
        if (!s->isValid())
            return s->errorMessage();
    return forEachMeasure(connection, false, [&](const Measure &m, const QString &) {
        const QByteArray fields = LegacyDigest::fields(m);
        const QString id = LegacyDigest::revisionId(m.uuid, {}, {}, fields);
        insert.bindText(1, id);
        insert.bindText(2, m.uuid);
        insert.bindBlob(3, fields);
        insert.bindText(4, isoTimestamp(m.updatedAt));
        head.bindText(1, id);
        head.bindInt64(2, m.id);
        if (!insert.run())
            return insert.errorMessage();
        return head.run() ? QString() : head.errorMessage();
    });
}

QString deriveKeyedRevisions(SqliteConnection &connection)
{
    SqliteStatement insert(connection, QStringLiteral("INSERT OR IGNORE INTO revision (id, measure_uuid, parent, fields, author, changed_at, origin) "
                                                      "VALUES (?, ?, ?, ?, '', ?, 'upgrade')"));
    SqliteStatement head(connection, QStringLiteral("UPDATE measure SET revision = ? WHERE id = ?"));
    for (const SqliteStatement *s : {&insert, &head})
        if (!s->isValid())
            return s->errorMessage();
    const QString error = forEachMeasure(connection, true, [&](const Measure &m, const QString &legacyHead) {
        const QByteArray fields = MeasureDigest::fields(m);
        const QString id = MeasureDigest::revisionId(m.uuid, {legacyHead}, fields);
        insert.bindText(1, id);
        insert.bindText(2, m.uuid);
        legacyHead.isEmpty() ? insert.bindNull(3) : insert.bindText(3, legacyHead);
        insert.bindBlob(4, fields);
        insert.bindText(5, isoTimestamp(m.updatedAt));
        head.bindText(1, id);
        head.bindInt64(2, m.id);
        if (!insert.run())
            return insert.errorMessage();
        return head.run() ? QString() : head.errorMessage();
    });
    if (!error.isEmpty())
        return error;

    SqliteStatement partners(connection, QStringLiteral("SELECT id, name, type_code FROM partner"));
    SqliteStatement partnerInsert(connection, QStringLiteral("INSERT OR IGNORE INTO partner_revision (id, name_key, type_code, author, "
                                                             "changed_at, origin) VALUES (?, ?, ?, '', ?, 'upgrade')"));
    SqliteStatement partnerHead(connection, QStringLiteral("UPDATE partner SET revision = ? WHERE id = ?"));
    for (const SqliteStatement *s : {&partners, &partnerInsert, &partnerHead})
        if (!s->isValid())
            return s->errorMessage();
    const QString now = isoTimestamp(QDateTime::currentDateTimeUtc());
    while (partners.step()) {
        const QString key = PartnerIdentity::key(partners.text(1)), type = partners.text(2);
        const QString id = MeasureDigest::partnerRevisionId(key, {}, type);
        partnerInsert.bindAll({id, key, type, now});
        partnerHead.bindText(1, id);
        partnerHead.bindInt64(2, partners.int64(0));
        if (!partnerInsert.run())
            return partnerInsert.errorMessage();
        if (!partnerHead.run())
            return partnerHead.errorMessage();
    }
    return partners.hasError() ? partners.errorMessage() : QString();
}

} // namespace HistoryMigrations
