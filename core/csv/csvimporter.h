// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvamounts.h"
#include "csvreader.h"
#include "i18n/language.h"
#include "model/measure.h"
#include "model/measurefield.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

class Catalogue;
class Vocabulary;

// Brings measures in from CSV: anything CsvExporter writes (keys or labels in either language,
// codes or labels), and the export of UNESCO's Policy Monitoring Platform, recognised by its
// header (core/platform: its rows are found again by the platform's measure id, so that a newer
// export updates them; labels it does not know are kept as text and listed in `kept`). check() reads the file once and says, row by row, what importing it would
// do, writing nothing; apply() writes exactly that in one transaction (all rows or none), after
// proving that the file it reads again is byte for byte the file that was checked.
//
// A row naming a measure already in the catalogue (its uuid) changes exactly the columns the file
// has: an empty cell clears that field, a column the file lacks is never touched. A row whose
// updated_at is older than the catalogue's copy is left alone (the catalogue is newer). A partner
// the catalogue knows keeps its type: a file giving it another is refused (a type is shared by
// every measure naming the partner, and an import changes only the rows it holds).
class CsvImporter
{
public:
    struct RowChange {
        enum class Kind { Add, Update, Unchanged, KeptNewer };
        Kind kind = Kind::Add;
        qint64 line = 0;
        QString uuid;
        QString title;
        QList<MeasureField> changed; // Update: the fields whose values change
        // Update: each changed field's value before and after, as an export in the plan's language
        // writes it (long texts shortened), in the order of `changed`.
        QList<QPair<QString, QString>> values;
        QString similarTo;           // Add: an existing measure with the same title and country
        QString formerCountry;       // Update of a platform row that changes the country: the former one's name (another measure under the same id?)
        // Add of a measure deleted here (by its uuid, or the platform id its tombstone keeps):
        // when and by whom. Imported, it comes back, its history continuing from the deletion.
        QDateTime deletedAt;
        QString deletedBy;
        bool onlyTheFilesColumns = false; // the file lacks some of its fields: they come back empty
        bool wasDeleted() const { return deletedAt.isValid(); }
    };

    struct Plan {
        bool ok = false;        // every row can be imported
        QString path;
        QString displayName;    // the file name used in problem lines
        Language language = Language::English;
        QByteArray hash;        // of the bytes checked
        qint64 undoBytes = 0;   // what keeping the import for undo would hold (UndoCost): rows as written, and as they were
        int rows = 0;
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int keptNewer = 0;
        int similar = 0;
        int restored = 0;       // rows that bring back a measure deleted here (RowChange::deletedAt)
        int otherCountry = 0;   // platform updates that move a measure to another country (RowChange::formerCountry)
        QList<RowChange> changes; // rows that add or update, then the others, at most kMaxListed
        QStringList problems;     // "FILE:LINE:COLUMN: message", at most kMaxReportedProblems
        int problemCount = 0;
        QList<MeasureField> fields; // the columns of the file
        CsvAmounts::Mark amounts = CsvAmounts::Mark::Unknown; // Unknown: no amount in the file
        bool amountsFromDelimiter = false; // no amount decided it: the file's delimiter did
        bool amountsMixed = false;         // the file writes amounts both ways
        // Kept for undo, or too large (UndoCost): a backup copy is made first instead.
        bool keptForUndo() const;
        bool platform = false;             // the file is an export of the Policy Monitoring Platform
        CsvReader::Encoding encoding = CsvReader::Encoding::Utf8; // Windows-1252 when it is not UTF-8
        QStringList kept;                  // "FILE:LINE:COLUMN: message" for values kept as text, at most kMaxListed
        int keptCount = 0;
        QString failure;                   // set by run() when the write itself failed (translated)
        bool storageFailure = false;       // ... because the catalogue could not be written

        QString summary() const;     // in `language`
        // One line per row worth a second look (kept because the catalogue is newer, looking like
        // a measure already there, or updated: with the fields that change), as "FILE:LINE: note",
        // then the values kept as text, in `language`.
        QStringList notes() const;
        QString amountsNote() const; // how amounts were read, or empty
        QString encodingNote() const; // that the file was read as Windows-1252, or empty
    };

    struct Applied {
        enum class Failure { None, NotChecked, FileChanged, CatalogueChanged, Storage };
        bool ok = false;
        Failure failure = Failure::None;
        QString error; // translated
        int added = 0;
        int updated = 0;
        // For undo and redo: the measures as they were before an update, the uuids added, and
        // every measure as written.
        bool undoable = true;
        MeasureCopies before;
        QStringList addedUuids;
        MeasureCopies after;
        QStringList createdPartners; // partners the import added to the shared list
    };

    // "“Title” was deleted here on DATE by NAME; …": a row bringing back a deleted measure.
    static QString deletedNote(const RowChange &change, Language language);

    static constexpr int kMaxReportedProblems = 100;
    static constexpr int kMaxListed = 5000;

    static Plan check(const Catalogue &catalogue, const Vocabulary &vocabulary, const QString &path, Language language,
                      const QString &displayName = {});
    static Applied apply(const Catalogue &catalogue, const Vocabulary &vocabulary, const Plan &plan);
    // check(), then apply() unless `dryRun`; a failed write is in the plan's `failure`.
    static Plan run(const Catalogue &catalogue, const Vocabulary &vocabulary, const QString &path, bool dryRun, Language language,
                    const QString &displayName = {});
};
