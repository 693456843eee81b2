// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Team in the window, against the real PostgreSQL 15 ctest starts (the "pg" fixture).
#include "../server/testserver.h"
#include "uisupport.h"

#include "dialogs/mergedialog.h"
#include "dialogs/teamconnectdialog.h"
#include "mainwindow/filecontroller.h"
#include "mainwindow/mainwindow.h"
#include "models/measuretablemodel.h"
#include "mainwindow/teamcontroller.h"
#include "query/measurequery.h"
#include "query/revisionquery.h"
#include "session/cataloguesession.h"
#include "session/uilanguage.h"
#include "team/teamconnection.h"
#include "team/teamsync.h"
#include "team/teamurl.h"
#include "widgets/welcomepage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

namespace {

struct Member {
    QString name, password;
};

// A team whose first analyst shared the sample; the window's analyst joins through the dialog.
struct WindowTeam {
    QString database = newDatabase();
    Member ana, me;
    TempCatalogue anaFile{TempCatalogue::Content::Sample};
    WindowTeam()
    {
        initTeam(database);
        ana = {addMember(database, "editor", QStringLiteral("ana-pw")), QStringLiteral("ana-pw")};
        me = {addMember(database, "editor", QStringLiteral("my-pw")), QStringLiteral("my-pw")};
        QString error;
        TeamError teamError;
        auto connection = TeamConnection::open(TeamUrl::parse(socketUrl(database, ana.name, ana.password), &error), &teamError);
        REQUIRE(connection);
        REQUIRE(!TeamSync::share(*anaFile.catalogue, *connection, socketUrl(database, ana.name, {})).error.isError());
    }
    void anaSyncs()
    {
        QString error;
        TeamError teamError;
        auto connection = TeamConnection::open(TeamUrl::parse(socketUrl(database, ana.name, ana.password), &error), &teamError);
        REQUIRE(connection);
        const auto done = TeamSync::synchronize(*anaFile.catalogue, *connection, Language::English, {});
        INFO(done.error.message);
        REQUIRE(!done.error.isError());
    }
};

} // namespace

