// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/measure.h"

#include <QString>
#include <optional>

// What was typed in a measure form that had to close without asking (the desktop session ended
// while it was open), kept in the settings until the catalogue is opened again and the analyst
// chooses to finish it or to discard it. Kept exactly as typed: every text as it stands, the
// chosen codes, partners even without a type yet, and the year, amount and country as their
// boxes read (a "2O25" or an unknown country included), so that nothing typed is lost.
namespace MeasureDraft {

struct Typed {
    Measure measure;   // the form's reading, with the identity of the measure being edited
    QString yearText;  // the boxes as they read, whether or not they could be understood
    QString amountText;
    QString countryText;
};

void keep(const QString &cataloguePath, const Typed &typed);
bool exists(const QString &cataloguePath);
std::optional<Typed> read(const QString &cataloguePath);
void discard(const QString &cataloguePath);

} // namespace MeasureDraft
