// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvimporter.h"

#include <QDialog>

class ImportPlanModel;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

// What an import would do, before anything is written: rows to add, to update (with the fields
// that change), already up to date, left alone because the catalogue is newer, rows that look
// like a measure already there, and the file's problems with FILE:LINE:COLUMN. Import is only
// offered when every row can be imported and something would change.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPreviewDialog(const CsvImporter::Plan &plan, const QString &catalogueName, QWidget *parent = nullptr);

    QPushButton *importButton() const { return m_import; }
    QComboBox *showBox() const { return m_show; }
    QTableView *rows() const { return m_rows; }
    ImportPlanModel *model() const { return m_model; }
    QPlainTextEdit *problems() const { return m_problems; }
    QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    bool canImport() const;

    CsvImporter::Plan m_plan;
    QString m_catalogueName;
    ImportPlanModel *m_model;
    QLabel *m_heading;
    QLabel *m_summary;
    QLabel *m_showLabel;
    QComboBox *m_show;
    QTableView *m_rows;
    QLabel *m_rowDetail;
    QLabel *m_listed;
    QLabel *m_problemsLabel;
    QPlainTextEdit *m_problems;
    QLabel *m_keptLabel;
    QPlainTextEdit *m_kept; // values kept as written (the platform's labels nothing matched)
    QLabel *m_undoNote;
    QPushButton *m_import;
    QPushButton *m_cancel;
};
