// SPDX-License-Identifier: GPL-3.0-or-later
// measures-bench [--count N] [--seed S] [--rounds R] [--catalogue FILE] [--verbose] [--platform-only] [--merge-only]
//                [--import-only] [--steps-only] [--team-only]
// measures-bench --platform-export FILE [--count N] [--site en|fr|es] [--seed S]
// Opens (or first generates, in a separate measures-cli process) a catalogue of N measures and
// prints one figure per line, "name value unit", medians over R rounds. It drives the same
// table model and exporter as the window, so the figures are the window's. The window's memory
// is measured in a process of its own: measures-bench --window FILE (a real QApplication and main
// window, offscreen) prints its peak resident memory. --merge-only and --import-only print only the
// merge figures or only the import against the sqlite3 shell (import_100k_vs_sqlite3 and its two
// times), after the generation; --steps-only the figures of steps kept for undo, without it.
#include "catalogue/backups.h"
#include "catalogue/catalogue.h"
#include "catalogue/measurecolumns.h"
#include "csv/csvexporter.h"
#include "csv/csvimporter.h"
#include "merge/merge.h"
#include "merge/mergesource.h"
#include "session/cataloguesession.h"
#include "store/measurestore.h"
#include "store/writetransaction.h"
#include "sample/platformexport.h"
#include "mainwindow/filecontroller.h"
#include "mainwindow/mainwindow.h"
#include "widgets/filterbar.h"
#include "widgets/measuretableview.h"
#include "model/vocabulary.h"
#include "query/duplicatequery.h"
#include "query/measurequery.h"
#include "query/statistics.h"
#include "query/vocabularyquery.h"
#include "models/measuretablemodel.h"
#include "teambench.h"

#include <QApplication>
#include <QVBoxLayout>
#include <QLineEdit>
#include <QScrollBar>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QUndoStack>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace {

constexpr int kScreenRows = 40;


