// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/platformcolumns.h"

#include <QByteArray>

// Files shaped like the Policy Monitoring Platform's CSV export, for benchmarks and for trying
// the import by hand: the header as the site writes it in `language` (Special Categories twice),
// labels in that language with the variants seen in real exports ("Las artes escénicas",
// "Multi-dominio"), goal names in the areas column, scope and nature in English, Yes/No answers,
// funding as free text, partners without types, texts with accents, commas, quotes and line
// breaks, and now and then a label no vocabulary knows. Measure ids start at `firstId`; the same
// seed gives the same bytes.
namespace PlatformExport {
QByteArray generate(int count, quint64 seed, PlatformColumns::SiteLanguage language, int firstId = 100000);
}
