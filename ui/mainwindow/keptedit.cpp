// SPDX-License-Identifier: GPL-3.0-or-later
#include "keptedit.h"

#include "editor/measureeditor.h"
#include "editor/measureform.h"
#include "model/measuredigest.h"
#include "query/measurequery.h"
#include "session/cataloguesession.h"
#include "session/measuredraft.h"
#include "session/uilanguage.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace {

// The fields the kept edit has otherwise than the measure as saved (all filled ones for a new
// measure): what the analyst would lose by discarding it. Read as the form will read it (the
// year, amount and country are kept as their boxes read).
QStringList differingFields(const MeasureDraft::Typed &draft, const std::optional<Measure> &current, CatalogueSession *session,
                            Language language)
{
    const Vocabulary &vocabulary = session->vocabulary();
    MeasureForm form;
    form.setContext(vocabulary, language, session->knownPartners());
    form.setMeasure(draft.measure);
    form.setRawTexts({draft.yearText, draft.amountText, draft.countryText});
    QList<FieldIssue> typing; // a "2O25" the form cannot read is typed all the same
    const Measure mine = MeasureValidator::normalized(form.measure(&typing), vocabulary);
    const Measure saved = current ? MeasureValidator::normalized(*current, vocabulary) : Measure();
    QStringList labels;
    for (MeasureField field : MeasureFields::contentFields()) {
        const bool mistyped = std::any_of(typing.cbegin(), typing.cend(), [field](const FieldIssue &i) { return i.field == field; });
        if (mistyped || MeasureDigest::field(mine, field) != MeasureDigest::field(saved, field))
            labels << MeasureFields::label(field, language);
    }
    return labels;
}

} // namespace

qint64 KeptEdit::offer(QWidget *window, CatalogueSession *session, const bool *ending)
{
    if (!session->isOpen() || session->isReadOnly())
        return 0;
    const QString path = session->catalogue()->path();
    MeasureDraft::adoptEarlier(path);
    {
        MeasureQuery measures(*session->catalogue());
        // The same file moved, not another copy of its measures that happens to be open: the
        // version the edit began from must be the one here.
        MeasureDraft::adoptMoved(path, [&measures](const Measure &began) {
            const std::optional<Measure> here = measures.loadByUuid(began.uuid);
            return here && here->updatedAt == began.updatedAt;
        });
    }
    qint64 savedId = 0;
    // The one kept last first; each stays until the analyst has decided about it.
    for (const QString &id : MeasureDraft::ids(path)) {
        const std::optional<MeasureDraft::Typed> draft = MeasureDraft::read(path, id);
        if (!draft) {
            MeasureDraft::discard(path, id);
            continue;
        }
        // The measure as it is now is what the form compares against; the draft is what was typed.
        MeasureQuery query(*session->catalogue());
        const qint64 measureId = draft->measure.uuid.isEmpty() ? 0 : query.idOfUuid(draft->measure.uuid);
        if (!measureId && !query.lastError().isEmpty()) { // unread, it would open as a new measure: a duplicate
            QMessageBox::warning(window, tr("The kept edit was not opened"), session->unreadableMessage(query.lastError()));
            return 0;
        }
        const std::optional<Measure> current = measureId ? session->load(measureId) : std::nullopt;
        if (measureId && !current) {
            QMessageBox::warning(window, tr("The kept edit was not opened"), session->lastReadError());
            return 0;
        }
        const Language language = UiLanguage::instance().current();
        const QString title = draft->measure.title.isEmpty() ? tr("untitled") : draft->measure.title;
        const QString when = draft->typedAt.isValid() ? QLocale().toString(draft->typedAt.toLocalTime(), QLocale::ShortFormat) : QString();
        const bool deletedSince = !current && !draft->measure.uuid.isEmpty();
        QString text = current ? tr("The application stopped while the measure “%1” was being edited: the system ended it, or it "
                                    "failed. What was typed was kept.")
                                     .arg(title)
                       : deletedSince ? tr("The application stopped while the measure “%1” was being edited: the system ended it, "
                                           "or it failed. What was typed was kept, but the measure has been deleted since: "
                                           "saving the kept edit adds it again as a new measure.")
                                            .arg(title)
                                      : tr("The application stopped while a new measure, “%1”, was being entered: the system "
                                           "ended it, or it failed. What was typed was kept.")
                                            .arg(title);
        if (!when.isEmpty())
            text += u' ' + tr("It was last kept at %1.").arg(when);
        const QStringList fields = differingFields(*draft, current, session, language);
        if (!fields.isEmpty())
            text += u' ' + (current ? tr("It differs from the saved measure in: %1.") : tr("It holds: %1.")).arg(fields.join(QStringLiteral(", ")));
        text += u' ' + tr("Open it in the form to finish it?");
        QMessageBox box(QMessageBox::Question, tr("An unsaved edit was kept"), text, QMessageBox::NoButton, window);
        box.setObjectName(QStringLiteral("draftQuestion"));
        box.setTextFormat(Qt::PlainText);
        QPushButton *open = box.addButton(tr("Open in the Form"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("Discard It"), QMessageBox::DestructiveRole);
        box.addButton(tr("Decide Later"), QMessageBox::RejectRole); // Escape: offered again next time
        box.setDefaultButton(open);
        box.exec();
        // The draft stays until the analyst has decided: discarded it, saved it, or closed the form
        // after being asked about its changes. A session that ends meanwhile keeps it.
        if (box.clickedButton() == discard) {
            MeasureDraft::discard(path, id);
            continue;
        }
        if (box.clickedButton() != open)
            return 0; // undecided: offered again next time
        if (current && draft->measure.updatedAt.isValid() && current->updatedAt != draft->measure.updatedAt) {
            // Changed since the edit began: saving the draft as it is would put back older values
            // in fields the analyst never touched.
            QMessageBox changed(QMessageBox::Warning, tr("The measure changed after your edit began"),
                                tr("“%1” was changed and saved on %2, after the edit that was kept had begun. Opening the "
                                   "kept edit shows your values in every field, including fields you had not changed: "
                                   "check each section before saving, or discard the kept edit.")
                                    .arg(current->title, QLocale().toString(current->updatedAt.toLocalTime(), QLocale::ShortFormat)),
                                QMessageBox::NoButton, window);
            changed.setObjectName(QStringLiteral("draftOutdated"));
            changed.setTextFormat(Qt::PlainText);
            QPushButton *openAnyway = changed.addButton(tr("Open in the Form"), QMessageBox::AcceptRole);
            QPushButton *drop = changed.addButton(tr("Discard It"), QMessageBox::DestructiveRole);
            changed.addButton(QMessageBox::Cancel);
            changed.setDefaultButton(openAnyway);
            changed.exec();
            if (changed.clickedButton() == drop) {
                MeasureDraft::discard(path, id);
                continue;
            }
            if (changed.clickedButton() != openAnyway)
                return 0;
        }
        const Measure original = current.value_or(Measure());
        MeasureDraft::Typed typed = *draft;
        typed.measure.id = original.id;
        if (deletedSince)
            typed.measure.uuid.clear(); // added as a new measure, as the message said
        MeasureEditor editor(session, original, window);
        editor.fillWith(typed, id);
        const bool saved = editor.exec() == QDialog::Accepted;
        if (*ending)
            return savedId; // the form kept it again, under its id
        MeasureDraft::discard(path, id); // saved, or closed after the unsaved-changes question
        if (saved)
            savedId = editor.savedId();
    }
    return savedId;
}
