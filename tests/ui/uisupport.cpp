// SPDX-License-Identifier: GPL-3.0-or-later
#include "uisupport.h"

#include "dialogs/duplicatesdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/partnersdialog.h"
#include "dialogs/savedviewsdialog.h"
#include "dialogs/teamconnectdialog.h"
#include "dialogs/vocabularydialog.h"
#include "editor/measureeditor.h"
#include "help/aboutdialog.h"
#include "widgets/measuretableview.h"
#include "dialogs/importpreviewdialog.h"
#include "dialogs/mergedialog.h"
#include "mainwindow/filecontroller.h"
#include "mainwindow/mainwindow.h"
#include "models/measuretablemodel.h"
#include "session/cataloguesession.h"
#include "session/uilanguage.h"
#include "widgets/filterbar.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QPointer>
#include <QLabel>
#include <QMessageBox>
#include <QHeaderView>
#include <QStyle>
#include <QTest>
#include <QTreeWidget>
#include <QTimer>

void whenModalAppears(std::function<void(QWidget *)> answer, int ms)
{
    auto *timer = new QTimer;
    const QDeadlineTimer deadline(ms);
    QObject::connect(timer, &QTimer::timeout, [timer, deadline, answer] {
        QWidget *modal = QApplication::activeModalWidget();
        // A big step's progress (StepProgressDialog, when a step runs long) asks nothing: the
        // answer is for the question after it. Tests that cancel a step find it themselves.
        if (modal && modal->objectName() == u"stepProgress" && !deadline.hasExpired())
            return;
        if (!modal && !deadline.hasExpired())
            return;
        timer->stop();
        timer->deleteLater();
        if (!modal)
            return;
        QPointer<QWidget> watched(modal);
        answer(modal);
        // A test that leaves its dialog open fails instead of hanging the whole run.
        QTimer::singleShot(10000, [watched] {
            if (watched && watched->isVisible()) {
                FAIL_CHECK("a dialog was left open: " << watched->objectName().toStdString());
                if (auto *dialog = qobject_cast<QDialog *>(watched.data()))
                    dialog->done(QDialog::Rejected);
            }
        });
    });
    timer->start(20);
}

void clickMessageBoxButton(QWidget *widget, const QString &text)
{
    auto *box = qobject_cast<QMessageBox *>(widget);
    REQUIRE(box);
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().remove(u'&') == text) {
            button->click();
            return;
        }
    }
    FAIL("no button " << text.toStdString());
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key(c.toUpper().unicode()), QString(c), Qt::NoModifier);
    }
}

bool waitFor(const std::function<bool()> &condition, int ms) { return QTest::qWaitFor(condition, ms); }

void pressKey(int key, Qt::KeyboardModifiers modifiers)
{
    // A window system gives activation back to the dialog when a pop-up closes; the offscreen
    // platform does not, so do what it would.
    const auto settle = [](QWidget *focused) {
        QCoreApplication::processEvents(); // activations the platform still has queued
        QWidget *active = QApplication::activeWindow();
        if (!QApplication::activePopupWidget() && active && !active->isVisible() && focused)
            QApplication::setActiveWindow(focused->window());
    };
    QPointer<QWidget> focused = QApplication::focusWidget();
    settle(focused);
    QWidget *target = QApplication::activePopupWidget() ? QApplication::activePopupWidget() : QApplication::focusWidget();
    REQUIRE(target);
    QTest::keyClick(target, Qt::Key(key), modifiers);
    settle(focused);
}

namespace {
void checkItem(QTreeWidget *tree, QTreeWidgetItem *item, int column, int depth)
{
    if (!item->isHidden()) {
        const QRect rect = tree->visualItemRect(item);
        const bool box = item->data(column, Qt::CheckStateRole).isValid();
        const int textWidth = tree->header()->sectionSize(column) - depth * tree->indentation()
                            - (box ? tree->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 12 : 8);
        const QFontMetrics metrics(item->font(column), tree);
        const QRect needed = metrics.boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, item->text(column));
        INFO(item->text(column).toStdString() << ": " << rect.height() << " px for " << needed.height());
        CHECK(needed.height() <= rect.height() + 2);
        // and no blank line under it (a check box's room is reckoned generously: one line of slack)
        CHECK(rect.height() <= needed.height() + 8 + (box ? metrics.height() : 0));
    }
    for (int i = 0; i < item->childCount(); ++i)
        checkItem(tree, item->child(i), column, depth + 1);
}
} // namespace

