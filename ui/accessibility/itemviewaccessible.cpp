// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemviewaccessible.h"
#include "itemviewparts.h"

#include <QApplication>
#include <QHeaderView>
#include <QListView>
#include <QTableView>
#include <QTreeView>

namespace {

QAccessibleInterface *itemViewFactory(const QString &className, QObject *object)
{
    // Asked once per class up the hierarchy: answering at Qt's own view classes covers the
    // classes built on them (the measure table, QTableWidget...) before Qt's factory answers.
    if (className != u"QTableView" && className != u"QListView" && className != u"QTreeView")
        return nullptr;
    auto *view = qobject_cast<QAbstractItemView *>(object);
    return view ? new ItemViewAccessible(view) : nullptr;
}

} // namespace

void ItemViewAccessible::install() { QAccessible::installFactory(itemViewFactory); }

ItemViewAccessible *ItemViewAccessible::of(QAbstractItemView *view)
{
    return view ? dynamic_cast<ItemViewAccessible *>(QAccessible::queryAccessibleInterface(view)) : nullptr;
}

ItemViewAccessible::ItemViewAccessible(QAbstractItemView *view)
    : QAccessibleObject(view),
      m_kind(qobject_cast<QTreeView *>(view) ? Kind::Tree : qobject_cast<QListView *>(view) ? Kind::List : Kind::Table)
{
    if (auto *tree = qobject_cast<QTreeView *>(view)) {
        // Expanding and collapsing change a tree's rows, and Qt sends no model change for them.
        const auto forget = [this] { m_treeRowsKnown = false; };
        m_treeWatch << QObject::connect(tree, &QTreeView::expanded, tree, forget)
                    << QObject::connect(tree, &QTreeView::collapsed, tree, forget);
    }
}

ItemViewAccessible::~ItemViewAccessible()
{
    for (const QMetaObject::Connection &watch : std::as_const(m_treeWatch))
        QObject::disconnect(watch);
    forgetChildren();
    if (m_absent)
        QAccessible::deleteAccessibleInterface(m_absent);
}

// While ~QWidget runs (a focus or destruction event sent from it), the object is a QWidget no
// longer an item view: qobject_cast then answers nothing and the interface is not valid.
QAbstractItemView *ItemViewAccessible::view() const { return qobject_cast<QAbstractItemView *>(object()); }

bool ItemViewAccessible::isValid() const { return QAccessibleObject::isValid() && view(); }

QHeaderView *ItemViewAccessible::header() const
{
    if (auto *table = qobject_cast<QTableView *>(view()))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view()))
        return tree->header();
    return nullptr;
}

QAccessibleInterface *ItemViewAccessible::parent() const
{
    QObject *above = view()->parent();
    // A combo box's list sits in a private container: the combo box is what a reader knows.
    if (above && qstrcmp(above->metaObject()->className(), "QComboBoxPrivateContainer") == 0)
        above = above->parent();
    // A view of its own (a completion list) belongs to the application, as Qt's own says.
    return QAccessible::queryAccessibleInterface(above ? above : static_cast<QObject *>(qApp));
}

QString ItemViewAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Description)
        return view()->accessibleDescription();
    if (t == QAccessible::Name)
        return view()->accessibleName();
    return {};
}

QAccessible::Role ItemViewAccessible::role() const
{
    switch (m_kind) {
    case Kind::Tree: return QAccessible::Tree;
    case Kind::List: return QAccessible::List;
    case Kind::Table: break;
    }
    return QAccessible::Table;
}

QAccessible::State ItemViewAccessible::state() const
{
    QAccessible::State s;
    s.focusable = view()->focusPolicy() != Qt::NoFocus;
    s.focused = view()->hasFocus();
    s.invisible = !view()->isVisible();
    s.disabled = !view()->isEnabled();
    const auto mode = view()->selectionMode();
    s.multiSelectable = mode == QAbstractItemView::ExtendedSelection || mode == QAbstractItemView::MultiSelection;
    return s;
}

QRect ItemViewAccessible::rect() const
{
    return view()->isVisible() ? ViewPartAccessible::globalRect(view(), view()->rect()) : QRect();
}

void *ItemViewAccessible::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::TableInterface ? static_cast<QAccessibleTableInterface *>(this) : nullptr;
}

// Children: numbered as Qt's views number them in their events.

