// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/measurefield.h"

#include <QTableView>

class MeasureTableModel;
class QLabel;
class QMenu;
class QPushButton;

// The measure table: sortable by every column (in SQL), a column chooser on the header's
// context menu (also View ▸ Columns), and a message in place of rows when there are none.
class MeasureTableView : public QTableView
{
    Q_OBJECT
public:
    explicit MeasureTableView(QWidget *parent = nullptr);

    void setMeasureModel(MeasureTableModel *model);
    MeasureTableModel *measureModel() const { return m_model; }
    // Visible columns in on-screen order: what "export the view" writes.
    QList<MeasureField> visibleFields() const;
    void setFieldVisible(MeasureField field, bool visible);
    bool isFieldVisible(MeasureField field) const;
    void resetColumns();
    // Shows exactly these columns, in this order (a saved view's); none: the defaults.
    void showFields(const QList<MeasureField> &fields);
    // Default widths that fit the visible columns into the view without a horizontal scroll bar,
    // every header readable: the title takes what the others leave. Kept up as the view resizes
    // until the analyst sizes a column.
    void fitColumns();
    // The layout (order, widths, visibility, sort) by column key, so that it survives fields
    // added to the table by later versions. Layouts saved by version 0.1 (Qt's header state, by
    // position) are still read.
    QByteArray saveLayout() const;
    bool restoreLayout(const QByteArray &state);
    QMenu *columnsMenu() const { return m_columnsMenu; }
    QMenu *sortMenu() const { return m_sortMenu; } // View ▸ Sort By
    void rebuildSortMenu();
    QList<qint64> selectedIds() const;
    void selectId(qint64 id);

signals:
    void columnsChanged(); // shown, hidden or moved (by the analyst, a saved view or a layout)
    void clearFiltersRequested();
    void newMeasureRequested();

protected:
    void changeEvent(QEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void selectionChanged(const QItemSelection &selected, const QItemSelection &deselected) override;
    QItemSelectionModel::SelectionFlags selectionCommand(const QModelIndex &index, const QEvent *event = nullptr) const override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool restoreLegacyLayout(const QByteArray &state);
    void updateEmptyState();
    void fitHeaders();
    int headerWidth(int section) const;
    void rebuildColumnsMenu();
    void retranslate();

    MeasureTableModel *m_model = nullptr;
    QMenu *m_columnsMenu;
    QMenu *m_sortMenu;
    QWidget *m_empty;
    QLabel *m_emptyText;
    QPushButton *m_emptyButton;
    // The selection across a reset (new filter, sort or reload), restored where its rows remain.
    struct KeptSelection {
        int catalogueSerial = -1;
        QList<qint64> ids;
        qint64 current = 0;
    } m_kept;
    void keepSelection();
    void restoreSelection();
    bool m_fitting = false;   // our own resizing, not the analyst's
    bool m_userSized = false; // the analyst sized a column, or a saved layout did
};
