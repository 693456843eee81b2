// SPDX-License-Identifier: GPL-3.0-or-later
#include "termchecklist.h"

#include "widgets/wrappedrows.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QEvent>
#include <QTreeWidget>
#include <QVBoxLayout>

TermCheckBoxes::TermCheckBoxes(VocabularyKind kind, int columns, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_columns(columns), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
}

void TermCheckBoxes::setVocabulary(const Vocabulary &vocabulary, Language language)
{
    const QStringList checked = codes();
    for (QCheckBox *box : std::as_const(m_boxes))
        delete box;
    m_boxes.clear();
    const QList<VocabularyTerm> &terms = vocabulary.terms(m_kind);
    const int rows = (int(terms.size()) + m_columns - 1) / qMax(1, m_columns);
    for (int i = 0; i < terms.size(); ++i) {
        auto *box = new QCheckBox(terms[i].shownLabel(language), this);
        box->setProperty("code", terms[i].code);
        box->setChecked(checked.contains(terms[i].code));
        connect(box, &QCheckBox::toggled, this, &TermCheckBoxes::changed);
        m_grid->addWidget(box, i % qMax(1, rows), i / qMax(1, rows)); // fill columns top to bottom
        m_boxes << box;
    }
    setFocusProxy(m_boxes.isEmpty() ? nullptr : m_boxes.first()); // going to this field lands on its first box
}

QStringList TermCheckBoxes::codes() const
{
    QStringList result;
    for (QCheckBox *box : m_boxes)
        if (box->isChecked())
            result << box->property("code").toString();
    return result;
}

void TermCheckBoxes::setCodes(const QStringList &codes)
{
    for (QCheckBox *box : std::as_const(m_boxes)) {
        const QSignalBlocker blocker(box);
        box->setChecked(codes.contains(box->property("code").toString()));
    }
}

GoalAreaTree::GoalAreaTree(QWidget *parent) : QWidget(parent), m_tree(new QTreeWidget(this))
{
    m_tree->setObjectName(QStringLiteral("goalAreaTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    setFocusProxy(m_tree);
    m_tree->viewport()->installEventFilter(this);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_updating)
            return;
        m_updating = true;
        if (item->parent() && item->checkState(0) == Qt::Checked)
            item->parent()->setCheckState(0, Qt::Checked);
        if (!item->parent() && item->checkState(0) == Qt::Unchecked) // a goal off: its areas off
            for (int i = 0; i < item->childCount(); ++i)
                item->child(i)->setCheckState(0, Qt::Unchecked);
        m_updating = false;
        emit changed();
    });
}

void GoalAreaTree::setVocabulary(const Vocabulary &vocabulary, Language language)
{
    const QStringList checkedGoals = goals();
    const QStringList checkedAreas = areas();
    m_updating = true;
    m_tree->clear();
    for (const VocabularyTerm &goal : vocabulary.terms(VocabularyKind::ConventionGoal)) {
        auto *goalItem = new QTreeWidgetItem(m_tree, {QStringLiteral("%1. %2").arg(goal.code, goal.label(language))});
        goalItem->setData(0, Qt::UserRole, goal.code);
        goalItem->setToolTip(0, goal.label(language));
        goalItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        goalItem->setCheckState(0, checkedGoals.contains(goal.code) ? Qt::Checked : Qt::Unchecked);
        QFont bold = goalItem->font(0);
        bold.setBold(true);
        goalItem->setFont(0, bold);
        for (const VocabularyTerm &area : vocabulary.areasOfGoal(goal.code)) {
            auto *areaItem = new QTreeWidgetItem(goalItem, {area.label(language)});
            areaItem->setData(0, Qt::UserRole, area.code);
            areaItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            areaItem->setCheckState(0, checkedAreas.contains(area.code) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_tree->expandAll();
    m_updating = false;
    WrappedRows::fit(m_tree, 0, m_tree->viewport()->width());
}

bool GoalAreaTree::eventFilter(QObject *watched, QEvent *event)
{
    // Long goals wrap to the width the form gives the tree, whatever the language.
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        WrappedRows::fit(m_tree, 0, m_tree->viewport()->width());
    return QWidget::eventFilter(watched, event);
}

QStringList GoalAreaTree::goals() const
{
    QStringList result;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->checkState(0) == Qt::Checked)
            result << m_tree->topLevelItem(i)->data(0, Qt::UserRole).toString();
    return result;
}

QStringList GoalAreaTree::areas() const
{
    QStringList result;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *goal = m_tree->topLevelItem(i);
        for (int j = 0; j < goal->childCount(); ++j)
            if (goal->child(j)->checkState(0) == Qt::Checked)
                result << goal->child(j)->data(0, Qt::UserRole).toString();
    }
    return result;
}

void GoalAreaTree::setCodes(const QStringList &goals, const QStringList &areas)
{
    m_updating = true;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *goal = m_tree->topLevelItem(i);
        goal->setCheckState(0, goals.contains(goal->data(0, Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        for (int j = 0; j < goal->childCount(); ++j)
            goal->child(j)->setCheckState(0, areas.contains(goal->child(j)->data(0, Qt::UserRole).toString()) ? Qt::Checked
                                                                                                                : Qt::Unchecked);
    }
    m_updating = false;
}
