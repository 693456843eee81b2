// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/measurefield.h"
#include "query/duplicatequery.h"

#include <QDialog>
#include <optional>

class CatalogueSession;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class ComparisonTable;

// Edit ▸ Find Duplicates…: pairs of measures that are probably the same (same platform id, or
// same country and title words), each shown side by side. Merging a pair keeps the first measure
// with the fields picked from the second and both lists joined, and deletes the second: one
// step of the undo history.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    DuplicatesDialog(CatalogueSession *session, QList<DuplicatePair> pairs, QWidget *parent = nullptr);
    // Looks for pairs (saying so if the catalogue cannot be read) and shows them; how many were merged.
    static int findIn(CatalogueSession *session, QWidget *parent);

    QListWidget *pairs() const { return m_pairs; }
    ComparisonTable *fields() const { return m_fields; }
    QPushButton *mergeButton() const { return m_merge; }
    int merged() const { return m_merged; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillPairs();
    void showPair();
    void foldSame();
    void mergeSelected();

    CatalogueSession *m_session;
    QList<DuplicatePair> m_list;
    std::optional<Measure> m_first, m_second;
    QList<MeasureField> m_differing;
    int m_merged = 0;
    QLabel *m_summary;
    QListWidget *m_pairs;
    QSplitter *m_splitter;
    QLabel *m_hint;
    ComparisonTable *m_fields;
    QCheckBox *m_showSame;
    QList<int> m_sameRows; // rows of fields the two measures share, folded unless asked for
    QPushButton *m_merge;
    QPushButton *m_close;
};
