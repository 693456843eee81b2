// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

// File ▸ Team ▸ Connect to a Team Catalogue…: where the team's server is (host, port, database,
// user, how the connection is secured), the password (kept in the system keyring only when asked),
// and what to do: download the team catalogue into a new file, or upload this catalogue as the
// team's first content. Builds the address as libpq reads it; never closes on what is missing.
class TeamConnectDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Join, Share };
    // `canShare`: a catalogue is open and may be changed.
    explicit TeamConnectDialog(bool canShare, QWidget *parent = nullptr);

    QString address() const; // postgresql://…, without the password
    // Filled from an address (the team the open catalogue is linked to; a connection refused).
    void setAddress(const QString &address);
    // Why the last try failed, shown above the buttons; the details stay as typed.
    void showProblem(const QString &text);
    QString password() const;
    bool remember() const;
    Mode mode() const;

    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QSpinBox *portBox() const { return m_port; }
    QComboBox *securityBox() const { return m_security; }
    QLineEdit *certificateEdit() const { return m_certificate; }
    QRadioButton *shareButton() const { return m_share; }
    QLabel *problemLabel() const { return m_problem; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCertificateRow();
    QLineEdit *m_host, *m_database, *m_user, *m_password, *m_certificate;
    QSpinBox *m_port;
    QComboBox *m_security;
    QPushButton *m_browse;
    QCheckBox *m_remember;
    QRadioButton *m_join, *m_share;
    QLabel *m_problem, *m_certificateLabel, *m_intro;
    QFormLayout *m_form;
    QGroupBox *m_then;
    QPushButton *m_connect;
    bool m_canShare = false;
};
