// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "catalogue/catalogue.h"
#include "catalogue/cataloguecheck.h"
#include "cliargs.h"
#include "clifilter.h"
#include "console.h"
#include "csv/csvexporter.h"
#include "csv/csvimporter.h"
#include "merge/merge.h"
#include "merge/mergesource.h"
#include "merge/mergetext.h"
#include "query/duplicatequery.h"
#include "csv/statisticscsv.h"
#include "xlsx/xlsxexporter.h"
#include "model/vocabulary.h"
#include "query/measurequery.h"
#include "report/report.h"
#include "query/savedviewquery.h"
#include "query/statistics.h"
#include "query/vocabularyquery.h"
#include "sample/measuregenerator.h"
#include "sample/samplecatalogue.h"

#include "clitr.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QFileInfo>
#include <cstdio>

namespace {

int usageError(const QString &message)
{
    Console::error(message);
    Console::error(Cli::tr("Run “measures-cli --help” for the list of commands."));
    return ExitUsage;
}

// Who the history names for changes made from the command line: MEASURES_AUTHOR, else the login name.
QString authorName()
{
    const QString named = qEnvironmentVariable("MEASURES_AUTHOR");
    return named.isEmpty() ? Catalogue::loginName() : named;
}

std::unique_ptr<Catalogue> openCatalogue(const QString &path, Catalogue::Access access, bool quickCheck, int *exitCode)
{
    CatalogueError error;
    auto catalogue = Catalogue::open(path, {access, quickCheck}, &error);
    if (!catalogue) {
        Console::error(error.message());
        *exitCode = ExitCannotOpen;
        return nullptr;
    }
    catalogue->setAuthor(authorName());
    return catalogue;
}

// A catalogue that a command changes, unless it only tries (--dry-run): read-write, checked.
std::unique_ptr<Catalogue> openToChange(const QString &path, bool dryRun, int *exitCode)
{
    auto catalogue = openCatalogue(path, dryRun ? Catalogue::Access::ReadOnly : Catalogue::Access::ReadWrite, true, exitCode);
    if (catalogue && !dryRun && catalogue->isReadOnly()) {
        Console::error(catalogue->readOnlyExplanation());
        *exitCode = ExitCannotOpen;
        return nullptr;
    }
    return catalogue;
}

// A catalogue opened to read, its vocabulary, and the FILTER options read against it: what count,
// export and stats start from. On failure the message is shown and `exitCode` says why.
struct FilteredView {
    std::unique_ptr<Catalogue> catalogue;
    Vocabulary vocabulary;
    MeasureFilter filter;
    std::optional<SavedView> savedView; // --view NAME
};

std::optional<FilteredView> openFiltered(const CliArgs &args, const QString &path, int *exitCode)
{
    FilteredView view;
    view.catalogue = openCatalogue(path, Catalogue::Access::ReadOnly, false, exitCode);
    if (!view.catalogue)
        return std::nullopt;
    view.vocabulary = VocabularyQuery::load(*view.catalogue);
    QString error;
    if (args.has(QStringLiteral("view"))) {
        const QString name = args.value(QStringLiteral("view"));
        view.savedView = SavedViewQuery::find(*view.catalogue, name, &error);
        if (!view.savedView) {
            QStringList names;
            for (const SavedView &saved : SavedViewQuery::all(*view.catalogue))
                names << saved.name;
            Console::error(!error.isEmpty() ? error
                           : names.isEmpty()
                               ? Cli::tr("“%1” has no saved views. Save one in the window (View ▸ Saved Views ▸ Save Current View…).").arg(path)
                               : Cli::tr("“%1” is not a saved view of this catalogue. Saved views: %2.").arg(name, names.join(QStringLiteral(", "))));
            *exitCode = error.isEmpty() ? ExitInvalidInput : ExitCannotOpen;
            return std::nullopt;
        }
    }
    const auto filter = CliFilter::filter(args, view.vocabulary, &error, exitCode,
                                          view.savedView ? view.savedView->filter : MeasureFilter());
    if (!filter) {
        Console::error(error);
        return std::nullopt;
    }
    view.filter = *filter;
    return view;
}

int reportCreated(std::unique_ptr<Catalogue> catalogue, const CatalogueError &error, const QString &path)
{
    if (!catalogue) {
        Console::error(error.message());
        return ExitCannotOpen;
    }
    Console::error(Cli::tr("Created “%1” with %n measure(s).", nullptr, MeasureQuery(*catalogue).total()).arg(path));
    return ExitOk;
}

int create(const QString &path)
{
    CatalogueError error;
    auto catalogue = Catalogue::create(path, &error);
    return reportCreated(std::move(catalogue), error, path);
}

int sample(const QString &path)
{
    CatalogueError error;
    auto catalogue = SampleCatalogue::create(path, &error);
    return reportCreated(std::move(catalogue), error, path);
}

int generate(const CliArgs &args, const QString &path)
{
    bool ok = false;
    const int count = args.value(QStringLiteral("count")).toInt(&ok);
    if (!args.has(QStringLiteral("count")) || !ok || count < 0 || count > 10'000'000)
        return usageError(Cli::tr("generate needs --count N, a number of measures between 0 and 10,000,000."));
    quint64 seed = 1;
    if (args.has(QStringLiteral("seed"))) {
        seed = args.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usageError(Cli::tr("--seed needs a whole number."));
    }
    QElapsedTimer timer;
    timer.start();
    CatalogueError error;
    auto catalogue = Catalogue::createWith(path, [&](Catalogue &c) { return MeasureGenerator::generate(c, count, seed); }, &error);
    if (!catalogue) {
        Console::error(error.message());
        return ExitCannotOpen;
    }
    Console::error(Cli::tr("Generated %n measure(s) in %1 s.", nullptr, count).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return ExitOk;
}

int count(const CliArgs &args, const QString &path)
{
    int exitCode = ExitOk;
    const auto view = openFiltered(args, path, &exitCode);
    if (!view)
        return exitCode;
    Console::out(QString::number(MeasureQuery(*view->catalogue).count(view->filter)));
    return ExitOk;
}

int exportCsv(const CliArgs &args, const QString &path, Language language)
{
    // The format: --format, else the extension of --out (an Excel workbook for .xlsx), else CSV.
    const QString format = args.has(QStringLiteral("format")) ? args.value(QStringLiteral("format")).toLower()
                           : args.value(QStringLiteral("out")).endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)
                               ? QStringLiteral("xlsx")
                               : QStringLiteral("csv");
    if (format != u"csv" && format != u"xlsx")
        return usageError(Cli::tr("--format must be “csv” or “xlsx”."));
    const bool xlsx = format == u"xlsx";
    if (xlsx) {
        const QString out = args.value(QStringLiteral("out"));
        if (out.isEmpty() || out == u"-")
            return usageError(Cli::tr("An Excel workbook is a file: give it with --out FILE.xlsx."));
        for (const char *csvOnly : {"delimiter", "bom", "no-formula-guard", "header", "codes"})
            if (args.has(QString::fromLatin1(csvOnly)))
                return usageError(Cli::tr("--%1 is for CSV files; an Excel workbook does not need it.").arg(QString::fromLatin1(csvOnly)));
    }
    QString error;
    auto options = CliFilter::csvOptions(args, language, &error);
    if (!options)
        return usageError(error);
    int exitCode = ExitOk;
    const auto view = openFiltered(args, path, &exitCode);
    if (!view)
        return exitCode;
    // A saved view brings its sort and its columns, unless the command line says otherwise.
    const auto sort = CliFilter::sort(args, language, &error, view->savedView ? view->savedView->sort(language) : MeasureSort());
    if (!sort)
        return usageError(error);
    if (view->savedView && !args.has(QStringLiteral("columns")))
        options->columns = view->savedView->columns;
    const Catalogue &catalogue = *view->catalogue;
    const Vocabulary &vocabulary = view->vocabulary;
    const MeasureFilter &filter = view->filter;
    const QString outPath = args.value(QStringLiteral("out"));
    if (xlsx) {
        const CsvExporter::Result result = XlsxExporter(catalogue, vocabulary, language).writeFile(outPath, filter, *sort, *options);
        if (!result.ok) {
            Console::error(result.error);
            return ExitInvalidInput;
        }
        Console::error(Cli::tr("Exported %n measure(s) to “%1”.", nullptr, int(result.rows)).arg(outPath));
        return ExitOk;
    }
    const CsvExporter exporter(catalogue, vocabulary, language);
    CsvExporter::Result result;
    const QFileInfo outInfo(outPath);
    if (args.has(QStringLiteral("out")) && outPath != u"-" && !(outInfo.exists() && !outInfo.isFile())) {
        result = exporter.writeFile(outPath, filter, *sort, *options);
    } else if (args.has(QStringLiteral("out")) && outPath != u"-") {
        QFile out(outPath); // a device or a pipe (/dev/stdout, a FIFO): written as it goes
        if (!out.open(QIODevice::WriteOnly)) {
            Console::error(Cli::tr("“%1” cannot be written (%2).").arg(outPath, out.errorString()));
            return ExitInvalidInput;
        }
        result = exporter.write(out, filter, *sort, *options);
    } else {
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        result = exporter.write(out, filter, *sort, *options);
    }
    if (!result.ok) {
        Console::error(result.error);
        return ExitInvalidInput;
    }
    if (args.has(QStringLiteral("out")))
        Console::error(Cli::tr("Exported %n measure(s) to “%1”.", nullptr, int(result.rows)).arg(args.value(QStringLiteral("out"))));
    return ExitOk;
}

QStringList dimensionKeys()
{
    QStringList keys;
    for (Statistics::Dimension d : Statistics::all())
        keys << Statistics::key(d);
    return keys;
}

int stats(const CliArgs &args, const QString &path, Language language)
{
    const auto dimension = Statistics::fromKey(args.value(QStringLiteral("by")));
    if (!dimension)
        return usageError(Cli::tr("stats needs --by with one of: %1.").arg(dimensionKeys().join(QStringLiteral(", "))));
    QString error;
    const auto options = CliFilter::csvOptions(args, language, &error);
    if (!options)
        return usageError(error);
    int exitCode = ExitOk;
    const auto view = openFiltered(args, path, &exitCode);
    if (!view)
        return exitCode;
    const Catalogue &catalogue = *view->catalogue;
    const Vocabulary &vocabulary = view->vocabulary;
    const MeasureFilter &filter = view->filter;
    const QList<Statistics::Row> rows = Statistics(catalogue, vocabulary).by(filter, *dimension, &error);
    if (!error.isEmpty()) {
        Console::error(error);
        return ExitCannotOpen;
    }
    const QString outPath = args.value(QStringLiteral("out"));
    if (args.has(QStringLiteral("out")) && outPath != u"-") {
        QSaveFile out(outPath); // a file is replaced only once it is whole
        if (!out.open(QIODevice::WriteOnly) || !StatisticsCsv::write(out, rows, *dimension, vocabulary, *options, &error)
            || !out.commit()) {
            Console::error(error.isEmpty() ? Cli::tr("“%1” cannot be written (%2).").arg(outPath, out.errorString()) : error);
            return ExitInvalidInput;
        }
        return ExitOk;
    }
    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    if (!StatisticsCsv::write(out, rows, *dimension, vocabulary, *options, &error)) {
        Console::error(error);
        return ExitInvalidInput;
    }
    return ExitOk;
}

int report(const CliArgs &args, const QString &path, Language language)
{
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty() || out == u"-")
        return usageError(Cli::tr("report needs --out FILE.pdf, the PDF file to write."));
    int exitCode = ExitOk;
    const auto view = openFiltered(args, path, &exitCode);
    if (!view)
        return exitCode;
    const Report::Result result = Report(*view->catalogue, view->vocabulary, language).writePdf(out, view->filter);
    if (!result.ok) {
        Console::error(result.error);
        return ExitInvalidInput;
    }
    Console::error(Cli::tr("Wrote a report of %n measure(s) on %1 pages to “%2”.", nullptr, result.measures).arg(result.pages).arg(out));
    return ExitOk;
}

