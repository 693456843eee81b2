// SPDX-License-Identifier: GPL-3.0-or-later
#include "measuretablemodel.h"

#include "catalogue/catalogue.h"
#include "measuretext.h"
#include "measureidloader.h"
#include "query/measurequery.h"

#include <QThread>

MeasureTableModel::MeasureTableModel(QObject *parent) : QAbstractTableModel(parent) {}

MeasureTableModel::~MeasureTableModel() { stopLoader(); }

void MeasureTableModel::startLoader()
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("measure-id-loader"));
    m_loader = new MeasureIdLoader;
    m_loader->moveToThread(m_thread);
    connect(m_loader, &MeasureIdLoader::loaded, this, &MeasureTableModel::onLoaded);
    m_thread->start();
    QMetaObject::invokeMethod(m_loader, "open", Qt::QueuedConnection, Q_ARG(QString, m_catalogue->path()));
}

void MeasureTableModel::stopLoader()
{
    if (!m_thread)
        return;
    // A result already on its way belongs to the catalogue being let go: the new generation
    // turns it away in onLoaded. The query in flight is interrupted rather than waited for.
    m_loader->supersede(++m_generation);
    // The loader's connection belongs to its thread: it is closed there before the thread ends.
    QMetaObject::invokeMethod(m_loader, "close", Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_loader;
    delete m_thread;
    m_loader = nullptr;
    m_thread = nullptr;
    m_loadingGeneration = 0;
}

MeasureField MeasureTableModel::fieldAt(int column) { return MeasureFields::tableFields().at(column); }

void MeasureTableModel::setCatalogue(const Catalogue *catalogue, const Vocabulary *vocabulary)
{
    stopLoader();
    beginResetModel();
    ++m_catalogueSerial;
    m_catalogue = catalogue;
    m_vocabulary = vocabulary;
    m_query = catalogue ? std::make_unique<MeasureQuery>(*catalogue) : nullptr;
    m_ids.clear();
    m_pages.clear();
    m_pageOrder.clear();
    m_total = 0;
    if (m_query) {
        const MeasureQuery::Result result = m_query->find(m_filter, m_sort);
        m_ids = result.ids;
        m_total = result.total;
        if (!result.ok)
            emit queryFailed(result.error);
    }
    endResetModel();
    if (m_catalogue && m_total >= m_backgroundFrom)
        startLoader();
    emit countsChanged(int(m_ids.size()), m_total);
}

void MeasureTableModel::setFilter(const MeasureFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    requery();
}

void MeasureTableModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_locale = localeFor(language);
    m_sort.language = language;
    const MeasureFields::Type type = MeasureFields::type(m_sort.field);
    if (type == MeasureFields::Type::Term) // the order of country names changes with the language
        requery();
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void MeasureTableModel::reload()
{
    m_pages.clear();
    m_pageOrder.clear();
    requery();
}

void MeasureTableModel::requery()
{
    if (!m_query)
        return;
    if (m_loader) {
        m_loadingGeneration = ++m_generation;
        m_loader->supersede(m_generation); // the query in flight, if any, is not wanted any more
        QMetaObject::invokeMethod(m_loader, "load", Qt::QueuedConnection, Q_ARG(int, m_generation),
                                  Q_ARG(MeasureFilter, m_filter), Q_ARG(MeasureSort, m_sort));
        return;
    }
    MeasureQuery::Result result = m_query->find(m_filter, m_sort);
    if (!result.ok) {
        emit queryFailed(result.error);
        return;
    }
    publish(std::move(result.ids), result.total);
}

void MeasureTableModel::onLoaded(int generation, const QVector<qint64> &ids, int total, const QString &error)
{
    if (generation != m_generation)
        return; // superseded by a newer filter or sort
    m_loadingGeneration = 0;
    if (!error.isEmpty()) {
        emit queryFailed(error);
        return;
    }
    publish(ids, total);
}

void MeasureTableModel::publish(QVector<qint64> ids, int total)
{
    // Rows cached by page position are wrong once the order changes.
    beginResetModel();
    m_ids = std::move(ids);
    m_total = total;
    m_pages.clear();
    m_pageOrder.clear();
    endResetModel();
    emit countsChanged(int(m_ids.size()), m_total);
}

qint64 MeasureTableModel::idAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0; }

int MeasureTableModel::rowOf(qint64 id) const { return int(m_ids.indexOf(id)); }

int MeasureTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_ids.size()); }

int MeasureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(MeasureFields::tableFields().size());
}

const Measure *MeasureTableModel::measureAt(int row) const
{
    if (!m_query || row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / MeasureQuery::kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const QVector<qint64> ids = m_ids.mid(page * MeasureQuery::kPageSize, MeasureQuery::kPageSize);
        it = m_pages.insert(page, m_query->rows(ids, *m_vocabulary));
        m_pageOrder.append(page);
        while (m_pageOrder.size() > kCachedPages)
            m_pages.remove(m_pageOrder.takeFirst());
    } else if (m_pageOrder.last() != page) {
        m_pageOrder.removeOne(page);
        m_pageOrder.append(page);
    }
    const auto found = it->constFind(m_ids.at(row));
    return found == it->cend() ? nullptr : &found.value();
}

QVariant MeasureTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size() || index.column() >= columnCount())
        return {};
    if (role == IdRole)
        return m_ids.at(index.row());
    const MeasureField field = fieldAt(index.column());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(MeasureFields::isNumeric(field) ? Qt::AlignRight | Qt::AlignVCenter
                                                                   : Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Measure *measure = measureAt(index.row());
    if (!measure || !m_vocabulary)
        return {};
    if (role == Qt::DisplayRole)
        return MeasureText::cell(*measure, field, *m_vocabulary, m_language, m_locale);
    const QString tip = MeasureText::tooltip(*measure, field, *m_vocabulary, m_language);
    return tip.isEmpty() ? QVariant() : QVariant(tip);
}

QVariant MeasureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return MeasureFields::shortLabel(fieldAt(section), m_language);
    if (role == Qt::ToolTipRole)
        return MeasureFields::label(fieldAt(section), m_language);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(MeasureFields::isNumeric(fieldAt(section)) ? Qt::AlignRight | Qt::AlignVCenter
                                                                              : Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

void MeasureTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    MeasureSort sort{fieldAt(column), order, m_language};
    if (sort == m_sort)
        return;
    m_sort = sort;
    requery();
}
