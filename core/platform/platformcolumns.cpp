// SPDX-License-Identifier: GPL-3.0-or-later
#include "platformcolumns.h"

#include "model/textfold.h"

#include <QHash>
#include <QRegularExpression>

namespace {

struct Names {
    PlatformColumn column;
    const char *english;
    const char *french;
    const char *spanish;
};

using C = PlatformColumn;

// The English header is the one seen in an export; the French and Spanish ones are the site's
// wording in those languages. Recognition ignores case, accents, the numbering ("c.1.") and the
// closing "?" or ":", so small differences between exports do not matter.
const Names kNames[] = {
    {C::MeasureId, "Unique ID Measure", "Identifiant unique de la mesure", "ID único de la medida"},
    {C::ReportId, "Unique ID Report", "Identifiant unique du rapport", "ID único del informe"},
    {C::ReportYear, "Year of Periodic Report", "Année du rapport périodique", "Año del informe periódico"},
    {C::Country, "Country", "Pays", "País"},
    {C::Title, "Measure", "Mesure", "Medida"},
    {C::PlatformTitle, "Editorialized title", "Titre éditorialisé", "Título editorializado"},
    {C::Sdgs, "SDGs", "ODD", "ODS"},
    {C::Areas, "Areas of Monitoring", "Domaines de suivi", "Áreas de seguimiento"},
    {C::SpecialCategories, "Special Categories", "Catégories spéciales", "Categorías especiales"},
    {C::Domains, "Cultural Domains", "Domaines culturels", "Ámbitos culturales"},
    {C::FullUrl, "Full URL", "URL complète", "URL completa"},
    {C::CanonicalUrl, "Canonical URL", "URL canonique", "URL canónica"},
    {C::Innovative, "Innovative", "Innovante", "Innovadora"},
    {C::KeyObjectives, "b. Key objectives of the measure", "b. Objectifs clés de la mesure", "b. Objetivos clave de la medida"},
    {C::WhatIs, "c. What is", "c. Quelle est", "c. Cuál es"},
    {C::Scope, "c.1. the scope of the measure", "c.1. la portée de la mesure", "c.1. el alcance de la medida"},
    {C::Nature, "c.2. the nature of the measure", "c.2. la nature de la mesure", "c.2. la naturaleza de la medida"},
    {C::MainFeatures, "c.3. the main feature of the measure", "c.3. la principale caractéristique de la mesure",
     "c.3. la característica principal de la medida"},
    {C::Context, "Context of the measure", "Contexte de la mesure", "Contexto de la medida"},
    {C::ValueChain, "Cultural Value Chain", "Chaîne de valeur culturelle", "Cadena de valor cultural"},
    {C::TargetsArticle7, "d. Does it specifically target individuals and/or social groups as defined in Article 7 of the Convention?",
     "d. Cible-t-elle spécifiquement des individus et/ou des groupes sociaux tels que définis à l'article 7 de la Convention ?",
     "d. ¿Se dirige específicamente a personas y/o grupos sociales según se definen en el artículo 7 de la Convención?"},
    {C::TargetsYoungPeople, "Does it specifically target young people?", "Cible-t-elle spécifiquement les jeunes ?",
     "¿Se dirige específicamente a los jóvenes?"},
    {C::IfcdFunding, "Does this measure/initiative receive or has it received International Fund for Cultural Diversity (IFCD) funding?",
     "Cette mesure/initiative reçoit-elle ou a-t-elle reçu un financement du Fonds international pour la diversité culturelle (FIDC) ?",
     "¿Esta medida/iniciativa recibe o ha recibido financiación del Fondo Internacional para la Diversidad Cultural (FIDC)?"},
    {C::ExpectedResults, "e. What are the results expected through the implementation of the measure?",
     "e. Quels sont les résultats attendus de la mise en œuvre de la mesure ?",
     "e. ¿Cuáles son los resultados esperados de la aplicación de la medida?"},
    {C::Agencies, "f.1 Name of agency responsible for the implementation of the measure",
     "f.1 Nom de l'organisme responsable de la mise en œuvre de la mesure",
     "f.1 Nombre del organismo responsable de la aplicación de la medida"},
    {C::Funding, "f.2 Financial resources allocated to implement the measure",
     "f.2 Ressources financières allouées à la mise en œuvre de la mesure", "f.2 Recursos financieros asignados a la aplicación de la medida"},
    {C::ReasonsIntro, "h. Was this measure introduced or revised in order to", "h. Cette mesure a-t-elle été introduite ou révisée afin de",
     "h. ¿Esta medida se introdujo o revisó para"},
    {C::ReasonConvention, "h.1. Implement the provisions of the Convention?", "h.1. Mettre en œuvre les dispositions de la Convention ?",
     "h.1. ¿Aplicar las disposiciones de la Convención?"},
    {C::ReasonPolicyDiscussion, "h.2. Support/nurture policy discussion inspired by the Convention?",
     "h.2. Soutenir/nourrir un débat politique inspiré par la Convention ?",
     "h.2. ¿Apoyar/alimentar un debate sobre políticas inspirado en la Convención?"},
    {C::ReasonOther, "h.3. Other reasons unrelated to the Convention?", "h.3. Autres raisons sans rapport avec la Convention ?",
     "h.3. ¿Otras razones no relacionadas con la Convención?"},
    {C::Evaluated, "i. Has the implementation of the measure been evaluated?", "i. La mise en œuvre de la mesure a-t-elle été évaluée ?",
     "i. ¿Se ha evaluado la aplicación de la medida?"},
    {C::EvaluationLevel, "i.1 At what level the evaluation was conducted?", "i.1 À quel niveau l'évaluation a-t-elle été menée ?",
     "i.1 ¿A qué nivel se realizó la evaluación?"},
    {C::Conclusions, "i.2 What were the main conclusions?", "i.2 Quelles ont été les principales conclusions ?",
     "i.2 ¿Cuáles fueron las principales conclusiones?"},
    {C::Indicators, "i.3 Which indicators were used to determine impact?", "i.3 Quels indicateurs ont été utilisés pour déterminer l'impact ?",
     "i.3 ¿Qué indicadores se utilizaron para determinar el impacto?"},
    {C::TargetedGroups, "List targeted individual/social groups", "Liste des individus/groupes sociaux ciblés",
     "Lista de personas/grupos sociales destinatarios"},
    {C::Partners, "Partner(s) engaged in the implementation of the measure", "Partenaire(s) engagé(s) dans la mise en œuvre de la mesure",
     "Socio(s) que participa(n) en la aplicación de la medida"},
    {C::Website, "Website", "Site web", "Sitio web"},
};

const Names &names(PlatformColumn column) { return kNames[int(column)]; }

// "c.1. The scope of the measure?" and "C.1 the Scope of the measure" are the same column.
QString normalized(const QString &header)
{
    static const QRegularExpression numbering(QStringLiteral("^[a-z](\\.[0-9]+)*\\.?\\s+"));
    static const QRegularExpression ending(QStringLiteral("[\\s?:¿]+$"));
    QString folded = foldForMatching(header);
    folded.remove(numbering);
    folded.remove(ending);
    if (folded.startsWith(u'¿'))
        folded.remove(0, 1);
    return folded;
}

const QHash<QString, PlatformColumn> &byHeader()
{
    static const QHash<QString, PlatformColumn> table = [] {
        QHash<QString, PlatformColumn> t;
        for (const Names &n : kNames)
            for (const char *text : {n.english, n.french, n.spanish})
                t.insert(normalized(QString::fromUtf8(text)), n.column);
        return t;
    }();
    return table;
}

// The site languages each header is written in (a few, such as "Innovative"/"Innovadora", are not shared).
const QHash<QString, QList<PlatformColumns::SiteLanguage>> &languagesOf()
{
    static const QHash<QString, QList<PlatformColumns::SiteLanguage>> table = [] {
        using L = PlatformColumns::SiteLanguage;
        QHash<QString, QList<L>> t;
        for (const Names &n : kNames) {
            t[normalized(QString::fromUtf8(n.english))] << L::English;
            t[normalized(QString::fromUtf8(n.french))] << L::French;
            t[normalized(QString::fromUtf8(n.spanish))] << L::Spanish;
        }
        return t;
    }();
    return table;
}

} // namespace

