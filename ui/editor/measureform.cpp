// SPDX-License-Identifier: GPL-3.0-or-later
#include "measureform.h"
#include "model/partneridentity.h"

#include "model/choices.h"
#include "model/money.h"
#include "model/vocabulary.h"
#include "earlierformpage.h"
#include "partnerlisteditor.h"
#include "termchecklist.h"
#include "widgets/readonlylook.h"

#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <utility>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QApplication>
#include <QTreeWidget>
#include <algorithm>

namespace {

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void selectCode(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

MeasureForm::MeasureForm(QWidget *parent) : QStackedWidget(parent)
{
    QFormLayout *form = nullptr;

    addPage(&form); // Identification
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("title"));
    // No maximum length on the field: a long text pasted was cut without a word. It goes in
    // whole, and the title says at once what is wrong with it, as other fields do at Save.
    addRow(form, MeasureField::Title, m_title, true);
    connect(m_title, &QLineEdit::textEdited, this, &MeasureForm::checkTitle);
    m_country = new QComboBox;
    m_country->setObjectName(QStringLiteral("country"));
    m_country->setEditable(true);
    m_country->setInsertPolicy(QComboBox::NoInsert);
    m_country->completer()->setFilterMode(Qt::MatchContains);
    m_country->completer()->setCompletionMode(QCompleter::PopupCompletion);
    addRow(form, MeasureField::Country, m_country, true);
    // A line edit, not a spin box: a spin box silently turns a typed 3000 into 300.
    m_year = new QLineEdit;
    m_year->setObjectName(QStringLiteral("reportYear"));
    m_year->setMaximumWidth(m_year->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 16);
    addRow(form, MeasureField::ReportYear, m_year, true);
    m_agencies = new QLineEdit;
    m_agencies->setObjectName(QStringLiteral("agencies"));
    addRow(form, MeasureField::ResponsibleAgencies, m_agencies, true);
    m_website = new QLineEdit;
    m_website->setObjectName(QStringLiteral("website"));
    addRow(form, MeasureField::Website, m_website, true);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("status"));
    addRow(form, MeasureField::Status, m_status);

    addPage(&form); // Description
    m_objectives = longText("keyObjectives");
    addRow(form, MeasureField::KeyObjectives, m_objectives, true);
    m_features = longText("mainFeatures");
    addRow(form, MeasureField::MainFeatures, m_features, true);

    addPage(&form); // Scope and nature
    m_scopes = new TermCheckBoxes(VocabularyKind::Scope, 2);
    addRow(form, MeasureField::Scope, m_scopes);
    m_natures = new TermCheckBoxes(VocabularyKind::Nature, 2);
    addRow(form, MeasureField::Nature, m_natures);

    addPage(&form); // Results
    m_expected = longText("expectedResults");
    addRow(form, MeasureField::ExpectedResults, m_expected, true);
    m_achieved = longText("resultsAchieved");
    addRow(form, MeasureField::ResultsAchieved, m_achieved, true);

    addPage(&form); // Funding
    m_fundingText = new QLineEdit;
    m_fundingText->setObjectName(QStringLiteral("fundingText"));
    addRow(form, MeasureField::FundingText, m_fundingText, true);
    m_fundingUsd = new QLineEdit;
    m_fundingUsd->setObjectName(QStringLiteral("fundingUsd"));
    m_fundingUsd->setAlignment(Qt::AlignRight);
    m_fundingUsd->setMaximumWidth(m_fundingUsd->fontMetrics().horizontalAdvance(QStringLiteral("000.000.000.000,00 USD")));
    addRow(form, MeasureField::FundingUsd, m_fundingUsd, true);

    addPage(&form); // Partners
    m_partnersHint = new QLabel;
    m_partnersHint->setWordWrap(true);
    form->addRow(m_partnersHint);
    m_partners = new PartnerListEditor;
    addRow(form, MeasureField::Partners, m_partners, true);

    addPage(&form); // Evaluation
    m_evaluated = new QComboBox;
    m_evaluated->setObjectName(QStringLiteral("evaluated"));
    addRow(form, MeasureField::Evaluated, m_evaluated);
    m_conclusions = longText("evaluationConclusions");
    addRow(form, MeasureField::EvaluationConclusions, m_conclusions, true);

    addPage(&form); // Goals, areas and domains
    m_goalsHint = new QLabel;
    m_goalsHint->setWordWrap(true);
    form->addRow(m_goalsHint);
    m_goals = new GoalAreaTree;
    m_goals->setMinimumHeight(280);
    addRow(form, MeasureField::Goals, m_goals);
    m_domains = new TermCheckBoxes(VocabularyKind::CulturalDomain, 2);
    addRow(form, MeasureField::Domains, m_domains, true);

