// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogueerror.h"

#include "migrations.h"
#include "i18n/surface.h"

#include <QDir>
#include <QFileInfo>

QString CatalogueError::message() const
{
    const QString name = QDir::toNativeSeparators(path);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Missing:
        return tr("The catalogue “%1” does not exist. Check the name and folder, or create a new catalogue.")
            .arg(name);
    case Kind::Unreadable:
        return tr("The catalogue “%1” cannot be read (%2). Ask the owner of the file for read permission.")
            .arg(name, detail);
    case Kind::Empty:
        return tr("“%1” is an empty file, not a catalogue. It was left untouched. Open another file or "
                  "create a new catalogue.")
            .arg(name);
    case Kind::NotACatalogue:
        return (Surface::isCommandLine() ? tr("“%1” is not a Measures Catalogue file (%2). It was left untouched. Give a catalogue "
                                              "(.measures) file, or bring CSV data in with measures-cli import.")
                                         : tr("“%1” is not a Measures Catalogue file (%2). It was left untouched. Open a catalogue "
                                              "(.measures) file, or bring CSV data in with Import."))
            .arg(name, detail);
    case Kind::DiskFull:
        return tr("There is no free space left on the drive of the catalogue “%1”. The catalogue itself is fine and was "
                  "left untouched. Free some space on that drive (or copy the catalogue to another one), then open it again.")
            .arg(name);
    case Kind::DiskError:
        return tr("The catalogue “%1” could not be read from its drive (%2). The file was left untouched and is not "
                  "known to be damaged. Check that the drive is connected and has free space, then open it again.")
            .arg(name, detail);
    case Kind::Corrupt:
        return tr("The catalogue “%1” is damaged and cannot be opened safely (%2). It was left untouched. "
                  "Restore it from a backup copy.")
            .arg(name, detail);
    case Kind::NewerVersion:
        return tr("The catalogue “%1” was saved by a newer version of Measures Catalogue (file format %2; "
                  "this version reads up to %3). It was left untouched. Update the application to open it.")
            .arg(name)
            .arg(foundVersion)
            .arg(Migrations::latestVersion());
    case Kind::Locked:
        return (Surface::isCommandLine()
                    ? tr("The catalogue “%1” is already open for editing in another program (%2). Close it there, or "
                         "wait for that command to end, then run this command again; commands that only read it (count, "
                         "export, stats, report) work meanwhile.")
                    : tr("The catalogue “%1” is already open for editing in another window (%2). Close it there, "
                         "or open this catalogue read-only."))
            .arg(name, detail);
    case Kind::Busy:
        return tr("The catalogue “%1” is busy: another program is writing to it (%2). Try again in a "
                  "moment.")
            .arg(name, detail);
    case Kind::AlreadyExists:
        return tr("“%1” already exists. Nothing was overwritten; choose another file name.").arg(name);
    case Kind::CannotCreate:
        return tr("The catalogue “%1” cannot be created (%2). Choose a folder where you can write and "
                  "that has free space.")
            .arg(name, detail);
    case Kind::BackupFailed:
        return tr("Before upgrading “%1” to this version a safety copy is made, and that failed (%2). "
                  "The catalogue was left untouched. Copy it to a folder where you can write and open it "
                  "there.")
            .arg(name, detail);
    case Kind::NeedsUpgrade:
        if (detail == u"requested") // opened read-only on purpose (viewing, export, count)
            return tr("The catalogue “%1” was saved by an older version and must be upgraded before it can be read here, "
                      "which means writing to it, and it was opened read-only. It was left untouched. Open it once in "
                      "the window to upgrade it (a safety copy of it as it is now is made first), then try again.")
                .arg(name);
        return tr("The catalogue “%1” was saved by an older version and must be upgraded to open here, which means "
                  "writing to it; but the file or its folder is read-only. It was left untouched. Copy it to a folder "
                  "where you can write and open the copy.")
            .arg(name);
    case Kind::SideFilesBlocked:
        return detail;
    case Kind::Altered:
        return tr("“%1” is not as Measures Catalogue saves its catalogues: %2. Another program may have changed it, so to keep "
                  "your data safe nothing was read from it, and it was left as it is. If it is your own catalogue, restore one of "
                  "its backup copies; if someone sent it to you, ask them for the catalogue as the app saved it.")
            .arg(name, detail);
    case Kind::MigrationFailed:
        return tr("Upgrading the catalogue “%1” to this version failed (%2). The unfinished step was undone; "
                  "the safety copy made before the upgrade is kept next to it.")
            .arg(name, detail);
    case Kind::CopyUpgradeFailed:
        return tr("Upgrading the copy “%1” to this version failed (%2). The copy may be incomplete: delete it. "
                  "The file it was copied from is unchanged.")
            .arg(name, detail);
    }
    return {};
}
