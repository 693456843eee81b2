// SPDX-License-Identifier: GPL-3.0-or-later
#include "filecontroller.h"

#include "dialogs/mergedialog.h"
#include "merge/mergetext.h"
#include <QInputDialog>
#include <QLineEdit>

#include "catalogue/backups.h"
#include "csv/csvimporter.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importpreviewdialog.h"
#include "dialogs/restoredialog.h"
#include "sample/samplecatalogue.h"
#include "session/appsettings.h"
#include "session/measuredraft.h"
#include "session/cataloguesession.h"
#include "widgets/filedialogs.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

constexpr qint64 kCheckInBackgroundBytes = 16 * 1024 * 1024;

// quick_check reads the whole file: on a large catalogue it runs on a worker thread while the
// window shows progress instead of freezing.
CatalogueError checkFile(const QString &path, QWidget *window)
{
    if (QFileInfo(path).size() < kCheckInBackgroundBytes)
        return Catalogue::probe(path, true);
    QFuture<CatalogueError> future = QtConcurrent::run([path] { return Catalogue::probe(path, true); });
    QProgressDialog progress(FileController::tr("Checking “%1”…").arg(QFileInfo(path).fileName()), QString(), 0, 0, window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    QFutureWatcher<CatalogueError> watcher;
    QObject::connect(&watcher, &QFutureWatcher<CatalogueError>::finished, &progress, &QProgressDialog::reset);
    watcher.setFuture(future);
    if (!future.isFinished())
        progress.exec();
    return future.result();
}

} // namespace

FileController::FileController(CatalogueSession *session, QWidget *window) : QObject(window), m_session(session), m_window(window) {}

QString FileController::fileFilter() const { return tr("Measures catalogues (*.measures);;All files (*)"); }

QString FileController::sampleCataloguePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("sample.measures"));
}

bool FileController::open(const QString &path) { return openWith(path, false); }

bool FileController::openReadOnly(const QString &path) { return openWith(path, true); }

bool FileController::openWith(const QString &path, bool readOnly, bool backupBeforeUpgrade)
{
    if (m_session->isOpen() && QFileInfo(m_session->catalogue()->path()) == QFileInfo(path)) {
        emit message(tr("“%1” is the catalogue open in this window.").arg(m_session->catalogue()->displayName()));
        return true;
    }
    if (!keepWorkOfGoneFile(false)) // the one open is let go below
        return false;
    CatalogueError error = checkFile(path, m_window);
    std::unique_ptr<Catalogue> catalogue;
    if (!error.isError()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        catalogue = Catalogue::open(path, {readOnly ? Catalogue::Access::ReadOnly : Catalogue::Access::ReadWrite, false, backupBeforeUpgrade},
                                    &error);
        QApplication::restoreOverrideCursor();
    }
    if (!catalogue) {
        if (error.kind == CatalogueError::Kind::Locked) {
            QMessageBox box(QMessageBox::Warning, tr("Catalogue in use"), error.message(), QMessageBox::Cancel, m_window);
            QPushButton *view = box.addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
            QPushButton *retry = box.addButton(tr("Try Again"), QMessageBox::ActionRole);
            retry->setToolTip(tr("After the other window has closed the catalogue"));
            box.setDefaultButton(view);
            box.exec();
            if (box.clickedButton() == retry)
                return openWith(path, readOnly, backupBeforeUpgrade);
            return box.clickedButton() == view && openWith(path, true);
        }
        if (error.kind == CatalogueError::Kind::Missing) {
            AppSettings::removeRecentCatalogue(path);
            emit recentChanged();
        }
        if (error.kind == CatalogueError::Kind::NeedsUpgrade)
            return openUpgradedCopy(path, error);
        // One's own catalogue refused: its backup copies are the way back, offered right here.
        if ((error.kind == CatalogueError::Kind::Altered || error.kind == CatalogueError::Kind::Corrupt) && !Backups::all(path).isEmpty()) {
            QMessageBox box(QMessageBox::Critical, tr("The catalogue cannot be opened"), error.message(), QMessageBox::Close, m_window);
            QPushButton *restoreButton = box.addButton(tr("&Restore from Backup…"), QMessageBox::ActionRole);
            box.setDefaultButton(restoreButton);
            box.exec();
            if (box.clickedButton() != restoreButton)
                return false;
            RestoreDialog dialog(path, m_window);
            return dialog.exec() == QDialog::Accepted && !dialog.chosenBackup().isEmpty() && restore(dialog.chosenBackup(), path);
        }
        QMessageBox::critical(m_window, tr("The catalogue cannot be opened"), error.message());
        return false;
    }
    const QString backup = catalogue->migrationBackupPath();
    m_session->setCatalogue(std::move(catalogue));
    AppSettings::addRecentCatalogue(path);
    AppSettings::setLastCatalogue(QFileInfo(path).absoluteFilePath());
    AppSettings::setLastOpenFolder(QFileInfo(path).absolutePath());
    emit recentChanged();
    if (!backup.isEmpty())
        emit message(tr("The catalogue was upgraded to this version; a copy of it as it was is in “%1”.")
                         .arg(QDir::toNativeSeparators(backup)));
    return true;
}

