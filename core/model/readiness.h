// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "measure.h"

#include <QList>
#include <QString>

// What the periodic report's form needs and a measure still lacks ("Needs attention"). The same
// rules are written in SQL for the filter (MeasureFilterSql); a test keeps the two in step.
namespace Readiness {

enum class Gap {
    NoGoal,            // no Convention goal (areas set their goals)
    NoDomain,          // no cultural domain
    NoMainFeatures,    // the main features are not described
    NoResults,         // neither expected results nor results achieved
    EvaluationUnknown, // whether it was evaluated is not known
    NoFunding,         // funding neither as reported nor as an amount
};

QList<Gap> gapsOf(const Measure &measure);
QString label(Gap gap, Language language);
// "no goal; no domain" in `language`; empty when the measure is ready.
QString describe(const Measure &measure, Language language);

} // namespace Readiness
