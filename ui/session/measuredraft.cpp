// SPDX-License-Identifier: GPL-3.0-or-later
#include "measuredraft.h"

#include "model/measurefield.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace {

QString keyFor(const QString &cataloguePath)
{
    // The path itself would be split into groups at every "/".
    return QStringLiteral("drafts/") + QString::fromLatin1(QFileInfo(cataloguePath).absoluteFilePath().toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

QJsonArray toArray(const QStringList &values) { return QJsonArray::fromStringList(values); }

QStringList toList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

} // namespace

namespace MeasureDraft {

void keep(const QString &cataloguePath, const Typed &typed)
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
    QSettings settings;
    settings.setValue(keyFor(cataloguePath), QJsonDocument(draft).toJson(QJsonDocument::Compact));
    settings.sync();
    if (settings.status() != QSettings::NoError)
        qWarning("The unsaved edit could not be kept in %s", qPrintable(settings.fileName()));
}

bool exists(const QString &cataloguePath) { return QSettings().contains(keyFor(cataloguePath)); }

std::optional<Typed> read(const QString &cataloguePath)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QSettings().value(keyFor(cataloguePath)).toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject draft = document.object();
    Typed typed;
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
    return typed;
}

void discard(const QString &cataloguePath) { QSettings().remove(keyFor(cataloguePath)); }

} // namespace MeasureDraft
