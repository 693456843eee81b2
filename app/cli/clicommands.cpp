// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "catalogue/catalogue.h"
#include "catalogue/cataloguecheck.h"
#include "catalogue/editlock.h"
#include "merge/contentcheck.h"
#include "cliargs.h"
#include "clifilter.h"
#include "clichanges.h"
#include "clisupport.h"
#include "cliserver.h"
#include "cliteam.h"
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

using namespace CliSupport;

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
                                 pair.reason == DuplicatePair::Reason::PlatformId ? QStringLiteral("platform-id")
                                 : pair.reason == DuplicatePair::Reason::Title    ? QStringLiteral("title")
                                 : pair.reason == DuplicatePair::Reason::OtherLanguage ? QStringLiteral("other-language")
                                                                                  : QStringLiteral("similar-title"),
                                 pair.firstTitle.simplified(), pair.secondTitle.simplified()}
                         .join(u'\t'));
    Console::error(Cli::tr("%n likely duplicate pair(s): the same platform measure ID, or the same country and the same words "
                           "in the title, or titles sharing most of their words, or the same title in another language.", nullptr, int(pairs.size())));
    return ExitOk;
}

int check(const QString &path, Language language)
{
    int exitCode = ExitOk;
    auto catalogue = openCatalogue(path, Catalogue::Access::ReadOnly, true, &exitCode);
    if (!catalogue)
        return exitCode;
    CatalogueCheck::Result result = CatalogueCheck::run(*catalogue);
    if (result.problems.isEmpty()) // the file is whole and laid out as ours: then its values and histories
        result.problems << ContentCheck::run(*catalogue, language);
    for (const QString &problem : result.problems)
        Console::error(problem);
    if (!result.problems.isEmpty()) {
        Console::error(Cli::tr("“%1” has problems. Restore it from a backup copy, or export what can still be read.").arg(path));
        return ExitInvalidInput;
    }
    catalogue.reset(); // closed: what it folds into the file is there now
    Console::out(Cli::tr("“%1” is a healthy catalogue: file format %2, %n measure(s), %3 partners.", nullptr, result.measures)
                     .arg(path)
                     .arg(result.formatVersion)
                     .arg(result.partners));
    // Healthy, but the file alone is not the whole catalogue while changes wait in its -wal (no
    // room to fold them in, or another program has it open): a copy of the file alone would lack them.
    // Not safe to copy either way: a script's "check && cp" must not copy the file alone.
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0) {
        if (EditLock::isHeld(path))
            Console::error(Cli::tr("But its latest changes are still in “%1-wal” beside it, because another program has it "
                                   "open for editing: do not copy the file alone; copy the catalogue once it is closed there.")
                               .arg(QFileInfo(path).fileName()));
        else
            Console::error(Cli::tr("But its latest changes are still only in “%1-wal” beside it: another program may be "
                                   "reading the catalogue, or there was no room to fold them into the file (is the disk "
                                   "full?). Do not copy the file alone: once nothing else has it open and there is free "
                                   "space, run measures-cli check again.")
                               .arg(QFileInfo(path).fileName()));
        return ExitCannotOpen;
    }
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
              "  export   CATALOGUE [FILTER] [--out FILE] [--columns k1,k2] [--lang LANG]\n"
              "           [--delimiter ,|;|tab] [--bom] [--header labels|keys] [--codes]\n"
              "           [--no-formula-guard] [--sort KEY[:desc]] [--format csv|xlsx]\n"
              "           (an Excel workbook with --out FILE.xlsx or --format xlsx)\n"
              "  import   CATALOGUE --in FILE [--dry-run]  all rows or none; also reads the\n"
              "           Policy Monitoring Platform's CSV export (recognised by its header)\n"
              "  check    CATALOGUE                       integrity, file format, foreign keys\n"
              "  merge    CATALOGUE --from OTHER [--dry-run] [--prefer mine|theirs] [--ask-again]\n"
              "           brings a colleague's catalogue in, by each measure's history; exit 1 with\n"
              "           the conflicts listed and nothing written unless --prefer decides them;\n"
              "           --ask-again also asks about what undoing a merge here took away of theirs\n"
              "  delete   CATALOGUE (--uuid UUID)... | FILTER | --all [--dry-run]\n"
              "           deletes as the window does (each deletion travels with the catalogue);\n"
              "           lists what it deletes: uuid and title, tab-separated\n"
              "  duplicates CATALOGUE                     likely duplicate pairs, one a line (tab-separated:\n"
              "           uuid, uuid, platform-id|title|similar-title|other-language, title, title)\n"
              "  stats    CATALOGUE [FILTER] --by DIMENSION [--lang LANG] [--delimiter ,|;|tab] [--bom] [--out FILE]\n"
              "           measures and USD funding per goal|area|domain|scope|nature|country|year|\n"
              "           partner-type|status|evaluated, as CSV: label,measures,funding_usd\n"
              "  report   CATALOGUE [FILTER] --out FILE.pdf [--lang LANG]\n"
              "           a printable report: cover, contents, statistics with charts, then the\n"
              "           measures by goal and monitoring area\n"
              "\n"
              "A team catalogue on a PostgreSQL server (URL: postgresql://USER@HOST/DATABASE?sslmode=…,\n"
              "or postgresql:///DATABASE?host=/run/postgresql for a Unix socket; the password from the\n"
              "address, PGPASSWORD or ~/.pgpass, else asked on the terminal):\n"
              "  server init URL                        create the team schema, its roles and grants in an\n"
              "           empty database\n"
              "  server add-user URL NAME --role editor|reader   a login role of that team (password from\n"
              "           MEASURES_NEW_PASSWORD, or asked on the terminal)\n"
              "  server status URL                      schema version, members and roles, measures, last push\n"
              "  team share CATALOGUE URL               upload this catalogue as the team's first content, and\n"
              "           link it\n"
              "  team join URL NEW_CATALOGUE            download the team catalogue into a new file, linked to it\n"
              "  sync CATALOGUE [--dry-run] [--prefer mine|theirs]   pull, merge, push, through the linked team;\n"
              "           exit 1 with the conflicts listed and nothing written unless --prefer decides them\n"
              "\n"
              "FILTER: --search TEXT --goal N --area CODE --domain CODE --scope CODE --nature CODE\n"
              "        --country CODE --year-from Y --year-to Y --evaluated yes|no|unknown\n"
              "        --partner-type CODE --status draft|ready --needs-attention\n"
              "        --view NAME starts from a view saved in the catalogue (its filter; for export also\n"
              "        its sort and columns); a facet option replaces that facet's choice, --search\n"
              "        adds words and --needs-attention adds the check.\n"
              "        Repeat an option to allow several values; different options combine with AND.\n"
              "\n"
              "Messages are in the --lang language (default: the system's), LANG one of: %1.\n"
              "Exit codes: 0 ok, 1 invalid input or data, 2 usage, 3 catalogue or server cannot be reached, opened or\n"
              "written.")
        .arg(Language::codes().join(QStringLiteral(", ")));
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
    if (args.command == u"server")
        return CliServer::run(args);
    if (args.command == u"team")
        return CliTeam::team(args, language);
    if (args.command == u"sync")
        return CliTeam::sync(args, language);
    static const QStringList commands = {QStringLiteral("create"), QStringLiteral("sample"), QStringLiteral("generate"),
                                         QStringLiteral("count"),  QStringLiteral("export"), QStringLiteral("import"),
                                         QStringLiteral("check"), QStringLiteral("stats"), QStringLiteral("report"),
                                         QStringLiteral("duplicates"), QStringLiteral("merge"), QStringLiteral("delete")};
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
        allowed << QStringLiteral("from") << QStringLiteral("dry-run") << QStringLiteral("prefer") << QStringLiteral("ask-again");
    else if (c == u"delete")
        allowed << CliFilter::kFilterOptions << QStringLiteral("uuid") << QStringLiteral("all") << QStringLiteral("dry-run");
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
        return CliChanges::import(args, path, language);
    if (c == u"stats")
        return stats(args, path, language);
    if (c == u"report")
        return report(args, path, language);
    if (c == u"duplicates")
        return duplicates(path);
    if (c == u"merge")
        return CliChanges::merge(args, path, language);
    if (c == u"delete")
        return CliChanges::remove(args, path, language);
    return check(path, language);
}
