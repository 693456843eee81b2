// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/vocabulary.h"

class Catalogue;

// Reads every term of a catalogue (a few hundred rows) into a Vocabulary.
namespace VocabularyQuery {
Vocabulary load(const Catalogue &catalogue, QString *error = nullptr);
// How many measures (or, for partner types, partners) use a term.
int usage(const Catalogue &catalogue, VocabularyKind kind, const QString &code);
} // namespace VocabularyQuery
