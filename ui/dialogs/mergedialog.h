// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "merge/mergeplan.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class ComparisonTable;

// What merging a colleague's catalogue would do, before anything is written: counts, the list of
// measures it adds, updates, combines, deletes, and its conflicts. A conflict shows both versions
// field by field, side by side; the analyst picks a side per field, per measure or for all.
// Merge is offered once every conflict has a side.
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    MergeDialog(MergePlan plan, const Vocabulary &vocabulary, const QString &catalogueName, QWidget *parent = nullptr);

    const MergePlan &plan() const { return m_plan; }
    QListWidget *entries() const { return m_entries; }
    ComparisonTable *fields() const { return m_fields; }
    QPushButton *mergeButton() const { return m_merge; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    QString summaryText() const;
    // The team's changes brought in by Synchronize: said in the team's words.
    void setFromTeam(bool fromTeam);
    // Synchronize only: whether the team's changes are shown like this before every synchronize,
    // or only when one meets a change made here.
    void setPreviewEveryTime(bool every);
    bool previewEveryTime() const;
    QCheckBox *previewEveryTimeBox() const { return m_previewEvery; }

public slots:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();
    void fillEntries();
    void showSummary();
    void labelEntries();
    void showEntry();
    void chooseForSelected(MergeSide side);
    void chooseForAll(MergeSide side);
    void updateState();
    MergeEntry *selectedEntry();
    PartnerConflict *selectedPartner();

    MergePlan m_plan;
    Vocabulary m_vocabulary; // this catalogue's terms and the ones the merge adds, for their labels
    QString m_catalogueName;
    bool m_fromTeam = false;
    QLabel *m_heading;
    QLabel *m_summary;
    QListWidget *m_entries;
    QLabel *m_entryHeading;
    ComparisonTable *m_fields;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QPushButton *m_allMine;
    QPushButton *m_allTheirs;
    QLabel *m_state;
    QCheckBox *m_previewEvery;
    QPushButton *m_merge;
    QPushButton *m_cancel;
};
