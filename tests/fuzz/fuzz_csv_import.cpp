// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: any bytes given to the CSV import (a dry run into a real catalogue) must give a
// report, never a crash, a hang or memory misuse.
#include "catalogue/catalogue.h"
#include "csv/csvimporter.h"
#include "query/vocabularyquery.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {
std::unique_ptr<QCoreApplication> app;
std::unique_ptr<QTemporaryDir> dir;
std::unique_ptr<Catalogue> catalogue;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    app = std::make_unique<QCoreApplication>(*argc, *argv);
    dir = std::make_unique<QTemporaryDir>();
    CatalogueError error;
    catalogue = Catalogue::create(dir->filePath(QStringLiteral("fuzz.measures")), &error);
    // Released before Qt's own globals at exit (registered after them, so run before them).
    std::atexit([] {
        catalogue.reset();
        dir.reset();
        app.reset();
    });
    return catalogue ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = dir->filePath(QStringLiteral("input.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    const CsvImporter::Plan report = CsvImporter::run(*catalogue, VocabularyQuery::load(*catalogue), path, true, Language::English);
    if (!report.ok && report.problems.isEmpty())
        __builtin_trap(); // a refused file must always say why
    return 0;
}
