// SPDX-License-Identifier: GPL-3.0-or-later
// The report from the window: File ▸ Export Report as PDF… in the window's language, and a
// cancelled report that leaves nothing behind.
#include "uisupport.h"

#include "mainwindow/mainwindow.h"
#include "mainwindow/reportcontroller.h"
#include "models/measuretablemodel.h"
#include "report/report.h"
#include "report/reportcontent.h"
#include "session/cataloguesession.h"
#include "session/uilanguage.h"
#include "widgets/filterbar.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QAbstractTextDocumentLayout>
#include <QPdfWriter>
#include <QApplication>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTextDocument>

namespace {

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("Export Report as PDF writes the report of the view the table shows, in the window's language")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    UiLanguage::instance().set(Language::byCode(u"es"));
    typeText(w.filterBar()->searchBox(), QStringLiteral("capacitacion"));
    REQUIRE(w.model()->rowCount() == 2);
    const QString pdf = s.t.file(QStringLiteral("informe.pdf"));
    REQUIRE(w.reports()->exportPdf(pdf, w.model()->filter(), w.model()->rowCount()));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Índice")));
    CHECK(text.contains(QStringLiteral("2 medidas de las 5 del catálogo, elegidas por:")));
    CHECK(text.contains(QStringLiteral("Búsqueda: capacitacion")));
    for (int row = 0; row < w.model()->rowCount(); ++row)
        CHECK(text.contains(w.model()->index(row, MeasureTableModel::columnOf(MeasureField::Title)).data().toString().simplified()));
    CHECK(w.statusBar()->currentMessage().contains(QStringLiteral("2 medidas")));
}

TEST_CASE("a report in French names the goals, domains and countries as the Convention's French texts do")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    UiLanguage::instance().set(Language::byCode(u"fr"));
    const QString pdf = s.t.file(QStringLiteral("rapport.pdf"));
    REQUIRE(w.reports()->exportPdf(pdf, w.model()->filter(), w.model()->rowCount()));
    UiLanguage::instance().set(Language::English);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Soutenir des systèmes de gouvernance durables pour la culture")));
    CHECK(text.contains(QStringLiteral("Pérou")));
    CHECK(text.contains(QStringLiteral("Édition")));
    CHECK(text.contains(QStringLiteral("5 mesures")));
    CHECK_FALSE(text.contains(QStringLiteral("Support sustainable systems of governance")));
    CHECK_FALSE(text.contains(QStringLiteral("Apoyar sistemas sostenibles")));
}

TEST_CASE("a report of the view filtered to goal 2 files its measures under goal 2, not under their first goal")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    MeasureFilter goal2;
    goal2.goals = {QStringLiteral("2")};
    QTextDocument document;
    QPdfWriter writer(s.t.file(QStringLiteral("device.pdf")));
    document.documentLayout()->setPaintDevice(&writer);
    document.setPageSize(QSizeF(writer.width(), writer.height()));
    const ReportContent::Result result = ReportContent(*w.session()->catalogue(), w.session()->vocabulary(), Language::English)
                                             .build(&document, goal2, {});
    REQUIRE(result.measures == 3);
    QStringList goalHeadings;
    for (const ReportContent::Heading &heading : result.headings)
        if (heading.level == 1)
            goalHeadings << heading.text;
    INFO(goalHeadings.join(QStringLiteral(" | ")).toStdString());
    CHECK(goalHeadings.size() == 2); // the summary, then goal 2 only
    CHECK(goalHeadings.last().startsWith(QStringLiteral("Achieve a balanced flow")));

    // Without a goal asked, as before: each measure under its first goal.
    QTextDocument all;
    all.documentLayout()->setPaintDevice(&writer);
    all.setPageSize(QSizeF(writer.width(), writer.height()));
    const ReportContent::Result whole = ReportContent(*w.session()->catalogue(), w.session()->vocabulary(), Language::English).build(&all, {}, {});
    int goals = 0;
    for (const ReportContent::Heading &heading : whole.headings)
        goals += heading.level == 1 ? 1 : 0;
    CHECK(goals == 2); // the summary and goal 1: every sample measure has goal 1
}

TEST_CASE("File ▸ Print Preview shows the pages of the report of the view, and closes with nothing printed")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    w.show();
    int pagesShown = -1;
    QTimer::singleShot(0, &w, [&] {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        REQUIRE(preview);
        CHECK(preview->windowTitle() == u"Print Preview of the Report");
        if (auto *pages = preview->findChild<QPrintPreviewWidget *>())
            pagesShown = pages->pageCount();
        preview->reject();
    });
    w.action(MainWindow::Action::PrintPreview)->trigger();
    CHECK(w.reports()->lastPreviewPages() >= 5); // cover, contents, summary, measures
    CHECK(pagesShown == w.reports()->lastPreviewPages());
}

TEST_CASE("a report cancelled half-way leaves an older report of that name as it was, and no temporary file beside it")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    const QString pdf = t.file(QStringLiteral("report.pdf"));
    {
        QFile older(pdf);
        REQUIRE(older.open(QIODevice::WriteOnly));
        older.write("last week's report");
    }
    const Vocabulary vocabulary = t.vocabulary();
    int calls = 0;
    const Report::Result result = Report(*t.catalogue, vocabulary, Language::English).writePdf(pdf, {}, [&](int done, int total) {
        CHECK(done <= total);
        return ++calls < 3; // the analyst presses Cancel while the pages are drawn
    });
    CHECK(result.cancelled);
    CHECK_FALSE(result.ok);
    CHECK(calls == 3);
    CHECK(readAll(pdf) == "last week's report");
    CHECK(QDir(t.dir.path()).entryList({QStringLiteral("report*")}, QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("report.pdf")});
}
