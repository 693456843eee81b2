// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamcontroller.h"

#include "catalogue/catalogue.h"
#include "dialogs/mergedialog.h"
#include "dialogs/teamconnectdialog.h"
#include "dialogs/teampassworddialog.h"
#include "filecontroller.h"
#include "merge/merge.h"
#include "merge/mergetext.h"
#include "session/appsettings.h"
#include "session/cataloguesession.h"
#include "session/teamlistener.h"
#include "session/teampasswords.h"
#include "session/uilanguage.h"
#include "store/teamlinkstore.h"
#include "team/teamconnection.h"
#include "team/teamschema.h"
#include "team/teamsync.h"
#include "widgets/filedialogs.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QToolButton>

namespace {
const QString kPreviewKey = QStringLiteral("team/previewChanges");
}

TeamController::TeamController(CatalogueSession *session, FileController *files, QWidget *window)
    : QObject(window), m_session(session), m_files(files), m_window(window), m_menu(new QMenu(window)),
      m_connect(new QAction(this)), m_synchronize(new QAction(this)), m_preview(new QAction(this)), m_disconnect(new QAction(this)), m_status(new QWidget(window)),
      m_label(new QLabel(m_status)), m_syncButton(new QToolButton(m_status)), m_listener(new TeamListener(this)), m_refresh(new QTimer(this))
{
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(300);
    connect(m_refresh, &QTimer::timeout, this, &TeamController::refresh);
    m_synchronize->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_synchronize->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_menu->addAction(m_connect);
    m_menu->addAction(m_synchronize);
    m_preview->setCheckable(true);
    m_preview->setChecked(QSettings().value(kPreviewKey, true).toBool());
    m_menu->addAction(m_preview);
    m_menu->addSeparator();
    m_menu->addAction(m_disconnect);
    connect(m_connect, &QAction::triggered, this, &TeamController::connectWithDialog);
    connect(m_synchronize, &QAction::triggered, this, &TeamController::synchronize);
    connect(m_disconnect, &QAction::triggered, this, &TeamController::disconnectFromTeam);
    connect(m_preview, &QAction::toggled, this, [](bool every) { QSettings().setValue(kPreviewKey, every); });
    m_syncButton->setDefaultAction(m_synchronize);
    m_syncButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_syncButton->setAutoRaise(true);
    auto *layout = new QHBoxLayout(m_status);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_syncButton);
    connect(m_listener, &TeamListener::changesFromTeam, this, [this](qint64 measures) {
        m_fromTeam = measures;
        refresh();
    });
    retranslate();
    refresh();
}

TeamController::~TeamController() = default;

void TeamController::retranslate()
{
    m_menu->setTitle(tr("&Team"));
    m_connect->setText(tr("&Connect to a Team Catalogue…"));
    m_connect->setStatusTip(tr("Work on one catalogue with your team through its server: download it, or upload this one as its first content"));
    m_synchronize->setText(tr("&Synchronize"));
    m_synchronize->setIconText(tr("Synchronize"));
    m_synchronize->setStatusTip(tr("Bring in what the team pushed since, as a merge, then send what changed here"));
    m_preview->setText(tr("S&how the Team's Changes First"));
    m_preview->setStatusTip(tr("Before every synchronize, show what the team changed; otherwise only when it meets a change of yours"));
    m_disconnect->setText(tr("&Disconnect from the Team"));
    m_disconnect->setStatusTip(tr("This catalogue stops synchronizing; it keeps every measure"));
    refresh();
}

