// SPDX-License-Identifier: GPL-3.0-or-later
#include "measuregenerator.h"
#include "model/partneridentity.h"

#include "seededrandom.h"

#include "catalogue/catalogue.h"
#include "generatortext.h"
#include "model/measure.h"
#include "model/vocabulary.h"
#include "query/vocabularyquery.h"
#include "store/measurestore.h"
#include "store/writetransaction.h"

#include <QSet>
#include <QUuid>

namespace {

using namespace GeneratorText;

using Random = SeededRandom;

QString text(const Pair &pair, bool spanish) { return QString::fromUtf8(spanish ? pair.es : pair.en); }

QString uuidFrom(Random &random)
{
    const quint64 a = random.next();
    const quint64 b = random.next();
    QUuid uuid(uint(a >> 32), ushort(a >> 16), ushort((a & 0x0FFF) | 0x4000), uchar(0x80 | ((b >> 56) & 0x3F)),
               uchar(b >> 48), uchar(b >> 40), uchar(b >> 32), uchar(b >> 24), uchar(b >> 16), uchar(b >> 8), uchar(b));
    return uuid.toString(QUuid::WithoutBraces);
}

QString partnerName(Random &random, PartnerLink *link)
{
    const QString pattern = QString::fromUtf8(kPartnerPatterns[random.below(kPartnerPatternCount)]);
    const qsizetype bar = pattern.indexOf(u'|');
    QString name = pattern.left(bar);
    name.replace(QStringLiteral("%c"), QString::fromUtf8(kCities[random.below(kCityCount)]));
    name.replace(QStringLiteral("%t"), QString::fromUtf8(kThemes[random.below(kThemeCount)]));
    link->name = name;
    link->typeCode = pattern.mid(bar + 1);
    return name;
}

QString formatUsd(qint64 cents)
{
    QString units = QString::number(cents / 100);
    for (qsizetype i = units.size() - 3; i > 0; i -= 3)
        units.insert(i, u',');
    return units;
}

Measure makeMeasure(Random &random, const QList<PartnerLink> &partnerPool, const Vocabulary &vocabulary)
{
    Measure m;
    const bool spanish = random.chance(55);
    const DomainTopic &topic = kTopics[random.below(kTopicCount)];
    const QString topicText = QString::fromUtf8(spanish ? topic.es : topic.en);
    const Pair &kind = kKinds[random.below(kKindCount)];
    const Pair &level = kLevels[random.below(kLevelCount)];
    const Pair &audience = kAudiences[random.below(kAudienceCount)];
    m.uuid = uuidFrom(random);
    if (spanish)
        m.title = QStringLiteral("%1 %2 de %3 %4").arg(text(kind, true), text(level, true), topicText.mid(topicText.indexOf(u' ') + 1),
                                                       text(audience, true));
    else
        m.title = QStringLiteral("%1 %2 for %3 %4").arg(text(level, false), text(kind, false), topicText, text(audience, false));
    if (random.chance(20))
        m.title += QStringLiteral(" %1–%2").arg(2014 + random.below(8)).arg(2022 + random.below(6));

    m.country = QString::fromLatin1(kCountries[random.below(kCountryCount)]);
    if (random.chance(85))
        m.reportYear = 2012 + 4 * random.below(4) + (random.chance(20) ? random.below(4) : 0);
    m.responsibleAgencies = text(kAgencies[random.below(kAgencyCount)], spanish);
    if (random.chance(30))
        m.responsibleAgencies += QStringLiteral("; ") + text(kAgencies[random.below(kAgencyCount)], spanish);

    const auto sentences = [&](const Pair *bank, int count, int howMany) {
        QStringList parts;
        for (int i = 0; i < howMany; ++i) {
            QString s = text(bank[random.below(count)], spanish);
            s.replace(QStringLiteral("%s"), topicText);
            s.replace(QStringLiteral("%d"), QString::number(20 + random.below(980)));
            if (!parts.contains(s))
                parts << s;
        }
        return parts.join(u' ');
    };
    m.keyObjectives = sentences(kObjectives, kObjectiveCount, 1 + random.below(3));
    m.mainFeatures = sentences(kFeatures, kFeatureCount, 2 + random.below(3));
    m.expectedResults = sentences(kExpected, kExpectedCount, 1 + random.below(2));
    if (random.chance(60))
        m.resultsAchieved = sentences(kResults, kResultCount, 1 + random.below(2));

    static const char *const scopes[] = {"local", "regional", "national", "international"};
    static const char *const natures[] = {"legislative", "regulatory", "financial", "institutional"};
    m.scopes << QString::fromLatin1(scopes[random.below(4)]);
    if (random.chance(30))
        m.scopes << QString::fromLatin1(scopes[random.below(4)]);
    const bool law = kind.en == QByteArrayView("Act") || kind.en == QByteArrayView("Policy");
    const bool fund = kind.en == QByteArrayView("Fund") || kind.en == QByteArrayView("Grants") || kind.en == QByteArrayView("Open call");
    m.natures << QString::fromLatin1(law ? natures[random.below(2)] : fund ? "financial" : natures[2 + random.below(2)]);
    if (random.chance(25))
        m.natures << QString::fromLatin1(natures[random.below(4)]);
    m.scopes.removeDuplicates();
    m.natures.removeDuplicates();

    const QList<VocabularyTerm> &areas = vocabulary.terms(VocabularyKind::MonitoringArea);
    for (int i = 0, n = 1 + random.below(3); i < n && !areas.isEmpty(); ++i)
        m.monitoringAreas << areas.at(random.below(int(areas.size()))).code;
    m.monitoringAreas.removeDuplicates();
    m.goals = vocabulary.goalsOfAreas(m.monitoringAreas);
    m.goals.sort();
    m.domains << QString::fromLatin1(topic.domain);
    if (random.chance(20))
        m.domains << QString::fromLatin1(kTopics[random.below(kTopicCount)].domain);
    m.domains.removeDuplicates();

    for (int i = 0, n = random.below(4); i < n; ++i) {
        const PartnerLink &link = partnerPool.at(random.below(int(partnerPool.size())));
        bool already = false;
        for (const PartnerLink &p : m.partners)
            already = already || p.name == link.name;
        if (!already)
            m.partners << link;
    }

    if (random.chance(70)) {
        // Roughly log-uniform between USD 5,000 and USD 5 million, with cents.
        const int digits = 4 + random.below(3);
        qint64 units = 1;
        for (int i = 0; i < digits; ++i)
            units *= 10;
        units = units / 2 + qint64(random.next() % quint64(units * 4));
        m.fundingUsdCents = units * 100 + random.below(100);
        m.fundingText = spanish ? QStringLiteral("USD %1 anuales").arg(formatUsd(*m.fundingUsdCents))
                                : QStringLiteral("USD %1 per year").arg(formatUsd(*m.fundingUsdCents));
    } else if (random.chance(30)) {
        m.fundingText = spanish ? QStringLiteral("Recursos del presupuesto ordinario del ministerio")
                                : QStringLiteral("Resources from the ministry's regular budget");
    }
    const int evaluated = random.below(10);
    m.evaluated = evaluated < 3 ? QStringLiteral("yes") : evaluated < 6 ? QStringLiteral("no") : QStringLiteral("unknown");
    if (m.evaluated == u"yes")
        m.evaluationConclusions = sentences(kConclusions, kConclusionCount, 1 + random.below(2));
    if (random.chance(30))
        m.website = QStringLiteral("https://www.cultura.gob.example/%1/medida-%2").arg(m.country.toLower()).arg(random.below(100000));
    m.status = random.chance(60) ? QStringLiteral("ready") : QStringLiteral("draft");
    const QDateTime epoch(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC);
    m.createdAt = epoch.addSecs(qint64(random.next() % (10ULL * 365 * 24 * 3600))); // and changed before 2026: never in the future
    m.updatedAt = m.createdAt.addSecs(qint64(random.next() % (400ULL * 24 * 3600)));
    return m;
}

} // namespace