void print(const char *name, double value, const char *unit)
{
    std::printf("%s %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

// A ratio well under 1 needs two decimals to say anything.
void printRatio(const char *name, double value)
{
    std::printf("%s %.2f x\n", name, value);
    std::fflush(stdout);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const qsizetype index = qMin(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

double median(const QList<double> &values) { return percentile(values, 0.5); }

// Seconds to import `path` into a new, empty catalogue (check and write, as measures-cli does).
double importSeconds(const QString &catalogue, const QString &path)
{
    QFile::remove(catalogue);
    CatalogueError error;
    std::unique_ptr<Catalogue> target = Catalogue::create(catalogue, &error);
    if (!target)
        return -1;
    const Vocabulary vocabulary = VocabularyQuery::load(*target);
    QElapsedTimer timer;
    timer.start();
    const CsvImporter::Plan plan = CsvImporter::run(*target, vocabulary, path, false, Language::English);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!plan.ok)
        std::fprintf(stderr, "%s\n", qPrintable(plan.summary() + u' ' + plan.problems.join(u' ')));
    return plan.ok ? seconds : -1;
}

// The whole catalogue at `path` as our own language-independent CSV (keys and codes), what an
// import is measured against; false when it could not be written. `rows`: how many it wrote.
bool exportKeysAndCodes(const QString &path, const QString &csv, qint64 *rows = nullptr)
{
    CatalogueError error;
    const std::unique_ptr<Catalogue> source = Catalogue::open(path, Catalogue::OpenOptions{Catalogue::Access::ReadOnly, false, false}, &error);
    if (!source)
        return false;
    CsvOptions keys = CsvOptions::standard(Language::English);
    keys.header = CsvOptions::Header::Keys;
    keys.codes = true;
    QFile::remove(csv);
    const CsvExporter::Result result = CsvExporter(*source, VocabularyQuery::load(*source)).writeFile(csv, {}, {}, keys);
    if (rows)
        *rows = result.rows;
    return result.ok;
}

// A figure's size as its name says it: 100k for 100,000 measures, 2500 for 2,500.
QByteArray sizeName(qint64 count)
{
    return count % 1000 == 0 ? QByteArray::number(count / 1000) + 'k' : QByteArray::number(count);
}

// Importing the whole catalogue from our own keys/codes CSV into an empty catalogue (check and
// write) against the sqlite3 shell loading the same file into a new database (.import --csv) and
// building an FTS5 index over the same texts ours holds, with the same options: what SQLite alone
// does with these bytes. Both are run in this process's turn, one after the other.
void importVsSqlite3(const QTemporaryDir &dir, const QString &path, int rounds)
{
    const QString shell = QStringLiteral("/usr/bin/sqlite3");
    if (!QFileInfo(shell).isExecutable()) {
        std::fprintf(stderr, "import_vs_sqlite3: no %s (Debian's package sqlite3)\n", qPrintable(shell));
        return;
    }
    const QString csv = dir.filePath(QStringLiteral("import.csv"));
    qint64 rows = 0;
    if (!exportKeysAndCodes(path, csv, &rows))
        return;
    // The file's columns our search index holds: the searched texts, and the partners' names
    // (which the file writes in its partners column, each with its type).
    QStringList searched;
    for (const QString &name : MeasureColumns::searchNames())
        searched << (name == u"partner_names" ? MeasureFields::key(MeasureField::Partners) : name);
    const QString index = QStringLiteral("CREATE VIRTUAL TABLE measure_search USING fts5 (%1, content = 'measure', "
                                         "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', detail = none); "
                                         "INSERT INTO measure_search (measure_search) VALUES ('rebuild');")
                              .arg(searched.join(QStringLiteral(", ")));
    QList<double> ours, theirs;
    for (int round = 0; round < rounds; ++round) {
        const double seconds = importSeconds(dir.filePath(QStringLiteral("import.measures")), csv);
        if (seconds < 0)
            return;
        ours << seconds;
        const QString database = dir.filePath(QStringLiteral("import.sqlite"));
        QFile::remove(database);
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        process.start(shell, {QStringLiteral("-bail"), QStringLiteral("-cmd"), QStringLiteral(".import --csv ") + csv + QStringLiteral(" measure"),
                              database, index});
        process.waitForFinished(-1);
        const double shellSeconds = double(timer.nsecsElapsed()) / 1e9;
        // Checked afterwards, untimed: every row went in and the index holds them.
        QProcess count;
        count.start(shell, {QStringLiteral("-readonly"), database,
                            QStringLiteral("SELECT count(*) FROM measure; SELECT count(*) FROM measure_search_docsize;")});
        count.waitForFinished(-1);
        const QList<QByteArray> counts = count.readAllStandardOutput().trimmed().split('\n');
        if (process.exitCode() != 0 || counts.size() != 2 || counts.first().toLongLong() != rows || counts.last().toLongLong() != rows) {
            std::fprintf(stderr, "import_vs_sqlite3: the sqlite3 shell loaded %s rows of %lld\n", counts.first().constData(), rows);
            return;
        }
        theirs << shellSeconds;
    }
    const QByteArray of = sizeName(rows);
    print(QByteArray("import_") + of + "_ours_s", median(ours), "s");
    print(QByteArray("import_") + of + "_sqlite3_s", median(theirs), "s");
    printRatio(QByteArray("import_") + of + "_vs_sqlite3", median(ours) / median(theirs));
}

// Importing 5,000 rows of the platform's export (a third in each site language) against
// importing the same measures from our own keys/codes CSV (what the catalogue then exports).
void platformImport(const QTemporaryDir &dir, quint64 seed, int rounds)
{
    using Site = PlatformColumns::SiteLanguage;
    const QString platformFile = dir.filePath(QStringLiteral("platform.csv"));
    QByteArray bytes;
    int first = 100000;
    for (Site site : {Site::English, Site::French, Site::Spanish}) {
        QByteArray part = PlatformExport::generate(site == Site::Spanish ? 1666 : 1667, seed + int(site), site, first);
        if (!bytes.isEmpty())
            part = part.mid(part.indexOf('\n') + 1); // one header: a file mixes languages only in its rows
        bytes += part;
        first += 10000;
    }
    QFile file(platformFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return;
    file.close();
    const QString imported = dir.filePath(QStringLiteral("platform.measures"));
    QList<double> platformTimes, ownTimes;
    for (int round = 0; round < qMax(1, qMin(rounds, 3)); ++round) {
        const double platform = importSeconds(imported, platformFile);
        if (platform < 0)
            return;
        platformTimes << platform;
        // The same measures as our own keys/codes CSV, imported into an empty catalogue.
        const QString own = dir.filePath(QStringLiteral("own.csv"));
        if (!exportKeysAndCodes(imported, own))
            return;
        const double ownSeconds = importSeconds(dir.filePath(QStringLiteral("own.measures")), own);
        if (ownSeconds < 0)
            return;
        ownTimes << ownSeconds;
    }
    print("platform_import_5000_s", median(platformTimes), "s");
    print("own_import_5000_s", median(ownTimes), "s");
    print("platform_import_vs_own", median(platformTimes) / median(ownTimes), "x");
}

// Reads what the view would paint: the visible columns of `rows` rows from `first`.
void readScreen(const MeasureTableModel &model, int first, int rows = kScreenRows)
{
    static const QList<MeasureField> columns = MeasureFields::defaultColumns();
    for (int row = first; row < qMin(model.rowCount(), first + rows); ++row)
        for (MeasureField field : columns)
            model.index(row, MeasureTableModel::columnOf(field)).data();
}

// Runs `change` and waits until the model has published its new rows and count (it may answer at
// once or from its worker thread), then reads the first screen. Returns milliseconds.
double timed(MeasureTableModel &model, const std::function<void()> &change)
{
    QElapsedTimer timer;
    timer.start();
    bool published = false;
    QEventLoop loop;
    const QMetaObject::Connection connection = QObject::connect(&model, &MeasureTableModel::countsChanged, &loop, [&] {
        published = true;
        loop.quit();
    });
    change();
    if (!published && model.isLoading()) {
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QObject::disconnect(connection);
    readScreen(model, 0);
    return double(timer.nsecsElapsed()) / 1e6;
}

// This process's own peak resident size (VmHWM), which a program starts afresh at exec:
// getrusage's ru_maxrss would keep the forking parent's (the whole bench's) peak instead.
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0; // kB
    return -1;
}

// The window on the catalogue, as an analyst uses it: open, search, scroll to the end, clear.
int windowProcess(int argc, char *argv[], const QString &path)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!window.files()->open(path))
        return 3;
    const auto settle = [&] {
        QElapsedTimer wait;
        wait.start();
        do
            app.processEvents(QEventLoop::AllEvents, 50);
        while ((window.model()->isLoading() || wait.elapsed() < 300) && wait.elapsed() < 60000);
    };
    settle();
    for (const char *typed : {"m", "mu", "mús", "músi", "música"}) {
        window.filterBar()->searchBox()->setText(QString::fromUtf8(typed));
        settle();
    }
    window.table()->verticalScrollBar()->setValue(window.table()->verticalScrollBar()->maximum());
    settle();
    window.filterBar()->clear();
    settle();
    window.table()->verticalScrollBar()->setValue(window.table()->verticalScrollBar()->maximum());
    settle();
    std::printf("%.1f\n", peakRssMb());
    window.close();
    return 0;
}

// Typing in the real search box over the real table, as the window wires them: the box reads "m",
// "mu", "mús", "músi", "música", one step every 120 ms (then "programa", "proyecto", "co" and "de" so). A key's latency runs from its press to the moment the view
// has painted a first screen and the count for that text (or for a later one, when a newer key
// superseded it). Prints the latencies, one per line, in milliseconds.
int keystrokeProcess(int argc, char *argv[], const QString &path, int rounds)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    CatalogueError error;
    auto catalogue = Catalogue::open(path, {Catalogue::Access::ReadOnly, false}, &error);
    if (!catalogue)
        return 3;
    const Vocabulary vocabulary = VocabularyQuery::load(*catalogue);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *bar = new FilterBar(&window);
    auto *table = new MeasureTableView(&window);
    MeasureTableModel model;
    table->setMeasureModel(&model);
    layout->addWidget(bar);
    layout->addWidget(table, 1);
    bar->setVocabulary(vocabulary, Language::byCode(u"es"));
    QObject::connect(bar, &FilterBar::filterChanged, &model, &MeasureTableModel::setFilter);
    QObject::connect(&model, &MeasureTableModel::countsChanged, bar, qOverload<int, int>(&FilterBar::setCounts));
    window.resize(1400, 900);
    window.show();
    model.setCatalogue(catalogue.get(), &vocabulary);
    const auto settle = [&] {
        QElapsedTimer wait;
        wait.start();
        do
            app.processEvents(QEventLoop::AllEvents, 20);
        while ((model.isLoading() || wait.elapsed() < 200) && wait.elapsed() < 60000);
    };
    settle();

    // Words typed letter by letter: the bench's own, and those whose short prefixes match most of
    // the catalogue ("pr", "co", "de": the slowest keys once measured).
    QList<QStringList> words;
    for (const char *word : {"música", "programa", "proyecto", "co", "de"}) {
        const QString whole = QString::fromUtf8(word);
        QStringList prefixes;
        for (int n = 1; n <= whole.size(); ++n)
            prefixes << whole.left(n);
        words << prefixes;
    }
    QLineEdit *search = bar->searchBox();
    search->setFocus();
    const bool verbose = qEnvironmentVariableIsSet("MEASURES_BENCH_VERBOSE"); // each key's text and time on stderr
    for (int round = 0; round < rounds; ++round)
      for (const QStringList &texts : std::as_const(words)) {
        search->clear();
        settle();
        QList<qint64> pressed(texts.size(), -1);
        QList<double> latency(texts.size(), -1);
        QElapsedTimer clock;
        clock.start();
        const QMetaObject::Connection shown = QObject::connect(&model, &MeasureTableModel::countsChanged, [&] {
            if (model.isLoading())
                return;
            table->viewport()->repaint(); // the first screen, painted
            const qint64 now = clock.nsecsElapsed();
            const int showing = int(texts.indexOf(model.filter().search));
            for (int k = 0; k <= showing; ++k)
                if (pressed[k] >= 0 && latency[k] < 0)
                    latency[k] = double(now - pressed[k]) / 1e6;
        });
        for (int k = 0; k < texts.size(); ++k) {
            QTimer::singleShot(120 * k, [&, k] {
                pressed[k] = clock.nsecsElapsed();
                search->setText(texts[k]); // one edit per step, as one key press makes one
            });
        }
        while (clock.elapsed() < 60000 && std::any_of(latency.cbegin(), latency.cend(), [](double l) { return l < 0; }))
            app.processEvents(QEventLoop::AllEvents, 5);
        QObject::disconnect(shown);
        if (search->text() != texts.last()) {
            std::fprintf(stderr, "typed \"%s\" instead of \"%s\"\n", qPrintable(search->text()), qPrintable(texts.last()));
            return 4; // the keys did not type what they should have
        }
        if (std::any_of(latency.cbegin(), latency.cend(), [](double l) { return l < 0; })) {
            std::fprintf(stderr, "a key's result never showed within 60 s\n");
            return 5; // not a latency: a figure would be pulled down by it
        }
        for (int k = 0; k < texts.size(); ++k) {
            std::printf("%.2f\n", latency[k]);
            if (verbose)
                std::fprintf(stderr, "%s %.2f\n", qPrintable(texts[k]), latency[k]);
        }
      }
    return 0;
}

// The window merging a colleague's catalogue as an analyst does it (File ▸ Merge Catalogue: the
// comparison, the preview accepted as it is, the backup copy and the writes), then Edit ▸ Undo of
// it. A timer that wants to run every 5 ms measures the window's event loop meanwhile: prints the
// longest it went without running, in milliseconds (what a frozen window would show).
int stallProcess(int argc, char *argv[], const QString &mine, const QString &theirs)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!window.files()->open(mine))
        return 3;
    window.session()->setAuthor(QStringLiteral("Coordinator")); // else the merge first asks who merges
    const auto settle = [&] {
        QElapsedTimer wait;
        wait.start();
        do
            app.processEvents(QEventLoop::AllEvents, 50);
        while ((window.model()->isLoading() || wait.elapsed() < 500) && wait.elapsed() < 60000);
    };
    settle();
    QElapsedTimer since;
    qint64 longest = 0;
    QTimer meter;
    QObject::connect(&meter, &QTimer::timeout, [&] {
        longest = qMax(longest, since.restart());
        if (auto *preview = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            preview && preview->objectName() != u"stepProgress")
            preview->accept(); // the merge's preview, as it is
    });
    since.start();
    meter.start(5);
    const int steps = window.session()->undoStack()->count();
    const bool merged = window.files()->mergeFile(theirs);
    settle();
    window.session()->undo();
    settle();
    // What the window does after a step counts too: the checkpoint two seconds after a change.
    for (QElapsedTimer after; !after.isValid() || after.elapsed() < 2500;) {
        if (!after.isValid())
            after.start();
        app.processEvents(QEventLoop::AllEvents, 50);
    }
    meter.stop();
    longest = qMax(longest, since.elapsed());
    if (!merged || window.session()->undoStack()->count() != steps + 1 || window.session()->undoStack()->index() != steps)
        return 4; // the merge or its undo did not happen
    std::printf("%lld\n", longest);
    window.close();
    return 0;
}

} // namespace