void TeamController::refresh()
{
    m_refresh->stop();
    const bool open = m_session->isOpen(), writable = open && !m_session->isReadOnly();
    TeamSync::State state;
    if (open)
        state = TeamSync::state(*m_session->catalogue());
    m_connect->setEnabled(true);
    m_synchronize->setEnabled(writable && state.linked);
    m_disconnect->setEnabled(writable && state.linked);
    m_status->setVisible(open && state.linked);
    if (!open || !state.linked) {
        if (!m_listeningTo.isEmpty())
            m_listener->stop();
        m_listeningTo.clear();
        m_fromTeam = 0;
        return;
    }
    // A linked catalogue just opened: listen for the team's pushes (with this session's or the
    // keyring's password, else libpq's usual places; without one it simply tries again later).
    if (m_listeningTo != m_session->catalogue()->path()) {
        m_listeningTo = m_session->catalogue()->path();
        m_fromTeam = 0;
        listen();
    }
    const QString when = state.synchronizedAt.isValid()
                             ? tr("synchronized %1").arg(QLocale().toString(state.synchronizedAt.toLocalTime(), QLocale::ShortFormat))
                             : tr("not synchronized yet");
    QString text = tr("Team: %1").arg(when);
    if (state.waiting > 0)
        text += u' ' + tr("· %Ln change(s) waiting to be sent", nullptr, int(state.waiting));
    if (m_fromTeam > 0)
        text += u' ' + tr("· %Ln change(s) from the team", nullptr, int(m_fromTeam));
    m_label->setText(text);
    m_syncButton->setVisible(m_fromTeam > 0 || state.waiting > 0);
}

void TeamController::refreshSoon()
{
    m_refresh->start();
}

QString TeamController::knownPassword(const QString &address) const
{
    if (m_passwords.contains(address))
        return m_passwords.value(address);
    return TeamPasswords::read(address).value_or(QString());
}

