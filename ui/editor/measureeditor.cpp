// SPDX-License-Identifier: GPL-3.0-or-later
#include "measureeditor.h"

#include "measureform.h"
#include "model/measurevalidator.h"
#include "session/cataloguesession.h"
#include "session/uilanguage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QKeyEvent>
#include <QSet>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

MeasureEditor::MeasureEditor(CatalogueSession *session, const Measure &measure, QWidget *parent, Opening opening)
    : QDialog(parent), m_session(session), m_original(measure),
      m_normalizedOriginal(MeasureValidator::normalized(measure, session->vocabulary())), m_readOnly(session->isReadOnly()),
      m_copy(opening == Opening::Copy && !session->isReadOnly())
{
    setObjectName(QStringLiteral("measureEditor"));
    setSizeGripEnabled(true);
    resize(980, 680);

    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("sections"));
    m_sections->setFocusPolicy(Qt::NoFocus); // Ctrl+PgUp/PgDn move between sections; Tab stays in the fields
    m_sections->setSpacing(3);
    m_form = new MeasureForm(this);
    m_form->setContext(session->vocabulary(), UiLanguage::instance().current(), session->knownPartners());
    m_form->setMeasure(measure);
    m_form->setReadOnly(m_readOnly);
    for (int i = 0; i < MeasureForm::SectionCount; ++i)
        new QListWidgetItem(m_sections);
    // Earlier forms' fields are listed only for a measure that holds some (an import brought them).
    m_sections->item(MeasureForm::EarlierForms)->setHidden(!MeasureFields::hasEarlierForm(measure));
    m_sections->setCurrentRow(0);
    connect(m_sections, &QListWidget::currentRowChanged, m_form, &QStackedWidget::setCurrentIndex);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_buttons = new QDialogButtonBox(m_readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    for (QAbstractButton *button : m_buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MeasureEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MeasureEditor::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(m_sections);
    body->addWidget(m_form, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addLayout(bottom);

    auto *next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    connect(next, &QShortcut::activated, this, [this] { step(+1); });
    auto *previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    connect(previous, &QShortcut::activated, this, [this] { step(-1); });
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (saveButton() && saveButton()->isEnabled())
            save();
    });
    saveShortcut->setEnabled(!m_readOnly);

    connect(m_form, &MeasureForm::changed, this, &MeasureEditor::validate);
    if (!m_readOnly && session->isOpen()) {
        m_draft = new DraftKeeper(session->catalogue()->path(), MeasureDraft::newId(), [this]() -> std::optional<MeasureDraft::Typed> {
            if (!isDirty())
                return std::nullopt;
            return typed();
        }, this);
        connect(m_form, &MeasureForm::changed, m_draft, &DraftKeeper::changed);
    }
    connect(&UiLanguage::instance(), &UiLanguage::languageChanged, this, [this](Language language) {
        m_form->setContext(m_session->vocabulary(), language, m_session->knownPartners());
        retranslate();
    });
    retranslate();
    m_form->firstField(MeasureForm::Identification)->setFocus();
}

QPushButton *MeasureEditor::saveButton() const { return m_buttons->button(QDialogButtonBox::Save); }

void MeasureEditor::step(int direction)
{
    int section = m_sections->currentRow();
    do // over the sections not listed
        section = (section + direction + MeasureForm::SectionCount) % MeasureForm::SectionCount;
    while (m_sections->item(section)->isHidden());
    showSection(section);
}

void MeasureEditor::showSection(int section)
{
    m_sections->setCurrentRow(section);
    if (QWidget *field = m_form->firstField(MeasureForm::Section(section)))
        field->setFocus();
}

bool MeasureEditor::differs(const Measure &normalizedTyped, bool typingProblems) const
{
    if (m_readOnly)
        return false;
    // A year or an amount typed but not understood is still something typed.
    return typingProblems || !normalizedTyped.sameContentAs(m_normalizedOriginal);
}

MeasureEditor::Reading MeasureEditor::read() const
{
    Reading reading;
    reading.typed = MeasureValidator::normalized(m_form->measure(&reading.issues), m_session->vocabulary());
    reading.dirty = differs(reading.typed, !reading.issues.isEmpty());
    QSet<int> typingFields;
    for (const FieldIssue &issue : std::as_const(reading.issues))
        typingFields.insert(int(issue.field));
    // The validator would only repeat "not given" about a field the form could not read.
    for (const FieldIssue &issue : MeasureValidator::validate(reading.typed, m_session->vocabulary(), UiLanguage::instance().current()))
        if (!typingFields.contains(int(issue.field)))
            reading.issues << issue;
    return reading;
}

