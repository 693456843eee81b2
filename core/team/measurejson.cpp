// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurejson.h"

#include "model/measurefield.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

class MeasureJsonText
{
    Q_DECLARE_TR_FUNCTIONS(MeasureJson)
};

const QString kPlatformSource = QStringLiteral("platform_source");

QJsonValue timestamp(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

// Each field's key, and platform_source last, to its place in MeasureFields::all() (read once:
// looking each key up in a QJsonObject is a scan of its keys, three times a field, 100,000 times
// when a team catalogue is downloaded).
const QHash<QString, int> &placeOfKey()
{
    static const QHash<QString, int> places = [] {
        QHash<QString, int> all;
        const QList<MeasureField> &fields = MeasureFields::all();
        for (int i = 0; i < fields.size(); ++i)
            all.insert(MeasureFields::key(fields.at(i)), i);
        all.insert(kPlatformSource, int(fields.size()));
        return all;
    }();
    return places;
}

QJsonArray strings(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

} // namespace

namespace MeasureJson {

QByteArray write(const Measure &m) { return QJsonDocument(object(m)).toJson(QJsonDocument::Compact); }

QJsonObject object(const Measure &m)
{
    QJsonObject o;
    for (MeasureField field : MeasureFields::all()) {
        const QString key = MeasureFields::key(field);
        switch (field) {
        case MeasureField::Uuid: o.insert(key, m.uuid); continue;
        case MeasureField::Country: o.insert(key, m.country); continue;
        case MeasureField::ReportYear: o.insert(key, m.reportYear ? QJsonValue(*m.reportYear) : QJsonValue(QJsonValue::Null)); continue;
        // As text: a double would round amounts past 2^53 cents.
        case MeasureField::FundingUsd:
            o.insert(key, m.fundingUsdCents ? QJsonValue(QString::number(*m.fundingUsdCents)) : QJsonValue(QJsonValue::Null));
            continue;
        case MeasureField::Partners: {
            QJsonArray partners;
            for (const PartnerLink &link : m.partners)
                partners.append(QJsonObject{{QStringLiteral("name"), link.name}, {QStringLiteral("type"), link.typeCode}});
            o.insert(key, partners);
            continue;
        }
        case MeasureField::CreatedAt: o.insert(key, timestamp(m.createdAt)); continue;
        case MeasureField::UpdatedAt: o.insert(key, timestamp(m.updatedAt)); continue;
        default: break;
        }
        if (const QStringList *list = MeasureFields::codes(m, field))
            o.insert(key, strings(*list));
        else if (const QString *text = MeasureFields::text(m, field))
            o.insert(key, *text);
        else if (const QString *code = MeasureFields::choice(m, field))
            o.insert(key, *code);
    }
    o.insert(kPlatformSource, m.platformSource);
    return o;
}

std::optional<Measure> read(const QByteArray &json, QString *error)
{
    const auto refuse = [error](const QString &why) {
        *error = why;
        return std::nullopt;
    };
    if (json.size() > kMaxBytes)
        return refuse(MeasureJsonText::tr("a measure's content is larger than any this app makes (%1 bytes).").arg(json.size()));
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject())
        return refuse(MeasureJsonText::tr("a measure's content is not what this app writes (%1).").arg(parse.errorString()));
    const QJsonObject o = document.object();
    // Every value in its field's place, in one pass; a key this version does not know is named
    // once the fields it knows were read.
    const QList<MeasureField> &fields = MeasureFields::all();
    QList<QJsonValue> values(fields.size() + 1, QJsonValue(QJsonValue::Undefined));
    QString unknown;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        const int place = placeOfKey().value(key, -1);
        if (place >= 0)
            values[place] = it.value();
        else if (unknown.isEmpty())
            unknown = key;
    }
    Measure m;
    const auto wrong = [&refuse](const QString &key) {
        return refuse(MeasureJsonText::tr("a measure's field “%1” holds a value of the wrong kind.").arg(key));
    };
    const auto readText = [](const QJsonValue &v, QString *out) {
        if (!v.isString())
            return false;
        *out = v.toString();
        return true;
    };
    const auto readTime = [](const QJsonValue &v, QDateTime *out) {
        if (v.isNull())
            return true;
        if (!v.isString())
            return false;
        *out = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        return out->isValid();
    };
    for (int place = 0; place < fields.size(); ++place) {
        const MeasureField field = fields.at(place);
        const QJsonValue &v = values.at(place);
        if (v.isUndefined())
            return refuse(MeasureJsonText::tr("a measure's content lacks its field “%1”.").arg(MeasureFields::key(field)));
        bool ok = true;
        switch (field) {
        case MeasureField::Uuid: ok = readText(v, &m.uuid); break;
        case MeasureField::Country: ok = readText(v, &m.country); break;
        case MeasureField::ReportYear:
            if (!v.isNull()) {
                const double year = v.toDouble(-1);
                ok = v.isDouble() && year == double(int(year)) && year >= 0 && year <= 9999;
                if (ok)
                    m.reportYear = int(year);
            }
            break;
        case MeasureField::FundingUsd:
            if (!v.isNull()) {
                const qint64 cents = v.toString().toLongLong(&ok);
                ok = ok && v.isString();
                if (ok)
                    m.fundingUsdCents = cents;
            }
            break;
        case MeasureField::Partners:
            ok = v.isArray();
            for (const QJsonValue &item : v.toArray()) {
                const QJsonObject link = item.toObject();
                if (!item.isObject() || link.size() != 2 || !link.value(QStringLiteral("name")).isString()
                    || !link.value(QStringLiteral("type")).isString()) {
                    ok = false;
                    break;
                }
                m.partners.append({link.value(QStringLiteral("name")).toString(), link.value(QStringLiteral("type")).toString()});
            }
            break;
        case MeasureField::CreatedAt: ok = readTime(v, &m.createdAt); break;
        case MeasureField::UpdatedAt: ok = readTime(v, &m.updatedAt); break;
        default:
            if (QStringList *list = MeasureFields::codes(m, field)) {
                ok = v.isArray();
                for (const QJsonValue &item : v.toArray()) {
                    if (!item.isString()) {
                        ok = false;
                        break;
                    }
                    list->append(item.toString());
                }
            } else if (QString *text = MeasureFields::text(m, field)) {
                ok = readText(v, text);
            } else if (QString *code = MeasureFields::choice(m, field)) {
                ok = readText(v, code);
            }
        }
        if (!ok)
            return wrong(MeasureFields::key(field));
    }
    if (!readText(values.at(fields.size()), &m.platformSource))
        return wrong(kPlatformSource);
    if (!unknown.isEmpty())
        return refuse(MeasureJsonText::tr("a measure's content has a field “%1” this version does not know: update Measures Catalogue.")
                          .arg(unknown.left(64)));
    return m;
}

} // namespace MeasureJson