void checkRowsShowWholeLabels(QTreeWidget *tree, int column)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        checkItem(tree, tree->topLevelItem(i), column, tree->rootIsDecorated() ? 1 : 0);
}

void showActive(QWidget *window)
{
    window->show();
    QApplication::setActiveWindow(window);
    REQUIRE(QTest::qWaitForWindowActive(window));
}

SampleWindow::SampleWindow()
{
    UiLanguage::instance().set(Language::English);
    t.close(); // the window takes the lock
    window = std::make_unique<MainWindow>();
    window->show();
    REQUIRE(window->files()->open(t.path));
}

SampleWindow::~SampleWindow()
{
    window->close();
    window.reset();
}

QString SampleWindow::countText() const
{
    return window->filterBar()->findChild<QLabel *>(QStringLiteral("countLabel"))->text();
}

std::vector<std::function<QWidget *()>> contentDialogs(SampleWindow &s)
{
    CatalogueSession *session = s.window->session();
    CatalogueAccess access(*session->catalogue());
    const Measure first = *access.load(access.ids().first());

    // A colleague's copy, changed apart from mine.
    session->catalogue()->checkpoint();
    const QString theirs = s.t.file(QStringLiteral("ana.measures"));
    REQUIRE(session->catalogue()->backupTo(theirs).isEmpty());
    {
        CatalogueError error;
        auto catalogue = Catalogue::open(theirs, {}, &error);
        REQUIRE(catalogue);
        CatalogueAccess their(*catalogue);
        Measure changed = *their.loadByUuid(first.uuid);
        changed.website = QStringLiteral("https://ana.example.org");
        REQUIRE(their.save(changed).saved);
    }
    const QString sheet = s.t.file(QStringLiteral("sheet.csv"));
    writeBytes(sheet, QStringLiteral("uuid,title\r\n%1,Corrected title\r\n,A new measure\r\n").arg(first.uuid).toUtf8());
    Measure twin = first;
    twin.id = 0;
    twin.uuid.clear();
    twin.title = first.title.toUpper();
    REQUIRE(session->save(twin).saved);

    return {
        [session] {
            QString error;
            return new DuplicatesDialog(session, session->duplicates(&error));
        },
        [session, theirs] {
            QString error;
            std::optional<MergePlan> plan = session->checkMerge(theirs, &error);
            REQUIRE(plan);
            return new MergeDialog(*plan, session->vocabulary(), session->catalogue()->displayName());
        },
        [session, sheet] {
            const CsvImporter::Plan plan = session->checkImport(sheet, QStringLiteral("sheet.csv"));
            REQUIRE(plan.ok);
            return new ImportPreviewDialog(plan, session->catalogue()->displayName());
        },
    };
}

std::vector<std::function<QWidget *()>> everyDialog(SampleWindow &s)
{
    CatalogueSession *session = s.window->session();
    const qint64 first = CatalogueAccess(*session->catalogue()).ids().first(); // whatever the table shows
    std::vector<std::function<QWidget *()>> makers = {
        [&s, session] { return new ExportDialog(*session->catalogue(), session->vocabulary(), {}, {}, s.window->table()->visibleFields(), 5); },
        [session] { return new VocabularyDialog(session); },
        [session] { return new PartnersDialog(session); },
        [session] { return new SavedViewsDialog(session); },
        [] { return new AboutDialog; },
        [] { return new TeamConnectDialog(true); },
        [session, first] { return new MeasureEditor(session, *session->load(first)); },
    };
    for (const auto &make : contentDialogs(s))
        makers.push_back(make);
    return makers;
}
