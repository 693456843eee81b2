// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisontable.h"

#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QVBoxLayout>

namespace {
constexpr int kShownCharacters = 600;
constexpr int kTooltipCharacters = 2000;
constexpr int kMaxRowHeight = 120;
} // namespace

ComparisonTable::ComparisonTable(QWidget *parent) : QTableWidget(0, 4, parent)
{
    verticalHeader()->hide();
    setWordWrap(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTabKeyNavigation(false); // Tab leaves the table; Up/Down go from field to field
    horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(FirstColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(SecondColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(ChoiceColumn, QHeaderView::ResizeToContents);
}

void ComparisonTable::setHeaders(const QString &field, const QString &first, const QString &second, const QString &choice)
{
    setHorizontalHeaderLabels({field, first, second, choice});
}

int ComparisonTable::addRow(const QString &field, const std::optional<QString> &first, const std::optional<QString> &second)
{
    const int row = rowCount();
    insertRow(row);
    setItem(row, FieldColumn, new QTableWidgetItem(field));
    for (const auto &[column, value] : {std::pair{FirstColumn, first}, std::pair{SecondColumn, second}}) {
        auto *item = new QTableWidgetItem;
        if (!value) {
            item->setText(QStringLiteral("—"));
        } else if (value->isEmpty()) { // emptied is a value too: say so
            item->setText(tr("(empty)"));
            QFont italic = item->font();
            italic.setItalic(true);
            item->setFont(italic);
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        } else {
            item->setText(value->left(kShownCharacters));
            item->setToolTip(value->left(kTooltipCharacters));
        }
        setItem(row, column, item);
    }
    return row;
}

void ComparisonTable::setChoiceText(int row, const QString &text) { setItem(row, ChoiceColumn, new QTableWidgetItem(text)); }

QComboBox *ComparisonTable::setChoiceBox(int row, const QList<QPair<QString, Side>> &items, Side current)
{
    auto *box = new QComboBox;
    box->setFocusPolicy(Qt::StrongFocus);
    box->installEventFilter(this);
    for (const auto &[text, side] : items)
        box->addItem(text, int(side));
    box->setCurrentIndex(qMax(0, box->findData(int(current))));
    // Centred, not stretched to the height of a long text beside it.
    auto *cell = new QWidget(this);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(box, 0, Qt::AlignVCenter);
    setCellWidget(row, ChoiceColumn, cell);
    return box;
}

QComboBox *ComparisonTable::choiceBox(int row) const
{
    QWidget *cell = cellWidget(row, ChoiceColumn);
    return cell ? cell->findChild<QComboBox *>() : nullptr;
}

ComparisonTable::Side ComparisonTable::choice(int row) const
{
    const QComboBox *box = choiceBox(row);
    return box ? Side(box->currentData().toInt()) : Undecided;
}

void ComparisonTable::fitRows()
{
    resizeRowsToContents();
    for (int row = 0; row < rowCount(); ++row) // a long text reads whole in its tooltip
        setRowHeight(row, qMin(rowHeight(row), kMaxRowHeight));
}

void ComparisonTable::keyPressEvent(QKeyEvent *event)
{
    // Keys a focused box let go of travel up here too: only the table's own row is decided.
    const int key = event->key();
    if ((key == Qt::Key_Left || key == Qt::Key_Right) && event->modifiers() == Qt::NoModifier && window()->focusWidget() == this
        && currentRow() >= 0)
        if (QComboBox *box = choiceBox(currentRow())) {
            const int index = box->findData(int(key == Qt::Key_Left ? First : Second));
            if (index >= 0)
                box->setCurrentIndex(index);
            event->accept();
            return;
        }
    QTableWidget::keyPressEvent(event);
}

bool ComparisonTable::eventFilter(QObject *watched, QEvent *event)
{
    auto *box = qobject_cast<QComboBox *>(watched);
    if (event->type() == QEvent::Wheel && box && !box->hasFocus())
        return true; // scrolling the table past a box never changes a side
    if (event->type() == QEvent::KeyPress && box) {
        // ← yours, → theirs, in the box as in its row: focus left there after a choice keeps the keys working.
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Left || key->key() == Qt::Key_Right) && key->modifiers() == Qt::NoModifier) {
            const int index = box->findData(int(key->key() == Qt::Key_Left ? First : Second));
            if (index >= 0)
                box->setCurrentIndex(index);
            return true;
        }
    }
    return QTableWidget::eventFilter(watched, event);
}
