// SPDX-License-Identifier: GPL-3.0-or-later
// exchange-simulator [--seeds FIRST-LAST] [--colleagues N] [--steps N] [--verbose]
// The long run of the exchange simulator: as many seeds as asked, a line per failing seed with
// what differed, and the totals (seeds, steps, merges, conflicts decided, undos and redos, measures asked again).
#include "exchangesimulator.h"
#include "session/uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <cstdio>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MeasuresCatalogueTests"));
    QApplication::setApplicationName(QStringLiteral("exchange-simulator"));
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    UiLanguage::instance().set(Language::English);

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("seeds"), QStringLiteral("Seeds to run, FIRST-LAST."), QStringLiteral("range"), QStringLiteral("1-100")});
    parser.addOption({QStringLiteral("colleagues"), QStringLiteral("Colleagues."), QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("steps"), QStringLiteral("Random steps per seed."), QStringLiteral("n"), QStringLiteral("150")});
    parser.addOption({QStringLiteral("verbose"), QStringLiteral("Print every step.")});
    parser.addHelpOption();
    parser.process(app);
    const QStringList range = parser.value(QStringLiteral("seeds")).split(u'-');
    const quint32 first = range.value(0).toUInt(), last = range.value(1, range.value(0)).toUInt();
    int failures = 0;
    qint64 steps = 0, merges = 0, conflicts = 0, undos = 0, askedAgain = 0;
    QElapsedTimer timer;
    timer.start();
    for (quint32 seed = first; seed <= last; ++seed) {
        ExchangeSimulator::Options options;
        options.seed = seed;
        options.colleagues = parser.value(QStringLiteral("colleagues")).toInt();
        options.steps = parser.value(QStringLiteral("steps")).toInt();
        options.verbose = parser.isSet(QStringLiteral("verbose"));
        const ExchangeSimulator::Result result = ExchangeSimulator::run(options);
        steps += result.steps;
        merges += result.merges;
        conflicts += result.conflicts;
        undos += result.undos;
        askedAgain += result.askedAgain;
        if (!result.ok) {
            ++failures;
            std::fprintf(stderr, "FAILED %s\n\n", qPrintable(result.failure));
        }
    }
    std::printf("seeds %u-%u: %u runs, %d failed; %lld steps, %lld merges, %lld conflicts decided, %lld undos and redos, %lld measures asked "
                "again; %.1f s\n",
                first, last, last - first + 1, failures, steps, merges, conflicts, undos, askedAgain, timer.elapsed() / 1000.0);
    return failures == 0 ? 0 : 1;
}
