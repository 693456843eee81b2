// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamstory.h"

void share(Analyst &first)
{
    first.file = std::make_unique<TempCatalogue>(TempCatalogue::Content::Sample);
    auto connection = first.connect();
    const TeamSync::Shared shared = TeamSync::share(first.catalogue(), *connection, socketUrl(first.database, first.name, {}));
    INFO(shared.error.message);
    REQUIRE(!shared.error.isError());
    REQUIRE(shared.measures == 5);
}

void join(Analyst &a)
{
    a.file = std::make_unique<TempCatalogue>();
    const QString path = a.file->file(QStringLiteral("joined.measures"));
    a.file->close();
    auto connection = a.connect();
    const TeamSync::Joined joined = TeamSync::join(*connection, path, socketUrl(a.database, a.name, {}), Language::English);
    INFO(joined.error.message);
    REQUIRE(!joined.error.isError());
    a.file->path = path;
    a.file->reopen();
}

QStringList uuids(const Analyst &a)
{
    QStringList list = a.contents().keys();
    list.sort();
    return list;
}

