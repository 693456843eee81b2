// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "measure.h"

// What keeping a step for undo costs in memory, and the bounds the undo history keeps: a step
// larger than a bound is not kept (a backup copy is made instead, and the preview says so before
// it runs); past the history's budget its oldest steps are let go.
namespace UndoCost {

constexpr int kMaxMeasures = 20000;                     // measures one step keeps
constexpr qint64 kMaxStepBytes = qint64(128) << 20;     // what one step's copies may hold
constexpr qint64 kHistoryBytes = qint64(256) << 20;     // what the whole history may hold

// Bytes a copy of the measure holds (its strings as UTF-16).
qint64 of(const Measure &measure);
// Each copy, and each string the copies share, counted once.
qint64 of(const MeasureCopies &copies);

} // namespace UndoCost