// Saving, as the form does (CatalogueSession::save, kept for undo), one measure that names a
// partner 20,000 measures share (a ministry): the median of 5 saves, in milliseconds.
void bigPartnerSave(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("partner.measures"));
    QFile::remove(path);
    CatalogueError error;
    {
        auto catalogue = Catalogue::create(path, &error);
        if (!catalogue)
            return;
        const Vocabulary vocabulary = VocabularyQuery::load(*catalogue);
        MeasureStore store(*catalogue, vocabulary);
        WriteTransaction transaction(*catalogue, WriteTransaction::Size::Bulk, 20000);
        for (int i = 0; i < 20000; ++i) {
            Measure m;
            m.title = QStringLiteral("Programa %1 del Ministerio").arg(i);
            m.country = QStringLiteral("PER");
            m.partners = {{QStringLiteral("Ministerio de Cultura"), QStringLiteral("public_sector")}};
            if (!store.write(m, MeasureStore::Timestamps::Now, Language::English, nullptr, nullptr))
                return;
        }
        if (!transaction.commit())
            return;
    }
    auto catalogue = Catalogue::open(path, {Catalogue::Access::ReadWrite, false}, &error);
    if (!catalogue)
        return;
    CatalogueSession session;
    session.setCatalogue(std::move(catalogue));
    const QVector<qint64> ids = MeasureQuery(*session.catalogue()).find({}, {}).ids;
    QList<double> times;
    for (int round = 0; round < 5 && round < ids.size(); ++round) {
        std::optional<Measure> m = session.load(ids.at(round * 997 % ids.size()));
        if (!m)
            return;
        m->resultsAchieved = QStringLiteral("Edited in round %1.").arg(round);
        QElapsedTimer timer;
        timer.start();
        if (!session.save(*m).saved)
            return;
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    session.close();
    print("save_with_big_partner_ms", median(times), "ms");
}

