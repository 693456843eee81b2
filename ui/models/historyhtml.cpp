// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyhtml.h"

#include "model/measuredigest.h"

#include <QHash>
#include <QLocale>

QString HistoryHtml::origin(const QString &code)
{
    if (code == RevisionOrigin::import)
        return tr("Imported");
    if (code == RevisionOrigin::merge)
        return tr("Merged with a colleague's catalogue");
    if (code == RevisionOrigin::upgrade)
        return tr("As it was when this catalogue began keeping history");
    if (code == RevisionOrigin::partners)
        return tr("Partner list changed");
    if (code == RevisionOrigin::duplicates)
        return tr("Merged with a duplicate");
    if (code == RevisionOrigin::deletion)
        return tr("Deleted");
    return tr("Edited");
}

QString HistoryHtml::page(const QList<Revision> &history, Language language)
{
    if (history.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(tr("No history yet: it starts with the next change.").toHtmlEscaped());
    QHash<QString, const Revision *> byId;
    for (const Revision &revision : history)
        byId.insert(revision.id, &revision);
    const QLocale locale = localeFor(language);
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='4' width='100%'>");
    for (const Revision &revision : history) {
        QString what;
        const Revision *parent = byId.value(revision.parent);
        if (revision.isDeletion()) {
            what = tr("Deleted");
        } else if (!parent) {
            what = revision.origin == RevisionOrigin::upgrade ? origin(revision.origin)
                 : revision.origin == RevisionOrigin::import ? tr("Created by an import")
                 : revision.origin == RevisionOrigin::merge  ? tr("Came with a colleague's catalogue")
                                                             : tr("Created");
        } else {
            QStringList fields;
            for (MeasureField field : MeasureDigest::changedFields(parent->fields, revision.fields))
                fields << MeasureFields::label(field, language);
            if (fields.isEmpty())
                what = revision.origin == RevisionOrigin::merge ? tr("Merged with a colleague's catalogue: kept as it was here")
                                                                 : tr("%1: no field changed").arg(origin(revision.origin));
            else
                what = tr("%1: %2", "how: which fields").arg(origin(revision.origin), fields.join(QStringLiteral(", ")));
        }
        const QString who = revision.author.isEmpty() ? tr("someone unnamed") : revision.author;
        html += QStringLiteral("<tr><td valign='top' style='white-space:pre'>%1</td><td><b>%2</b><br>%3</td></tr>")
                    .arg(locale.toString(revision.changedAt.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped(), who.toHtmlEscaped(),
                         what.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}
