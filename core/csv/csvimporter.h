#pragma once

#include <QCoreApplication>
#include <QStringList>

class Catalogue;

// Brings measures in from CSV: anything CsvExporter writes (keys or labels in either language,
// codes or labels). Every row is checked before anything is written; then all rows are written
// in one transaction, or none. Rows whose uuid is already in the catalogue replace it when the
// file's copy is newer (updated_at), and are left alone otherwise.
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)
public:
    struct Report {
        bool ok = false;       // checked (and, unless a dry run, written)
        int rows = 0;
        int added = 0;
        int updated = 0;
        int unchanged = 0;     // already in the catalogue, same or newer
        QStringList problems;  // "FILE:LINE:COLUMN: message", translated
        int problemCount = 0;  // may exceed problems.size()
        QString summary() const;
    };
    static constexpr int kMaxReportedProblems = 100;

    // `displayName` is the file name used in problem lines (defaults to the path).
    static Report run(Catalogue &catalogue, const QString &path, bool dryRun, const QString &displayName = {});
};