    // From earlier report forms: a page of its own, built from the fields' list.
    {
        auto *scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        m_earlier = new EarlierFormPage(scroll);
        scroll->setWidget(m_earlier);
        addWidget(scroll);
        for (MeasureField field : MeasureFields::earlierFormFields())
            m_fields.insert(int(field), m_earlier->fieldWidget(field));
        connect(m_earlier, &EarlierFormPage::changed, this, &MeasureForm::changed);
    }

    for (QLineEdit *edit : {m_title, m_year, m_agencies, m_website, m_fundingText, m_fundingUsd})
        connect(edit, &QLineEdit::textChanged, this, &MeasureForm::changed);
    for (QPlainTextEdit *edit : {m_objectives, m_features, m_expected, m_achieved, m_conclusions})
        connect(edit, &QPlainTextEdit::textChanged, this, &MeasureForm::changed);
    for (QComboBox *combo : {m_status, m_evaluated})
        connect(combo, &QComboBox::currentIndexChanged, this, &MeasureForm::changed);
    connect(m_country, &QComboBox::currentTextChanged, this, &MeasureForm::changed);
    // Enter in the country box takes the first country offered, never the dialog's Save.
    connect(m_country->lineEdit(), &QLineEdit::returnPressed, this, &MeasureForm::completeCountry);
    connect(qApp, &QApplication::focusChanged, this, &MeasureForm::noteFocusLeft);
    connect(m_scopes, &TermCheckBoxes::changed, this, &MeasureForm::changed);
    connect(m_natures, &TermCheckBoxes::changed, this, &MeasureForm::changed);
    connect(m_domains, &TermCheckBoxes::changed, this, &MeasureForm::changed);
    connect(m_goals, &GoalAreaTree::changed, this, &MeasureForm::changed);
    connect(m_partners, &PartnerListEditor::changed, this, &MeasureForm::changed);

    const QList<QPair<Section, QWidget *>> first = {{Identification, m_title},  {Description, m_objectives},
                                                   {ScopeAndNature, m_scopes},  {Results, m_expected},
                                                   {Funding, m_fundingText},    {Partners, m_partners},
                                                   {Evaluation, m_evaluated},   {Classification, m_goals->tree()},
                                                   {EarlierForms, m_earlier->firstField()}};
    for (const auto &[section, widget] : first)
        m_firstFields.insert(section, widget);
    retranslate();
}

MeasureForm::~MeasureForm()
{
    // Deleting the fields moves the focus: by then this form's members are gone.
    disconnect(qApp, nullptr, this, nullptr);
}

QWidget *MeasureForm::addPage(QFormLayout **layout)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    *layout = new QFormLayout(page);
    (*layout)->setRowWrapPolicy(QFormLayout::WrapLongRows);
    (*layout)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    (*layout)->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    scroll->setWidget(page);
    addWidget(scroll);
    return page;
}

void MeasureForm::addRow(QFormLayout *layout, MeasureField field, QWidget *widget, bool withMessage)
{
    auto *label = new QLabel;
    label->setBuddy(widget);
    layout->addRow(label, widget);
    m_labels.insert(int(field), label);
    m_fields.insert(int(field), widget);
    if (withMessage) {
        QLabel *message = messageLabel(layout->parentWidget());
        layout->addRow(QString(), message);
        m_messages.insert(int(field), message);
    }
}

QPlainTextEdit *MeasureForm::longText(const char *name)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(QString::fromLatin1(name));
    edit->setTabChangesFocus(true); // the keyboard moves on with Tab, as in every other field
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 7);
    return edit;
}