int duplicates(const QString &path)
{
    int exitCode = ExitOk;
    auto catalogue = openCatalogue(path, Catalogue::Access::ReadOnly, false, &exitCode);
    if (!catalogue)
        return exitCode;
    QString error;
    const QList<DuplicatePair> pairs = DuplicateQuery::find(*catalogue, &error);
    if (!error.isEmpty()) {
        Console::error(Cli::tr("“%1” could not be read (%2).").arg(path, error));
        return ExitCannotOpen;
    }
    for (const DuplicatePair &pair : pairs) // one a line, tab-separated: titles are the analyst's text
        Console::out(QStringList{pair.firstUuid, pair.secondUuid,
                                 pair.reason == DuplicatePair::Reason::PlatformId ? QStringLiteral("platform-id") : QStringLiteral("title"),
                                 pair.firstTitle.simplified(), pair.secondTitle.simplified()}
                         .join(u'\t'));
    Console::error(Cli::tr("%n likely duplicate pair(s): the same platform measure ID, or the same country and the same words "
                           "in the title.", nullptr, int(pairs.size())));
    return ExitOk;
}

int merge(const CliArgs &args, const QString &path, Language language)
{
    const QString from = args.value(QStringLiteral("from"));
    if (from.isEmpty())
        return usageError(Cli::tr("merge needs --from OTHER, the catalogue to merge into this one."));
    MergeSide prefer = MergeSide::Undecided;
    if (args.has(QStringLiteral("prefer"))) {
        const QString side = args.value(QStringLiteral("prefer"));
        if (side != u"mine" && side != u"theirs")
            return usageError(Cli::tr("--prefer takes mine or theirs."));
        prefer = side == u"mine" ? MergeSide::Mine : MergeSide::Theirs;
    }
    const bool dryRun = args.has(QStringLiteral("dry-run"));
    int exitCode = ExitOk;
    auto catalogue = openToChange(path, dryRun, &exitCode);
    if (!catalogue)
        return exitCode;
    QString error;
    const auto source = MergeSource::open(*catalogue, from, &error);
    if (!source) {
        Console::error(error);
        return ExitCannotOpen;
    }
    MergePlan plan = Merge::plan(*catalogue, source->catalogue(), QFileInfo(from).fileName(), language);
    if (!plan.error.isEmpty()) {
        Console::error(plan.error);
        return ExitCannotOpen;
    }
    const Vocabulary vocabulary = VocabularyQuery::load(*catalogue);
    for (const MergeEntry &entry : std::as_const(plan.entries))
        Console::out(MergeText::line(entry, vocabulary, language));
    for (const PartnerConflict &conflict : std::as_const(plan.partnerConflicts))
        Console::out(MergeText::partnerLine(conflict, vocabulary, language));
    for (const QString &note : std::as_const(plan.termNotes))
        Console::error(note);
    Console::error(MergeText::summary(plan));
    if (prefer != MergeSide::Undecided)
        plan.prefer(prefer);
    if (const int open = plan.unresolved(); open > 0) {
        Console::error(Cli::tr("%n conflict(s): nothing was written. Choose a side for all of them with --prefer mine or --prefer "
                               "theirs, or merge in the window to choose field by field.", nullptr, open));
        return ExitInvalidInput;
    }
    if (dryRun) {
        Console::error(Cli::tr("Dry run: the catalogue was not changed."));
        return ExitOk;
    }
    const Merge::Applied applied = Merge::apply(*catalogue, plan, language);
    if (!applied.ok) {
        Console::error(applied.error);
        return ExitCannotOpen;
    }
    if (applied.written == 0 && applied.addedTerms.isEmpty())
        Console::error(Cli::tr("Nothing to merge: this catalogue already has everything in “%1”.").arg(plan.displayName));
    else
        Console::error(Cli::tr("Merged %n measure(s). The catalogue as it was is in “%1”.", nullptr, applied.written).arg(applied.backup));
    return ExitOk;
}

