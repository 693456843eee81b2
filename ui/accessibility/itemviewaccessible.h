// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleObject>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>

class QAbstractItemView;
class QHeaderView;

// What a screen reader reads of a table, a list or a tree. Qt 6.4's own answers a cell asked for
// outside the view (row -1, a row past the end, any cell of an empty table) with nothing, and its
// AT-SPI bridge then reads through that nothing: Orca's query killed the app, and the open form
// with it. This one always answers, with a cell that is not there when none is; and it counts
// the columns the analyst sees (10 of the measure table's 44), numbering them as they show.
//
// Children are numbered as Qt's views number them in the focus and selection events they send
// (a table: a corner, a header row and a row header per row; a tree: a header row), so those
// events find the right cell; hidden columns' cells are there but say they are invisible.
class ItemViewAccessible : public QAccessibleObject, public QAccessibleTableInterface
{
public:
    enum class Kind { Table, List, Tree };

    explicit ItemViewAccessible(QAbstractItemView *view);
    ~ItemViewAccessible() override;

    // Installed once (app and tests): every table, list and tree view answers with this.
    static void install();

    QAbstractItemView *view() const;
    Kind kind() const { return m_kind; }
    static ItemViewAccessible *of(QAbstractItemView *view); // the view's, when it is one

    // QAccessibleInterface
    bool isValid() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QString text(QAccessible::Text t) const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    QRect rect() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    // QAccessibleTableInterface: rows as shown (a tree's expanded ones), columns as shown.
    QAccessibleInterface *caption() const override { return nullptr; }
    QAccessibleInterface *summary() const override { return nullptr; }
    QAccessibleInterface *cellAt(int row, int column) const override;
    int selectedCellCount() const override;
    QList<QAccessibleInterface *> selectedCells() const override;
    QString columnDescription(int column) const override;
    QString rowDescription(int row) const override;
    int selectedColumnCount() const override { return 0; }
    int selectedRowCount() const override;
    int columnCount() const override;
    int rowCount() const override;
    QList<int> selectedColumns() const override { return {}; }
    QList<int> selectedRows() const override;
    bool isColumnSelected(int) const override { return false; }
    bool isRowSelected(int row) const override;
    bool selectRow(int row) override;
    bool selectColumn(int) override { return false; } // our views select rows
    bool unselectRow(int row) override;
    bool unselectColumn(int) override { return false; }
    void modelChange(QAccessibleTableModelChangeEvent *event) override;

    // For the cells: where a model index shows (-1: hidden, or not shown at all).
    int shownColumn(int logicalColumn) const;
    int shownRow(const QModelIndex &index) const;
    QAccessibleInterface *columnHeader(int logicalColumn) const;
    QHeaderView *header() const;
    // The cells a reader knows whose check state a change of data may have changed (a ticked goal).
    QList<QAccessibleInterface *> checksChanged(const QAccessibleTableModelChangeEvent *event) const;

private:
    enum class Part { Corner, ColumnHeader, RowHeader, Cell, None };
    struct Place {
        Part part = Part::None;
        int row = -1;    // shown row
        int column = -1; // the model's column
    };
    Place placeOf(int index) const;
    int indexOf(Part part, int row, int column) const;
    QModelIndex modelIndex(int row, int column) const;
    QList<int> shownColumns() const;              // the model's columns, in the order they show
    const QList<QPersistentModelIndex> &treeRows() const; // a tree's expanded rows, in order
    int stride() const;                          // children per shown row
    QAccessibleInterface *cellFor(const QModelIndex &index) const;
    QAccessibleInterface *absent() const;
    void forgetChildren() const;
    void announceChecks(const QAccessibleTableModelChangeEvent *event) const;

    Kind m_kind;
    mutable QHash<int, QAccessible::Id> m_children;
    mutable QAccessible::Id m_absent = 0;
    mutable QList<QPersistentModelIndex> m_treeRows;
    mutable QHash<QPersistentModelIndex, int> m_treeRowOf;
    mutable QPersistentModelIndex m_treeRoot;
    mutable QElapsedTimer m_treeRowsAge;
    mutable bool m_treeRowsKnown = false;
    QList<QMetaObject::Connection> m_treeWatch;
};