void MeasureForm::fillCountries(const Vocabulary &vocabulary, Language language)
{
    const QString current = measure().country;
    QList<QPair<QString, QString>> countries;
    for (const VocabularyTerm &term : vocabulary.terms(VocabularyKind::Country))
        countries.append({term.label(language), term.code});
    QCollator collator(localeFor(language));
    std::sort(countries.begin(), countries.end(), [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    const QSignalBlocker blocker(m_country);
    m_country->clear();
    m_country->addItem(QString(), QString());
    for (const auto &country : countries)
        m_country->addItem(country.first, country.second);
    selectCode(m_country, current);
}

void MeasureForm::setContext(const Vocabulary &vocabulary, Language language, const QHash<QString, QString> &knownPartners)
{
    const QLocale previous = localeFor(m_language);
    const QString money = m_fundingUsd->text();
    m_vocabulary = &vocabulary;
    m_language = language;
    fillCountries(vocabulary, language);
    m_scopes->setVocabulary(vocabulary, language);
    m_natures->setVocabulary(vocabulary, language);
    m_domains->setVocabulary(vocabulary, language);
    m_goals->setVocabulary(vocabulary, language);
    m_partners->setKnownPartners(knownPartners);
    m_partners->setVocabulary(vocabulary, language);
    m_earlier->setLanguage(language);
    // An amount typed in one language's format is shown again in the other's.
    QString error;
    if (const auto cents = Money::parse(money, previous, &error); cents && error.isEmpty()) {
        const QSignalBlocker blocker(m_fundingUsd);
        m_fundingUsd->setText(Money::format(*cents, localeFor(language)));
    }
    retranslate();
}

void MeasureForm::setMeasure(const Measure &m)
{
    const QSignalBlocker blocker(this);
    m_title->setText(m.title);
    selectCode(m_country, m.country);
    m_year->setText(m.reportYear ? QString::number(*m.reportYear) : QString());
    m_agencies->setText(m.responsibleAgencies);
    m_website->setText(m.website);
    selectCode(m_status, m.status);
    m_objectives->setPlainText(m.keyObjectives);
    m_features->setPlainText(m.mainFeatures);
    m_scopes->setCodes(m.scopes);
    m_natures->setCodes(m.natures);
    m_expected->setPlainText(m.expectedResults);
    m_achieved->setPlainText(m.resultsAchieved);
    m_fundingText->setText(m.fundingText);
    m_fundingUsd->setText(m.fundingUsdCents ? Money::format(*m.fundingUsdCents, localeFor(m_language)) : QString());
    m_partners->setPartners(m.partners);
    selectCode(m_evaluated, m.evaluated);
    m_conclusions->setPlainText(m.evaluationConclusions);
    m_goals->setCodes(m.goals, m.monitoringAreas);
    m_domains->setCodes(m.domains);
    m_earlier->setMeasure(m);
}

MeasureForm::RawTexts MeasureForm::rawTexts() const { return {m_year->text(), m_fundingUsd->text(), m_country->currentText()}; }

void MeasureForm::setRawTexts(const RawTexts &texts)
{
    m_year->setText(texts.year);
    m_fundingUsd->setText(texts.amount);
    const int known = m_country->findText(texts.country, Qt::MatchFixedString);
    if (known >= 0)
        m_country->setCurrentIndex(known);
    else
        m_country->setEditText(texts.country);
}

Measure MeasureForm::measure(QList<FieldIssue> *typingIssues) const
{
    Measure m;
    m.title = m_title->text();
    // A country typed by name in either language, accents optional, or by ISO code.
    const QString countryText = m_country->currentText().trimmed();
    const int countryIndex = m_country->findText(countryText, Qt::MatchFixedString);
    const VocabularyTerm *typedCountry = m_vocabulary ? m_vocabulary->match(VocabularyKind::Country, countryText) : nullptr;
    m.country = countryText.isEmpty() ? QString()
              : countryIndex > 0      ? m_country->itemData(countryIndex).toString()
              : typedCountry          ? typedCountry->code
                                      : countryText;
    const QString year = m_year->text().trimmed();
    bool isNumber = false;
    const int yearNumber = year.toInt(&isNumber);
    if (isNumber && yearNumber > 0)
        m.reportYear = yearNumber; // out of range: the validator says so
    else if (!year.isEmpty() && typingIssues)
        typingIssues->append({MeasureField::ReportYear, tr("Type the year in digits, e.g. %1.").arg(MeasureValidator::kFirstYear + 22), {}});
    m.responsibleAgencies = m_agencies->text();
    m.website = m_website->text();
    m.status = m_status->currentData().toString();
    m.keyObjectives = m_objectives->toPlainText();
    m.mainFeatures = m_features->toPlainText();
    m.scopes = m_scopes->codes();
    m.natures = m_natures->codes();
    m.expectedResults = m_expected->toPlainText();
    m.resultsAchieved = m_achieved->toPlainText();
    m.fundingText = m_fundingText->text();
    QString error;
    m.fundingUsdCents = Money::parse(m_fundingUsd->text(), localeFor(m_language), &error);
    if (!error.isEmpty() && typingIssues)
        typingIssues->append({MeasureField::FundingUsd, error, {}});
    m.partners = m_partners->partners();
    m.evaluated = m_evaluated->currentData().toString();
    m.evaluationConclusions = m_conclusions->toPlainText();
    m.goals = m_goals->goals();
    m.monitoringAreas = m_goals->areas();
    m.domains = m_domains->codes();
    m_earlier->fill(m);
    return m;
}

QList<FieldIssue> MeasureForm::revealed(const QList<FieldIssue> &issues) const
{
    if (m_revealAll)
        return issues;
    QList<FieldIssue> shown;
    QSet<QString> beingEntered; // by the partner's folded name, as the issue names it after normalizing
    for (const QString &name : m_partners->beingEntered())
        beingEntered.insert(PartnerIdentity::key(name));
    for (const FieldIssue &issue : issues) {
        if (issue.field == MeasureField::Partners && !issue.about.isEmpty() && beingEntered.contains(PartnerIdentity::key(issue.about)))
            continue; // said once the analyst leaves that partner's row
        // Areas are chosen in the goals' tree: one widget, one "left".
        const MeasureField field = issue.field == MeasureField::MonitoringAreas ? MeasureField::Goals : issue.field;
        if (m_left.contains(int(field)))
            shown << issue;
    }
    return shown;
}

void MeasureForm::revealAll()
{
    m_revealAll = true;
}

void MeasureForm::noteFocusLeft(QWidget *old, QWidget *now)
{
    if (!old || !isAncestorOf(old))
        return;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QWidget *field = it.value();
        const bool wasIn = field == old || field->isAncestorOf(old);
        const bool stillIn = now && (field == now || field->isAncestorOf(now));
        // Only a move within the form counts: focus going to a completion list, another window
        // or another application is not leaving the field.
        const bool withinForm = now && now->window() == window();
        if (wasIn && !stillIn && withinForm && !m_left.contains(it.key())) {
            m_left.insert(it.key());
            emit changed();
        }
    }
}

void MeasureForm::completeCountry()
{
    const QString typed = m_country->currentText().trimmed();
    if (typed.isEmpty() || m_country->findText(typed, Qt::MatchFixedString) > 0)
        return;
    QCompleter *completer = m_country->completer();
    completer->setCompletionPrefix(typed);
    if (completer->completionCount() > 0) {
        const int index = m_country->findText(completer->currentCompletion(), Qt::MatchFixedString);
        if (index > 0)
            m_country->setCurrentIndex(index);
    }
}

void MeasureForm::checkTitle()
{
    // A title is one line: the line breaks of a text pasted in become spaces here, and the analyst
    // is told so; a title too long says so at once (it was cut to its first characters silently).
    // The edit itself was validated already (textChanged): validated again only when this changes
    // what is shown, not at every keystroke.
    QString text = m_title->text();
    const QString noteBefore = std::exchange(m_titleNote, QString()); // said once: the next edit has its own
    bool breaks = false;
    for (QChar &c : text)
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            c = u' ';
            breaks = true;
        }
    bool revealed = false;
    if ((breaks || text.trimmed().size() > MeasureValidator::kMaxTitleLength) && !m_left.contains(int(MeasureField::Title))) {
        m_left.insert(int(MeasureField::Title)); // its problems show now, not once the field is left
        revealed = true;
    }
    if (breaks) {
        m_titleNote = tr("The line breaks pasted into the title became spaces: a title is one line.");
        const int cursor = m_title->cursorPosition();
        m_title->setText(text); // textChanged: validated with the note and the field revealed
        m_title->setCursorPosition(cursor);
    } else if (revealed || noteBefore != m_titleNote) {
        emit changed();
    }
}

