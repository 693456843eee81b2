// SPDX-License-Identifier: GPL-3.0-or-later
// One of the load test's clients (test_team_load.cpp): for SECONDS, it changes what it owns in its
// own copy of the team catalogue and synchronizes, as fast as it can. It owns the measure at its
// index + 5 (its title) and one field of a measure four clients share (so that pushes race for the
// same head and must pull and merge again). Conflicts cannot arise; one is a failure.
//   team_load_client CATALOGUE URL CLIENT SECONDS
// Prints "changes N", "synchronizes N", "p95_ms X", "max_ms X"; exit 0 when every synchronize completed.
#include "catalogue/catalogue.h"
#include "catalogue/catalogueerror.h"
#include "i18n/surface.h"
#include "merge/merge.h"
#include "model/measurefield.h"
#include "query/measurequery.h"
#include "query/revisionquery.h"
#include "query/vocabularyquery.h"
#include "store/measurestore.h"
#include "team/teamconnection.h"
#include "team/teamsync.h"
#include "team/teamurl.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>

// The shared measures' fields the clients own, one each (plain text fields: any value fits).
// Clients 0-3 share one measure, 4-7 another, and so on: five measures with four writers each.
const QList<MeasureField> kSharedFields = {
    MeasureField::ResponsibleAgencies, MeasureField::KeyObjectives, MeasureField::MainFeatures, MeasureField::ExpectedResults,
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout), err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        err << "usage: team_load_client CATALOGUE URL CLIENT SECONDS\n";
        return 2;
    }
    const int client = args.at(3).toInt();
    const qint64 seconds = args.at(4).toLongLong();
    CatalogueError openError;
    Catalogue::OpenOptions options;
    auto catalogue = Catalogue::open(args.at(1), options, &openError);
    if (!catalogue) {
        err << openError.message() << '\n';
        return 3;
    }
    catalogue->setAuthor(QStringLiteral("client %1").arg(client));
    QString parseError;
    const TeamUrl url = TeamUrl::parse(args.at(2), &parseError);
    // Owned: the measure at this client's index among the sorted uuids; shared: the first one.
    QHash<QString, RevisionQuery::Head> heads;
    RevisionQuery(*catalogue).heads(&heads);
    QStringList ids = heads.keys();
    std::sort(ids.begin(), ids.end());
    const QString shared = ids.value(client / int(kSharedFields.size())), owned = ids.value(5 + client);
    const MeasureField field = kSharedFields.value(client % kSharedFields.size());
    if (shared.isEmpty() || owned.isEmpty()) {
        err << "the team catalogue has too few measures\n";
        return 2;
    }
    const Vocabulary vocabulary = VocabularyQuery::load(*catalogue);
    MeasureStore store(*catalogue, vocabulary);
    QList<qint64> times;
    qint64 changes = 0;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < seconds * 1000) {
        ++changes;
        for (const QString &uuid : {owned, shared}) {
            std::optional<Measure> m = MeasureQuery(*catalogue).loadByUuid(uuid);
            if (!m) {
                err << "a measure is gone\n";
                return 1;
            }
            const QString token = QStringLiteral("client %1 change %2").arg(client).arg(changes);
            if (uuid == owned)
                m->title = token;
            else
                *MeasureFields::text(*m, field) = token;
            const MeasureStore::SaveResult saved = store.save(*m, Language::English);
            if (!saved.saved) {
                err << "not saved: " << saved.error << '\n';
                return 1;
            }
        }
        QElapsedTimer one;
        one.start();
        TeamError error;
        auto connection = TeamConnection::open(url, &error);
        if (!connection) {
            err << error.message << '\n';
            return 3;
        }
        const TeamSync::Synchronized done = TeamSync::synchronize(*catalogue, *connection, Language::English, {}, false, 50);
        if (done.error.isError()) {
            err << "synchronize failed: " << done.error.message << '\n';
            return 1;
        }
        times << one.elapsed();
    }
    QStringList all;
    for (qint64 t : std::as_const(times))
        all << QString::number(t);
    out << "times_ms " << all.join(u',') << '\n';
    std::sort(times.begin(), times.end());
    out << "changes " << changes << '\n'
        << "synchronizes " << times.size() << '\n'
        << "p95_ms " << (times.isEmpty() ? 0 : times.at(qMin(times.size() - 1, qsizetype(times.size() * 0.95)))) << '\n'
        << "max_ms " << (times.isEmpty() ? 0 : times.last()) << '\n'
        << "busy_ms " << clock.elapsed() << '\n';
    return catalogue->close() ? 0 : 3;
}