bool MeasureEditor::isDirty() const { return read().dirty; }

void MeasureEditor::validate()
{
    const Reading reading = read();
    const Measure &typed = reading.typed;
    const bool dirty = reading.dirty;
    const QList<FieldIssue> issues = m_form->revealed(reading.issues);
    m_form->showIssues(issues);

    QList<bool> sectionHasIssue(MeasureForm::SectionCount, false);
    for (const FieldIssue &issue : issues)
        sectionHasIssue[MeasureForm::sectionOf(issue.field)] = true;
    if (sectionHasIssue[MeasureForm::EarlierForms]) // a problem is never in a section out of sight
        m_sections->item(MeasureForm::EarlierForms)->setHidden(false);
    for (int i = 0; i < MeasureForm::SectionCount; ++i) {
        QListWidgetItem *item = m_sections->item(i);
        const QString title = m_form->sectionTitle(MeasureForm::Section(i));
        item->setText(sectionHasIssue[i] ? QStringLiteral("%1  ⚠").arg(title) : title);
        item->setForeground(sectionHasIssue[i] ? QColor(0xb0, 0x00, 0x20) : m_sections->palette().color(QPalette::Text));
    }
    // The list is as wide as its longest listed section name in the current language, no wider.
    int widest = 0;
    for (int i = 0; i < m_sections->count(); ++i)
        if (!m_sections->item(i)->isHidden())
            widest = qMax(widest, m_sections->fontMetrics().horizontalAdvance(m_sections->item(i)->text()));
    m_sections->setFixedWidth(widest + 2 * (m_sections->frameWidth() + m_sections->spacing()) + 24);
    const int count = int(issues.size());
    m_summary->setText(count == 0 ? QString()
                                  : tr("%n problem(s) to fix before saving: %1", nullptr, count).arg(issues.first().message));
    if (QPushButton *button = saveButton())
        button->setEnabled(dirty || m_copy);
    const QString name = typed.title.isEmpty() ? tr("untitled") : typed.title;
    setWindowTitle((m_readOnly ? tr("View Measure — %1").arg(name)
                               : m_copy             ? tr("Copy of a Measure — %1").arg(name)
                               : m_original.id == 0 ? tr("New Measure — %1").arg(name)
                                                    : tr("Edit Measure — %1").arg(name))
                   + QStringLiteral("[*]"));
    setWindowModified(dirty);
}

MeasureDraft::Typed MeasureEditor::typed() const
{
    MeasureDraft::Typed typed;
    typed.measure = m_form->measure();
    typed.measure.id = m_original.id;
    typed.measure.uuid = m_original.uuid;
    typed.measure.createdAt = m_original.createdAt;
    // The version the edit started from: a kept edit reopened keeps its own, older one.
    typed.measure.updatedAt = m_baseUpdatedAt.isValid() ? m_baseUpdatedAt : m_original.updatedAt;
    const MeasureForm::RawTexts raw = m_form->rawTexts();
    typed.yearText = raw.year;
    typed.amountText = raw.amount;
    typed.countryText = raw.country;
    return typed;
}

MeasureEditor::~MeasureEditor()
{
    DraftKeeper::waitForWrites(); // the last keeping or removal lands before the application may end
}

QString MeasureEditor::draftId() const { return m_draft ? m_draft->id() : QString(); }

void MeasureEditor::keepDraft()
{
    m_keepDraft = true;
    if (m_draft)
        m_draft->keepNow();
}

void MeasureEditor::done(int result)
{
    // Given up while the catalogue's file is gone (its save was refused): what was typed is
    // kept all the same, and follows the copy the window offers when it lets the file go.
    if (m_draft && result != QDialog::Accepted && m_session->isOpen() && !m_session->catalogue()->isFileStillThere())
        keepDraft();
    if (m_draft && !m_keepDraft)
        m_draft->discard(); // saved, or given up after the unsaved-changes question
    QDialog::done(result);
}

