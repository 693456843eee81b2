// SPDX-License-Identifier: GPL-3.0-or-later
#include "platformexport.h"

#include "csv/csvformat.h"
#include "generatortext.h"
#include "seededrandom.h"

#include <QStringList>

namespace {

using Site = PlatformColumns::SiteLanguage;
using C = PlatformColumn;

struct Label {
    const char *en, *fr, *es;
};

QString in(const Label &label, Site site)
{
    return QString::fromUtf8(site == Site::French ? label.fr : site == Site::Spanish ? label.es : label.en);
}

const Label kCountryNames[] = {
    {"Norway", "Norvège", "Noruega"},       {"Peru", "Pérou", "Perú"},         {"Mexico", "Mexique", "México"},
    {"Côte d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire"}, {"Senegal", "Sénégal", "Senegal"},
    {"Canada", "Canada", "Canadá"},         {"Colombia", "Colombie", "Colombia"}, {"Germany", "Allemagne", "Alemania"},
    {"Brazil", "Brésil", "Brasil"},         {"Kenya", "Kenya", "Kenia"},       {"Viet Nam", "Viet Nam", "Viet Nam"},
    {"Spain", "Espagne", "España"},         {"Tunisia", "Tunisie", "Túnez"},   {"Republic of Korea", "République de Corée", "República de Corea"},
};
const Label kDomains[] = {
    {"Cinema / Audiovisual arts", "Cinéma / Arts audiovisuels", "Cine / Artes audiovisuales"},
    {"Music", "Musique", "Música"},
    {"Performing arts", "Arts de la scène", "Las artes escénicas"},
    {"Visual arts", "Arts visuels", "Artes visuales"},
    {"Publishing", "Édition", "Edición"},
    {"Design", "Design", "Diseño"},
    {"Media arts", "Arts médiatiques", "Artes mediáticas"},
    {"Multi-domain", "Multidomaine", "Multi-dominio"},
};
const Label kUnknownDomains[] = {{"Urban music", "Musique urbaine", "Música urbana"}, {"Gastronomy", "Gastronomie", "Gastronomía"}};
const Label kAreas[] = {
    {"Cultural and creative sectors", "Secteurs culturels et créatifs", "Sectores culturales y creativos"},
    {"Media diversity", "Diversité des médias", "Diversidad de los medios"},
    {"Digital environment", "Environnement numérique", "Entorno digital"},
    {"Partnering with civil society", "Partenariat avec la société civile", "Colaboración con la sociedad civil"},
    {"Mobility of artists and cultural professionals", "Mobilité des artistes et des professionnels de la culture",
     "Movilidad de artistas y profesionales de la cultura"},
    {"Flow of cultural goods and services", "Flux de biens et services culturels", "Intercambio de bienes y servicios culturales"},
    {"Treaties and agreements", "Traités et accords", "Tratados y acuerdos"},
    {"National sustainable development policies and plans", "Politiques et plans nationaux de développement durable",
     "Políticas y planes nacionales de desarrollo sostenible"},
    {"International cooperation for sustainable development", "Coopération internationale pour le développement durable",
     "Cooperación internacional para el desarrollo sostenible"},
    {"Gender equality", "Égalité des genres", "Igualdad de género"},
    {"Artistic freedom", "Liberté artistique", "Libertad artística"},
};
const Label kGoals[] = {
    {"Sustainable systems of governance for culture", "Systèmes de gouvernance durables pour la culture",
     "Sistemas sostenibles de gobernanza de la cultura"},
    {"Human rights and fundamental freedoms", "Droits de l'homme et libertés fondamentales", "Derechos humanos y libertades fundamentales"},
};
const Label kValueChain[] = {{"Creation", "Création", "Creación"}, {"Production", "Production", "Producción"},
                             {"Distribution", "Distribution", "Distribución"}, {"Access", "Accès", "Acceso"},
                             {"Participation", "Participation", "Participación"}};
const Label kCategories[] = {{"Youth", "Jeunesse", "Juventud"}, {"Gender", "Genre", "Género"}, {"Digital", "Numérique", "Digital"}};
const Label kGroups[] = {{"Women; young people", "Femmes ; jeunes", "Mujeres; jóvenes"},
                         {"Indigenous peoples", "Peuples autochtones", "Pueblos indígenas"},
                         {"Persons with disabilities", "Personnes handicapées", "Personas con discapacidad"}};
const Label kContexts[] = {
    {"After the pandemic, regional companies lost \"most\" of their audience.", "Après la pandémie, les compagnies régionales ont perdu « l'essentiel » de leur public.",
     "Tras la pandemia, los elencos regionales perdieron \"buena parte\" de su público."},
    {"The law of 2015 created the fund;\nits rules were revised in 2019.", "La loi de 2015 a créé le fonds ;\nses règles ont été révisées en 2019.",
     "La ley de 2015 creó el fondo;\nsus reglas se revisaron en 2019."},
};
const Label kEvaluationLevels[] = {{"National", "National", "Nacional"}, {"Local", "Local", "Local"}};
const Label kIndicators[] = {{"Number of works, audiences, jobs", "Nombre d'œuvres, publics, emplois", "Número de obras, públicos, empleos"}};
const char *const kScopes[] = {"Local", "Regional", "National", "International"};
const char *const kNatures[] = {"legislative", "regulatory", "financial", "institutional"};
const char *const kPartners[] = {"Arts Council Norway", "Fundación Teatro a Mil", "Institut français", "Goethe-Institut",
                                 "Asociación de Músicos del Sur", "Réseau des arts de la scène", "Banco de Crédito"};

// Up to `most` different items of `labels`, joined as the platform joins them.
template<size_t N>
QString someOf(SeededRandom &random, const Label (&labels)[N], Site site, int most)
{
    QStringList items;
    const int count = 1 + random.below(most);
    for (int i = 0; i < count; ++i) {
        const QString item = in(labels[random.below(int(N))], site);
        if (!items.contains(item))
            items << item;
    }
    return items.join(QStringLiteral(", "));
}

QString funding(SeededRandom &random)
{
    switch (random.below(6)) {
    case 0: return QStringLiteral("USD %1,%2.5 (2019)").arg(1 + random.below(90)).arg(100 + random.below(900));
    case 1: return QStringLiteral("Not applicable.");
    case 2: return QStringLiteral("EUR %1 000").arg(10 + random.below(900));
    case 3: return QStringLiteral("USD %1.%2 million").arg(1 + random.below(9)).arg(random.below(10));
    case 4: return QStringLiteral("%1 000 USD par an").arg(20 + random.below(500));
    default: return QString();
    }
}

QString yesNo(SeededRandom &random) { return random.chance(50) ? QStringLiteral("Yes") : QStringLiteral("No"); }

} // namespace

