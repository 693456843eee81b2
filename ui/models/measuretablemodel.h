// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "model/measure.h"
#include "query/measurefilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QList>
#include <QVector>
#include <memory>

class Catalogue;
class MeasureIdLoader;
class MeasureQuery;
class QThread;
class Vocabulary;

// The measure table. Filtering and sorting happen in SQL: one query per change returns the
// ordered ids (the count is their number); rows are fetched a page at a time when the view asks
// and kept in a small cache, so 100,000 measures cost about a megabyte. On a large catalogue the
// id query runs on a worker thread (MeasureIdLoader) and the table keeps showing the previous
// result until the new one is ready; countsChanged() marks each new result.
// One column per MeasureField; the view hides and reorders them.
class MeasureTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kCachedPages = 48;
    // From this many measures on, queries run off the UI thread (below, they take a few ms).
    static constexpr int kBackgroundFrom = 20000;
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit MeasureTableModel(QObject *parent = nullptr);
    ~MeasureTableModel() override;

    // The catalogue and vocabulary must outlive the model's use of them (the session owns both).
    void setCatalogue(const Catalogue *catalogue, const Vocabulary *vocabulary);
    // Changes whenever another catalogue (or none) is set: ids of one file mean nothing in another.
    int catalogueSerial() const { return m_catalogueSerial; }
    void setFilter(const MeasureFilter &filter);
    void setLanguage(Language language);
    void reload(); // after edits: same filter and sort, fresh rows

    const MeasureFilter &filter() const { return m_filter; }
    const MeasureSort &sortOrder() const { return m_sort; }
    int totalCount() const { return m_total; }
    bool isLoading() const { return m_loadingGeneration != 0; }
    void setBackgroundFrom(int measures) { m_backgroundFrom = measures; } // tests use 0
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    static MeasureField fieldAt(int column);
    static int columnOf(MeasureField field) { return int(field); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countsChanged(int shown, int total);
    void queryFailed(const QString &message);

private:
    const Measure *measureAt(int row) const;
    void requery();
    void publish(QVector<qint64> ids, int total);
    void startLoader();
    void stopLoader();
    void onLoaded(int generation, const QVector<qint64> &ids, int total, const QString &error);

    const Catalogue *m_catalogue = nullptr;
    int m_catalogueSerial = 0;
    const Vocabulary *m_vocabulary = nullptr;
    std::unique_ptr<MeasureQuery> m_query;
    MeasureFilter m_filter;
    MeasureSort m_sort;
    Language m_language = Language::English;
    QLocale m_locale = localeFor(Language::English);
    QVector<qint64> m_ids;
    int m_total = 0;
    // Page cache: page number -> rows by id, least recently used first in m_pageOrder.
    mutable QHash<int, QHash<qint64, Measure>> m_pages;
    mutable QList<int> m_pageOrder;
    int m_backgroundFrom = kBackgroundFrom;
    QThread *m_thread = nullptr;
    MeasureIdLoader *m_loader = nullptr;
    int m_generation = 0;
    int m_loadingGeneration = 0; // non-zero while a background query is outstanding
};
