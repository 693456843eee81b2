// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "model/measure.h"
#include "model/measurevalidator.h"

#include <QHash>
#include <QSet>
#include <QStackedWidget>

class GoalAreaTree;
class PartnerListEditor;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class EarlierFormPage;
class TermCheckBoxes;
class Vocabulary;

// Every field of a measure, on pages grouped as the periodic report groups them. It turns a
// Measure into widgets and back; the dialog around it decides when to validate and save.
class MeasureForm : public QStackedWidget
{
    Q_OBJECT
public:
    // EarlierForms is listed only for a measure that holds something there (MeasureEditor).
    enum Section { Identification, Description, ScopeAndNature, Results, Funding, Partners, Evaluation, Classification, EarlierForms,
                   SectionCount };

    explicit MeasureForm(QWidget *parent = nullptr);
    ~MeasureForm() override;

    // Vocabularies and known partners; labels in `language`. Keeps what is typed.
    void setContext(const Vocabulary &vocabulary, Language language, const QHash<QString, QString> &knownPartners);
    void setMeasure(const Measure &measure);
    // The year, amount and country boxes as they read, understood or not (for a kept draft).
    struct RawTexts {
        QString year, amount, country;
    };
    RawTexts rawTexts() const;
    void setRawTexts(const RawTexts &texts);
    // The measure as typed. A year or an amount that cannot be read is left empty, and what is
    // wrong with it is added to *typingIssues.
    Measure measure(QList<FieldIssue> *typingIssues = nullptr) const;
    // Messages appear next to a field once it has been left, or everywhere once Save was tried
    // (revealAll): a fresh form does not open with errors.
    QList<FieldIssue> revealed(const QList<FieldIssue> &issues) const;
    void revealAll();
    void showIssues(const QList<FieldIssue> &revealedIssues);
    void setReadOnly(bool readOnly);

    static Section sectionOf(MeasureField field);
    QString sectionTitle(Section section) const;
    QWidget *firstField(Section section) const;
    QWidget *fieldWidget(MeasureField field) const { return m_fields.value(int(field)); }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *addPage(QFormLayout **layout);
    void addRow(QFormLayout *layout, MeasureField field, QWidget *widget, bool withMessage = false);
    QPlainTextEdit *longText(const char *name);
    void fillCountries(const Vocabulary &vocabulary, Language language);
    void noteFocusLeft(QWidget *old, QWidget *now);
    void completeCountry();
    void retranslate();
    void checkTitle(); // as typed or pasted: line breaks, length

    Language m_language = Language::English;
    bool m_readOnly = false;
    const Vocabulary *m_vocabulary = nullptr;
    QHash<int, QLabel *> m_labels;   // field -> its label
    QHash<int, QLabel *> m_messages; // field -> inline problem message
    QString m_titleNote;             // what became of a title pasted in (line breaks made spaces)
    QHash<int, QWidget *> m_firstFields;
    QHash<int, QWidget *> m_fields;  // field -> its widget
    QSet<int> m_left;                // fields the analyst has left: their messages show
    bool m_revealAll = false;
    QLineEdit *m_title;
    QComboBox *m_country;
    QLineEdit *m_year;
    QLineEdit *m_agencies;
    QComboBox *m_status;
    QLineEdit *m_website;
    QPlainTextEdit *m_objectives;
    QPlainTextEdit *m_features;
    TermCheckBoxes *m_scopes;
    TermCheckBoxes *m_natures;
    QPlainTextEdit *m_expected;
    QPlainTextEdit *m_achieved;
    QLineEdit *m_fundingText;
    QLineEdit *m_fundingUsd;
    PartnerListEditor *m_partners;
    QComboBox *m_evaluated;
    QPlainTextEdit *m_conclusions;
    GoalAreaTree *m_goals;
    TermCheckBoxes *m_domains;
    QLabel *m_partnersHint;
    QLabel *m_goalsHint;
    EarlierFormPage *m_earlier;
};
