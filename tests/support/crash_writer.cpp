// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for the crash tests: writes to a catalogue until it is killed.
//   crash_writer save CATALOGUE        saves new measures forever, printing "saved UUID" after each commit
//   crash_writer import CATALOGUE CSV  imports the file in one transaction, printing "imported" when done
//   crash_writer merge CATALOGUE OTHER merges OTHER (their side wins conflicts), printing "merged" when done
#include "catalogue/catalogue.h"
#include "csv/csvimporter.h"
#include "merge/merge.h"
#include "merge/mergesource.h"
#include "model/vocabulary.h"
#include "query/vocabularyquery.h"
#include "store/measurestore.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    CatalogueError error;
    auto catalogue = Catalogue::open(args[2], {Catalogue::Access::ReadWrite, false}, &error);
    if (!catalogue) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 3;
    }
    if (args[1] == u"import" && args.size() > 3) {
        std::printf("importing\n");
        std::fflush(stdout);
        const CsvImporter::Plan report = CsvImporter::run(*catalogue, VocabularyQuery::load(*catalogue), args[3], false,
                                                          Language::English);
        std::printf(report.ok ? "imported\n" : "failed\n");
        std::fflush(stdout);
        return report.ok ? 0 : 1;
    }
    if (args[1] == u"merge" && args.size() > 3) {
        QString failure;
        const auto source = MergeSource::open(*catalogue, args[3], &failure);
        if (!source)
            return 1;
        MergePlan plan = Merge::plan(*catalogue, source->catalogue(), args[3], Language::English);
        plan.prefer(MergeSide::Theirs);
        std::printf("planned\n"); // what follows is the merge itself: a backup copy, then one transaction
        std::fflush(stdout);
        const Merge::Applied applied = Merge::apply(*catalogue, plan, Language::English);
        std::printf(applied.ok ? "merged\n" : "failed\n");
        std::fflush(stdout);
        return applied.ok ? 0 : 1;
    }
    const Vocabulary vocabulary = VocabularyQuery::load(*catalogue);
    MeasureStore store(*catalogue, vocabulary);
    for (int n = 0;; ++n) {
        Measure m;
        m.title = QStringLiteral("Medida guardada número %1").arg(n);
        m.mainFeatures = QString(400, u'x');
        m.domains = {QStringLiteral("music")};
        m.partners = {{QStringLiteral("Socio %1").arg(n % 7), QStringLiteral("civil_society")}};
        if (!store.save(m, Language::English).saved)
            return 1;
        std::printf("saved %s\n", qPrintable(m.uuid)); // printed only after the commit returned
        std::fflush(stdout);
    }
}
