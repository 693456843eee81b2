// SPDX-License-Identifier: GPL-3.0-or-later
#include "measuredraft.h"

#include "model/measurefield.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace {

QString catalogueKey(const QString &cataloguePath)
{
    // The path itself would be split into groups at every "/".
    return QString::fromLatin1(QFileInfo(cataloguePath).absoluteFilePath().toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

// Each form's draft: typing/<catalogue>/<id>. A draft kept by an earlier version (one per
// catalogue, at drafts/<catalogue>) is read as the draft "earlier".
const QString kEarlier = QStringLiteral("earlier");
QString group(const QString &cataloguePath) { return QStringLiteral("typing/") + catalogueKey(cataloguePath); }
QString earlierKey(const QString &cataloguePath) { return QStringLiteral("drafts/") + catalogueKey(cataloguePath); }
QString keyOf(const QString &cataloguePath, const QString &id)
{
    return id == kEarlier ? earlierKey(cataloguePath) : group(cataloguePath) + u'/' + id;
}

QJsonArray toArray(const QStringList &values) { return QJsonArray::fromStringList(values); }

QStringList toList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

std::optional<MeasureDraft::Typed> decode(const QByteArray &bytes)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject draft = document.object();
    MeasureDraft::Typed typed;
    Measure &m = typed.measure;
    for (MeasureField field : MeasureFields::all()) {
        const QJsonValue value = draft.value(MeasureFields::key(field));
        if (QString *text = MeasureFields::text(m, field))
            *text = value.toString();
        else if (QStringList *codes = MeasureFields::codes(m, field))
            *codes = toList(value);
        else if (QString *code = MeasureFields::choice(m, field); code && value.isString())
            *code = value.toString(); // a draft kept before the field existed keeps the default
    }
    for (const QJsonValue &item : draft.value(QStringLiteral("partners")).toArray())
        m.partners.append({item.toArray().at(0).toString(), item.toArray().at(1).toString()});
    m.country = draft.value(MeasureFields::key(MeasureField::Country)).toString();
    typed.yearText = draft.value(QStringLiteral("report_year_text")).toString();
    typed.amountText = draft.value(QStringLiteral("funding_usd_text")).toString();
    typed.countryText = draft.value(QStringLiteral("country_text")).toString();
    m.updatedAt = QDateTime::fromString(draft.value(QStringLiteral("base_updated_at")).toString(), Qt::ISODateWithMs);
    typed.typedAt = QDateTime::fromString(draft.value(QStringLiteral("typed_at")).toString(), Qt::ISODateWithMs);
    return typed;
}

} // namespace