namespace PlatformColumns {

const QList<PlatformColumn> &exportOrder()
{
    static const QList<PlatformColumn> order = [] {
        QList<PlatformColumn> list;
        for (const Names &n : kNames)
            list << n.column;
        list.insert(list.indexOf(C::Partners) + 1, C::SpecialCategories); // the export repeats it there
        return list;
    }();
    return order;
}

QString header(PlatformColumn column, SiteLanguage language)
{
    const Names &n = names(column);
    return QString::fromUtf8(language == SiteLanguage::French ? n.french : language == SiteLanguage::Spanish ? n.spanish : n.english);
}

std::optional<PlatformColumn> fromHeader(const QString &header)
{
    const auto it = byHeader().constFind(normalized(header));
    return it == byHeader().cend() ? std::nullopt : std::optional<PlatformColumn>(it.value());
}

Header read(const QStringList &cells)
{
    Header h;
    int votes[3] = {0, 0, 0};
    for (const QString &cell : cells)
        for (SiteLanguage language : languagesOf().value(normalized(cell)))
            ++votes[int(language)];
    h.language = votes[1] > votes[0] && votes[1] >= votes[2] ? SiteLanguage::French
               : votes[2] > votes[0]                         ? SiteLanguage::Spanish
                                                             : SiteLanguage::English;
    for (const QString &cell : cells) {
        const auto column = fromHeader(cell);
        h.columns << column;
        if (column) {
            ++h.recognised;
            h.hasMeasureId = h.hasMeasureId || *column == C::MeasureId;
        }
    }
    for (PlatformColumn mandatory : {C::MeasureId, C::Title})
        if (!h.columns.contains(mandatory))
            h.missing << mandatory;
    return h;
}

} // namespace PlatformColumns
