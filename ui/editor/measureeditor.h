// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/measure.h"
#include "model/measurevalidator.h"
#include "session/measuredraft.h"
#include "session/draftkeeper.h"

#include <QDialog>

class CatalogueSession;
class MeasureForm;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

// The measure form in a dialog: sections on the left, messages from core next to the fields
// once they are left (all of them when Save is tried: Save then goes to the first problem),
// and a question before unsaved changes are dropped. A failed save keeps everything typed and
// says what happened. Enter never saves: it belongs to the field (a completion list, a line).
class MeasureEditor : public QDialog
{
    Q_OBJECT
public:
    // Opening::Copy is a duplicate not yet in the catalogue: Save adds it even untouched, and
    // Cancel drops it (asking only if something was typed).
    enum class Opening { AsStored, Copy };
    MeasureEditor(CatalogueSession *session, const Measure &measure, QWidget *parent = nullptr,
                  Opening opening = Opening::AsStored);

    MeasureForm *form() const { return m_form; }
    QPushButton *saveButton() const;
    QListWidget *sections() const { return m_sections; }
    bool isDirty() const;
    bool save();
    qint64 savedId() const { return m_savedId; }
    // The form as typed, with the identity of the measure being edited (for a kept draft).
    MeasureDraft::Typed typed() const;
    // Puts what was typed earlier (a kept draft) into the form; the measure opened stays the one
    // compared against, so the form is dirty and Save saves it. `draftId`: the draft goes on
    // being kept under its own id.
    void fillWith(const MeasureDraft::Typed &typed, const QString &draftId = {});
    // The session is ending with the form open: what was typed is kept now, and stays kept when
    // the form closes.
    void keepDraft();
    QString draftId() const;
    ~MeasureEditor() override;

public slots:
    void reject() override; // asks first when there are unsaved changes
    void done(int result) override; // the draft goes unless the session is ending

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Reading {
        Measure typed; // normalized
        QList<FieldIssue> issues; // typing problems first, then the validator's
        bool dirty = false;
    };
    Reading read() const;
    void validate();
    // Whether a form reading (already normalized) differs from the measure as opened or saved.
    bool differs(const Measure &normalizedTyped, bool typingProblems) const;
    void retranslate();
    void showSection(int section);
    void step(int direction); // to the next or previous listed section

    CatalogueSession *m_session;
    Measure m_original;
    QDateTime m_baseUpdatedAt; // set when a kept edit was reopened: the version it began from
    Measure m_normalizedOriginal; // compared on every keystroke: normalized once
    MeasureForm *m_form;
    QListWidget *m_sections;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    qint64 m_savedId = 0;
    bool m_readOnly = false;
    bool m_copy = false;
    DraftKeeper *m_draft = nullptr; // what is typed, kept as it is typed (not for a read-only view)
    bool m_keepDraft = false;
};
