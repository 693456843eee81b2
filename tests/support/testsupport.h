#pragma once

#include "catalogue/catalogue.h"
#include "model/measure.h"
#include "model/vocabulary.h"

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
    Vocabulary vocabulary() const { return Vocabulary::load(catalogue->database()); }
    void close() { catalogue.reset(); }
    void reopen(Catalogue::Access access = Catalogue::Access::ReadWrite);

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Catalogue> catalogue;
};

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