namespace MeasureGenerator {

QString generate(Catalogue &catalogue, int count, quint64 seed, const Progress &progress)
{
    QString error;
    const Vocabulary vocabulary = VocabularyQuery::load(catalogue, &error);
    if (!error.isEmpty())
        return error;
    Random random(seed);
    // A pool sized so that partners are shared by several measures, as in real reports.
    QList<PartnerLink> pool;
    const int poolSize = qBound(20, count / 8, 5000);
    QSet<QString> seen;
    for (int i = 0; i < poolSize * 3 && pool.size() < poolSize; ++i) {
        PartnerLink link;
        const QString name = partnerName(random, &link);
        const QString key = PartnerIdentity::key(name);
        if (!seen.contains(key)) {
            seen.insert(key);
            pool << link;
        }
    }

    WriteTransaction transaction(catalogue, WriteTransaction::Size::Bulk, count);
    if (!transaction.isActive())
        return transaction.errorMessage();
    MeasureStore store(catalogue, vocabulary);
    for (int i = 0; i < count; ++i) {
        Measure m = makeMeasure(random, pool, vocabulary);
        QList<FieldIssue> issues;
        if (!store.write(m, MeasureStore::Timestamps::Keep, Language::English, &issues, &error))
            return issues.isEmpty() ? error : issues.first().message;
        if (progress && (i + 1) % 1000 == 0)
            progress(i + 1, count);
    }
    return transaction.commit() ? QString() : transaction.errorMessage();
}

} // namespace MeasureGenerator