// Merging `theirs` into `mine`, or importing `csv` into it, as the window's session does (the
// plan, then the step kept for undo when it can be), in a process of its own: prints the
// process's peak resident memory in MB.
int stepRssProcess(int argc, char *argv[], bool merge, const QString &mine, const QString &source)
{
    QCoreApplication app(argc, argv);
    CatalogueError error;
    auto catalogue = Catalogue::open(mine, {Catalogue::Access::ReadWrite, false}, &error);
    if (!catalogue)
        return 3;
    CatalogueSession session;
    session.setCatalogue(std::move(catalogue));
    const int steps = session.undoStack()->count();
    if (merge) {
        QString failure;
        const std::optional<MergePlan> plan = session.checkMerge(source, &failure);
        if (!plan || !(failure = session.applyMerge(*plan)).isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(failure));
            return 4;
        }
    } else {
        const CsvImporter::Plan plan = session.checkImport(source, QFileInfo(source).fileName());
        if (!plan.ok || !session.applyImport(plan).isEmpty())
            return 4;
    }
    if (session.undoStack()->count() != steps + 1) { // both figures are of a step kept for undo
        std::fprintf(stderr, "the step was not kept for undo\n");
        return 5;
    }
    std::printf("%.1f\n", peakRssMb());
    return 0;
}

