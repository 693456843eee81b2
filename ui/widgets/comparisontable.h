// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableWidget>
#include <optional>

class QComboBox;

// Two versions of a measure field by field, side by side, and which one stands: the merge
// preview's and Find Duplicates'. Long texts are shortened (whole in their tooltips), an empty
// value says so, a side that is not there shows a dash. A row's choice is a box whose items carry
// the side as data (1 the first column's, 2 the second's, 0 undecided): on the table's own row,
// ← and → pick the first and second side, and the wheel never changes a box it only passes over.
class ComparisonTable : public QTableWidget
{
    Q_OBJECT
public:
    enum Column { FieldColumn, FirstColumn, SecondColumn, ChoiceColumn };
    enum Side { Undecided = 0, First = 1, Second = 2 };

    explicit ComparisonTable(QWidget *parent = nullptr);
    void setHeaders(const QString &field, const QString &first, const QString &second, const QString &choice);
    // std::nullopt: that side has no such measure.
    int addRow(const QString &field, const std::optional<QString> &first, const std::optional<QString> &second);
    void setChoiceText(int row, const QString &text);
    // A box of sides: items (text, Side) in order, `current` selected. The table owns it.
    QComboBox *setChoiceBox(int row, const QList<QPair<QString, Side>> &items, Side current);
    QComboBox *choiceBox(int row) const;
    Side choice(int row) const;
    // Rows as tall as their texts, up to a limit.
    void fitRows();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
};
