// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// Every dialog is at least as wide as its title, so that the window manager never cuts it to
// “Combinar catálogo de…”: message boxes and input dialogs size themselves to their text only,
// and Spanish and French titles run long. Installed once on the application (app and tests).
class DialogTitleFit : public QObject
{
    Q_OBJECT
public:
    static void install();
    // The width a window needs to show `title` whole in its title bar, buttons included.
    static int widthFor(const QString &title, const QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
    static void fit(QWidget *dialog);
};
