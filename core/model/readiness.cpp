// SPDX-License-Identifier: GPL-3.0-or-later
#include "readiness.h"

#include "i18n/translations.h"

namespace Readiness {

namespace {
bool blank(const QString &text) { return text.trimmed().isEmpty(); }
} // namespace

QList<Gap> gapsOf(const Measure &m)
{
    QList<Gap> gaps;
    if (m.goals.isEmpty() && m.monitoringAreas.isEmpty())
        gaps << Gap::NoGoal;
    if (m.domains.isEmpty())
        gaps << Gap::NoDomain;
    if (blank(m.mainFeatures))
        gaps << Gap::NoMainFeatures;
    if (blank(m.expectedResults) && blank(m.resultsAchieved))
        gaps << Gap::NoResults;
    if (m.evaluated.isEmpty() || m.evaluated == u"unknown")
        gaps << Gap::EvaluationUnknown;
    if (blank(m.fundingText) && !m.fundingUsdCents)
        gaps << Gap::NoFunding;
    return gaps;
}

QString label(Gap gap, Language language)
{
    const Messages m(language);
    switch (gap) {
    case Gap::NoGoal: return m.translate("Readiness", "no Convention goal");
    case Gap::NoDomain: return m.translate("Readiness", "no cultural domain");
    case Gap::NoMainFeatures: return m.translate("Readiness", "main features not described");
    case Gap::NoResults: return m.translate("Readiness", "no results, expected or achieved");
    case Gap::EvaluationUnknown: return m.translate("Readiness", "evaluation not known");
    case Gap::NoFunding: return m.translate("Readiness", "no funding, as reported or in USD");
    }
    return {};
}

QString describe(const Measure &measure, Language language)
{
    QStringList parts;
    for (Gap gap : gapsOf(measure))
        parts << label(gap, language);
    return parts.join(QStringLiteral("; "));
}

} // namespace Readiness
