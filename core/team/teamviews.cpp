// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamviews.h"

#include "catalogue/catalogue.h"
#include "model/measurevalidator.h"
#include "query/savedview.h"
#include "query/savedviewquery.h"
#include "query/teamlinkquery.h"
#include "store/savedviewstore.h"
#include "store/teamlinkstore.h"
#include "store/writetransaction.h"
#include "teamconnection.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace TeamViews {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamViews)
};

QString keyOf(const QString &name) { return name.simplified().toCaseFolded(); }

} // namespace

namespace {

struct TeamView {
    QString key, name;
    bool removed = false;
    std::optional<SavedView> view;
};

// Every saved view the team holds now, each checked before any is taken: somebody else's data,
// and a view this app would not make refuses them all, with what is wrong.
bool read(TeamConnection &connection, QList<TeamView> *views, TeamError *error)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!connection.exec(query,
                         QStringLiteral("SELECT DISTINCT ON (name_key) name_key, name, definition, removed FROM team.saved_view_version "
                                        "ORDER BY name_key, push_seq DESC"),
                         {}, error))
        return false;
    while (query.next()) {
        TeamView v;
        v.key = query.value(0).toString();
        v.name = query.value(1).toString();
        v.removed = query.value(3).toBool();
        const QByteArray definition = query.value(2).toString().toUtf8();
        v.view = SavedView::fromJson(v.name, definition);
        if (v.key != keyOf(v.name) || !SavedViews::checkName(v.name).isEmpty() || (!v.removed && !v.view)) {
            *error = TeamError::of(TeamError::Kind::Refused,
                                   Text::tr("The team catalogue holds a saved view “%1” this app cannot read. Nothing of it was taken; tell "
                                            "whoever runs the server.")
                                       .arg(MeasureValidator::shown(v.name)));
            return false;
        }
        *views << std::move(v);
    }
    return true;
}

} // namespace

bool check(TeamConnection &connection, TeamError *error)
{
    QList<TeamView> views;
    return read(connection, &views, error);
}

int bringIn(const Catalogue &catalogue, TeamConnection &connection, TeamError *error)
{
    QList<TeamView> views;
    if (!read(connection, &views, error))
        return 0;
    QString readError;
    QHash<QString, QString> recorded;
    if (!TeamLinkQuery::recordedViews(catalogue, &recorded, &readError)) {
        *error = TeamError::of(TeamError::Kind::Local, readError);
        return 0;
    }
    QHash<QString, SavedView> mine;
    for (const SavedView &view : SavedViewQuery::all(catalogue, &readError))
        mine.insert(keyOf(view.name), view);
    if (!readError.isEmpty()) {
        *error = TeamError::of(TeamError::Kind::Local, readError);
        return 0;
    }
    WriteTransaction transaction(catalogue); // every view taken, or none
    if (!transaction.isActive()) {
        *error = TeamError::of(TeamError::Kind::Local, transaction.errorMessage());
        return 0;
    }
    SavedViewStore store(catalogue);
    int changed = 0;
    for (const TeamView &v : std::as_const(views)) {
        const auto here = mine.constFind(v.key);
        const bool seen = recorded.contains(v.key);
        const QString mineNow = here == mine.cend() ? QString() : QString::fromUtf8(here->toJson());
        const bool unchangedHere = seen ? (here != mine.cend() && mineNow == recorded.value(v.key)) : here == mine.cend();
        QString failure;
        if (v.removed) {
            if (here != mine.cend() && seen && unchangedHere) {
                failure = store.remove(here->name);
                ++changed;
            }
        } else if (here == mine.cend()) {
            if (!seen) { // new there
                failure = store.save(*v.view, false);
                ++changed;
            } // else: removed here since, and that goes up
        } else if (mineNow != QString::fromUtf8(v.view->toJson()) && seen && unchangedHere) {
            SavedView replaced = *v.view;
            replaced.name = here->name;
            failure = store.save(replaced, true);
            ++changed;
        }
        if (!failure.isEmpty()) {
            *error = TeamError::of(TeamError::Kind::Local, failure);
            return 0;
        }
    }
    if (!transaction.commit()) {
        *error = TeamError::of(TeamError::Kind::Local, transaction.errorMessage());
        return 0;
    }
    return changed;
}

QJsonArray outgoing(const Catalogue &catalogue, QString *error)
{
    QJsonArray rows;
    QHash<QString, QString> recorded;
    if (!TeamLinkQuery::recordedViews(catalogue, &recorded, error))
        return rows;
    const QList<SavedView> views = SavedViewQuery::all(catalogue, error);
    if (!error->isEmpty())
        return rows;
    QSet<QString> here;
    int position = 0;
    for (const SavedView &view : views) {
        const QString key = keyOf(view.name), definition = QString::fromUtf8(view.toJson());
        here.insert(key);
        ++position;
        if (recorded.value(key) == definition)
            continue;
        rows.append(QJsonObject{{QStringLiteral("name_key"), key},
                                {QStringLiteral("name"), view.name},
                                {QStringLiteral("definition"), definition},
                                {QStringLiteral("position"), position},
                                {QStringLiteral("removed"), false}});
    }
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it)
        if (!here.contains(it.key()))
            rows.append(QJsonObject{{QStringLiteral("name_key"), it.key()},
                                    {QStringLiteral("name"), it.key()},
                                    {QStringLiteral("definition"), it.value()},
                                    {QStringLiteral("position"), 0},
                                    {QStringLiteral("removed"), true}});
    return rows;
}

QString recordAll(const Catalogue &catalogue)
{
    QString error;
    QHash<QString, QString> views;
    for (const SavedView &view : SavedViewQuery::all(catalogue, &error))
        views.insert(keyOf(view.name), QString::fromUtf8(view.toJson()));
    if (!error.isEmpty())
        return error;
    return TeamLinkStore::recordViews(catalogue, views);
}

} // namespace TeamViews
