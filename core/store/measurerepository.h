#pragma once

#include "model/measure.h"
#include "model/measurevalidator.h"

#include <QCoreApplication>
#include <QList>
#include <memory>
#include <optional>

class Catalogue;
class MeasureWriter;
class SqliteStatement;
class Vocabulary;

// Loads and saves whole measures. Every save or delete is one transaction; when it fails the
// caller still holds the measure exactly as typed, plus a message that says what to do.
class MeasureRepository
{
    Q_DECLARE_TR_FUNCTIONS(MeasureRepository)
public:
    struct SaveResult {
        bool saved = false;
        QList<FieldIssue> issues; // validation problems: nothing was written
        QString error;            // storage failure: nothing was written
    };

    explicit MeasureRepository(const Catalogue &catalogue);
    ~MeasureRepository();

    std::optional<Measure> load(qint64 id) const;
    std::optional<Measure> loadByUuid(const QString &uuid) const;
    // Normalizes, validates, then writes in one transaction. On success `measure` holds the
    // saved values (id, uuid, timestamps); on failure it is left as the caller gave it.
    SaveResult save(Measure &measure, const Vocabulary &vocabulary);
    // Puts back measures exactly as they were (same uuid and times): undo of a delete or an edit.
    QString restore(const QList<Measure> &measures);
    QString remove(const QList<qint64> &ids);
    int count() const;

private:
    const Catalogue &m_catalogue;
    std::unique_ptr<MeasureWriter> m_writer;
    std::unique_ptr<SqliteStatement> m_byId, m_terms, m_partners, m_idByUuid;
};