int import(const CliArgs &args, const QString &path, Language language)
{
    if (!args.has(QStringLiteral("in")))
        return usageError(Cli::tr("import needs --in FILE, the CSV file to read."));
    const bool dryRun = args.has(QStringLiteral("dry-run"));
    int exitCode = ExitOk;
    auto catalogue = openToChange(path, dryRun, &exitCode);
    if (!catalogue)
        return exitCode;
    const Vocabulary vocabulary = VocabularyQuery::load(*catalogue);
    const CsvImporter::Plan plan = CsvImporter::run(*catalogue, vocabulary, args.value(QStringLiteral("in")), dryRun, language);
    for (const QString &problem : plan.problems)
        Console::error(problem);
    if (plan.ok)
        for (const QString &note : plan.notes())
            Console::error(note);
    Console::error(plan.summary());
    if (plan.ok && dryRun)
        Console::error(Cli::tr("Dry run: the catalogue was not changed."));
    return plan.ok ? ExitOk : plan.storageFailure ? ExitCannotOpen : ExitInvalidInput;
}

int check(const QString &path)
{
    int exitCode = ExitOk;
    auto catalogue = openCatalogue(path, Catalogue::Access::ReadOnly, true, &exitCode);
    if (!catalogue)
        return exitCode;
    const CatalogueCheck::Result result = CatalogueCheck::run(*catalogue);
    for (const QString &problem : result.problems)
        Console::error(problem);
    if (!result.problems.isEmpty()) {
        Console::error(Cli::tr("“%1” has problems. Restore it from a backup copy, or export what can still be read.").arg(path));
        return ExitInvalidInput;
    }
    Console::out(Cli::tr("“%1” is a healthy catalogue: file format %2, %n measure(s), %3 partners.", nullptr, result.measures)
                     .arg(path)
                     .arg(result.formatVersion)
                     .arg(result.partners));
    return ExitOk;
}

} // namespace

