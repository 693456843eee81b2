// SPDX-License-Identifier: GPL-3.0-or-later
// A child the draft test kills with SIGKILL while it types: opens CATALOGUE, edits its first
// measure's title with TEXT (as keystrokes), says "kept" once the draft holds the text, then
// waits to be killed. Settings live in SETTINGS (the test's own), as in ui_main.cpp.
#include "editor/measureeditor.h"
#include "catalogue/catalogue.h"
#include "query/measurequery.h"
#include "session/cataloguesession.h"
#include "session/measuredraft.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: typing_child SETTINGS CATALOGUE TEXT\n");
        return 2;
    }
    QApplication::setOrganizationName(QStringLiteral("MeasuresCatalogueTests"));
    QApplication::setApplicationName(QStringLiteral("ui_tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, QString::fromLocal8Bit(argv[1]));
    const QString path = QString::fromLocal8Bit(argv[2]), text = QString::fromUtf8(argv[3]);

    CatalogueError error;
    std::unique_ptr<Catalogue> catalogue = Catalogue::open(path, {}, &error);
    if (!catalogue) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error.message()));
        return 1;
    }
    const qint64 first = MeasureQuery(*catalogue).find({}, {}).ids.value(0);
    CatalogueSession session;
    session.setCatalogue(std::move(catalogue));
    MeasureEditor editor(&session, *session.load(first));
    editor.show();
    auto *title = editor.findChild<QLineEdit *>(QStringLiteral("title"));
    title->setFocus();
    title->selectAll();
    for (const QChar c : text) { // keystrokes (any letter: QTest::keyClicks knows ASCII only), then a pause
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(title, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(title, &release);
        QTest::qWait(5);
    }
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        for (const QString &id : MeasureDraft::ids(path))
            if (const auto draft = MeasureDraft::read(path, id); draft && draft->measure.title == text) {
                std::printf("kept\n");
                std::fflush(stdout);
                poll.stop();
            }
    });
    poll.start(100);
    return editor.exec(); // until killed
}