void MeasureEditor::fillWith(const MeasureDraft::Typed &typed, const QString &draftId)
{
    if (m_draft && !draftId.isEmpty())
        m_draft->setId(draftId);
    m_form->setMeasure(typed.measure);
    m_form->setRawTexts({typed.yearText, typed.amountText, typed.countryText});
    if (MeasureFields::hasEarlierForm(typed.measure))
        m_sections->item(MeasureForm::EarlierForms)->setHidden(false);
    m_baseUpdatedAt = typed.measure.updatedAt;
    validate();
}

bool MeasureEditor::save()
{
    if (m_readOnly)
        return false;
    const Reading reading = read();
    if (!reading.issues.isEmpty()) {
        // Every problem shows now, and the first one gets the cursor.
        m_form->revealAll();
        validate();
        const MeasureField field = reading.issues.first().field;
        m_sections->setCurrentRow(MeasureForm::sectionOf(field));
        if (QWidget *widget = m_form->fieldWidget(field == MeasureField::MonitoringAreas ? MeasureField::Goals : field))
            widget->setFocus();
        return false;
    }
    Measure measure = m_form->measure();
    measure.id = m_original.id;
    measure.uuid = m_original.uuid;
    measure.createdAt = m_original.createdAt;
    measure.platformSource = m_original.platformSource; // not a field of the form: what the next import compares with
    const MeasureStore::SaveResult result = m_session->save(measure);
    if (!result.issues.isEmpty()) {
        m_form->revealAll();
        validate();
        return false;
    }
    if (!result.saved) {
        QMessageBox::warning(this, tr("The measure was not saved"), result.error + u' ' + tr("What you typed is kept in the form."));
        return false;
    }
    m_savedId = measure.id;
    m_original = measure;
    m_baseUpdatedAt = {}; // saved: the edit now starts from this version
    m_normalizedOriginal = MeasureValidator::normalized(measure, m_session->vocabulary());
    m_copy = false;
    QDialog::accept();
    return true;
}

void MeasureEditor::reject()
{
    if (const Reading reading = read(); reading.dirty) {
        // A form that cannot be saved as it is says so, and Enter goes back to it rather than to
        // a Save that would only list the problems.
        const bool savable = reading.issues.isEmpty();
        QMessageBox question(QMessageBox::Question, tr("Unsaved changes"),
                             savable ? tr("This measure has changes that are not saved yet. Save them?")
                                     : tr("This measure has changes that are not saved yet, and %n problem(s) to fix "
                                          "before it can be saved. Go back to the form to fix them, or discard the changes?",
                                          nullptr, int(reading.issues.size()))
                                           + QStringLiteral("\n\n") + reading.issues.first().message,
                             savable ? QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel
                                     : QMessageBox::Discard | QMessageBox::Cancel, this);
        question.setObjectName(QStringLiteral("unsavedChangesQuestion"));
        question.setDefaultButton(savable ? QMessageBox::Save : QMessageBox::Cancel);
        // Access keys in the interface's language (Qt's own texts have none in Spanish).
        if (savable)
            question.button(QMessageBox::Save)->setText(tr("&Save"));
        question.button(QMessageBox::Discard)->setText(tr("&Discard"));
        question.button(QMessageBox::Cancel)->setText(savable ? tr("Cancel") : tr("&Back to the Form"));
        const int answer = question.exec();
        if (answer == QMessageBox::Cancel) {
            if (!savable)
                save(); // writes nothing: shows every problem and goes to the first, as Save does
            return;
        }
        if (answer == QMessageBox::Save && !save())
            return;
        if (answer == QMessageBox::Save)
            return; // save() closed the dialog
    }
    QDialog::reject();
}

void MeasureEditor::keyPressEvent(QKeyEvent *event)
{
    // QDialog would press the default button; here Enter only presses the button that has focus.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) { // the keypad's Enter too
        if (auto *button = qobject_cast<QAbstractButton *>(focusWidget()))
            button->click();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void MeasureEditor::retranslate()
{
    validate();
    if (QPushButton *button = saveButton())
        button->setToolTip(tr("Save the measure (Ctrl+S)"));
}

// Enter never saves the form (a completion list, a line of text): Save is not drawn as the
// default either, which the button box makes it as it shows.
void MeasureEditor::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    for (QAbstractButton *button : m_buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setDefault(false);
}

void MeasureEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