// The peak memory of merging a colleague's catalogue of 20,000 measures into an empty one, beside
// importing the same measures from our own keys/codes CSV: both add 20,000 measures.
void stepMemory(const QTemporaryDir &dir, quint64 seed)
{
    const QString theirs = dir.filePath(QStringLiteral("theirs20k.measures")), csv = dir.filePath(QStringLiteral("theirs20k.csv"));
    QFile::remove(theirs);
    QProcess generate; // its "Generated …" line is not a figure
    generate.setStandardOutputFile(QProcess::nullDevice());
    generate.start(QStringLiteral(MEASURES_CLI), {QStringLiteral("generate"), theirs, QStringLiteral("--count"), QStringLiteral("20000"),
                                                 QStringLiteral("--seed"), QString::number(seed)});
    if (!generate.waitForFinished(-1) || generate.exitCode() != 0 || !exportKeysAndCodes(theirs, csv))
        return;
    const auto peak = [&](bool merge) {
        const QString mine = dir.filePath(QStringLiteral("empty.measures"));
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(mine + QLatin1String(suffix));
        QDir(Backups::folderFor(mine)).removeRecursively();
        CatalogueError error;
        if (!Catalogue::create(mine, &error))
            return -1.0;
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {merge ? QStringLiteral("--rss-merge") : QStringLiteral("--rss-import"), mine, merge ? theirs : csv});
        child.waitForFinished(-1);
        bool ok = false;
        const double mb = QString::fromUtf8(child.readAllStandardOutput()).trimmed().toDouble(&ok);
        if (!ok)
            std::fprintf(stderr, "%s: exit %d %s\n", merge ? "merge" : "import", child.exitCode(), child.readAllStandardError().constData());
        return ok ? mb : -1.0;
    };
    const double merged = peak(true), imported = peak(false);
    if (merged < 0 || imported < 0)
        return;
    print("merge_20k_added_rss_mb", merged, "MB");
    print("import_20k_rss_mb", imported, "MB");
    printRatio("merge_vs_import_rss", merged / imported);
}

// Merging a colleague's copy of the catalogue that differs in 1,000 changed and 1,000 new
// measures (preview, backup copy and the one transaction, as the window does) against importing
// the whole colleague's catalogue from our own keys/codes CSV into an empty catalogue.
void mergeVsImport(const QTemporaryDir &dir, Catalogue &catalogue)
{
    const QString mine = dir.filePath(QStringLiteral("mine.measures")), theirs = dir.filePath(QStringLiteral("theirs.measures"));
    QFile::remove(mine);
    QFile::remove(theirs);
    if (!catalogue.backupTo(mine).isEmpty() || !catalogue.backupTo(theirs).isEmpty())
        return;
    int changed = 0, total = 0;
    {
        CatalogueError error;
        auto colleague = Catalogue::open(theirs, {Catalogue::Access::ReadWrite, false}, &error);
        if (!colleague)
            return;
        const Vocabulary vocabulary = VocabularyQuery::load(*colleague);
        MeasureStore store(*colleague, vocabulary);
        MeasureQuery query(*colleague);
        const QVector<qint64> ids = query.find({}, {}).ids;
        WriteTransaction transaction(*colleague);
        // 1,000 changed measures spread over the catalogue, whatever its size (every one of a smaller one).
        const qsizetype step = qMax<qsizetype>(1, ids.size() / 1000);
        for (qsizetype i = 0; i < 1000 && i * step < ids.size(); ++i, ++changed) {
            std::optional<Measure> m = query.load(ids.at(i * step));
            if (!m)
                return;
            m->resultsAchieved += QStringLiteral(" Updated by a colleague.");
            if (!store.write(*m, MeasureStore::Timestamps::Now, Language::English, nullptr, nullptr))
                return;
        }
        for (int i = 0; i < 1000; ++i) {
            Measure m;
            m.title = QStringLiteral("Medida nueva de una colega %1").arg(i);
            m.country = QStringLiteral("PER");
            m.domains = {QStringLiteral("music")};
            if (!store.write(m, MeasureStore::Timestamps::Now, Language::English, nullptr, nullptr))
                return;
        }
        if (!transaction.commit())
            return;
        total = int(ids.size()); // the catalogue merged into (theirs holds 1,000 more)
    }
    // The same merge and its undo in the window, on a copy of mine, in a process of its own.
    double stallMs = -1;
    {
        const QString stall = dir.filePath(QStringLiteral("stall.measures"));
        QFile::remove(stall);
        QProcess window;
        if (QFile::copy(mine, stall)) {
            window.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--stall"), stall, theirs});
            window.waitForFinished(-1);
            bool ok = false;
            stallMs = QString::fromUtf8(window.readAllStandardOutput()).trimmed().toDouble(&ok);
            if (!ok) {
                stallMs = -1;
                std::fprintf(stderr, "stall: exit %d %s\n", window.exitCode(), window.readAllStandardError().constData());
            }
        }
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(stall + QLatin1String(suffix));
        QDir(Backups::folderFor(stall)).removeRecursively();
    }
    // The window's own path: the session's preview, merge, then Edit ▸ Undo and Redo of it.
    CatalogueError error;
    auto coordinator = Catalogue::open(mine, {Catalogue::Access::ReadWrite, false}, &error);
    if (!coordinator)
        return;
    CatalogueSession session;
    session.setCatalogue(std::move(coordinator));
    QElapsedTimer timer;
    timer.start();
    QString failure;
    const std::optional<MergePlan> plan = session.checkMerge(theirs, &failure);
    if (!plan || plan->entries.size() != changed + 1000) {
        std::fprintf(stderr, "merge plan: %s\n",
                     qPrintable(plan ? QStringLiteral("%1 measures listed, %2 expected").arg(plan->entries.size()).arg(changed + 1000) : failure));
        return;
    }
    failure = session.applyMerge(*plan);
    const double mergeSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "merge: %s\n", qPrintable(failure));
        return;
    }
    const int merged = session.undoStack()->index();
    timer.restart();
    session.undo();
    const double undoSeconds = double(timer.nsecsElapsed()) / 1e9;
    const bool undone = session.undoStack()->index() == merged - 1;
    timer.restart();
    session.redo();
    const double redoSeconds = double(timer.nsecsElapsed()) / 1e9;
    const bool redone = session.undoStack()->index() == merged;
    session.close();
    if (!undone || !redone) { // a figure of a step that did not run would read as fast
        std::fprintf(stderr, "merge undo/redo: the merge was not kept for undo, or its undo or redo failed\n");
        return;
    }

    const QString csv = dir.filePath(QStringLiteral("theirs.csv"));
    qint64 importedRows = 0; // their whole copy: 1,000 more than the catalogue merged into
    if (!exportKeysAndCodes(theirs, csv, &importedRows))
        return;
    const double importSecondsAll = importSeconds(dir.filePath(QStringLiteral("imported.measures")), csv);
    if (importSecondsAll < 0)
        return;
    // Named for what was measured: 2,000 of 100,000 by default, other sizes by their own numbers.
    const QByteArray of = sizeName(total);
    print(QByteArray("merge_") + QByteArray::number(changed + 1000) + "_of_" + of + "_s", mergeSeconds, "s");
    print("merge_undo_s", undoSeconds, "s");
    print("merge_redo_s", redoSeconds, "s");
    print(QByteArray("import_") + sizeName(importedRows) + "_s", importSecondsAll, "s");
    printRatio("merge_vs_import", mergeSeconds / importSecondsAll);
    if (stallMs >= 0)
        print("ui_stall_max_ms", stallMs, "ms");
}

