// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;

// Help ▸ About: the app's icon, name and version, what it is for, and the licences of what it is
// built with and ships (Qt, SQLite, the ISO 3166 country names from Debian's iso-codes).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_body;
};
