// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogtitlefit.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QFontMetrics>
#include <QScreen>

void DialogTitleFit::install()
{
    auto *filter = new DialogTitleFit(qApp);
    qApp->installEventFilter(filter);
}

int DialogTitleFit::widthFor(const QString &title, const QWidget *window)
{
    // Title bars use a bold face about the size of the interface's; the window manager's own
    // buttons (close, maximize, minimize) and margins take some 140 pixels besides.
    QFont font = window->font();
    font.setBold(true);
    return QFontMetrics(font).horizontalAdvance(title) + 140;
}

void DialogTitleFit::fit(QWidget *dialog)
{
    const QString title = dialog->windowTitle();
    if (title.isEmpty())
        return;
    int wanted = widthFor(title, dialog);
    if (const QScreen *screen = dialog->screen())
        wanted = qMin(wanted, screen->availableGeometry().width() - 40); // never wider than the screen
    wanted = qMin(wanted, 800); // a long document name in a title is cut, rather than the dialog made huge
    if (dialog->width() >= wanted)
        return;
    // Widened as it opens, never held wide: the analyst may narrow it again (the form's title
    // follows the measure's, which may be long).
    if (dialog->minimumWidth() == dialog->maximumWidth())
        dialog->setFixedWidth(wanted); // a message box fixes its size to its text
    else
        dialog->resize(qMin(wanted, dialog->maximumWidth()), dialog->height());
}

bool DialogTitleFit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show) {
        // After the dialog's own sizing on show (a message box's comes after this filter).
        if (auto *dialog = qobject_cast<QDialog *>(watched); dialog && dialog->isWindow())
            QMetaObject::invokeMethod(dialog, [dialog] { if (dialog->isVisible()) fit(dialog); }, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}
