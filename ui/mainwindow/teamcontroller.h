// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "team/teamerror.h"
#include "team/teamurl.h"

#include <QHash>
#include <QObject>

class CatalogueSession;
class FileController;
class QAction;
class QLabel;
class QMenu;
class QTimer;
class QToolButton;
class QWidget;
class TeamListener;

// File ▸ Team: connecting a catalogue to a team catalogue on a PostgreSQL server, synchronizing it
// (pull what the team pushed, merge it as File ▸ Merge does, push what changed here), and the
// status bar's word on it: when it last synchronized, what waits here, what the team pushed since.
class TeamController : public QObject
{
    Q_OBJECT
public:
    TeamController(CatalogueSession *session, FileController *files, QWidget *window);
    ~TeamController() override;

    QMenu *menu() const { return m_menu; }
    QWidget *statusWidget() const { return m_status; }
    QAction *connectAction() const { return m_connect; }
    QAction *synchronizeAction() const { return m_synchronize; }
    QAction *disconnectAction() const { return m_disconnect; }
    // Checked: the team's changes are shown before every synchronize; else only when they meet yours.
    QAction *previewAction() const { return m_preview; }
    QLabel *statusLabel() const { return m_label; }

    void retranslate();
    // The catalogue opened, closed or changed: the status and what the actions may do.
    void refresh();
    // The same a moment later, once: what waits is counted over the whole catalogue (a tenth of a
    // second at 100,000 measures), so a burst of saves, an import or a merge counts it once.
    void refreshSoon();

public slots:
    void connectWithDialog();
    bool synchronize();
    void disconnectFromTeam();

signals:
    void message(const QString &text);

private:
    // The password for `address`: given this session, else the keyring's; empty when neither.
    QString knownPassword(const QString &address) const;
    // Asks for it (why: the server's refusal, or empty). False when the analyst cancelled.
    bool askPassword(const TeamUrl &url, const QString &why, QString *password, bool *keep);
    void forgetPassword(const QString &address);
    void remember(const QString &address, const QString &password, bool inKeyring);
    void warn(const QString &title, const TeamError &error);
    void listen();

    CatalogueSession *m_session;
    FileController *m_files;
    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_connect, *m_synchronize, *m_preview, *m_disconnect;
    QWidget *m_status;
    QLabel *m_label;
    QToolButton *m_syncButton;
    TeamListener *m_listener;
    QHash<QString, QString> m_passwords; // this session's, by address: never written anywhere
    qint64 m_fromTeam = 0;
    QString m_listeningTo; // the catalogue the listener is for
    QTimer *m_refresh;
};
