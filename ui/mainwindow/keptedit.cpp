// SPDX-License-Identifier: GPL-3.0-or-later
#include "keptedit.h"

#include "editor/measureeditor.h"
#include "query/measurequery.h"
#include "session/cataloguesession.h"
#include "session/measuredraft.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

qint64 KeptEdit::offer(QWidget *window, CatalogueSession *session, const bool *ending)
{
    if (!session->isOpen() || session->isReadOnly() || !MeasureDraft::exists(session->catalogue()->path()))
        return 0;
    const QString path = session->catalogue()->path();
    const std::optional<MeasureDraft::Typed> draft = MeasureDraft::read(path);
    if (!draft) {
        MeasureDraft::discard(path);
        return 0;
    }
    QMessageBox box(QMessageBox::Question, tr("An unsaved edit was kept"),
                    tr("The application was closed by the system while the measure “%1” was being edited. What was typed "
                       "was kept. Open it in the form to finish it?")
                        .arg(draft->measure.title.isEmpty() ? tr("untitled") : draft->measure.title),
                    QMessageBox::NoButton, window);
    box.setObjectName(QStringLiteral("draftQuestion"));
    QPushButton *open = box.addButton(tr("Open in the Form"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("Discard It"), QMessageBox::DestructiveRole);
    box.setDefaultButton(open);
    box.exec();
    // The draft stays until the analyst has decided: discarded it, saved it, or closed the form
    // after being asked about its changes. A session that ends meanwhile keeps it.
    if (box.clickedButton() == discard)
        MeasureDraft::discard(path);
    if (box.clickedButton() != open)
        return 0;
    // The measure as it is now is what the form compares against; the draft is what was typed.
    MeasureQuery query(*session->catalogue());
    const qint64 id = draft->measure.uuid.isEmpty() ? 0 : query.idOfUuid(draft->measure.uuid);
    if (!id && !query.lastError().isEmpty()) { // unread, it would open as a new measure: a duplicate
        QMessageBox::warning(window, tr("The kept edit was not opened"), session->unreadableMessage(query.lastError()));
        return 0;
    }
    const std::optional<Measure> current = id ? session->load(id) : std::nullopt;
    if (id && !current) {
        QMessageBox::warning(window, tr("The kept edit was not opened"), session->lastReadError());
        return 0;
    }
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
        QPushButton *openAnyway = changed.addButton(tr("Open in the Form"), QMessageBox::AcceptRole);
        QPushButton *drop = changed.addButton(tr("Discard It"), QMessageBox::DestructiveRole);
        changed.addButton(QMessageBox::Cancel);
        changed.setDefaultButton(openAnyway);
        changed.exec();
        if (changed.clickedButton() == drop)
            MeasureDraft::discard(path);
        if (changed.clickedButton() != openAnyway)
            return 0;
    }
    const Measure original = current.value_or(Measure());
    MeasureDraft::Typed typed = *draft;
    typed.measure.id = original.id;
    MeasureEditor editor(session, original, window);
    editor.fillWith(typed);
    const bool saved = editor.exec() == QDialog::Accepted;
    if (!*ending)
        MeasureDraft::discard(path); // saved, or closed after the unsaved-changes question
    return saved ? editor.savedId() : 0;
}