namespace MeasureDraft {

QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QByteArray encode(const Typed &typed)
{
    const Measure &m = typed.measure;
    QJsonObject draft;
    // Every text and list field by its stable key, so that fields added later come along.
    for (MeasureField field : MeasureFields::all()) {
        if (const QString *text = MeasureFields::text(m, field))
            draft.insert(MeasureFields::key(field), *text);
        else if (const QStringList *codes = MeasureFields::codes(m, field))
            draft.insert(MeasureFields::key(field), toArray(*codes));
        else if (const QString *code = MeasureFields::choice(m, field))
            draft.insert(MeasureFields::key(field), *code);
    }
    QJsonArray partners;
    for (const PartnerLink &link : m.partners)
        partners.append(QJsonArray{link.name, link.typeCode});
    draft.insert(QStringLiteral("partners"), partners);
    // The country's code (its box's text is kept below too).
    draft.insert(MeasureFields::key(MeasureField::Country), m.country);
    draft.insert(QStringLiteral("report_year_text"), typed.yearText);
    draft.insert(QStringLiteral("funding_usd_text"), typed.amountText);
    draft.insert(QStringLiteral("country_text"), typed.countryText);
    // The version the edit started from: a measure changed since (by a colleague) is not
    // overwritten without a word.
    draft.insert(QStringLiteral("base_updated_at"), m.updatedAt.toString(Qt::ISODateWithMs));
    const QDateTime when = typed.typedAt.isValid() ? typed.typedAt : QDateTime::currentDateTimeUtc();
    draft.insert(QStringLiteral("typed_at"), when.toUTC().toString(Qt::ISODateWithMs));
    return QJsonDocument(draft).toJson(QJsonDocument::Compact);
}

void store(const QString &cataloguePath, const QString &id, const QByteArray &encoded)
{
    QSettings settings;
    settings.setValue(keyOf(cataloguePath, id), encoded);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        qWarning("The unsaved edit could not be kept in %s", qPrintable(settings.fileName()));
}

void keep(const QString &cataloguePath, const QString &id, const Typed &typed) { store(cataloguePath, id, encode(typed)); }

QStringList ids(const QString &cataloguePath)
{
    QSettings settings;
    settings.sync(); // another process (the form that was open when it stopped) may have written since
    QList<std::pair<QDateTime, QString>> found;
    settings.beginGroup(group(cataloguePath));
    for (const QString &id : settings.childKeys())
        if (const std::optional<Typed> typed = decode(settings.value(id).toByteArray()))
            found << std::pair{typed->typedAt, id};
    settings.endGroup();
    if (settings.contains(earlierKey(cataloguePath)))
        found << std::pair{QDateTime(), kEarlier};
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList list;
    for (const auto &[when, id] : std::as_const(found))
        list << id;
    return list;
}

bool exists(const QString &cataloguePath) { return !ids(cataloguePath).isEmpty(); }

std::optional<Typed> read(const QString &cataloguePath, const QString &id)
{
    QSettings settings;
    settings.sync();
    return decode(settings.value(keyOf(cataloguePath, id)).toByteArray());
}

void discard(const QString &cataloguePath, const QString &id)
{
    QSettings settings;
    settings.remove(keyOf(cataloguePath, id));
    settings.sync();
}

void moveAll(const QString &fromCataloguePath, const QString &toCataloguePath)
{
    adoptEarlier(fromCataloguePath);
    for (const QString &id : ids(fromCataloguePath)) {
        QSettings settings;
        const QByteArray kept = settings.value(keyOf(fromCataloguePath, id)).toByteArray();
        settings.setValue(keyOf(toCataloguePath, id), kept);
        settings.remove(keyOf(fromCataloguePath, id));
        settings.sync();
    }
}

void adoptEarlier(const QString &cataloguePath)
{
    QSettings settings;
    settings.sync();
    if (!settings.contains(earlierKey(cataloguePath)))
        return;
    const QByteArray kept = settings.value(earlierKey(cataloguePath)).toByteArray();
    if (decode(kept))
        settings.setValue(keyOf(cataloguePath, newId()), kept);
    settings.remove(earlierKey(cataloguePath));
    settings.sync();
}

void adoptMoved(const QString &cataloguePath, const std::function<bool(const Measure &began)> &holds)
{
    QSettings settings;
    settings.sync();
    settings.beginGroup(QStringLiteral("typing"));
    const QStringList catalogues = settings.childGroups();
    settings.endGroup();
    const QString mine = catalogueKey(cataloguePath);
    for (const QString &key : catalogues) {
        if (key == mine)
            continue;
        const QString path = QString::fromUtf8(QByteArray::fromBase64(key.toLatin1(), QByteArray::Base64UrlEncoding));
        if (path.isEmpty() || QFileInfo::exists(path))
            continue; // still there: its own drafts
        const QString group = QStringLiteral("typing/") + key;
        settings.beginGroup(group);
        const QStringList ids = settings.childKeys();
        settings.endGroup();
        for (const QString &id : ids) {
            const QByteArray kept = settings.value(group + u'/' + id).toByteArray();
            const std::optional<Typed> typed = decode(kept);
            if (!typed || typed->measure.uuid.isEmpty() || !typed->measure.updatedAt.isValid() || !holds(typed->measure))
                continue;
            settings.setValue(keyOf(cataloguePath, id), kept);
            settings.remove(group + u'/' + id);
        }
    }
    settings.sync();
}

void discardAll(const QString &cataloguePath)
{
    QSettings settings;
    settings.remove(group(cataloguePath));
    settings.remove(earlierKey(cataloguePath));
    settings.sync();
}

} // namespace MeasureDraft
