#pragma once

#include "model/measure.h"
#include "model/measurefield.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <optional>

class Vocabulary;

// Reads one CSV row into a Measure: the header decides which field each column fills, and each
// cell accepts a code or a label in either language. Problems name the column they come from.
class MeasureCsvRow
{
    Q_DECLARE_TR_FUNCTIONS(MeasureCsvRow)
public:
    struct CellProblem {
        int column; // 1-based
        QString message;
    };

    // Maps header cells to fields; problems for unknown, repeated or missing columns.
    static QList<std::optional<MeasureField>> mapHeader(const QStringList &header, QList<CellProblem> *problems);
    static Measure parse(const QStringList &cells, const QList<std::optional<MeasureField>> &columns,
                         const Vocabulary &vocabulary, QList<CellProblem> *problems);
    static int columnOf(MeasureField field, const QList<std::optional<MeasureField>> &columns); // 1-based, 0 if absent
};
