// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/catalogueerror.h"

#include <memory>

class Catalogue;

// The five measures of the seed pages, shipped as a CSV resource and imported through the
// ordinary importer (see resources/sample/README.md).
namespace SampleCatalogue {

QString resourcePath(); // ":/sample/sample-measures.csv"
// Fills an empty catalogue; returns an empty string or what went wrong.
QString fill(Catalogue &catalogue);
std::unique_ptr<Catalogue> create(const QString &path, CatalogueError *error);

} // namespace SampleCatalogue