int ItemViewAccessible::stride() const
{
    const QAbstractItemModel *model = view()->model();
    const int columns = model ? model->columnCount(view()->rootIndex()) : 0;
    switch (m_kind) {
    case Kind::Table: return columns + 1; // a row header, then the cells
    case Kind::Tree: return columns;
    case Kind::List: return 1;
    }
    return 1;
}

int ItemViewAccessible::childCount() const
{
    if (!view()->model() || stride() == 0)
        return 0;
    return m_kind == Kind::List ? rowCount() : (rowCount() + 1) * stride();
}

ItemViewAccessible::Place ItemViewAccessible::placeOf(int index) const
{
    Place place;
    const int width = stride();
    if (index < 0 || index >= childCount() || width == 0)
        return place;
    if (m_kind == Kind::List) {
        place = {Part::Cell, index, qobject_cast<QListView *>(view())->modelColumn()};
    } else if (m_kind == Kind::Tree) {
        const int row = index / width - 1;
        place = {row < 0 ? Part::ColumnHeader : Part::Cell, row, index % width};
    } else {
        const int row = index / width - 1;
        const int column = index % width - 1;
        if (row < 0)
            place = {column < 0 ? Part::Corner : Part::ColumnHeader, -1, column};
        else
            place = {column < 0 ? Part::RowHeader : Part::Cell, row, column};
    }
    return place;
}

int ItemViewAccessible::indexOf(Part part, int row, int column) const
{
    const int width = stride();
    switch (m_kind) {
    case Kind::List: return part == Part::Cell ? row : -1;
    case Kind::Tree:
        return part == Part::ColumnHeader ? column : part == Part::Cell ? (row + 1) * width + column : -1;
    case Kind::Table:
        switch (part) {
        case Part::Corner: return 0;
        case Part::ColumnHeader: return column + 1;
        case Part::RowHeader: return (row + 1) * width;
        case Part::Cell: return (row + 1) * width + column + 1;
        case Part::None: return -1;
        }
    }
    return -1;
}

QModelIndex ItemViewAccessible::modelIndex(int row, int column) const
{
    const QAbstractItemModel *model = view()->model();
    if (!model || row < 0 || column < 0)
        return {};
    if (m_kind == Kind::Tree) {
        const QModelIndex first = treeRows().value(row);
        return first.isValid() ? first.sibling(first.row(), column) : QModelIndex();
    }
    return model->index(row, column, view()->rootIndex());
}

const QList<QPersistentModelIndex> &ItemViewAccessible::treeRows() const
{
    auto *tree = qobject_cast<QTreeView *>(view());
    if (!tree)
        return m_treeRows;
    // Rows also move without a signal (hidden rows, expandAll, a new root): the list is kept for
    // one burst of questions only, and rebuilt for the next.
    // (Rows removed while a reader listens come with a model change, which forgets the list.)
    const bool stale = !m_treeRowsKnown || m_treeRowsAge.hasExpired(250) || m_treeRoot != tree->rootIndex();
    if (tree->model() && stale) {
        m_treeRows.clear();
        m_treeRowOf.clear();
        for (QModelIndex at = tree->model()->index(0, 0, tree->rootIndex()); at.isValid(); at = tree->indexBelow(at)) {
            m_treeRowOf.insert(at, int(m_treeRows.size()));
            m_treeRows << at;
        }
        m_treeRoot = tree->rootIndex();
        m_treeRowsKnown = true;
        m_treeRowsAge.start();
    }
    return m_treeRows;
}

QList<int> ItemViewAccessible::shownColumns() const
{
    if (m_kind == Kind::List)
        return {qobject_cast<QListView *>(view())->modelColumn()};
    QList<int> shown;
    QHeaderView *columns = header();
    if (!columns)
        return shown;
    for (int visual = 0; visual < columns->count(); ++visual) {
        const int logical = columns->logicalIndex(visual);
        if (!columns->isSectionHidden(logical))
            shown << logical;
    }
    return shown;
}

int ItemViewAccessible::shownColumn(int logicalColumn) const { return int(shownColumns().indexOf(logicalColumn)); }

int ItemViewAccessible::shownRow(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != view()->model())
        return -1;
    if (m_kind != Kind::Tree)
        return index.parent() == view()->rootIndex() ? index.row() : -1;
    const QModelIndex first = index.sibling(index.row(), 0);
    treeRows(); // fresh
    return m_treeRowOf.value(QPersistentModelIndex(first), -1);
}

