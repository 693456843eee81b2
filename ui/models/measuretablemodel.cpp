#include "measuretablemodel.h"

#include "catalogue/catalogue.h"
#include "measuretext.h"
#include "query/measurequery.h"

MeasureTableModel::MeasureTableModel(QObject *parent) : QAbstractTableModel(parent) {}

MeasureTableModel::~MeasureTableModel() = default;

MeasureField MeasureTableModel::fieldAt(int column) { return MeasureFields::all().at(column); }

void MeasureTableModel::setCatalogue(const Catalogue *catalogue, const Vocabulary *vocabulary)
{
    beginResetModel();
    m_catalogue = catalogue;
    m_vocabulary = vocabulary;
    m_query = catalogue ? std::make_unique<MeasureQuery>(*catalogue) : nullptr;
    m_ids.clear();
    m_pages.clear();
    m_pageOrder.clear();
    m_total = 0;
    if (m_query) {
        bool ok = false;
        m_ids = m_query->ids(m_filter, m_sort, &ok);
        m_total = m_query->total();
        if (!ok)
            emit queryFailed(m_query->lastError());
    }
    endResetModel();
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
    bool ok = false;
    QVector<qint64> ids = m_query->ids(m_filter, m_sort, &ok);
    if (!ok) {
        emit queryFailed(m_query->lastError());
        return;
    }
    // Rows cached by page position are wrong once the order changes.
    beginResetModel();
    m_ids = std::move(ids);
    m_total = m_query->total();
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
    return parent.isValid() ? 0 : int(MeasureFields::all().size());
}

const Measure *MeasureTableModel::measureAt(int row) const
{
    if (!m_query || row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / MeasureQuery::kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const QVector<qint64> ids = m_ids.mid(page * MeasureQuery::kPageSize, MeasureQuery::kPageSize);
        it = m_pages.insert(page, m_query->rows(ids));
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
        return MeasureText::cell(*measure, field, *m_vocabulary, m_language);
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
