// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/measurefilter.h"

#include "catalogue/catalogueerror.h"

#include <QObject>

class CatalogueSession;
class QWidget;

// Everything the File menu does, with the questions and messages around it: open (checked off
// the UI thread), new, sample, import, export of the view, back-up copy, close.
class FileController : public QObject
{
    Q_OBJECT
public:
    FileController(CatalogueSession *session, QWidget *window);

    bool open(const QString &path);      // asks how to continue when the file is busy or locked
    bool openReadOnly(const QString &path);
    bool openSample();                   // the bundled sample, created on first use
    void openWithDialog();
    void createWithDialog();
    void importWithDialog();
    void importPlatformWithDialog(); // the same import, its dialog worded for the platform's export
    // A colleague's catalogue: chosen, previewed with its conflicts, merged as one undoable step.
    void mergeWithDialog();
    bool mergeFile(const QString &path); // true when merged
    void askAuthorName();
    void askBackupsKept(); // the newest N of each kind of copy made without asking
    // A file dropped on the window: a catalogue opens; anything else goes through the import
    // preview (which recognises the platform's export) of an open catalogue that can be written.
    bool takesDropped(const QString &path) const;
    void takeDropped(const QString &path);
    // What the analyst chose the file as: the platform's export is said to be one before its preview.
    enum class Expect { AnyCsv, PlatformExport };
    bool importFile(const QString &path, Expect expect = Expect::AnyCsv); // shows the report; true when imported
    // A step too large to undo was done: says so in a box, with where the way back is (a status
    // line would scroll it away).
    void tellNoUndo(const QString &done, const QString &backup);
    void backUpWithDialog();
    // Saves the whole catalogue under another name; from a read-only catalogue it offers to open
    // the copy for editing.
    bool saveCopyWithDialog(); // true when a copy was saved
    // The file this window works on was moved, renamed or deleted while open: its latest changes
    // are in no file the analyst can find. Before it is let go, a copy is offered (made without
    // asking when the session is `ending`). False: the analyst chose to stay.
    bool keepWorkOfGoneFile(bool ending);
    QString saveCopy(const QString &path); // an empty string, or what went wrong
    void restoreWithDialog();
    // Copies a backup to a new file beside the catalogue and opens it; the original is untouched.
    // `original`: the catalogue it is a backup of (default: the one open).
    bool restore(const QString &backupPath, const QString &original = {});
    void exportView(const MeasureFilter &filter, const MeasureSort &sort, const QList<MeasureField> &columns, int rows);
    void close();

    static QString sampleCataloguePath();

signals:
    void recentChanged();
    void message(const QString &text);

private:
    bool openWith(const QString &path, bool readOnly, bool backupBeforeUpgrade = true);
    bool openUpgradedCopy(const QString &path, const CatalogueError &why);
    static QString copyFailed(const QString &why); // a copy's failure, and what to do
    // A step that wrote nothing: a warning titled `title`, or a line when the analyst cancelled it.
    bool refused(const QString &title, const QString &error);
    QString m_savedCopy; // the last copy saveCopyWithDialog() saved
    QString fileFilter() const;

    CatalogueSession *m_session;
    QWidget *m_window;
};
