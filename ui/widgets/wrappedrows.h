// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTreeWidget;

// A tree view draws wrapped text when word wrap is on, but does not make a row taller for it:
// each row's size hint must say how tall its wrapped label is. Sets that for every item (children
// included, with their indentation and font) in `column`, whose width is `columnWidth`.
namespace WrappedRows {
void fit(QTreeWidget *tree, int column, int columnWidth);
}
