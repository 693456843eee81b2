// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemviewaccessible.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

// The parts of a view a screen reader is given by ItemViewAccessible: cells and headers. None is
// an object of its own; each answers for its place in the view while the view lives.
class ViewPartAccessible : public QAccessibleInterface
{
public:
    ViewPartAccessible(QAbstractItemView *view, QAccessible::Role role) : m_view(view), m_role(role) {}

    bool isValid() const override { return !m_view.isNull(); }
    QObject *object() const override { return nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view.data()); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    void setText(QAccessible::Text, const QString &) override {}
    QAccessible::Role role() const override { return m_role; }

    // `local` (in `widget`'s coordinates) on the screen, as readers want rectangles.
    static QRect globalRect(const QWidget *widget, const QRect &local)
    {
        return local.isValid() ? QRect(widget->mapToGlobal(local.topLeft()), local.size()) : QRect();
    }

protected:
    QPointer<QAbstractItemView> m_view;
    QAccessible::Role m_role;
};

// A cell (table), an item (list) or a row's cell (tree). An invalid index is the cell that is not
// there: it answers everything, as nothing.
class CellAccessible : public ViewPartAccessible, public QAccessibleTableCellInterface, public QAccessibleActionInterface
{
public:
    CellAccessible(QAbstractItemView *view, const QModelIndex &index, QAccessible::Role role)
        : ViewPartAccessible(view, role), m_index(index)
    {
    }

    QModelIndex index() const { return m_index; }


    QString text(QAccessible::Text t) const override
    {
        if (!shows())
            return {};
        if (t == QAccessible::Name) {
            const QString spoken = m_index.data(Qt::AccessibleTextRole).toString();
            return spoken.isEmpty() ? m_index.data(Qt::DisplayRole).toString() : spoken;
        }
        if (t == QAccessible::Description) {
            const QString said = m_index.data(Qt::AccessibleDescriptionRole).toString();
            return said.isEmpty() ? m_index.data(Qt::ToolTipRole).toString() : said;
        }
        return {};
    }

