// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/catalogue.h"
#include "csv/csvformat.h"
#include "csv/csvimporter.h"
#include "model/measure.h"
#include "model/vocabulary.h"
#include "query/measurequery.h"
#include "query/vocabularyquery.h"
#include "store/measurestore.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

// Teach Catch2 to print Qt strings in failure messages.
#include <catch2/catch.hpp>
#include <ostream>
std::ostream &operator<<(std::ostream &os, const QString &value);
std::ostream &operator<<(std::ostream &os, const QStringList &value);
std::ostream &operator<<(std::ostream &os, const QByteArray &value);

// A catalogue in a fresh temporary folder, removed with it.
struct TempCatalogue {
    enum class Content { Empty, Sample };
    explicit TempCatalogue(Content content = Content::Empty, const QString &name = QStringLiteral("test.measures"));
    QString file(const QString &name) const { return dir.filePath(name); }
    Vocabulary vocabulary() const { return VocabularyQuery::load(*catalogue); }
    void close() { catalogue.reset(); }
    void reopen(Catalogue::Access access = Catalogue::Access::ReadWrite);

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Catalogue> catalogue;
};

// The read and write sides of one catalogue together, as the tests' stories use them: saves go
// through MeasureStore (validation in English), loads through MeasureQuery.
class CatalogueAccess
{
public:
    explicit CatalogueAccess(const Catalogue &catalogue) : m_catalogue(catalogue), m_query(catalogue) {}
    MeasureStore::SaveResult save(Measure &measure, const Vocabulary &vocabulary)
    {
        return MeasureStore(m_catalogue, vocabulary).save(measure, Language::English);
    }
    MeasureStore::SaveResult save(Measure &measure) { return save(measure, VocabularyQuery::load(m_catalogue)); }
    std::optional<Measure> load(qint64 id) { return m_query.load(id); }
    std::optional<Measure> loadByUuid(const QString &uuid) { return m_query.loadByUuid(uuid); }
    QString remove(const QList<qint64> &ids) { return store().remove(ids); }
    QString restore(const QList<Measure> &measures) { return store().restore(measures); }
    QVector<qint64> ids(const MeasureFilter &filter = {}, const MeasureSort &sort = {}) { return m_query.find(filter, sort).ids; }

private:
    MeasureStore store()
    {
        m_vocabulary = VocabularyQuery::load(m_catalogue);
        return MeasureStore(m_catalogue, m_vocabulary);
    }
    const Catalogue &m_catalogue;
    MeasureQuery m_query;
    Vocabulary m_vocabulary;
};

// The language-independent CSV: keys as headers, codes as values (what `--header keys --codes` writes).
CsvOptions keysAndCodes();

// Imports a CSV file as measures-cli does (messages in English); problems end up in the plan.
CsvImporter::Plan importFile(const Catalogue &catalogue, const QString &path, bool dryRun = false, const QString &displayName = {});

// SQL run on a catalogue's own connection, to look behind core's API (and to break things).
qint64 sqlInt(const Catalogue &catalogue, const QString &sql);
void sqlRun(const Catalogue &catalogue, const QString &sql);
// SQL run on a file through a plain SQLite connection of its own, as another program would.
void rawSql(const QString &path, const char *sql);
qint64 rawInt(const QString &path, const char *sql);

QByteArray readAll(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);
QByteArray sha256(const QString &path);

// A complete measure touching every field, as an analyst would enter it.
Measure completeMeasure();

// Runs measures-cli; returns the exit code and fills stdout and stderr (UTF-8).
int runCli(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr, QByteArray *rawOut = nullptr);
// Runs measures-cli as an unprivileged user (nobody, through setpriv) when the tests run as root,
// so that file permissions apply; as itself otherwise.
int runCliUnprivileged(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr);