void MeasureForm::showIssues(const QList<FieldIssue> &issues)
{
    QHash<int, QStringList> byField;
    for (const FieldIssue &issue : issues)
        byField[int(issue.field)] << issue.message;
    if (!m_titleNote.isEmpty())
        byField[int(MeasureField::Title)] << m_titleNote;
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const QStringList messages = byField.value(it.key());
        const QString text = messages.join(u'\n');
        it.value()->setText(text);
        it.value()->setVisible(!messages.isEmpty());
        // Tied to its field for a screen reader: the field's description is its problem, and a
        // changed description of the focused field is read out (Orca), as the red text is seen.
        if (QWidget *field = m_fields.value(it.key()); field && field->accessibleDescription() != text)
            field->setAccessibleDescription(text);
    }
}

void MeasureForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    retranslate(); // no “required” star where nothing can be typed
    for (QLineEdit *edit : {m_title, m_year, m_agencies, m_website, m_fundingText, m_fundingUsd}) {
        edit->setReadOnly(readOnly);
        setReadOnlyLook(edit, readOnly);
    }
    for (QPlainTextEdit *edit : {m_objectives, m_features, m_expected, m_achieved, m_conclusions}) {
        edit->setReadOnly(readOnly);
        setReadOnlyLook(edit, readOnly);
    }
    for (QWidget *widget : std::initializer_list<QWidget *>{m_country, m_status, m_evaluated, m_scopes, m_natures,
                                                            m_domains, m_goals, m_partners})
        widget->setEnabled(!readOnly);
    m_earlier->setReadOnly(readOnly);
}

