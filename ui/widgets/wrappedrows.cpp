// SPDX-License-Identifier: GPL-3.0-or-later
#include "wrappedrows.h"

#include <QStyle>
#include <QTreeWidget>

namespace {

void fitItem(QTreeWidgetItem *item, int column, int width, int depth, const QTreeWidget *tree, int checkWidth)
{
    // Measured on the tree, at its screen's resolution: a font measured apart is measured at 96
    // dpi, and on a screen of fewer dots the rows were wrapped too soon, blank lines under them.
    const QFontMetrics metrics(item->font(column), tree);
    // Only a checkable item gives room to its box: a list of figures wrapped as if it had one
    // grew rows with blank lines under them.
    // (An item's flags say checkable by default: a check state is what shows a box.)
    const int box = item->data(column, Qt::CheckStateRole).isValid() ? checkWidth : 0;
    const int textWidth = qMax(40, width - depth * tree->indentation() - box);
    const QRect text = metrics.boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap, item->text(column));
    item->setSizeHint(column, QSize(width, qMax(text.height(), metrics.height()) + 6));
    for (int i = 0; i < item->childCount(); ++i)
        fitItem(item->child(i), column, width, depth + 1, tree, checkWidth);
}

} // namespace

void WrappedRows::fit(QTreeWidget *tree, int column, int columnWidth)
{
    const QStyle *style = tree->style();
    const int checkWidth = style->pixelMetric(QStyle::PM_IndicatorWidth) + 3 * style->pixelMetric(QStyle::PM_CheckBoxLabelSpacing) + 8;
    const int rootDepth = tree->rootIsDecorated() ? 1 : 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        fitItem(tree->topLevelItem(i), column, columnWidth, rootDepth, tree, checkWidth);
    tree->doItemsLayout();
}
