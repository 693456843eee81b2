// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: any bytes opened as a catalogue must be refused with a message or opened and read
// safely (vocabularies, the table's query and a page of rows, an export) — never crash.
#include "catalogue/catalogue.h"
#include "csv/csvexporter.h"
#include "model/vocabulary.h"
#include "query/measurequery.h"
#include "query/vocabularyquery.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {
std::unique_ptr<QCoreApplication> app;
std::unique_ptr<QTemporaryDir> dir;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    app = std::make_unique<QCoreApplication>(*argc, *argv);
    dir = std::make_unique<QTemporaryDir>();
    std::atexit([] {
        dir.reset();
        app.reset();
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = dir->filePath(QStringLiteral("input.measures"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();

    CatalogueError error;
    std::unique_ptr<Catalogue> catalogue = Catalogue::open(path, {Catalogue::Access::ReadOnly, true}, &error);
    if (!catalogue) {
        if (error.message().isEmpty())
            __builtin_trap(); // a refused file must always say why
        return 0;
    }
    const Vocabulary vocabulary = VocabularyQuery::load(*catalogue);
    MeasureQuery query(*catalogue);
    MeasureFilter filter;
    filter.search = QStringLiteral("m");
    const QVector<qint64> ids = query.find(filter, {}).ids;
    query.rows(ids.mid(0, MeasureQuery::kPageSize), vocabulary);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    CsvExporter(*catalogue, vocabulary).write(out, {}, {}, CsvOptions::standard(Language::English));
    return 0;
}