bool FileController::refused(const QString &title, const QString &error)
{
    if (m_session->lastStepCancelled()) // asked for: a line in the status bar, not a warning
        emit message(error);
    else
        QMessageBox::warning(m_window, title, error);
    return false;
}

QString FileController::copyFailed(const QString &why)
{
    return tr("Nothing was written: %1. Choose a folder you can write to, with enough free space; the catalogue itself "
              "is unchanged.")
        .arg(why);
}

bool FileController::openUpgradedCopy(const QString &path, const CatalogueError &why)
{
    // An older catalogue opened read-only: on purpose (it can be upgraded where it is, if the
    // analyst wants), or because the file or folder is read-only (a colleague's share). Either way
    // its contents are still the analyst's, in a copy of their own.
    const bool inPlace = why.detail == u"requested";
    QMessageBox box(QMessageBox::Question,
                    inPlace ? tr("An older catalogue, opened read-only") : tr("An older catalogue that cannot be upgraded where it is"),
                    why.message(), QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("upgradedCopyQuestion"));
    box.setInformativeText(inPlace ? tr("Upgrade it and open it for editing (a safety copy is made first), or save an upgraded "
                                        "copy and open that, leaving the original as it is?")
                                   : tr("Save an upgraded copy somewhere you can write, and open that? The original is not "
                                        "changed."));
    QPushButton *upgrade = inPlace ? box.addButton(tr("Upgrade and Open"), QMessageBox::AcceptRole) : nullptr;
    QPushButton *copy = box.addButton(tr("Save an Upgraded Copy…"), QMessageBox::AcceptRole);
    box.setDefaultButton(upgrade ? upgrade : copy);
    box.exec();
    if (upgrade && box.clickedButton() == upgrade)
        return openWith(path, false);
    if (box.clickedButton() != copy)
        return false;
    const QFileInfo original(path);
    const QString folder = QFileInfo(original.absolutePath()).isWritable()
                             ? original.absolutePath()
                             : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString target = FileDialogs::saveFile(m_window, tr("Save an Upgraded Copy"),
                                           QDir(folder).filePath(tr("%1 (copy).measures").arg(original.completeBaseName())),
                                           fileFilter(), false);
    if (target.isEmpty())
        return false;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".measures");
    if (QFileInfo::exists(target)) {
        QMessageBox::warning(m_window, tr("The copy was not saved"),
                             tr("A file named “%1” already exists. Choose another name: a copy never replaces a file.")
                                 .arg(QDir::toNativeSeparators(target)));
        return false;
    }
    // The original is read through a private read-only connection; the copy is upgraded on open.
    if (const QString failure = Backups::copyFile(path, target); !failure.isEmpty()) {
        QMessageBox::warning(m_window, tr("The copy was not saved"), copyFailed(failure));
        return false;
    }
    return openWith(target, false, false);
}