QAccessibleInterface *ItemViewAccessible::child(int index) const
{
    const Place place = placeOf(index);
    if (place.part == Part::None)
        return nullptr;
    const QModelIndex cell = place.part == Part::Cell ? modelIndex(place.row, place.column) : QModelIndex();
    if (auto found = m_children.constFind(index); found != m_children.constEnd()) {
        QAccessibleInterface *known = QAccessible::accessibleInterface(found.value());
        auto *knownCell = dynamic_cast<CellAccessible *>(known);
        auto *knownHeader = dynamic_cast<HeaderAccessible *>(known);
        // Rows and columns come and go without an event when no reader listens: a child answers
        // for its own place only.
        if (known && ((knownCell && knownCell->index() == cell)
                      || (knownHeader && knownHeader->isAt(place.part == Part::RowHeader ? place.row : place.column,
                                                             place.part == Part::Corner))))
            return known;
        QAccessible::deleteAccessibleInterface(found.value());
        m_children.remove(index);
    }
    QAccessibleInterface *made = nullptr;
    switch (place.part) {
    case Part::Corner: made = new HeaderAccessible(view(), Qt::Horizontal, -1, QAccessible::Pane); break;
    case Part::ColumnHeader: made = new HeaderAccessible(view(), Qt::Horizontal, place.column, QAccessible::ColumnHeader); break;
    case Part::RowHeader: made = new HeaderAccessible(view(), Qt::Vertical, place.row, QAccessible::RowHeader); break;
    case Part::Cell:
        if (!cell.isValid())
            return nullptr;
        made = new CellAccessible(view(), cell, m_kind == Kind::List ? QAccessible::ListItem
                                               : m_kind == Kind::Tree ? QAccessible::TreeItem : QAccessible::Cell);
        break;
    case Part::None: return nullptr;
    }
    m_children.insert(index, QAccessible::registerAccessibleInterface(made));
    return made;
}

int ItemViewAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child)
        return -1;
    // A cell's number follows from where it shows (asked for each cell a reader meets); a header's
    // is looked up among the few made.
    if (const auto *cell = dynamic_cast<const CellAccessible *>(child)) {
        const QModelIndex index = cell->index();
        const int row = shownRow(index);
        const int at = row < 0 ? -1 : indexOf(Part::Cell, row, index.column());
        return at >= 0 && this->child(at) == child ? at : -1;
    }
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it)
        if (QAccessible::accessibleInterface(it.value()) == child)
            return it.key();
    return -1;
}

QAccessibleInterface *ItemViewAccessible::childAt(int x, int y) const
{
    const QPoint local = view()->viewport()->mapFromGlobal(QPoint(x, y));
    const QModelIndex index = view()->indexAt(local);
    return index.isValid() ? cellFor(index) : nullptr;
}

QAccessibleInterface *ItemViewAccessible::cellFor(const QModelIndex &index) const
{
    const int row = shownRow(index);
    return row < 0 ? nullptr : child(indexOf(Part::Cell, row, index.column()));
}

QAccessibleInterface *ItemViewAccessible::absent() const
{
    if (!m_absent)
        m_absent = QAccessible::registerAccessibleInterface(new CellAccessible(view(), QModelIndex(), QAccessible::Cell));
    return QAccessible::accessibleInterface(m_absent);
}

QAccessibleInterface *ItemViewAccessible::columnHeader(int logicalColumn) const
{
    if (m_kind == Kind::List)
        return nullptr;
    return child(indexOf(Part::ColumnHeader, -1, logicalColumn));
}