int main(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--window") == 0)
            return windowProcess(argc, argv, QString::fromLocal8Bit(argv[i + 1]));
        if ((qstrcmp(argv[i], "--rss-merge") == 0 || qstrcmp(argv[i], "--rss-import") == 0) && i + 2 < argc)
            return stepRssProcess(argc, argv, qstrcmp(argv[i], "--rss-merge") == 0, QString::fromLocal8Bit(argv[i + 1]),
                                  QString::fromLocal8Bit(argv[i + 2]));
        if (qstrcmp(argv[i], "--stall") == 0 && i + 2 < argc)
            return stallProcess(argc, argv, QString::fromLocal8Bit(argv[i + 1]), QString::fromLocal8Bit(argv[i + 2]));
        if (qstrcmp(argv[i], "--keystrokes") == 0)
            return keystrokeProcess(argc, argv, QString::fromLocal8Bit(argv[i + 1]), 5);
    }
    QCoreApplication app(argc, argv);
    int count = 100000;
    int rounds = 5;
    quint64 seed = 1;
    QString path;
    bool verbose = false;
    const QStringList args = app.arguments();
    verbose = args.contains(QStringLiteral("--verbose"));
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--count")
            count = args[++i].toInt();
        else if (args[i] == u"--rounds")
            rounds = qMax(1, args[++i].toInt());
        else if (args[i] == u"--seed")
            seed = args[++i].toULongLong();
        else if (args[i] == u"--catalogue")
            path = args[++i];
    }
    QTemporaryDir dir;
    // --platform-export FILE [--site en|fr|es]: writes a file shaped like the platform's export
    // (count rows) for trying the import by hand, and stops.
    if (const qsizetype at = args.indexOf(QStringLiteral("--platform-export")); at > 0 && at + 1 < args.size()) {
        const QString site = args.value(args.indexOf(QStringLiteral("--site")) + 1);
        using Site = PlatformColumns::SiteLanguage;
        QFile out(args.at(at + 1));
        const QByteArray bytes = PlatformExport::generate(count, seed, site == u"fr" ? Site::French : site == u"es" ? Site::Spanish : Site::English);
        return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() ? 0 : 1;
    }
    if (args.contains(QStringLiteral("--steps-only"))) { // the figures of steps kept for undo
        bigPartnerSave(dir);
        stepMemory(dir, seed);
        return 0;
    }
    if (args.contains(QStringLiteral("--platform-only"))) {
        platformImport(dir, seed, rounds);
        return 0;
    }
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("bench.measures"));
        QElapsedTimer timer;
        timer.start();
        const int rc = QProcess::execute(QStringLiteral(MEASURES_CLI),
                                         {QStringLiteral("generate"), path, QStringLiteral("--count"), QString::number(count),
                                          QStringLiteral("--seed"), QString::number(seed)});
        if (rc != 0)
            return 1;
        print("generate_s", double(timer.elapsed()) / 1000.0, "s");
    }
    print("file_mb", double(QFileInfo(path).size()) / 1048576.0, "MB");
    if (args.contains(QStringLiteral("--team-only"))) // the team catalogue's figures (a PostgreSQL of its own)
        return teamFigures(dir.path(), path, 60);
    if (args.contains(QStringLiteral("--import-only"))) {
        importVsSqlite3(dir, path, qMin(rounds, 3));
        return 0;
    }
    if (args.contains(QStringLiteral("--merge-only"))) {
        CatalogueError error;
        auto catalogue = Catalogue::open(path, {Catalogue::Access::ReadWrite, false}, &error);
        if (catalogue)
            mergeVsImport(dir, *catalogue);
        return catalogue ? 0 : 3;
    }

    QElapsedTimer timer;
    timer.start();
    const CatalogueError check = Catalogue::probe(path, true);
    print("quick_check_ms", double(timer.nsecsElapsed()) / 1e6, "ms");
    if (check.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(check.message()));
        return 3;
    }

    // open: the file, its vocabularies, the table model and its first screen (quick_check, which
    // the window runs on a worker thread beforehand, is quick_check_ms above).
    std::unique_ptr<Catalogue> catalogue;
    Vocabulary vocabulary;
    MeasureTableModel model;
    const double openMs = timed(model, [&] {
        CatalogueError error;
        catalogue = Catalogue::open(path, {Catalogue::Access::ReadWrite, false}, &error);
        if (!catalogue)
            return;
        vocabulary = VocabularyQuery::load(*catalogue);
        model.setCatalogue(catalogue.get(), &vocabulary);
    });
    if (!catalogue)
        return 3;
    print("open_ms", openMs, "ms");
    print("rows", model.rowCount(), "measures");

    // filter: typing a word, then facet changes, each until the first screen and count are ready.
    QList<double> filterTimes;
    const auto filterEvent = [&](const char *label, const MeasureFilter &filter) {
        const double ms = timed(model, [&] { model.setFilter(filter); });
        filterTimes << ms;
        if (verbose)
            std::fprintf(stderr, "  %-28s %7.1f ms  %6d rows\n", label, ms, model.rowCount());
    };
    const QStringList typed = {QStringLiteral("m"), QStringLiteral("mu"), QStringLiteral("mús"), QStringLiteral("músi"),
                               QStringLiteral("música")};
    for (int round = 0; round < rounds; ++round) {
        MeasureFilter filter;
        for (const QString &text : typed) {
            filter.search = text;
            filterEvent(qPrintable(QStringLiteral("search \"%1\"").arg(text)), filter);
        }
        filter.domains = {QStringLiteral("music")};
        filterEvent("+ domain music", filter);
        filter.countries = {QStringLiteral("MEX")};
        filterEvent("+ country MEX", filter);
        filter = {};
        filter.goals = {QStringLiteral("2")};
        filterEvent("goal 2", filter);
        filter.statuses = {QStringLiteral("ready")};
        filterEvent("+ status ready", filter);
        filter.yearFrom = 2016;
        filter.yearTo = 2020;
        filterEvent("+ years 2016-2020", filter);
        filter.partnerTypes = {QStringLiteral("civil_society")};
        filterEvent("+ partner civil society", filter);
        filter.evaluated = {QStringLiteral("yes")};
        filterEvent("+ evaluated yes", filter);
        filterEvent("clear", {});
    }
    print("filter_p50_ms", percentile(filterTimes, 0.5), "ms");
    print("filter_p95_ms", percentile(filterTimes, 0.95), "ms");
    print("filter_max_ms", percentile(filterTimes, 1.0), "ms");

    // sort by title and by funding, both directions; then jump to the last row.
    QList<double> byTitle, byFunding, scroll;
    const int title = MeasureTableModel::columnOf(MeasureField::Title);
    const int funding = MeasureTableModel::columnOf(MeasureField::FundingUsd);
    for (int round = 0; round < rounds; ++round) {
        for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            byFunding << timed(model, [&] { model.sort(funding, order); });
            QElapsedTimer jump;
            jump.start();
            readScreen(model, model.rowCount() - kScreenRows);
            scroll << double(jump.nsecsElapsed()) / 1e6;
            byTitle << timed(model, [&] { model.sort(title, order); });
            jump.restart();
            readScreen(model, model.rowCount() - kScreenRows);
            scroll << double(jump.nsecsElapsed()) / 1e6;
        }
    }
    print("sort_title_ms", median(byTitle), "ms");
    print("sort_funding_ms", median(byFunding), "ms");
    print("sort_ms", qMax(median(byTitle), median(byFunding)), "ms");
    print("scroll_ms", median(scroll), "ms");

    // statistics: one dimension of the statistics pane counted again after a filter change (the
    // pane shows one dimension at a time), for every dimension under three filters.
    {
        QList<double> statsTimes;
        const Statistics statistics(*catalogue, vocabulary);
        MeasureFilter goal;
        goal.goals = {QStringLiteral("2")};
        MeasureFilter searched;
        searched.search = QStringLiteral("música");
        for (int round = 0; round < qMin(rounds, 3); ++round)
            for (const MeasureFilter &filter : {MeasureFilter(), goal, searched})
                for (Statistics::Dimension dimension : Statistics::all()) {
                    QElapsedTimer one;
                    one.start();
                    const auto rows = statistics.by(filter, dimension);
                    statsTimes << double(one.nsecsElapsed()) / 1e6;
                    if (verbose)
                        std::fprintf(stderr, "  stats %-14s %7.1f ms  %3d values\n", qPrintable(Statistics::key(dimension)),
                                     statsTimes.last(), int(rows.size()));
                }
        print("stats_p50_ms", percentile(statsTimes, 0.5), "ms");
        print("stats_ms", percentile(statsTimes, 0.95), "ms");
    }

    // Find Duplicates over the whole catalogue (the same ids, the same title words, near titles):
    // the median of 3 runs. Named for 100,000 measures only when it has them.
    {
        QList<double> times;
        int pairs = 0;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer clock;
            clock.start();
            pairs = int(DuplicateQuery::find(*catalogue).size());
            times << clock.nsecsElapsed() / 1e9;
        }
        print(MeasureQuery(*catalogue).total() == 100000 ? "duplicates_100k_s" : "duplicates_s", percentile(times, 0.5), "s");
        if (verbose)
            std::fprintf(stderr, "  duplicates: %d pairs\n", pairs);
    }

    // export: the whole catalogue with labels, as the Excel preset writes it.
    QList<double> exportRates;
    const CsvExporter exporter(*catalogue, vocabulary);
    for (int round = 0; round < qMin(rounds, 3); ++round) {
        const QString out = dir.filePath(QStringLiteral("export.csv"));
        QFile::remove(out);
        timer.restart();
        const CsvExporter::Result result = exporter.writeFile(out, {}, {}, CsvOptions::excel(Language::byCode(u"es")));
        if (!result.ok)
            return 1;
        exportRates << double(result.rows) / (double(timer.nsecsElapsed()) / 1e9);
    }
    print("export_rows_per_s", median(exportRates), "rows/s");

    // The reference: the sqlite3 shell dumping the measure table as CSV.
    const QString shell = QStringLiteral("/usr/bin/sqlite3"); // the import's reference too
    if (!QFileInfo(shell).isExecutable()) {
        std::fprintf(stderr, "export_time_vs_sqlite3: no %s (Debian's package sqlite3)\n", qPrintable(shell));
    } else {
        QList<double> shellRates;
        for (int round = 0; round < qMin(rounds, 3); ++round) {
            QProcess process;
            process.setStandardOutputFile(dir.filePath(QStringLiteral("shell.csv")));
            timer.restart();
            process.start(shell, {QStringLiteral("-csv"), QStringLiteral("-header"), QStringLiteral("-readonly"), path,
                                  QStringLiteral("SELECT * FROM measure")});
            process.waitForFinished(-1);
            if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
                break;
            shellRates << double(model.totalCount()) / (double(timer.nsecsElapsed()) / 1e9);
        }
        if (shellRates.isEmpty()) {
            std::fprintf(stderr, "export_time_vs_sqlite3: the sqlite3 shell failed\n");
        } else {
            print("sqlite3_csv_rows_per_s", median(shellRates), "rows/s");
            print("export_time_vs_sqlite3", median(shellRates) / median(exportRates), "x");
        }
    }

    // The printable report of 5,000 measures (about the whole Policy Monitoring Platform), written
    // by measures-cli end to end: a generated catalogue of its own.
    {
        const QString small = dir.filePath(QStringLiteral("report.measures"));
        if (QProcess::execute(QStringLiteral(MEASURES_CLI), {QStringLiteral("generate"), small, QStringLiteral("--count"),
                                                             QStringLiteral("5000"), QStringLiteral("--seed"), QString::number(seed)}) == 0) {
            QProcess report;
            report.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            timer.restart();
            report.start(QStringLiteral(MEASURES_CLI), {QStringLiteral("report"), small, QStringLiteral("--out"),
                                                        dir.filePath(QStringLiteral("report.pdf")), QStringLiteral("--lang"),
                                                        QStringLiteral("es")});
            report.waitForFinished(-1);
            if (report.exitStatus() == QProcess::NormalExit && report.exitCode() == 0) {
                print("report_5000_s", double(timer.elapsed()) / 1000.0, "s");
                print("report_5000_mb", double(QFileInfo(dir.filePath(QStringLiteral("report.pdf"))).size()) / 1048576.0, "MB");
            } else {
                std::fprintf(stderr, "report_5000: measures-cli report failed (exit %d)\n", report.exitCode());
            }
        } else {
            std::fprintf(stderr, "report_5000: the 5,000-measure catalogue could not be generated\n");
        }
    }

    platformImport(dir, seed, rounds);
    mergeVsImport(dir, *catalogue);
    importVsSqlite3(dir, path, qMin(rounds, 3));

    // Typing in the search box of a real filter bar and table, in a process of its own.
    catalogue.reset();
    {
        QProcess typing;
        typing.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--keystrokes"), path});
        typing.waitForFinished(-1);
        QList<double> latencies;
        for (const QByteArray &line : typing.readAllStandardOutput().split('\n')) {
            bool ok = false;
            const double ms = line.trimmed().toDouble(&ok);
            if (ok)
                latencies << ms;
        }
        if (typing.exitCode() == 0 && !latencies.isEmpty()) {
            print("keystroke_p50_ms", percentile(latencies, 0.5), "ms");
            print("keystroke_p95_ms", percentile(latencies, 0.95), "ms");
        } else {
            std::fprintf(stderr, "keystrokes: exit %d %s\n", typing.exitCode(), typing.readAllStandardError().constData());
        }
    }

    bigPartnerSave(dir);
    stepMemory(dir, seed);

    // The window's own memory, in a process of its own (this one holds benchmark state).
    QProcess window;
    window.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--window"), path});
    window.waitForFinished(-1);
    bool ok = false;
    const double windowMb = QString::fromUtf8(window.readAllStandardOutput()).trimmed().toDouble(&ok);
    if (ok)
        print("window_rss_mb", windowMb, "MB");
    else
        std::fprintf(stderr, "window: %s\n", window.readAllStandardError().constData());
    catalogue.reset();
    return teamFigures(dir.path(), path, 60); // last: it starts a PostgreSQL of its own
}