MeasureForm::Section MeasureForm::sectionOf(MeasureField field)
{
    switch (field) {
    case MeasureField::KeyObjectives:
    case MeasureField::MainFeatures: return Description;
    case MeasureField::Scope:
    case MeasureField::Nature: return ScopeAndNature;
    case MeasureField::ExpectedResults:
    case MeasureField::ResultsAchieved: return Results;
    case MeasureField::FundingText:
    case MeasureField::FundingUsd: return Funding;
    case MeasureField::Partners: return Partners;
    case MeasureField::Evaluated:
    case MeasureField::EvaluationConclusions: return Evaluation;
    case MeasureField::Goals:
    case MeasureField::MonitoringAreas:
    case MeasureField::Domains: return Classification;
    default: return MeasureFields::earlierFormFields().contains(field) ? EarlierForms : Identification;
    }
}

QString MeasureForm::sectionTitle(Section section) const
{
    switch (section) {
    case Identification: return tr("Identification");
    case Description: return tr("Description");
    case ScopeAndNature: return tr("Scope and nature");
    case Results: return tr("Results");
    case Funding: return tr("Funding");
    case Partners: return tr("Partners");
    case Evaluation: return tr("Evaluation");
    case Classification: return tr("Goals and domains");
    case EarlierForms: return tr("From earlier report forms");
    case SectionCount: break;
    }
    return {};
}

QWidget *MeasureForm::firstField(Section section) const { return m_firstFields.value(section); }

void MeasureForm::retranslate()
{
    for (int i = 0; i < count(); ++i) // each page is named by its section, as a screen reader announces it
        widget(i)->setAccessibleName(sectionTitle(Section(i)));
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const QString text = MeasureFields::label(MeasureField(it.key()), m_language);
        // Translated patterns: French puts a (no-break) space before the colon.
        it.value()->setText(MeasureField(it.key()) == MeasureField::Title && !m_readOnly ? tr("%1 *:", "a required field's label").arg(text)
                                                                         : tr("%1:", "a field's label").arg(text));
    }
    m_labels.value(int(MeasureField::Goals))->setText(tr("Goals and monitoring areas:"));
    m_title->setPlaceholderText(tr("Name of the policy, programme or law (required)"));
    m_country->lineEdit()->setPlaceholderText(tr("Type or choose a country"));
    m_year->setPlaceholderText(tr("e.g. %1").arg(MeasureValidator::kFirstYear + 22));
    m_agencies->setPlaceholderText(tr("Ministry of Culture; Ministry of Foreign Affairs"));
    m_website->setPlaceholderText(tr("https://…"));
    m_fundingText->setPlaceholderText(tr("As the report states it, e.g. “CAD 2.5 million (or USD 1.8 million) annually”"));
    m_fundingUsd->setPlaceholderText(tr("e.g. %1").arg(Money::format(1178250, localeFor(m_language))));
    m_fundingUsd->setToolTip(tr("Amount in US dollars, in the format of the interface language."));
    m_partnersHint->setText(tr("Partners are shared across the catalogue: a partner's type of entity is the same in every "
                               "measure that names it."));
    m_goalsHint->setText(tr("Checking a monitoring area also checks its Convention goal."));

    const QString status = m_status->currentData().toString();
    const QString evaluated = m_evaluated->currentData().toString();
    {
        const QSignalBlocker a(m_status), b(m_evaluated);
        m_status->clear();
        for (const QString &code : ReviewStatus::codes())
            m_status->addItem(ReviewStatus::label(code, m_language), code);
        m_evaluated->clear();
        for (const QString &code : Evaluation::codes())
            m_evaluated->addItem(Evaluation::label(code, m_language), code);
    }
    selectCode(m_status, status.isEmpty() ? QStringLiteral("draft") : status);
    selectCode(m_evaluated, evaluated.isEmpty() ? QStringLiteral("unknown") : evaluated);
}

void MeasureForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QStackedWidget::changeEvent(event);
}