bool TeamController::askPassword(const TeamUrl &url, const QString &why, QString *password, bool *keep)
{
    TeamPasswordDialog dialog(url.user.isEmpty() ? qEnvironmentVariable("USER") : url.user, url.displayName(), why, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *password = dialog.password();
    *keep = dialog.remember();
    return true;
}

void TeamController::forgetPassword(const QString &address)
{
    m_passwords.remove(address);
    TeamPasswords::forget(address);
}

void TeamController::remember(const QString &address, const QString &password, bool inKeyring)
{
    m_passwords.insert(address, password);
    if (!inKeyring)
        return;
    if (const QString why = TeamPasswords::store(address, password); !why.isEmpty())
        emit message(tr("The password was not kept in the system keyring (%1): it will be asked again next time.").arg(why));
}

void TeamController::warn(const QString &title, const TeamError &error)
{
    if (error.kind == TeamError::Kind::Cancelled) { // asked for: a line in the status bar
        emit message(error.message);
        return;
    }
    QString text = error.message;
    // A reader's changes never go (the message says so); others wait for the next Synchronize.
    if (m_session->isOpen() && error.kind != TeamError::Kind::Conflicts && error.kind != TeamError::Kind::NotAllowed) {
        const TeamSync::State state = TeamSync::state(*m_session->catalogue());
        if (state.linked && state.waiting > 0)
            text += u' ' + tr("Nothing here was lost: %Ln change(s) wait for the next Synchronize.", nullptr, int(state.waiting));
    }
    QMessageBox::warning(m_window, title, text);
}

void TeamController::listen()
{
    if (!m_session->isOpen())
        return;
    const TeamSync::State state = TeamSync::state(*m_session->catalogue());
    QString error;
    TeamUrl url = TeamUrl::parse(state.address, &error);
    if (!state.linked || !error.isEmpty())
        return;
    if (m_passwords.contains(state.address)) {
        url.password = m_passwords.value(state.address);
        m_listener->listen(url, state.pulledSeq);
        return;
    }
    // The keyring is asked without waiting for it (it may ask to be unlocked): the listener starts
    // once it answers, with libpq's usual places when it has nothing.
    const QString path = m_session->catalogue()->path();
    TeamPasswords::readLater(state.address, this, [this, url, path, seq = state.pulledSeq](std::optional<QString> password) mutable {
        if (!m_session->isOpen() || m_session->catalogue()->path() != path)
            return;
        url.password = password.value_or(QString());
        m_listener->listen(url, seq);
    });
}

bool TeamController::synchronize()
{
    if (!m_session->isOpen() || m_session->isReadOnly())
        return false;
    const TeamSync::State state = TeamSync::state(*m_session->catalogue());
    if (!state.error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Not Synchronized"), state.error);
        return false;
    }
    if (!state.linked) {
        QMessageBox::information(m_window, tr("Not a Team Catalogue"),
                                 tr("This catalogue is not linked to a team catalogue. File ▸ Team ▸ Connect to a Team Catalogue… "
                                    "uploads it as a team's first content, or downloads a team's catalogue into a new file."));
        return false;
    }
    if (!AppSettings::hasAuthorName()) // the merge goes into measures' histories: under which name?
        m_files->askAuthorName();
    QString parseError;
    TeamUrl url = TeamUrl::parse(state.address, &parseError);
    if (!parseError.isEmpty()) {
        QMessageBox::warning(m_window, tr("Not Synchronized"), parseError);
        return false;
    }
    url.password = knownPassword(state.address);
    const Language language = UiLanguage::instance().current();
    qint64 pulled = 0, pushed = 0;
    QString merged;
    int asked = 0;
    bool keepAsked = false;
    // Someone may push between this copy's pull and its push: then pull and merge again, which
    // asks nothing when their changes and these do not meet.
    for (int round = 1; round <= 5; ++round) {
        std::optional<MergePlan> plan;
        TeamHeads heads;
        TeamError error;
        QString stepError = m_session->runStep(tr("Synchronizing: reading what the team pushed…"), [&](Catalogue &catalogue, StepProgress &) {
            const auto connection = TeamConnection::open(url, &error);
            if (!connection)
                return;
            const auto incoming = TeamSync::Incoming::pull(catalogue, *connection, language, &error);
            if (!incoming)
                return;
            heads = incoming->heads();
            if (!incoming->isEmpty())
                plan = Merge::plan(catalogue, incoming->catalogue(), TeamSync::teamName(*connection), language);
        });
        if (!stepError.isEmpty()) {
            QMessageBox::warning(m_window, tr("Not Synchronized"), stepError);
            return false;
        }
        if ((error.kind == TeamError::Kind::PasswordNeeded || error.kind == TeamError::Kind::LoginRefused) && asked < 3) {
            // A password refused is not kept anywhere, nor tried again by the listener.
            if (error.kind == TeamError::Kind::LoginRefused && !url.password.isEmpty())
                forgetPassword(state.address);
            ++asked;
            if (!askPassword(url, asked > 1 || !url.password.isEmpty() ? error.message : QString(), &url.password, &keepAsked))
                return false;
            --round;
            continue;
        }
        if (asked > 0 && !error.isError()) { // the password typed was taken: kept now, and in the keyring if asked
            remember(state.address, url.password, keepAsked);
            asked = 0;
        }
        if (error.isError()) {
            warn(tr("Not Synchronized"), error);
            return false;
        }
        pulled += heads.measures.size();
        if (plan) {
            if (!plan->error.isEmpty()) {
                QMessageBox::warning(m_window, tr("Not Synchronized"), plan->error);
                return false;
            }
            // What meets what changed here is decided in the merge's own dialog, and the rest shown
            // there first when the analyst asks so; nothing is written before.
            // Shown once: a round that pulls again after a colleague's push asks only about conflicts.
            if (plan->unresolved() > 0 || (round == 1 && m_preview->isChecked() && !plan->changesNothing())) {
                MergeDialog preview(*plan, m_session->vocabulary(), m_session->catalogue()->displayName(), m_window);
                preview.setFromTeam(true);
                preview.setPreviewEveryTime(m_preview->isChecked());
                const bool accepted = preview.exec() == QDialog::Accepted;
                m_preview->setChecked(preview.previewEveryTime());
                if (!accepted) {
                    emit message(tr("Synchronize stopped: nothing was written here or on the server."));
                    return false;
                }
                plan = preview.plan();
            }
            if (!plan->changesNothing() || plan->writesHistory()) {
                if (const QString failure = m_session->applyMerge(*plan, nullptr, true); !failure.isEmpty()) {
                    QMessageBox::warning(m_window, tr("Not Synchronized"), failure);
                    return false;
                }
                if (!plan->outcome().isEmpty())
                    merged = MergeText::outcome(*plan);
            }
        }
        TeamSync::Pushed sent;
        stepError = m_session->runStep(tr("Synchronizing: sending what changed here…"), [&](Catalogue &catalogue, StepProgress &) {
            if (const QString failure = TeamSync::recordPulled(catalogue, heads); !failure.isEmpty()) {
                sent.error = TeamError::of(TeamError::Kind::Local, failure);
                return;
            }
            const auto connection = TeamConnection::open(url, &sent.error);
            if (connection)
                sent = TeamSync::push(catalogue, *connection);
        });
        if (!stepError.isEmpty()) {
            QMessageBox::warning(m_window, tr("Not Synchronized"), stepError);
            return false;
        }
        if (sent.error.kind == TeamError::Kind::Moved && round < 5)
            continue;
        m_fromTeam = 0;
        refresh();
        if (sent.viewsIn > 0)
            emit m_session->savedViewsChanged(); // the View menu lists the team's views too
        if (sent.error.isError()) {
            warn(tr("Not Synchronized"), sent.error);
            return false;
        }
        pushed += sent.measures + sent.partners;
        QString text = tr("Synchronized with the team: %Ln measure(s) from the team", nullptr, int(pulled));
        if (!merged.isEmpty())
            text += u' ' + tr("(%1)").arg(merged);
        text += tr(", %Ln change(s) sent.", nullptr, int(pushed));
        emit message(text);
        listen();
        return true;
    }
    return false;
}

void TeamController::connectWithDialog()
{
    const bool canShare = m_session->isOpen() && !m_session->isReadOnly();
    TeamConnectDialog dialog(canShare, m_window);
    if (m_session->isOpen())
        if (const TeamSync::State state = TeamSync::state(*m_session->catalogue()); state.linked)
            dialog.setAddress(state.address);
    const Language language = UiLanguage::instance().current();
    // Whatever goes wrong is said in the dialog, shown again with everything typed kept: the
    // server is asked first whether it lets us in and is a team catalogue, before any file is
    // chosen or written; then the download or the upload.
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QString address = dialog.address();
        QString parseError;
        TeamUrl url = TeamUrl::parse(address, &parseError);
        if (!parseError.isEmpty()) {
            dialog.showProblem(parseError);
            continue;
        }
        url.password = dialog.password();
        TeamError error;
        bool hasContent = true;
        m_session->runTask(tr("Connecting to the team's server…"), [&](StepProgress &) {
            if (const auto connection = TeamConnection::open(url, &error)) {
                TeamSchema::checkFormat(*connection, &error);
                if (!error.isError())
                    hasContent = TeamSync::hasContent(*connection, &error);
            }
        });
        if (error.isError() && error.kind != TeamError::Kind::TooOld) {
            dialog.showProblem(error.message);
            continue;
        }
        // Downloading a team catalogue nobody filled yet is most likely meant as an upload.
        if (!error.isError() && !hasContent && dialog.mode() != TeamConnectDialog::Mode::Share) {
            const QString text =
                m_session->isOpen()
                    ? tr("Nobody has uploaded a catalogue to “%1” yet, so downloading it makes an empty file. To make "
                         "this catalogue the team's first content, go back and choose to upload it.")
                          .arg(url.database)
                    : tr("Nobody has uploaded a catalogue to “%1” yet, so downloading it makes an empty file. To make a "
                         "catalogue of yours the team's first content, open it, then connect again and choose to upload it.")
                          .arg(url.database);
            QMessageBox question(QMessageBox::Question, tr("The Team Catalogue Is Empty"), text, QMessageBox::NoButton, &dialog);
            QPushButton *back = question.addButton(tr("&Back"), QMessageBox::RejectRole);
            question.addButton(tr("&Download Empty"), QMessageBox::AcceptRole);
            question.setDefaultButton(back);
            question.exec();
            if (question.clickedButton() == back)
                continue;
        }
        if (dialog.mode() == TeamConnectDialog::Mode::Share) {
            if (!AppSettings::hasAuthorName())
                m_files->askAuthorName();
            TeamSync::Shared shared;
            const QString stepError = m_session->runStep(tr("Uploading this catalogue to the team…"), [&](Catalogue &catalogue, StepProgress &) {
                const auto connection = TeamConnection::open(url, &shared.error);
                if (connection)
                    shared = TeamSync::share(catalogue, *connection, address);
            });
            if (!stepError.isEmpty() || shared.error.isError()) {
                refresh();
                dialog.showProblem(stepError.isEmpty() ? shared.error.message : stepError);
                continue;
            }
            remember(address, url.password, dialog.remember());
            refresh();
            listen();
            emit message(tr("%Ln measure(s) are now the team's catalogue. Your colleagues connect to it and download it; File ▸ Team ▸ "
                            "Synchronize brings their work in and sends yours.",
                            nullptr, int(shared.measures)));
            return;
        }
        if (!AppSettings::hasAuthorName()) // the team's measures are edited here: under which name?
            m_files->askAuthorName();
        const QString suggested = QDir(AppSettings::lastOpenFolder())
                                      .filePath(url.database.isEmpty() ? tr("team.measures") : url.database + QStringLiteral(".measures"));
        QString path = FileDialogs::saveFile(m_window, tr("Save the Team Catalogue As"), suggested,
                                             tr("Catalogues (*.%1);;All files (*)").arg(Catalogue::fileSuffix()), false);
        if (path.isEmpty())
            continue; // back to the dialog, as it was
        if (QFileInfo(path).suffix().isEmpty())
            path += u'.' + Catalogue::fileSuffix();
        if (QFileInfo::exists(path)) {
            dialog.showProblem(tr("“%1” exists already: the team catalogue is downloaded into a new file. Choose another name.")
                                   .arg(QFileInfo(path).fileName()));
            continue;
        }
        TeamSync::Joined joined;
        m_session->runTask(tr("Downloading the team catalogue…"), [&](StepProgress &progress) {
            const auto connection = TeamConnection::open(url, &joined.error);
            if (connection)
                joined = TeamSync::join(*connection, path, address, language, &progress);
        });
        if (joined.error.kind == TeamError::Kind::Cancelled) {
            emit message(joined.error.message);
            return;
        }
        if (joined.error.isError()) {
            dialog.showProblem(joined.error.message);
            continue;
        }
        remember(address, url.password, dialog.remember());
        if (m_files->open(path)) {
            listen();
            emit message(tr("The team catalogue is downloaded: %Ln measure(s). File ▸ Team ▸ Synchronize brings in what the team pushes "
                            "and sends what you change.",
                            nullptr, int(joined.measures)));
        }
        return;
    }
}

void TeamController::disconnectFromTeam()
{
    if (!m_session->isOpen() || m_session->isReadOnly())
        return;
    const TeamSync::State state = TeamSync::state(*m_session->catalogue());
    QString question = tr("This catalogue stops synchronizing with its team catalogue. It keeps every measure; to synchronize again "
                          "later, download the team catalogue into a new file and merge this one into it.");
    if (state.waiting > 0)
        question += u' ' + tr("%Ln change(s) made here have not been sent to the team.", nullptr, int(state.waiting));
    QMessageBox box(QMessageBox::Question, tr("Disconnect from the Team"), question, QMessageBox::Cancel, m_window);
    QAbstractButton *yes = box.addButton(tr("&Disconnect"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    forgetPassword(state.address);
    if (const QString error = TeamLinkStore::unlink(*m_session->catalogue()); !error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Disconnect from the Team"), error);
        return;
    }
    refresh();
    emit message(tr("This catalogue no longer synchronizes with a team."));
}