void ItemViewAccessible::forgetChildren() const
{
    for (QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
    m_children.clear();
}

// Table interface: what shows.

int ItemViewAccessible::columnCount() const { return view()->model() ? int(shownColumns().size()) : 0; }

int ItemViewAccessible::rowCount() const
{
    const QAbstractItemModel *model = view()->model();
    if (!model)
        return 0;
    return m_kind == Kind::Tree ? int(treeRows().size()) : model->rowCount(view()->rootIndex());
}

QAccessibleInterface *ItemViewAccessible::cellAt(int row, int column) const
{
    const QModelIndex index = modelIndex(row, shownColumns().value(column, -1));
    QAccessibleInterface *cell = index.isValid() ? cellFor(index) : nullptr;
    return cell ? cell : absent();
}

QString ItemViewAccessible::columnDescription(int column) const
{
    const int logical = shownColumns().value(column, -1);
    return logical < 0 ? QString() : view()->model()->headerData(logical, Qt::Horizontal).toString();
}

QString ItemViewAccessible::rowDescription(int row) const
{
    if (m_kind != Kind::Table || row < 0 || row >= rowCount())
        return {};
    return view()->model()->headerData(row, Qt::Vertical).toString();
}

int ItemViewAccessible::selectedCellCount() const
{
    if (!view()->selectionModel())
        return 0;
    // Counted, not made: Ctrl+A on 100,000 measures would make a million cells.
    const QList<int> shown = shownColumns();
    const QModelIndexList selected = view()->selectionModel()->selectedIndexes();
    return int(std::count_if(selected.cbegin(), selected.cend(), [&](const QModelIndex &i) { return shown.contains(i.column()); }));
}

QList<QAccessibleInterface *> ItemViewAccessible::selectedCells() const
{
    QList<QAccessibleInterface *> cells;
    if (!view()->selectionModel())
        return cells;
    const QList<int> shown = shownColumns();
    const QModelIndexList selected = view()->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        if (shown.contains(index.column()))
            if (QAccessibleInterface *cell = cellFor(index))
                cells << cell;
    return cells;
}

QList<int> ItemViewAccessible::selectedRows() const
{
    QList<int> rows;
    if (!view()->selectionModel())
        return rows;
    const QModelIndexList selected = view()->selectionModel()->selectedRows(shownColumns().value(0, 0));
    for (const QModelIndex &index : selected)
        if (const int row = shownRow(index); row >= 0)
            rows << row;
    std::sort(rows.begin(), rows.end());
    return rows;
}

int ItemViewAccessible::selectedRowCount() const { return int(selectedRows().size()); }

bool ItemViewAccessible::isRowSelected(int row) const
{
    const QModelIndex index = modelIndex(row, shownColumns().value(0, 0));
    return index.isValid() && view()->selectionModel()
        && view()->selectionModel()->isRowSelected(index.row(), index.parent());
}

bool ItemViewAccessible::selectRow(int row)
{
    const QModelIndex index = modelIndex(row, shownColumns().value(0, 0));
    const auto mode = view()->selectionMode();
    if (!index.isValid() || !view()->selectionModel() || mode == QAbstractItemView::NoSelection)
        return false;
    const auto how = mode == QAbstractItemView::SingleSelection ? QItemSelectionModel::ClearAndSelect : QItemSelectionModel::Select;
    view()->selectionModel()->select(index, how | QItemSelectionModel::Rows);
    return true;
}

bool ItemViewAccessible::unselectRow(int row)
{
    const QModelIndex index = modelIndex(row, shownColumns().value(0, 0));
    if (!index.isValid() || !view()->selectionModel())
        return false;
    view()->selectionModel()->select(index, QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
    return true;
}

void ItemViewAccessible::modelChange(QAccessibleTableModelChangeEvent *event)
{
    if (event->modelChangeType() == QAccessibleTableModelChangeEvent::DataChanged) {
        announceChecks(event);
        return; // values changed, the numbering did not
    }
    // Rows or columns came or went: the numbering may have changed, cells are made again as asked.
    forgetChildren();
    m_treeRowsKnown = false;
}

// Ticking a goal or a facet's value changes an item's data, which Qt's bridge does not say: a
// reader on that item heard nothing. Each known checkable cell in the changed range says its
// check state changed; the bridge reads the state and Orca speaks it for the focused item.
void ItemViewAccessible::announceChecks(const QAccessibleTableModelChangeEvent *event) const
{
    for (QAccessibleInterface *cell : checksChanged(event)) {
        QAccessible::State changed;
        changed.checked = true;
        QAccessibleStateChangeEvent said(cell, changed);
        QAccessible::updateAccessibility(&said);
    }
}

QList<QAccessibleInterface *> ItemViewAccessible::checksChanged(const QAccessibleTableModelChangeEvent *event) const
{
    QList<QAccessibleInterface *> cells;
    for (const QAccessible::Id id : std::as_const(m_children)) {
        auto *cell = dynamic_cast<CellAccessible *>(QAccessible::accessibleInterface(id));
        const QModelIndex index = cell ? cell->index() : QModelIndex();
        if (!index.isValid() || !index.flags().testFlag(Qt::ItemIsUserCheckable))
            continue;
        // A tree's rows are numbered under their parent: a sibling elsewhere may be said too,
        // which Orca passes over unless it is the focused item.
        if (index.row() >= event->firstRow() && index.row() <= event->lastRow() && index.column() >= event->firstColumn()
            && index.column() <= event->lastColumn())
            cells << cell;
    }
    return cells;
}
