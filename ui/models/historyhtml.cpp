// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyhtml.h"

#include "model/legacydigest.h"
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
    if (code == RevisionOrigin::undo)
        return tr("Undo or redo");
    if (code == RevisionOrigin::undoMerge)
        return tr("Merge undone");
    if (code == RevisionOrigin::answer)
        return tr("Compared again with a colleague's catalogue");
    return tr("Edited");
}

namespace {

// The fields one revision changed from another, when both keep digests of one kind (format 8's
// by position, or keyed ones); none otherwise.
QList<MeasureField> changedBetween(const Revision &before, const Revision &after)
{
    if (before.isLegacy() != after.isLegacy())
        return {};
    if (!after.isLegacy())
        return MeasureDigest::changedFields(before.fields, after.fields);
    QList<MeasureField> changed;
    for (MeasureField field : MeasureFields::contentFields()) {
        const int at = LegacyDigest::position(field) * LegacyDigest::kBytesPerField;
        if (LegacyDigest::isDigested(field) && before.fields.mid(at, LegacyDigest::kBytesPerField) != after.fields.mid(at, LegacyDigest::kBytesPerField))
            changed << field;
    }
    return changed;
}

} // namespace

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
            what = revision.origin == RevisionOrigin::undo        ? tr("Deleted by undoing or redoing a step")
                 : revision.origin == RevisionOrigin::undoMerge ? tr("Deleted by undoing a merge")
                 : revision.origin == RevisionOrigin::answer    ? tr("Deleted, compared again with a colleague's catalogue")
                                                                : tr("Deleted");
        } else if (!parent) {
            what = revision.origin == RevisionOrigin::upgrade ? origin(revision.origin)
                 : revision.origin == RevisionOrigin::import ? tr("Created by an import")
                 : revision.origin == RevisionOrigin::merge  ? tr("Came with a colleague's catalogue")
                                                             : tr("Created");
        } else if (parent->isDeletion()) {
            what = revision.origin == RevisionOrigin::import ? tr("Brought back by an import")
                 : revision.origin == RevisionOrigin::merge  ? tr("Brought back by a colleague's catalogue")
                 : revision.origin == RevisionOrigin::undo   ? tr("Brought back by undoing or redoing a step")
                 : revision.origin == RevisionOrigin::undoMerge ? tr("Brought back by undoing a merge")
                 : revision.origin == RevisionOrigin::answer ? tr("Brought back from a colleague's catalogue, compared again")
                                                             : tr("Brought back");
        } else if (revision.origin == RevisionOrigin::upgrade) {
            what = tr("As it was when this catalogue was upgraded to keep a stronger history");
        } else {
            QStringList fields;
            for (MeasureField field : changedBetween(*parent, revision))
                fields << MeasureFields::label(field, language);
            if (fields.isEmpty())
                what = revision.origin == RevisionOrigin::merge    ? tr("Merged with a colleague's catalogue: kept as it was here")
                     : revision.origin == RevisionOrigin::answer ? tr("Compared again with a colleague's catalogue: kept as it was here")
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