    QRect rect() const override
    {
        if (!shows() || columnIndex() < 0)
            return {};
        return globalRect(m_view->viewport(), m_view->visualRect(m_index));
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!shows()) {
            s.invisible = true;
            return s;
        }
        const auto mode = m_view->selectionMode();
        s.selectable = mode != QAbstractItemView::NoSelection;
        s.multiSelectable = mode == QAbstractItemView::ExtendedSelection || mode == QAbstractItemView::MultiSelection;
        s.focusable = true;
        s.focused = m_view->hasFocus() && m_view->currentIndex() == m_index;
        s.selected = isSelected();
        const QRect shown = rect();
        s.invisible = !shown.isValid() || !globalRect(m_view->viewport(), m_view->viewport()->rect()).intersects(shown);
        s.offscreen = s.invisible;
        const Qt::ItemFlags flags = m_index.flags();
        s.disabled = !m_view->isEnabled() || !flags.testFlag(Qt::ItemIsEnabled);
        s.editable = flags.testFlag(Qt::ItemIsEditable);
        if (flags.testFlag(Qt::ItemIsUserCheckable)) {
            s.checkable = true;
            s.checked = m_index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        }
        if (auto *tree = qobject_cast<QTreeView *>(m_view.data()); tree && m_index.column() == 0
            && m_index.model()->hasChildren(m_index)) {
            s.expandable = true;
            s.expanded = tree->isExpanded(m_index);
            s.collapsed = !s.expanded;
        }
        return s;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::TableCellInterface)
            return static_cast<QAccessibleTableCellInterface *>(this);
        if (type == QAccessible::ActionInterface)
            return static_cast<QAccessibleActionInterface *>(this);
        return nullptr;
    }

    // QAccessibleActionInterface: what Space and a click do. A check box's cell (a goal, a facet's
    // value) toggles its check; any other cell becomes the current one, its row selected.
    QStringList actionNames() const override
    {
        // Nothing to do where the analyst can do nothing (a read-only form's goals, a disabled item).
        if (!shows() || !m_view->isEnabled() || !m_index.flags().testFlag(Qt::ItemIsEnabled))
            return {};
        return {m_index.flags().testFlag(Qt::ItemIsUserCheckable) && m_index.data(Qt::CheckStateRole).isValid() ? toggleAction()
                                                                                                                : pressAction()};
    }
    void doAction(const QString &actionName) override
    {
        if (!shows() || !actionNames().contains(actionName))
            return;
        if (actionName == toggleAction()) {
            const bool checked = m_index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
            const_cast<QAbstractItemModel *>(m_index.model())->setData(m_index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        } else {
            m_view->setCurrentIndex(m_index);
        }
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

    // QAccessibleTableCellInterface
    bool isSelected() const override
    {
        return shows() && m_view->selectionModel() && m_view->selectionModel()->isSelected(m_index);
    }
    QList<QAccessibleInterface *> columnHeaderCells() const override
    {
        auto *table = ItemViewAccessible::of(m_view.data());
        QAccessibleInterface *header = shows() && table ? table->columnHeader(m_index.column()) : nullptr;
        return header ? QList<QAccessibleInterface *>{header} : QList<QAccessibleInterface *>{};
    }
    QList<QAccessibleInterface *> rowHeaderCells() const override { return {}; }
    int columnIndex() const override
    {
        auto *table = ItemViewAccessible::of(m_view.data());
        return shows() && table ? table->shownColumn(m_index.column()) : -1;
    }
    int rowIndex() const override
    {
        auto *table = ItemViewAccessible::of(m_view.data());
        return shows() && table ? table->shownRow(m_index) : -1;
    }
    int columnExtent() const override { return shows() ? 1 : 0; }
    int rowExtent() const override { return shows() ? 1 : 0; }
    QAccessibleInterface *table() const override { return parent(); }

private:
    bool shows() const { return m_view && m_index.isValid() && m_index.model() == m_view->model(); }

    QPersistentModelIndex m_index;
};

// A column's header, a row's header, or the table's corner.
class HeaderAccessible : public ViewPartAccessible
{
public:
    HeaderAccessible(QAbstractItemView *view, Qt::Orientation orientation, int section, QAccessible::Role role)
        : ViewPartAccessible(view, role), m_orientation(orientation), m_section(section)
    {
    }

    bool isAt(int section, bool corner) const { return corner ? m_role == QAccessible::Pane : m_section == section && m_role != QAccessible::Pane; }

    QString text(QAccessible::Text t) const override
    {
        if (!m_view || !m_view->model() || m_role == QAccessible::Pane)
            return {};
        const int role = t == QAccessible::Name ? Qt::DisplayRole : t == QAccessible::Description ? Qt::ToolTipRole : -1;
        return role < 0 ? QString() : m_view->model()->headerData(m_section, m_orientation, role).toString();
    }

    QRect rect() const override
    {
        QHeaderView *header = sectionHeader();
        if (!header || !header->isVisible() || header->isSectionHidden(m_section))
            return {};
        const int at = header->sectionViewportPosition(m_section);
        const int size = header->sectionSize(m_section);
        const QRect local = m_orientation == Qt::Horizontal ? QRect(at, 0, size, header->height())
                                                            : QRect(0, at, header->width(), size);
        return globalRect(header->viewport(), local);
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.invisible = !rect().isValid();
        return s;
    }

private:
    QHeaderView *sectionHeader() const
    {
        if (m_role == QAccessible::Pane)
            return nullptr;
        if (auto *table = qobject_cast<QTableView *>(m_view.data()))
            return m_orientation == Qt::Horizontal ? table->horizontalHeader() : table->verticalHeader();
        if (auto *tree = qobject_cast<QTreeView *>(m_view.data()))
            return tree->header();
        return nullptr;
    }

    Qt::Orientation m_orientation;
    int m_section;
};
