// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamconnectdialog.h"

#include "team/teamurl.h"
#include "widgets/filedialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QString encoded(const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); }

} // namespace

TeamConnectDialog::TeamConnectDialog(bool canShare, QWidget *parent) : QDialog(parent)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_host = new QLineEdit(this);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_user = new QLineEdit(this);
    m_user->setText(qEnvironmentVariable("USER"));
    m_security = new QComboBox(this);
    for (const char *mode : {"verify-full", "require", "disable"})
        m_security->addItem(QString(), QString::fromLatin1(mode));
    m_certificate = new QLineEdit(this);
    m_browse = new QPushButton(this);
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificate, 1);
    certificateRow->addWidget(m_browse);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(this);

    m_form = new QFormLayout;
    for (QWidget *field : std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user, m_security})
        m_form->addRow(QStringLiteral("-"), field);
    m_certificateLabel = new QLabel(this);
    m_certificateLabel->setBuddy(m_certificate);
    m_form->addRow(m_certificateLabel, certificateRow);
    m_form->addRow(QStringLiteral("-"), m_password);
    m_form->addRow(QString(), m_remember);

    m_then = new QGroupBox(this);
    m_join = new QRadioButton(m_then);
    m_share = new QRadioButton(m_then);
    m_join->setChecked(true);
    m_share->setEnabled(canShare);
    m_canShare = canShare;
    auto *thenLayout = new QVBoxLayout(m_then);
    thenLayout->addWidget(m_join);
    thenLayout->addWidget(m_share);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_problem->hide();
    // A problem said goes once the analyst types again: it may be mended already.
    for (QLineEdit *edit : {m_host, m_database, m_user, m_password, m_certificate})
        connect(edit, &QLineEdit::textEdited, m_problem, &QLabel::hide);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(QStringLiteral("-"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_security, &QComboBox::currentIndexChanged, this, &TeamConnectDialog::updateCertificateRow);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFile(this, tr("The Server's Certificate Authority"), QDir::homePath(),
                                                   tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!path.isEmpty())
            m_certificate->setText(QDir::toNativeSeparators(path));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_then);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    retranslate();
    updateCertificateRow();
    m_host->setFocus();
    setMinimumWidth(qMax(560, sizeHint().width()));
}

// Every text here, again at a language switch while the dialog is open.
void TeamConnectDialog::retranslate()
{
    setWindowTitle(tr("Connect to a Team Catalogue"));
    m_intro->setText(tr("A team catalogue is kept on your team's PostgreSQL server. Whoever runs it gives you these "
                        "details; each of you keeps working on a copy of your own and synchronizes it."));
    m_host->setPlaceholderText(tr("for example db.ministry.example"));
    m_database->setPlaceholderText(tr("for example team"));
    const QStringList modes = {tr("Encrypted, the server's certificate checked (recommended)"), tr("Encrypted, the certificate not checked"),
                               tr("Not encrypted (a server on this computer, or a test server, only)")};
    for (int i = 0; i < modes.size(); ++i)
        m_security->setItemText(i, modes[i]);
    m_certificate->setPlaceholderText(tr("~/.postgresql/root.crt unless another file is given"));
    m_browse->setText(tr("&Browse…"));
    m_remember->setText(tr("&Remember the password in the system keyring"));
    const auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_host, tr("&Server:"));
    label(m_port, tr("&Port:"));
    label(m_database, tr("&Database:"));
    label(m_user, tr("&User:"));
    label(m_security, tr("S&ecurity:"));
    m_certificateLabel->setText(tr("&Certificate authority:"));
    label(m_password, tr("Pass&word:"));
    m_then->setTitle(tr("Then"));
    m_join->setText(tr("Download the team catalogue into a &new file"));
    m_share->setText(tr("Up&load this catalogue as the team's first content"));
    m_share->setToolTip(m_canShare ? QString() : tr("Open the catalogue to upload first."));
    m_connect->setText(tr("C&onnect"));
}

void TeamConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TeamConnectDialog::updateCertificateRow()
{
    const bool verify = m_security->currentData().toString() == u"verify-full";
    for (QWidget *w : {static_cast<QWidget *>(m_certificate), static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_certificateLabel)})
        w->setEnabled(verify);
}

QString TeamConnectDialog::address() const
{
    const QString host = m_host->text().trimmed(), database = m_database->text().trimmed(), user = m_user->text().trimmed();
    const QString mode = m_security->currentData().toString();
    if (host.startsWith(u'/')) // a Unix socket's folder
        return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4")
            .arg(encoded(database), encoded(host), QString::number(m_port->value()), encoded(user));
    QString url = QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=%5")
                      .arg(encoded(user), host.contains(u':') ? u'[' + host + u']' : host, QString::number(m_port->value()),
                           encoded(database), mode);
    if (mode == u"verify-full" && !m_certificate->text().trimmed().isEmpty())
        url += QStringLiteral("&sslrootcert=") + encoded(QDir::fromNativeSeparators(m_certificate->text().trimmed()));
    return url;
}

void TeamConnectDialog::setAddress(const QString &address)
{
    QString error;
    const TeamUrl url = TeamUrl::parse(address, &error);
    if (!error.isEmpty())
        return;
    m_host->setText(url.host);
    if (url.port > 0)
        m_port->setValue(url.port);
    m_database->setText(url.database);
    m_user->setText(url.user);
    for (const auto &[key, value] : url.options) {
        if (key == u"sslmode") {
            const int at = m_security->findData(value == u"verify-ca" ? QStringLiteral("verify-full") : value);
            m_security->setCurrentIndex(at >= 0 ? at : 0);
        } else if (key == u"sslrootcert") {
            m_certificate->setText(QDir::toNativeSeparators(value));
        }
    }
    if (url.host.startsWith(u'/'))
        m_security->setCurrentIndex(m_security->findData(QStringLiteral("disable")));
    m_password->setFocus();
}

void TeamConnectDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
    m_password->setFocus();
    m_password->selectAll();
}

QString TeamConnectDialog::password() const { return m_password->text(); }
bool TeamConnectDialog::remember() const { return m_remember->isChecked(); }
TeamConnectDialog::Mode TeamConnectDialog::mode() const { return m_share->isChecked() ? Mode::Share : Mode::Join; }

void TeamConnectDialog::accept()
{
    // What is missing is said here, with the field to fill taking the keyboard.
    const auto missing = [this](QLineEdit *edit, const QString &why) {
        m_problem->setText(why);
        m_problem->show();
        edit->setFocus();
    };
    if (m_host->text().trimmed().isEmpty())
        return missing(m_host, tr("Give the server's name or address (or the folder of its socket, starting with /)."));
    if (m_database->text().trimmed().isEmpty())
        return missing(m_database, tr("Give the name of the team catalogue's database."));
    if (m_user->text().trimmed().isEmpty())
        return missing(m_user, tr("Give your user name on the server."));
    // The authority's file is copied to each analyst's computer: one not there is said as such,
    // not as a certificate the server's did not match.
    const QString certificate = QDir::fromNativeSeparators(m_certificate->text().trimmed());
    const QString standard = QDir::home().filePath(QStringLiteral(".postgresql/root.crt"));
    const bool socket = m_host->text().trimmed().startsWith(u'/'); // no TLS through a Unix socket
    if (!socket && m_security->currentData().toString() == u"verify-full") {
        if (!certificate.isEmpty() && !QFileInfo(certificate).isFile())
            return missing(m_certificate, tr("There is no file “%1”. Copy the certificate authority's file your IT department gives "
                                             "(often root.crt or ca.crt) to this computer, then choose it here with Browse.")
                                              .arg(QDir::toNativeSeparators(certificate)));
        if (certificate.isEmpty() && !QFileInfo(standard).isFile())
            return missing(m_certificate, tr("Checking the server's certificate needs its certificate authority's file, and “%1” is "
                                             "not there. Copy the file your IT department gives (often root.crt or ca.crt) to this "
                                             "computer, then choose it here with Browse.")
                                              .arg(QDir::toNativeSeparators(standard)));
    }
    QDialog::accept();
}
