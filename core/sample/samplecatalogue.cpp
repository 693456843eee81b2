#include "samplecatalogue.h"

#include "catalogue/catalogue.h"
#include "csv/csvimporter.h"

namespace SampleCatalogue {

QString resourcePath() { return QStringLiteral(":/sample/sample-measures.csv"); }

QString fill(Catalogue &catalogue)
{
    const CsvImporter::Report report = CsvImporter::run(catalogue, resourcePath(), false, QStringLiteral("sample-measures.csv"));
    return report.ok ? QString() : report.problems.join(u'\n');
}

std::unique_ptr<Catalogue> create(const QString &path, CatalogueError *error)
{
    return Catalogue::createWith(path, fill, error);
}

} // namespace SampleCatalogue
