// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "measurefilter.h"

#include <QList>
#include <QPair>
#include <QString>

class Vocabulary;

// A filter in words, one line per part ("Country" — "Peru or Mexico"), in a language the caller
// chooses: what a workbook's About sheet and a report's cover say about the measures they hold.
namespace FilterDescription {
QList<QPair<QString, QString>> lines(const MeasureFilter &filter, const Vocabulary &vocabulary, Language language);
} // namespace FilterDescription
