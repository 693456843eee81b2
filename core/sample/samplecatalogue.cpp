// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplecatalogue.h"

#include "catalogue/catalogue.h"
#include "csv/csvimporter.h"
#include "query/vocabularyquery.h"

namespace SampleCatalogue {

QString resourcePath() { return QStringLiteral(":/sample/sample-measures.csv"); }

QString fill(Catalogue &catalogue)
{
    const Vocabulary vocabulary = VocabularyQuery::load(catalogue);
    const CsvImporter::Plan plan = CsvImporter::run(catalogue, vocabulary, resourcePath(), false, Language::English,
                                                    QStringLiteral("sample-measures.csv"));
    return plan.ok ? QString() : plan.problems.join(u'\n');
}

std::unique_ptr<Catalogue> create(const QString &path, CatalogueError *error)
{
    return Catalogue::createWith(path, fill, error);
}

} // namespace SampleCatalogue
