// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"

#include <QDialog>

class QTextBrowser;

// The short user guide bundled with the app (find, enter, export, import, back up and restore,
// switch language), in the interface language; it follows a language switch while open. One
// window per main window: F1 brings it back to the front.
class UserGuide : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuide(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    static QString resourceFor(Language language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTextBrowser *m_browser;
};
