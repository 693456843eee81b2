// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "model/vocabulary.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QTreeWidget;
class QTreeWidgetItem;

// A short vocabulary (scope, nature, cultural domains) as a grid of check boxes.
class TermCheckBoxes : public QWidget
{
    Q_OBJECT
public:
    TermCheckBoxes(VocabularyKind kind, int columns, QWidget *parent = nullptr);
    // Rebuilds the boxes with labels in `language`, keeping what is checked.
    void setVocabulary(const Vocabulary &vocabulary, Language language);
    QStringList codes() const;
    void setCodes(const QStringList &codes);
    QList<QCheckBox *> boxes() const { return m_boxes; }

signals:
    void changed();

private:
    VocabularyKind m_kind;
    int m_columns;
    QGridLayout *m_grid;
    QList<QCheckBox *> m_boxes;
};

// The four Convention goals with their monitoring areas underneath. Checking an area checks its
// goal too (a measure working on an area serves its goal).
class GoalAreaTree : public QWidget
{
    Q_OBJECT
public:
    explicit GoalAreaTree(QWidget *parent = nullptr);
    void setVocabulary(const Vocabulary &vocabulary, Language language);
    QStringList goals() const;
    QStringList areas() const;
    void setCodes(const QStringList &goals, const QStringList &areas);
    QTreeWidget *tree() const { return m_tree; }

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeWidget *m_tree;
    bool m_updating = false;
};
