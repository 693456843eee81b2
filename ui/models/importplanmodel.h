// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvimporter.h"

#include <QAbstractTableModel>

// The rows of an import plan, as the preview lists them: line, what will happen, title, and
// which fields change (or why a row deserves a second look). It can show one kind of row only.
class ImportPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Line, Action, Title, Details, ColumnCount };
    enum class Show { All, ToAdd, ToUpdate, OtherCountry, LookAlike, Deleted, Unchanged, KeptNewer };

    explicit ImportPlanModel(QObject *parent = nullptr);

    void setPlan(const CsvImporter::Plan &plan);
    void setShow(Show show);
    Show show() const { return m_show; }
    // How many listed rows each choice shows.
    int countOf(Show show) const;
    const CsvImporter::RowChange &changeAt(int row) const { return m_plan.changes.at(m_rows.at(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate(); // labels follow the interface language

private:
    static bool shows(Show show, const CsvImporter::RowChange &change);
    QString actionText(const CsvImporter::RowChange &change) const;
    QString details(const CsvImporter::RowChange &change) const;
    void rebuild();

    CsvImporter::Plan m_plan;
    Show m_show = Show::All;
    QList<int> m_rows; // indexes into m_plan.changes
};
