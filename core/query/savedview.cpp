// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr int kVersion = 1;

// The facets by the key the JSON gives them: the MeasureFilter fields in the order they are declared.
struct FacetKey {
    const char *key;
    QStringList MeasureFilter::*codes;
};
const FacetKey kFacets[] = {
    {"goals", &MeasureFilter::goals},         {"areas", &MeasureFilter::areas},
    {"domains", &MeasureFilter::domains},     {"scopes", &MeasureFilter::scopes},
    {"natures", &MeasureFilter::natures},     {"countries", &MeasureFilter::countries},
    {"evaluated", &MeasureFilter::evaluated}, {"partner_types", &MeasureFilter::partnerTypes},
    {"statuses", &MeasureFilter::statuses},
};

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        if (item.isString())
            list << item.toString();
    return list;
}

} // namespace

QByteArray SavedView::toJson() const
{
    QJsonObject filterJson;
    if (!filter.search.isEmpty())
        filterJson.insert(QStringLiteral("search"), filter.search);
    for (const FacetKey &facet : kFacets)
        if (!(filter.*facet.codes).isEmpty())
            filterJson.insert(QString::fromLatin1(facet.key), QJsonArray::fromStringList(filter.*facet.codes));
    if (filter.yearFrom)
        filterJson.insert(QStringLiteral("year_from"), *filter.yearFrom);
    if (filter.yearTo)
        filterJson.insert(QStringLiteral("year_to"), *filter.yearTo);
    if (filter.needsAttention)
        filterJson.insert(QStringLiteral("needs_attention"), true);
    QJsonArray columnKeys;
    for (MeasureField field : columns)
        columnKeys.append(MeasureFields::key(field));
    const QJsonObject sort{{QStringLiteral("key"), MeasureFields::key(sortField)},
                           {QStringLiteral("descending"), sortOrder == Qt::DescendingOrder}};
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), kVersion},
                                     {QStringLiteral("filter"), filterJson},
                                     {QStringLiteral("sort"), sort},
                                     {QStringLiteral("columns"), columnKeys}})
        .toJson(QJsonDocument::Compact);
}

std::optional<SavedView> SavedView::fromJson(const QString &name, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt() > kVersion)
        return std::nullopt; // written by a later version: not guessed at
    SavedView view;
    view.name = name;
    const QJsonObject f = root.value(QStringLiteral("filter")).toObject();
    view.filter.search = f.value(QStringLiteral("search")).toString();
    for (const FacetKey &facet : kFacets)
        view.filter.*facet.codes = strings(f.value(QString::fromLatin1(facet.key)));
    if (f.value(QStringLiteral("year_from")).isDouble())
        view.filter.yearFrom = f.value(QStringLiteral("year_from")).toInt();
    if (f.value(QStringLiteral("year_to")).isDouble())
        view.filter.yearTo = f.value(QStringLiteral("year_to")).toInt();
    view.filter.needsAttention = f.value(QStringLiteral("needs_attention")).toBool();
    const QJsonObject sort = root.value(QStringLiteral("sort")).toObject();
    if (const auto field = MeasureFields::fromKey(sort.value(QStringLiteral("key")).toString()))
        view.sortField = *field;
    view.sortOrder = sort.value(QStringLiteral("descending")).toBool() ? Qt::DescendingOrder : Qt::AscendingOrder;
    for (const QString &key : strings(root.value(QStringLiteral("columns"))))
        if (const auto field = MeasureFields::fromKey(key); field && !view.columns.contains(*field))
            view.columns << *field; // a column this version does not have is skipped
    return view;
}

bool SavedView::operator==(const SavedView &other) const
{
    return name == other.name && filter == other.filter && sortField == other.sortField && sortOrder == other.sortOrder
        && columns == other.columns;
}

namespace SavedViews {

QString checkName(const QString &name)
{
    const QString text = name.simplified();
    if (text.isEmpty())
        return QCoreApplication::translate("SavedViews", "Give the view a name, for example “Ready for the 2027 report”.");
    if (text.size() > 80)
        return QCoreApplication::translate("SavedViews", "A view's name is at most 80 characters long.");
    return {};
}

} // namespace SavedViews
