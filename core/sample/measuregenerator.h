// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>

class Catalogue;

// Synthetic but realistic measures for demonstrations and benchmarks: Spanish and English text
// with accents, plausible links between title, domains, goals and areas, partners reused from a
// shared pool. The same seed gives the same catalogue on every machine (own PRNG, no
// implementation-defined distributions, timestamps drawn from the seed too).
namespace MeasureGenerator {

using Progress = std::function<void(int done, int total)>;
// Adds `count` measures in one transaction; returns an empty string or the error.
QString generate(Catalogue &catalogue, int count, quint64 seed, const Progress &progress = {});

} // namespace MeasureGenerator