bool FileController::openSample()
{
    const QString path = sampleCataloguePath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        CatalogueError error;
        if (!SampleCatalogue::create(path, &error)) {
            QMessageBox::critical(m_window, tr("The sample catalogue cannot be created"), error.message());
            return false;
        }
    }
    return open(path);
}

void FileController::openWithDialog()
{
    const QString path = FileDialogs::openFile(m_window, tr("Open Catalogue"), AppSettings::lastOpenFolder(), fileFilter());
    if (!path.isEmpty())
        open(path);
}

void FileController::createWithDialog()
{
    QString path = FileDialogs::saveFile(m_window, tr("New Catalogue"), QDir(AppSettings::lastOpenFolder()).filePath(tr("measures.measures")),
                                         fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".measures");
    if (QFileInfo::exists(path)) {
        // The file dialog asked about replacing; we never replace a file, say so plainly.
        QMessageBox::warning(m_window, tr("New Catalogue"),
                             tr("“%1” already exists and was not replaced. Choose a new name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    CatalogueError error;
    std::unique_ptr<Catalogue> catalogue = Catalogue::create(path, &error);
    if (!catalogue) {
        QMessageBox::critical(m_window, tr("The catalogue cannot be created"), error.message());
        return;
    }
    catalogue.reset();
    open(path);
}

void FileController::importWithDialog()
{
    const QString path = FileDialogs::openFile(m_window, tr("Import Measures from CSV"), AppSettings::lastExportFolder(QFileInfo(m_session->catalogue()->path()).absolutePath()),
                                               tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool FileController::takesDropped(const QString &path) const
{
    return !path.isEmpty() && (QFileInfo(path).suffix() == Catalogue::fileSuffix() || (m_session->isOpen() && !m_session->isReadOnly()));
}

void FileController::takeDropped(const QString &path)
{
    if (!takesDropped(path))
        return;
    if (QFileInfo(path).suffix() == Catalogue::fileSuffix())
        open(path);
    else
        importFile(path);
}

void FileController::importPlatformWithDialog()
{
    // The import recognises the platform's export by its header; only the question differs.
    const QString path = FileDialogs::openFile(m_window, tr("Import the Policy Monitoring Platform's Export"),
                                               AppSettings::lastExportFolder(QFileInfo(m_session->catalogue()->path()).absolutePath()),
                                               tr("CSV exports of the platform (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path, Expect::PlatformExport);
}

void FileController::mergeWithDialog()
{
    const QString path = FileDialogs::openFile(m_window, tr("Merge a Colleague's Catalogue"), AppSettings::lastOpenFolder(),
                                               tr("Catalogues (*.%1);;All files (*)").arg(Catalogue::fileSuffix()));
    if (!path.isEmpty())
        mergeFile(path);
}

bool FileController::mergeFile(const QString &path)
{
    if (!m_session->isOpen() || m_session->isReadOnly())
        return false;
    if (!AppSettings::hasAuthorName()) // the merge goes into measures' histories: under which name?
        askAuthorName();
    QString error;
    const std::optional<MergePlan> plan = m_session->checkMerge(path, &error);
    if (!plan)
        return refused(tr("Nothing was merged"), error);
    std::optional<MergePlan> shown = plan;
    if (plan->changesNothing()) {
        // No measure changes; the histories may still learn what the other file holds, so that
        // the next merges in either direction have nothing left to ask.
        QString text = tr("“%1” brings nothing new: every measure in it is here already, the same or with later changes made here.")
                           .arg(plan->displayName);
        if (plan->writesHistory()) {
            error = m_session->applyMerge(*plan);
            if (!error.isEmpty())
                return refused(tr("Nothing was merged"), error);
            text = tr("“%1” brings nothing new: no measure changed here. The measures' histories now record what it holds, so "
                      "merging in either direction asks nothing.")
                       .arg(plan->displayName);
        }
        if (plan->undoneHere == 0) {
            QMessageBox::information(m_window, tr("Nothing New to Merge"), text);
            return false;
        }
        // Undoing a merge here took some of their versions away: they can still be taken, the
        // analyst deciding each difference.
        QString offer = text + u' '
                      + tr("Undoing a merge here took away “%1”'s version of %n measure(s). Compare Again shows them beside yours, "
                           "to take theirs where you choose.",
                           nullptr, plan->undoneHere)
                            .arg(plan->displayName);
        if (m_session->undoStack()->canRedo())
            offer += u' ' + tr("(Or Edit ▸ Redo, which redoes the last step undone, whole.)");
        QMessageBox box(QMessageBox::Information, tr("Nothing New to Merge"), offer, QMessageBox::NoButton, m_window);
        QPushButton *again = box.addButton(tr("&Compare Again…"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.setDefaultButton(again);
        box.exec();
        if (box.clickedButton() != again)
            return false;
        shown = m_session->checkMerge(path, &error, Merge::Mode::AskAgain);
        if (!shown)
            return refused(tr("Nothing was merged"), error);
    }
    // Nothing is written until the analyst has seen what the merge would do and chosen every conflict.
    MergeDialog preview(*shown, m_session->vocabulary(), m_session->catalogue()->displayName(), m_window);
    if (preview.exec() != QDialog::Accepted)
        return false;
    QString backup;
    const int stepsBefore = m_session->undoStack()->index();
    error = m_session->applyMerge(preview.plan(), &backup);
    if (!error.isEmpty())
        return refused(tr("Nothing was merged"), error);
    const QUndoStack &steps = *m_session->undoStack();
    const QString after = steps.index() != stepsBefore && m_session->canUndo() ? tr("Edit ▸ Undo takes the merge back.")
                        : preview.plan().outcome().isEmpty() && preview.plan().newTerms.isEmpty()
                            ? tr("The histories record the sides you picked, so merging it again does not ask again.")
                            : tr("The catalogue as it was before is in the backup copy “%1”.").arg(QDir::toNativeSeparators(backup));
    QString text = tr("“%1” merged: %2.").arg(plan->displayName, MergeText::outcome(preview.plan())) + u' ' + after;
    if (shown->undoneHere > 0) // kept here by this merge too: merging the same file again offers to ask
        text += u' '
              + tr("Undoing a merge here took away “%1”'s version of %n measure(s): merge the same file again to compare them again.",
                   nullptr, shown->undoneHere)
                    .arg(plan->displayName);
    if (steps.index() != stepsBefore && !m_session->historyNote().isEmpty()) // this step let the oldest go
        text += u' ' + m_session->historyNote();
    if (steps.index() == stepsBefore && !(preview.plan().outcome().isEmpty() && preview.plan().newTerms.isEmpty())) {
        emit message(tr("“%1” merged: %2.").arg(plan->displayName, MergeText::outcome(preview.plan())));
        tellNoUndo(tr("“%1” merged: %2.").arg(plan->displayName, MergeText::outcome(preview.plan())), backup);
        return true;
    }
    emit message(text);
    return true;
}

void FileController::askAuthorName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Your Name"),
                                               tr("Each measure's history names who changed it. Your name, as colleagues "
                                                  "merging your catalogue should see it:"),
                                               QLineEdit::Normal, AppSettings::authorName(), &ok);
    if (ok && !name.simplified().isEmpty()) {
        m_session->setAuthor(name.simplified());
        emit message(tr("Changes you make from now on are recorded as made by %1.").arg(name.simplified()));
    }
}

void FileController::askBackupsKept()
{
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(tr("Backup Copies Kept"));
    dialog.setInputMode(QInputDialog::IntInput);
    dialog.setLabelText(tr("Copies made without asking — when a changed catalogue is closed, before a merge, "
                           "before a large import — are kept in the catalogue's backups folder, the newest of "
                           "each kind. How many of each kind? (Copies you make with File ▸ Back Up are never "
                           "removed. 0 makes no copy when closing and removes none.)"));
    dialog.setIntRange(0, 100);
    dialog.setIntValue(AppSettings::automaticBackupsKept());
    if (auto *label = dialog.findChild<QLabel *>()) // a paragraph, not one line wider than the screen
        label->setWordWrap(true);
    dialog.setMinimumWidth(480);
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int kept = dialog.intValue();
    AppSettings::setAutomaticBackupsKept(kept);
    emit message(kept == 0 ? tr("No copy is made when closing from now on, and none is removed.")
                           : tr("The newest %n copies of each kind are kept from now on.", nullptr, kept));
}

bool FileController::importFile(const QString &path, Expect expect)
{
    if (!m_session->isOpen())
        return false;
    const CsvImporter::Plan plan = m_session->checkImport(path, QFileInfo(path).fileName());
    if (m_session->lastStepCancelled()) {
        emit message(tr("The check of “%1” was cancelled. Nothing was imported.").arg(QFileInfo(path).fileName()));
        return false;
    }
    // Chosen as the platform's export, but its header is not the platform's: said before the preview.
    if (expect == Expect::PlatformExport && !plan.platform) {
        QMessageBox box(QMessageBox::Question, tr("Not an Export of the Platform"),
                        tr("“%1” is not an export of the Policy Monitoring Platform: its columns are not the platform's. "
                           "Import it as a spreadsheet of measures instead?")
                            .arg(QFileInfo(path).fileName()),
                        QMessageBox::Cancel, m_window);
        QPushButton *asSheet = box.addButton(tr("Import as a &Spreadsheet"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != asSheet) {
            emit message(tr("Nothing was imported."));
            return false;
        }
    }
    // Nothing is written until the analyst has seen what the import would do.
    ImportPreviewDialog preview(plan, m_session->catalogue()->displayName(), m_window);
    if (preview.exec() != QDialog::Accepted || !plan.ok)
        return false;
    QString backup;
    const QString error = m_session->applyImport(plan, &backup);
    if (!error.isEmpty())
        return refused(tr("Nothing was imported"), error);
    if (!backup.isEmpty()) {
        emit message(plan.summary());
        tellNoUndo(plan.summary(), backup);
        return true;
    }
    QString text = plan.summary() + u' ' + tr("Edit ▸ Undo takes the import back.");
    if (!m_session->historyNote().isEmpty()) // kept for undo, and the oldest steps went for it
        text += u' ' + m_session->historyNote();
    emit message(text);
    return true;
}

void FileController::tellNoUndo(const QString &done, const QString &backup)
{
    QMessageBox box(QMessageBox::Information, tr("This step cannot be undone"), done, QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("noUndo"));
    // Wide enough for its title and a backup's long path on few lines.
    box.setStyleSheet(QStringLiteral("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 30em; }"));
    box.setInformativeText(tr("It was too large to keep for Edit ▸ Undo, and earlier steps can no longer be undone either. "
                              "The catalogue as it was before is in the backup copy “%1”: File ▸ Restore from Backup "
                              "opens it.")
                               .arg(QDir::toNativeSeparators(backup)));
    box.setWindowModality(Qt::WindowModal);
    box.exec();
}

void FileController::backUpWithDialog()
{
    if (!m_session->isOpen())
        return;
    // Suggesting a name makes the backups folder; a cancelled or failed backup leaves no empty one.
    const QString folder = Backups::folderFor(m_session->catalogue()->path());
    const bool hadFolder = QFileInfo::exists(folder);
    const auto tidy = [&] {
        if (!hadFolder)
            QDir().rmdir(folder); // only ever removes an empty folder
    };
    const QString suggested = Backups::snapshotPath(m_session->catalogue()->path(), false);
    QString path = FileDialogs::saveFile(m_window, tr("Back Up the Catalogue"), suggested, fileFilter(), false);
    if (path.isEmpty()) {
        tidy();
        return;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".measures");
    const QString error = m_session->backUpTo(path);
    if (!error.isEmpty()) {
        tidy();
        if (m_session->lastStepCancelled())
            emit message(error);
        else
            QMessageBox::warning(m_window, tr("The backup copy was not made"), copyFailed(error));
    } else
        emit message(tr("Backup copy saved as “%1”.").arg(QDir::toNativeSeparators(path)));
}

QString FileController::saveCopy(const QString &path)
{
    if (!m_session->isOpen())
        return tr("No catalogue is open.");
    // A copy never replaces a file: that file could be another catalogue, open elsewhere.
    if (QFileInfo::exists(path))
        return tr("A file named “%1” already exists. Choose another name: a copy never replaces a file.")
            .arg(QDir::toNativeSeparators(path));
    return m_session->backUpTo(path);
}

bool FileController::keepWorkOfGoneFile(bool ending)
{
    if (!m_session->isOpen() || m_session->isReadOnly() || m_session->catalogue()->isFileStillThere())
        return true;
    const QFileInfo gone(m_session->catalogue()->path());
    // The copy is the catalogue from now on: its drafts follow it, and it opens next time.
    const auto adopt = [this, &gone](const QString &copy) {
        MeasureDraft::moveAll(gone.absoluteFilePath(), copy);
        AppSettings::addRecentCatalogue(copy);
        AppSettings::setLastCatalogue(QFileInfo(copy).absoluteFilePath());
        emit recentChanged();
    };
    if (ending) { // nobody to ask: a copy where the file was, else in Documents, the home folder, the temporary folder
        for (const QString &folder : {gone.absolutePath(), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                      QDir::homePath(), QDir::tempPath()}) {
            if (folder.isEmpty() || !QFileInfo(folder).isDir() || !QFileInfo(folder).isWritable())
                continue;
            QString copy;
            for (int n = 1; copy.isEmpty() || QFileInfo::exists(copy); ++n)
                copy = QDir(folder).filePath(n == 1 ? tr("%1 (kept when closing).measures").arg(gone.completeBaseName())
                                                    : tr("%1 (kept when closing) %2.measures").arg(gone.completeBaseName()).arg(n));
            if (const QString error = saveCopy(copy); !error.isEmpty()) {
                qWarning("%s", qPrintable(tr("The catalogue file was gone; a copy could not be saved in “%1” (%2).").arg(folder, error)));
                continue;
            }
            qWarning("%s", qPrintable(tr("The catalogue file was gone; its latest changes were saved in “%1”, which opens next time.")
                                          .arg(QDir::toNativeSeparators(copy))));
            adopt(copy);
            return true;
        }
        return true;
    }
    QMessageBox box(QMessageBox::Warning, tr("The catalogue file is gone"),
                    tr("The file “%1” was moved, renamed or deleted while this window had it open. Its latest changes may be "
                       "held only by this window now: save a copy to be sure to keep them.")
                        .arg(QDir::toNativeSeparators(gone.absoluteFilePath())),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("fileGoneQuestion"));
    box.setTextFormat(Qt::PlainText);
    QPushButton *save = box.addButton(tr("Save a Copy…"), QMessageBox::AcceptRole);
    QPushButton *drop = box.addButton(tr("Close Without Saving"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(save);
    box.exec();
    if (box.clickedButton() == drop)
        return true;
    if (box.clickedButton() != save || !saveCopyWithDialog())
        return false;
    adopt(m_savedCopy);
    return true;
}

bool FileController::saveCopyWithDialog()
{
    if (!m_session->isOpen())
        return false;
    const QFileInfo current(m_session->catalogue()->path());
    // Beside the catalogue when its folder takes new files; else in Documents.
    const QString folder = QFileInfo(current.absolutePath()).isWritable()
                             ? current.absolutePath()
                             : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(tr("%1 (copy).measures").arg(current.completeBaseName()));
    QString path = FileDialogs::saveFile(m_window, tr("Save a Copy of the Catalogue"), suggested, fileFilter(), false);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".measures");
    if (const QString error = saveCopy(path); !error.isEmpty()) {
        if (m_session->lastStepCancelled())
            emit message(error);
        else
            QMessageBox::warning(m_window, tr("The copy was not saved"), copyFailed(error));
        return false;
    }
    m_savedCopy = QFileInfo(path).absoluteFilePath();
    if (!m_session->catalogue()->isFileStillThere())
        return true; // the window is letting go of it (keepWorkOfGoneFile says what comes next)
    if (!m_session->isReadOnly()) {
        emit message(tr("Copy saved as “%1”. This window stays on “%2”.")
                         .arg(QDir::toNativeSeparators(path), current.completeBaseName()));
        return true;
    }
    QMessageBox box(QMessageBox::Question, tr("Copy saved"),
                    tr("The copy “%1” can be edited. Open it now?").arg(QDir::toNativeSeparators(path)), QMessageBox::NoButton,
                    m_window);
    box.setObjectName(QStringLiteral("openCopyQuestion"));
    QPushButton *openCopy = box.addButton(tr("Open the Copy"), QMessageBox::AcceptRole);
    box.addButton(tr("Keep Viewing"), QMessageBox::RejectRole);
    box.setDefaultButton(openCopy);
    box.exec();
    if (box.clickedButton() == openCopy)
        open(path);
    return true;
}

void FileController::restoreWithDialog()
{
    if (!m_session->isOpen())
        return;
    RestoreDialog dialog(m_session->catalogue()->path(), m_window);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenBackup().isEmpty())
        restore(dialog.chosenBackup());
}

bool FileController::restore(const QString &backupPath, const QString &of)
{
    const QString original = !of.isEmpty() ? of : m_session->isOpen() ? m_session->catalogue()->path() : backupPath;
    const QString target = Backups::restoredPath(original);
    // The copy, never the backup, is opened (and upgraded when the backup is of an older format).
    QString failure;
    m_session->runTask(tr("Restoring “%1”…").arg(QFileInfo(backupPath).fileName()),
                       [&](StepProgress &progress) { failure = Backups::copyFile(backupPath, target, &progress); });
    if (!failure.isEmpty()) {
        if (m_session->lastStepCancelled()) {
            emit message(tr("Restoring was cancelled; no file was made."));
            return false;
        }
        QMessageBox::warning(m_window, tr("The backup could not be restored"), failure);
        return false;
    }
    if (!openWith(target, false, false)) {
        // Refused (openWith said why): no half-made copy is left beside the catalogue; the backup stays.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(target + suffix);
        return false;
    }
    QMessageBox::information(m_window, tr("Backup restored"),
                             tr("The backup copy is now open as “%1”. The catalogue “%2” was not changed; keep whichever you need.")
                                 .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(original)));
    return true;
}

void FileController::exportView(const MeasureFilter &filter, const MeasureSort &sort, const QList<MeasureField> &columns, int rows)
{
    if (!m_session->isOpen())
        return;
    ExportDialog dialog(*m_session->catalogue(), m_session->vocabulary(), filter, sort, columns, rows, m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit message(tr("Exported %Ln measure(s).", nullptr, rows));
}

void FileController::close()
{
    if (!keepWorkOfGoneFile(false))
        return;
    m_session->close();
    AppSettings::setLastCatalogue(QString());
}
