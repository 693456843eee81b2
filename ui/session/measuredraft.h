#pragma once

#include "model/measure.h"

#include <QString>
#include <optional>

class Vocabulary;

// What was typed in a measure form that had to close without asking (the desktop session ended
// while it was open), kept in the settings until the catalogue is opened again and the analyst
// chooses to finish it or to discard it. Stored as one CSV row with keys and codes: the same
// reading and writing as every other CSV, every field included.
namespace MeasureDraft {
void keep(const QString &cataloguePath, const Measure &typed, const Vocabulary &vocabulary);
bool exists(const QString &cataloguePath);
std::optional<Measure> read(const QString &cataloguePath, const Vocabulary &vocabulary);
void discard(const QString &cataloguePath);
} // namespace MeasureDraft