TEST_CASE("an analyst connects from the window, downloads the team catalogue, and Synchronize brings a colleague's change in and sends hers")
{
    UiLanguage::instance().set(Language::English);
    WindowTeam team;
    TempCatalogue folder;
    folder.close();
    const QString path = folder.file(QStringLiteral("mine.measures"));
    MainWindow w;
    w.show();
    w.session()->setAuthor(QStringLiteral("Me"));
    TeamController &teamMenu = *w.team();
    CHECK_FALSE(teamMenu.synchronizeAction()->isEnabled()); // nothing open, nothing linked

    // Connect: the dialog is filled from the keyboard; a missing database is said, and the dialog stays.
    whenModalAppears([&](QWidget *dialog) {
        auto *connect = qobject_cast<TeamConnectDialog *>(dialog);
        REQUIRE(connect);
        CHECK(connect->hostEdit()->hasFocus());
        CHECK_FALSE(connect->shareButton()->isEnabled());
        connect->hostEdit()->setText(server().socket);
        connect->portBox()->setValue(server().port);
        connect->userEdit()->setText(team.me.name);
        connect->passwordEdit()->setText(team.me.password);
        connect->accept();
        CHECK(connect->isVisible());
        CHECK(connect->problemLabel()->text().contains(QStringLiteral("database")));
        CHECK(connect->databaseEdit()->hasFocus());
        connect->databaseEdit()->setText(team.database);
        whenModalAppears([&](QWidget *files) { // where the new file goes
            auto *name = files->findChild<QLineEdit *>();
            REQUIRE(name);
            name->setText(path);
            QTest::keyClick(name, Qt::Key_Return);
        });
        connect->accept();
    });
    // From the welcome page, as a new member starts.
    auto *welcome = w.findChild<WelcomePage *>();
    REQUIRE(welcome);
    REQUIRE(welcome->teamButton()->isVisible());
    welcome->teamButton()->click();
    REQUIRE(w.session()->isOpen());
    CHECK(w.session()->catalogue()->path() == path);
    CHECK(w.model()->rowCount() == 5);
    CHECK(teamMenu.synchronizeAction()->isEnabled());
    CHECK(teamMenu.statusLabel()->text().contains(QStringLiteral("Team: synchronized")));

    // Offline edits on both sides, in different measures.
    MeasureQuery query(*w.session()->catalogue());
    QStringList ids;
    {
        QHash<QString, RevisionQuery::Head> heads;
        REQUIRE(RevisionQuery(*w.session()->catalogue()).heads(&heads));
        ids = heads.keys();
    }
    std::sort(ids.begin(), ids.end());
    Measure mine = *query.loadByUuid(ids[0]);
    mine.title = QStringLiteral("Edited in the window");
    REQUIRE(w.session()->save(mine).saved);
    CHECK(waitFor([&] { return teamMenu.statusLabel()->text().contains(QStringLiteral("1 change waiting to be sent")); }));
    Measure theirs = *MeasureQuery(*team.anaFile.catalogue).loadByUuid(ids[1]);
    theirs.country = QStringLiteral("COL");
    REQUIRE(CatalogueAccess(*team.anaFile.catalogue).save(theirs).saved);
    team.anaSyncs();

    // What the team changed is shown first, Synchronize focused: Enter brings it in. Unticked,
    // later synchronizes ask only when the team's changes meet mine.
    CHECK(teamMenu.previewAction()->isChecked());
    bool shown = false;
    whenModalAppears([&](QWidget *dialog) {
        auto *preview = qobject_cast<MergeDialog *>(dialog);
        REQUIRE(preview);
        shown = true;
        CHECK(preview->windowTitle() == u"Synchronize with the Team");
        CHECK(preview->summaryText().contains(QStringLiteral("1 updated")));
        CHECK(preview->previewEveryTimeBox()->isVisible());
        CHECK(preview->previewEveryTime());
        CHECK(preview->focusWidget() == preview->mergeButton());
        preview->previewEveryTimeBox()->setFocus();
        QTest::keyClick(preview->previewEveryTimeBox(), Qt::Key_Space); // unticked from the keyboard
        CHECK_FALSE(preview->previewEveryTime());
        QTest::keyClick(preview, Qt::Key_Return); // Enter, wherever the focus is
    });
    REQUIRE(teamMenu.synchronize());
    CHECK(shown);
    CHECK_FALSE(teamMenu.previewAction()->isChecked());
    CHECK(MeasureQuery(*w.session()->catalogue()).loadByUuid(ids[1])->country == u"COL");
    CHECK_FALSE(teamMenu.statusLabel()->text().contains(QStringLiteral("waiting")));
    team.anaSyncs();
    CHECK(MeasureQuery(*team.anaFile.catalogue).loadByUuid(ids[0])->title == u"Edited in the window");

    // Live: while the catalogue is open, a colleague's push is told in the status bar, with Synchronize.
    theirs = *MeasureQuery(*team.anaFile.catalogue).loadByUuid(ids[3]);
    theirs.resultsAchieved = QStringLiteral("Pushed while the window was open");
    REQUIRE(CatalogueAccess(*team.anaFile.catalogue).save(theirs).saved);
    team.anaSyncs();
    CHECK(waitFor([&] { return teamMenu.statusLabel()->text().contains(QStringLiteral("1 change from the team")); }, 10000));
    INFO(teamMenu.statusLabel()->text().toStdString());
    REQUIRE(teamMenu.synchronize());
    CHECK_FALSE(teamMenu.statusLabel()->text().contains(QStringLiteral("from the team")));
    CHECK(MeasureQuery(*w.session()->catalogue()).loadByUuid(ids[3])->resultsAchieved == u"Pushed while the window was open");

    // Both change the same title: the merge's own dialog asks, and Mine goes to the team.
    theirs = *MeasureQuery(*team.anaFile.catalogue).loadByUuid(ids[2]);
    theirs.title = QStringLiteral("Ana's title");
    REQUIRE(CatalogueAccess(*team.anaFile.catalogue).save(theirs).saved);
    team.anaSyncs();
    mine = *MeasureQuery(*w.session()->catalogue()).loadByUuid(ids[2]);
    mine.title = QStringLiteral("My title");
    REQUIRE(w.session()->save(mine).saved);
    bool asked = false;
    whenModalAppears([&](QWidget *dialog) {
        auto *preview = qobject_cast<MergeDialog *>(dialog);
        REQUIRE(preview);
        asked = true;
        CHECK_FALSE(preview->mergeButton()->isEnabled());
        preview->keepMineButton()->click();
        REQUIRE(preview->mergeButton()->isEnabled());
        preview->mergeButton()->click();
    });
    REQUIRE(teamMenu.synchronize());
    CHECK(asked);
    team.anaSyncs();
    CHECK(MeasureQuery(*team.anaFile.catalogue).loadByUuid(ids[2])->title == u"My title");
    w.close();
}

TEST_CASE("downloading a team catalogue nobody filled yet asks first, and Back returns to the dialog as it was typed")
{
    UiLanguage::instance().set(Language::English);
    const QString database = newDatabase();
    initTeam(database);
    const QString name = addMember(database, "editor", QStringLiteral("e-pw"));
    MainWindow w;
    w.show();
    w.session()->setAuthor(QStringLiteral("Me"));
    bool asked = false, back = false;
    whenModalAppears([&](QWidget *dialog) {
        auto *connect = qobject_cast<TeamConnectDialog *>(dialog);
        REQUIRE(connect);
        connect->hostEdit()->setText(server().socket);
        connect->portBox()->setValue(server().port);
        connect->databaseEdit()->setText(database);
        connect->userEdit()->setText(name);
        connect->passwordEdit()->setText(QStringLiteral("e-pw"));
        whenModalAppears([&](QWidget *question) {
            auto *box = qobject_cast<QMessageBox *>(question);
            REQUIRE(box);
            asked = true;
            CHECK(box->windowTitle() == u"The Team Catalogue Is Empty");
            CHECK(box->text().contains(QStringLiteral("upload")));
            whenModalAppears([&](QWidget *again) { // the same dialog, as typed
                auto *connectAgain = qobject_cast<TeamConnectDialog *>(again);
                REQUIRE(connectAgain);
                back = true;
                CHECK(connectAgain->databaseEdit()->text() == database);
                CHECK(connectAgain->passwordEdit()->text() == u"e-pw");
                connectAgain->reject();
            });
            REQUIRE(box->defaultButton());
            CHECK(box->defaultButton()->text() == u"&Back");
            box->defaultButton()->click();
        });
        connect->accept();
    });
    w.team()->connectWithDialog();
    CHECK(asked);
    CHECK(back);
    CHECK_FALSE(w.session()->isOpen()); // no file was made
}