QString usageText()
{
    return Cli::tr("Usage: measures-cli COMMAND CATALOGUE [OPTIONS]\n"
              "       measures-cli --version | --help\n"
              "\n"
              "Commands:\n"
              "  create   CATALOGUE                       new empty catalogue (never overwrites)\n"
              "  sample   CATALOGUE                       new catalogue holding the bundled sample measures\n"
              "  generate CATALOGUE --count N [--seed S]  new catalogue of N synthetic measures\n"
              "  count    CATALOGUE [FILTER]              number of matching measures\n"
              "  export   CATALOGUE [FILTER] [--out FILE] [--columns k1,k2] [--lang en|es]\n"
              "           [--delimiter ,|;|tab] [--bom] [--header labels|keys] [--codes]\n"
              "           [--no-formula-guard] [--sort KEY[:desc]] [--format csv|xlsx]\n"
              "           (an Excel workbook with --out FILE.xlsx or --format xlsx)\n"
              "  import   CATALOGUE --in FILE [--dry-run]  all rows or none; also reads the\n"
              "           Policy Monitoring Platform's CSV export (recognised by its header)\n"
              "  check    CATALOGUE                       integrity, file format, foreign keys\n"
              "  merge    CATALOGUE --from OTHER [--dry-run] [--prefer mine|theirs]\n"
              "           brings a colleague's catalogue in, by each measure's history; exit 1 with\n"
              "           the conflicts listed and nothing written unless --prefer decides them\n"
              "  duplicates CATALOGUE                     likely duplicate pairs, one a line (tab-separated:\n"
              "           uuid, uuid, platform-id|title, title, title)\n"
              "  stats    CATALOGUE [FILTER] --by DIMENSION [--lang en|es] [--delimiter ,|;|tab] [--bom] [--out FILE]\n"
              "           measures and USD funding per goal|area|domain|scope|nature|country|year|\n"
              "           partner-type|status|evaluated, as CSV: label,measures,funding_usd\n"
              "  report   CATALOGUE [FILTER] --out FILE.pdf [--lang en|es]\n"
              "           a printable report: cover, contents, statistics with charts, then the\n"
              "           measures by goal and monitoring area\n"
              "\n"
              "FILTER: --search TEXT --goal N --area CODE --domain CODE --scope CODE --nature CODE\n"
              "        --country CODE --year-from Y --year-to Y --evaluated yes|no|unknown\n"
              "        --partner-type CODE --status draft|ready --needs-attention\n"
              "        --view NAME starts from a view saved in the catalogue (its filter; for export also\n"
              "        its sort and columns); a facet option replaces that facet's choice, --search\n"
              "        adds words and --needs-attention adds the check.\n"
              "        Repeat an option to allow several values; different options combine with AND.\n"
              "\n"
              "Messages are in the --lang language (default: the system's).\n"
              "Exit codes: 0 ok, 1 invalid input or data, 2 usage, 3 catalogue cannot be opened or written.");
}