namespace PlatformExport {

QByteArray generate(int count, quint64 seed, Site site, int firstId)
{
    using namespace GeneratorText;
    SeededRandom random(seed);
    const bool spanishText = site == Site::Spanish;
    QByteArray out;
    const auto row = [&out](const QStringList &cells) {
        for (int i = 0; i < cells.size(); ++i) {
            if (i)
                out.append(',');
            Csv::appendField(out, cells.at(i).toUtf8(), ',', false);
        }
        Csv::appendRecordEnd(out);
    };
    const QList<PlatformColumn> &order = PlatformColumns::exportOrder();
    QStringList header;
    for (PlatformColumn column : order)
        header << PlatformColumns::header(column, site);
    row(header);
    for (int i = 0; i < count; ++i) {
        const DomainTopic &topic = kTopics[random.below(kTopicCount)];
        const QString country = in(kCountryNames[random.below(int(std::size(kCountryNames)))], site);
        const QString kind = QString::fromUtf8(spanishText ? kKinds[random.below(kKindCount)].es : kKinds[random.below(kKindCount)].en);
        const QString level = QString::fromUtf8(spanishText ? GeneratorText::kLevels[random.below(kLevelCount)].es
                                                            : GeneratorText::kLevels[random.below(kLevelCount)].en);
        const QString title = QStringLiteral("%1 %2 %3 (%4) %5")
                                  .arg(kind, spanishText ? QStringLiteral("para") : QStringLiteral("for"),
                                       QString::fromUtf8(spanishText ? topic.es : topic.en), level)
                                  .arg(i + 1);
        QString domains = someOf(random, kDomains, site, 3);
        if (random.chance(4))
            domains += QStringLiteral(", ") + in(kUnknownDomains[random.below(2)], site);
        QString areas = someOf(random, kAreas, site, 2);
        if (random.chance(30))
            areas += QStringLiteral(", ") + in(kGoals[random.below(2)], site);
        const QString objective = QString::fromUtf8(spanishText ? kObjectives[random.below(kObjectiveCount)].es
                                                                : kObjectives[random.below(kObjectiveCount)].en)
                                      .replace(QStringLiteral("%s"), QString::fromUtf8(spanishText ? topic.es : topic.en));
        QStringList partners;
        for (int p = random.below(4); p > 0; --p)
            if (const QString name = QString::fromUtf8(kPartners[random.below(int(std::size(kPartners)))]); !partners.contains(name))
                partners << name;
        QHash<PlatformColumn, QString> cells;
        cells[C::MeasureId] = QString::number(firstId + i);
        cells[C::ReportId] = QString::number(100 + random.below(60));
        cells[C::ReportYear] = QString::number(2012 + random.below(13));
        cells[C::Country] = country;
        cells[C::Title] = title;
        cells[C::PlatformTitle] = random.chance(70) ? title + QStringLiteral(" (") + country + u')' : QString();
        cells[C::Sdgs] = QStringLiteral("%1 %2, %1 %3").arg(site == Site::English ? QStringLiteral("SDG") : site == Site::French ? QStringLiteral("ODD") : QStringLiteral("ODS"))
                             .arg(1 + random.below(8)).arg(9 + random.below(8));
        cells[C::Areas] = areas;
        cells[C::SpecialCategories] = random.chance(30) ? in(kCategories[random.below(3)], site) : QString();
        cells[C::Domains] = domains;
        cells[C::FullUrl] = QStringLiteral("https://www.unesco.org/creativity/en/policy-monitoring-platform/measure-%1").arg(firstId + i);
        cells[C::CanonicalUrl] = QStringLiteral("https://www.unesco.org/creativity/en/node/%1").arg(firstId + i);
        cells[C::Innovative] = yesNo(random);
        cells[C::KeyObjectives] = objective;
        cells[C::Scope] = QStringList{QString::fromLatin1(kScopes[random.below(4)]), QString::fromLatin1(kScopes[random.below(4)])}.join(QStringLiteral(", "));
        cells[C::Nature] = QString::fromLatin1(kNatures[random.below(4)]);
        cells[C::MainFeatures] = QString::fromUtf8(spanishText ? kFeatures[random.below(kFeatureCount)].es : kFeatures[random.below(kFeatureCount)].en);
        cells[C::Context] = in(kContexts[random.below(2)], site);
        cells[C::ValueChain] = someOf(random, kValueChain, site, 3);
        cells[C::TargetsArticle7] = yesNo(random);
        cells[C::TargetsYoungPeople] = yesNo(random);
        cells[C::IfcdFunding] = random.chance(10) ? QStringLiteral("Yes") : QStringLiteral("No");
        cells[C::ExpectedResults] = QString::fromUtf8(spanishText ? kExpected[random.below(kExpectedCount)].es : kExpected[random.below(kExpectedCount)].en);
        cells[C::Agencies] = QString::fromUtf8(spanishText ? kAgencies[random.below(kAgencyCount)].es : kAgencies[random.below(kAgencyCount)].en);
        cells[C::Funding] = funding(random);
        cells[C::ReasonConvention] = yesNo(random);
        cells[C::ReasonPolicyDiscussion] = yesNo(random);
        cells[C::ReasonOther] = random.chance(70) ? QStringLiteral("No") : QString();
        cells[C::Evaluated] = yesNo(random);
        if (cells[C::Evaluated] == u"Yes") {
            cells[C::EvaluationLevel] = in(kEvaluationLevels[random.below(2)], site);
            cells[C::Conclusions] = QString::fromUtf8(spanishText ? kConclusions[random.below(kConclusionCount)].es
                                                                  : kConclusions[random.below(kConclusionCount)].en);
            cells[C::Indicators] = in(kIndicators[0], site);
        }
        cells[C::TargetedGroups] = cells[C::TargetsArticle7] == u"Yes" ? in(kGroups[random.below(3)], site) : QString();
        cells[C::Partners] = partners.join(QStringLiteral(", "));
        cells[C::Website] = random.chance(60) ? QStringLiteral("https://www.example.org/measure/%1").arg(firstId + i) : QString();
        QStringList values;
        bool secondCategories = false;
        for (PlatformColumn column : order) {
            if (column == C::SpecialCategories && secondCategories) // the repeated column: usually the same, or empty
                values << (random.chance(50) ? cells.value(column) : QString());
            else
                values << cells.value(column);
            secondCategories = secondCategories || column == C::SpecialCategories;
        }
        row(values);
    }
    return out;
}

} // namespace PlatformExport
