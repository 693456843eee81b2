// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/measurefilter.h"

#include <QAtomicInt>
#include <QMutex>
#include <QObject>
#include <QVector>
#include <memory>

class Catalogue;

// Runs the table's id query on a worker thread, with its own read-only connection to the same
// file (WAL lets it read while the window writes), so typing in the search box never freezes the
// window on a large catalogue. Only the newest request matters: older ones are skipped.
class MeasureIdLoader : public QObject
{
    Q_OBJECT
public:
    MeasureIdLoader();
    ~MeasureIdLoader() override;
    // Called from the window's thread when a newer request is queued: requests older than
    // `generation` are skipped, and one still running is interrupted.
    void supersede(int generation);

public slots:
    void open(const QString &path);
    void load(int generation, const MeasureFilter &filter, const MeasureSort &sort);
    void close();

signals:
    void loaded(int generation, const QVector<qint64> &ids, int total, const QString &error);

private:
    QString m_openError; // why the worker's own connection could not be opened (translated)
    std::unique_ptr<Catalogue> m_catalogue;
    QAtomicInt m_latest;
    QMutex m_running;  // guards m_runningGeneration and the connection while interrupting
    int m_runningGeneration = 0;
};

Q_DECLARE_METATYPE(MeasureFilter)
Q_DECLARE_METATYPE(MeasureSort)
