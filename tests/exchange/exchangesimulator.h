// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Colleagues who each keep a copy of a catalogue, make random changes of every kind (every
// field, additions, deletions, undo and redo, partner retypes, merged duplicates, re-imported
// sheets) and exchange files in random directions (criss-cross and cycles included). After every
// step the app's catalogues are compared with ExchangeModel: content, deletions, which conflicts
// a merge asks, and whether two copies share a measure's version exactly when the model says so.

#include <QString>
#include <QStringList>

namespace ExchangeSimulator {

struct Options {
    quint32 seed = 1;
    int colleagues = 3;
    int steps = 120;
    int measures = 6; // in the catalogue they all start from
    bool verbose = false;
};

struct Result {
    bool ok = true;
    QString failure;    // what differed, at which step, and the steps that led there
    int steps = 0;
    int merges = 0;
    int conflicts = 0;  // measures and partners decided by the fixed rule
    int undos = 0;
    int askedAgain = 0; // measures Compare Again asked about (what undos took away of theirs)
};

Result run(const Options &options);

} // namespace ExchangeSimulator
