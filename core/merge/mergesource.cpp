// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergesource.h"

#include "catalogue/backups.h"
#include "catalogue/catalogue.h"
#include "catalogue/editlock.h"
#include "catalogue/migrations.h"
#include "i18n/surface.h"

#include <QDir>
#include <QFileInfo>

MergeSource::~MergeSource() = default;

std::unique_ptr<MergeSource> MergeSource::open(const Catalogue &mine, const QString &path, QString *error)
{
    const QFileInfo file(path);
    const QString name = file.fileName();
    if (file.exists() && file.canonicalFilePath() == QFileInfo(mine.path()).canonicalFilePath()) {
        *error = tr("“%1” is the catalogue being merged into: merging it into itself would change nothing. Choose a colleague's catalogue.").arg(name);
        return nullptr;
    }
    int version = 0;
    if (const CatalogueError check = Catalogue::probe(path, true, &version); check.isError()) {
        *error = check.message();
        return nullptr;
    }
    if (EditLock::isHeld(path)) {
        *error = (Surface::isCommandLine() ? tr("The catalogue “%1” is open for editing in another program (%2). Close it "
                                                "there, then run the merge again.")
                                             : tr("The catalogue “%1” is open for editing in another window (%2). Close it "
                                                  "there, then merge it."))
                     .arg(name, EditLock(path).ownerDescription());
        return nullptr;
    }
    std::unique_ptr<MergeSource> source(new MergeSource);
    source->m_path = path;
    CatalogueError failure;
    // Recent changes still in a -wal beside it would be folded into their file when the last
    // connection closes: such a file is read from a copy too, so that theirs stays as it came.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (version >= Migrations::latestVersion() && !(wal.exists() && wal.size() > 0)) {
        Catalogue::OpenOptions options;
        options.access = Catalogue::Access::ReadOnly;
        options.quickCheck = false; // probed just now
        source->m_catalogue = Catalogue::open(path, options, &failure);
    } else {
        // Read (and upgraded) in a copy: the colleague's file is theirs to upgrade.
        source->m_copyFolder = std::make_unique<QTemporaryDir>();
        const QString copy = source->m_copyFolder->filePath(QStringLiteral("merge.") + Catalogue::fileSuffix());
        if (!source->m_copyFolder->isValid()) {
            *error = tr("“%1” could not be read: no temporary folder for an upgraded copy (%2).").arg(name, source->m_copyFolder->errorString());
            return nullptr;
        }
        if (const QString copyError = Backups::copyFile(path, copy); !copyError.isEmpty()) {
            *error = copyError;
            return nullptr;
        }
        Catalogue::OpenOptions options;
        options.quickCheck = false;
        options.backupBeforeUpgrade = false;
        source->m_catalogue = Catalogue::open(copy, options, &failure);
        if (failure.kind == CatalogueError::Kind::CopyUpgradeFailed) {
            // The copy is ours (and goes with its temporary folder): nothing to delete, nothing of theirs touched.
            *error = tr("“%1” is of an older format, and upgrading a copy of it for the merge failed (%2). Nothing was merged, "
                        "and “%1” was left as it is.")
                         .arg(name, failure.detail);
            return nullptr;
        }
        if (failure.isError())
            failure.path = path;
    }
    if (!source->m_catalogue) {
        *error = failure.message();
        return nullptr;
    }
    // Someone else's file: a statement step that runs away is stopped (SqliteConnection).
    source->m_catalogue->connection().limitStepTime(kStepLimitMs);
    return source;
}
