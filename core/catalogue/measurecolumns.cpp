// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurecolumns.h"

namespace {

// The searched text fields, then the partners' names (a derived column of its own).
const QList<MeasureField> kSearchedFields = {
    MeasureField::Title,           MeasureField::ResponsibleAgencies,   MeasureField::KeyObjectives,
    MeasureField::MainFeatures,    MeasureField::ExpectedResults,       MeasureField::ResultsAchieved,
    MeasureField::FundingText,     MeasureField::EvaluationConclusions, MeasureField::Context,
    MeasureField::TargetedGroups,  MeasureField::EvaluationLevel,       MeasureField::EvaluationIndicators,
    MeasureField::Sdgs,            MeasureField::SpecialCategories,     MeasureField::PlatformTitle,
    MeasureField::PlatformMeasureId, MeasureField::KeptAsWritten};

} // namespace

namespace MeasureColumns {

QStringList earlierFormNames()
{
    QStringList names;
    for (MeasureField field : MeasureFields::earlierFormFields())
        names << MeasureFields::key(field);
    return names;
}

QString partnerNames(const Measure &m)
{
    QStringList names;
    for (const PartnerLink &link : m.partners)
        names << link.name.simplified();
    return names.join(QStringLiteral(" ; "));
}

const QStringList &searchNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (MeasureField field : kSearchedFields)
            list << MeasureFields::key(field);
        return list << QStringLiteral("partner_names");
    }();
    return names;
}

QStringList searchTexts(const Measure &m)
{
    QStringList texts;
    for (MeasureField field : kSearchedFields)
        texts << *MeasureFields::text(m, field);
    return texts << partnerNames(m);
}

} // namespace MeasureColumns
