// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvexporter.h"
#include "query/measurefilter.h"

#include <QDialog>

class Catalogue;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QRadioButton;
class Vocabulary;

// Export of the current view: the rows of the filter, in the table's sort, with the visible
// columns in their order. Presets for Excel and plain CSV; progress and cancel; the file is
// complete or absent (QSaveFile in core).
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const Catalogue &catalogue, const Vocabulary &vocabulary, const MeasureFilter &filter,
                 const MeasureSort &sort, const QList<MeasureField> &columns, int rows, QWidget *parent = nullptr);

    CsvOptions options() const;
    bool writesWorkbook() const;
    // Writes the file with a progress dialog; returns what happened (also shown to the user).
    CsvExporter::Result exportTo(const QString &path);
    QRadioButton *workbookFormat() const { return m_workbook; }
    QRadioButton *excelPreset() const { return m_excel; }
    QRadioButton *standardPreset() const { return m_standard; }
    QRadioButton *labelsHeader() const { return m_labels; }
    QRadioButton *keysHeader() const { return m_keys; }
    QCheckBox *identifierBox() const { return m_identifier; }
    QComboBox *languageBox() const { return m_language; }

public slots:
    void chooseFileAndExport();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const Catalogue &m_catalogue;
    const Vocabulary &m_vocabulary;
    MeasureFilter m_filter;
    MeasureSort m_sort;
    QList<MeasureField> m_columns;
    int m_rows;
    QRadioButton *m_workbook;
    QRadioButton *m_excel;
    QRadioButton *m_standard;
    QComboBox *m_language;
    QRadioButton *m_labels;
    QRadioButton *m_keys;
    QCheckBox *m_codes;
    QCheckBox *m_guard;
    QCheckBox *m_identifier; // so that the file can be imported back as changes, not as new measures
    QButtonGroup *m_formats, *m_headers;
    QLabel *m_summary;
    QLabel *m_formatTitle, *m_languageTitle, *m_headerTitle;
    QPushButton *m_exportButton;
};
