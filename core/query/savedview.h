// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "measurefilter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// A named way of looking at the catalogue: the search, the facets, the sort and the columns. It is
// kept in the catalogue file, so the table, the statistics, the export and the report (and the
// command line's --view) all start from the same value.
struct SavedView {
    QString name;
    MeasureFilter filter;
    MeasureField sortField = MeasureField::Title;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QList<MeasureField> columns; // visible columns in order; empty: the table's defaults

    // The definition as stored (without the name). Codes and column keys, never labels, so that a
    // view reads the same in either language.
    QByteArray toJson() const;
    static std::optional<SavedView> fromJson(const QString &name, const QByteArray &json);
    MeasureSort sort(Language language) const { return {sortField, sortOrder, language}; }
    bool operator==(const SavedView &other) const;
};

namespace SavedViews {
// A name a view can take: not empty, at most 80 characters. Empty when fine, else why not.
QString checkName(const QString &name);
} // namespace SavedViews