int runCommand(const CliArgs &args, Language language)
{
    if (args.has(QStringLiteral("version"))) {
        Console::out(QStringLiteral("measures-cli " MEASURES_VERSION));
        return ExitOk;
    }
    if (args.has(QStringLiteral("help")) || args.command.isEmpty() || args.command == u"help") {
        Console::out(usageText());
        return args.command.isEmpty() && !args.has(QStringLiteral("help")) ? ExitUsage : ExitOk;
    }
    static const QStringList commands = {QStringLiteral("create"), QStringLiteral("sample"), QStringLiteral("generate"),
                                         QStringLiteral("count"),  QStringLiteral("export"), QStringLiteral("import"),
                                         QStringLiteral("check"), QStringLiteral("stats"), QStringLiteral("report"),
                                         QStringLiteral("duplicates"), QStringLiteral("merge")};
    if (!commands.contains(args.command))
        return usageError(Cli::tr("Unknown command “%1”.").arg(args.command));
    if (args.positional.size() != 1)
        return usageError(Cli::tr("%1 needs exactly one catalogue file.").arg(args.command));
    const QString path = args.positional.first();

    QStringList allowed = {QStringLiteral("lang")};
    const QString &c = args.command;
    if (c == u"generate")
        allowed << QStringLiteral("count") << QStringLiteral("seed");
    else if (c == u"count")
        allowed << CliFilter::kFilterOptions;
    else if (c == u"export")
        allowed << CliFilter::kFilterOptions << QStringLiteral("out") << QStringLiteral("columns") << QStringLiteral("delimiter")
                << QStringLiteral("bom") << QStringLiteral("header") << QStringLiteral("codes")
                << QStringLiteral("no-formula-guard") << QStringLiteral("sort") << QStringLiteral("format");
    else if (c == u"import")
        allowed << QStringLiteral("in") << QStringLiteral("dry-run");
    else if (c == u"merge")
        allowed << QStringLiteral("from") << QStringLiteral("dry-run") << QStringLiteral("prefer");
    else if (c == u"stats")
        allowed << CliFilter::kFilterOptions << QStringLiteral("by") << QStringLiteral("out") << QStringLiteral("delimiter")
                << QStringLiteral("bom") << QStringLiteral("no-formula-guard");
    else if (c == u"report")
        allowed << CliFilter::kFilterOptions << QStringLiteral("out");
    if (const QString extra = args.unexpected(allowed); !extra.isEmpty())
        return usageError(Cli::tr("%1 does not take --%2.").arg(c, extra));

    if (c == u"create")
        return create(path);
    if (c == u"sample")
        return sample(path);
    if (c == u"generate")
        return generate(args, path);
    if (c == u"count")
        return count(args, path);
    if (c == u"export")
        return exportCsv(args, path, language);
    if (c == u"import")
        return import(args, path, language);
    if (c == u"stats")
        return stats(args, path, language);
    if (c == u"report")
        return report(args, path, language);
    if (c == u"duplicates")
        return duplicates(path);
    if (c == u"merge")
        return merge(args, path, language);
    return check(path);
}
