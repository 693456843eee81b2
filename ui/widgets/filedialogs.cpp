// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedialogs.h"
#include "session/uilanguage.h"

#include <QAbstractFileIconProvider>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QIdentityProxyModel>
#include <QScreen>

namespace {

class NamesOnlyIconProvider : public QAbstractFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QAbstractFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo &info) const override { return icon(info.isDir() ? Folder : File); }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QCoreApplication::translate("FileDialogs", "Folder");
        const QString suffix = info.suffix().toLower();
        if (suffix == u"measures")
            return QCoreApplication::translate("FileDialogs", "Measures catalogue");
        if (suffix == u"csv")
            return QCoreApplication::translate("FileDialogs", "CSV file");
        return suffix.isEmpty() ? QCoreApplication::translate("FileDialogs", "File")
                                : QCoreApplication::translate("FileDialogs", "%1 file").arg(suffix.toUpper());
    }
};

// Qt writes the files' dates in the system's language; the window may speak another.
class InterfaceDates : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.column() == kModified && role == Qt::DisplayRole)
            if (const auto *files = qobject_cast<QFileSystemModel *>(sourceModel()))
                return UiLanguage::instance().current().locale().toString(files->lastModified(mapToSource(index)), QLocale::ShortFormat);
        return QIdentityProxyModel::data(index, role);
    }

private:
    static constexpr int kModified = 3; // QFileSystemModel's columns: name, size, type, date modified
};

QString run(QFileDialog &dialog)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog); // native dialogs guess types from content
    dialog.setIconProvider(FileDialogs::iconProvider());
    dialog.setProxyModel(new InterfaceDates(&dialog));
    // Qt opens it at some 600 × 400: names, dates and the places list cut. Room for them, on screen.
    const QRect screen = (dialog.parentWidget() ? dialog.parentWidget()->screen() : dialog.screen())->availableGeometry();
    dialog.resize(qMin(960, screen.width() - 80), qMin(600, screen.height() - 80));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().first();
}

} // namespace

namespace FileDialogs {

QAbstractFileIconProvider *iconProvider()
{
    static NamesOnlyIconProvider provider;
    return &provider;
}

QString openFile(QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    QFileDialog dialog(parent, caption, folder, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog);
}

QString saveFile(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter, bool confirmOverwrite)
{
    QFileDialog dialog(parent, caption, QFileInfo(suggested).absolutePath(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.selectFile(QFileInfo(suggested).fileName());
    dialog.setOption(QFileDialog::DontConfirmOverwrite, !confirmOverwrite);
    return run(dialog);
}

} // namespace FileDialogs
