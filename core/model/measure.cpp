// SPDX-License-Identifier: GPL-3.0-or-later
#include "measure.h"

bool Measure::sameWrittenAs(const Measure &o) const
{
    return uuid == o.uuid && createdAt == o.createdAt && updatedAt == o.updatedAt && platformSource == o.platformSource
        && sameContentAs(o);
}

bool Measure::sameContentAs(const Measure &o) const
{
    return title == o.title && country == o.country && reportYear == o.reportYear
        && responsibleAgencies == o.responsibleAgencies && keyObjectives == o.keyObjectives
        && mainFeatures == o.mainFeatures && scopes == o.scopes && natures == o.natures
        && expectedResults == o.expectedResults && resultsAchieved == o.resultsAchieved
        && fundingText == o.fundingText && fundingUsdCents == o.fundingUsdCents && evaluated == o.evaluated
        && evaluationConclusions == o.evaluationConclusions && goals == o.goals
        && monitoringAreas == o.monitoringAreas && domains == o.domains && partners == o.partners
        && website == o.website && status == o.status && context == o.context && valueChain == o.valueChain
        && targetsArticle7 == o.targetsArticle7 && targetedGroups == o.targetedGroups
        && targetsYoungPeople == o.targetsYoungPeople && ifcdFunding == o.ifcdFunding
        && reasonConvention == o.reasonConvention && reasonPolicyDiscussion == o.reasonPolicyDiscussion
        && reasonOther == o.reasonOther && innovative == o.innovative && evaluationLevel == o.evaluationLevel
        && evaluationIndicators == o.evaluationIndicators && sdgs == o.sdgs && specialCategories == o.specialCategories
        && platformTitle == o.platformTitle && platformMeasureId == o.platformMeasureId
        && platformReportId == o.platformReportId && platformUrl == o.platformUrl
        && platformCanonicalUrl == o.platformCanonicalUrl && keptAsWritten == o.keptAsWritten;
}
