#pragma once

#include "i18n/language.h"
#include "model/measure.h"
#include "model/measurevalidator.h"

#include <QHash>
#include <QStackedWidget>

class GoalAreaTree;
class PartnerListEditor;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class TermCheckBoxes;
class Vocabulary;

// Every field of a measure, on pages grouped as the periodic report groups them. It turns a
// Measure into widgets and back; the dialog around it decides when to validate and save.
class MeasureForm : public QStackedWidget
{
    Q_OBJECT
public:
    enum Section { Identification, Description, ScopeAndNature, Results, Funding, Partners, Evaluation, Classification, SectionCount };

    explicit MeasureForm(QWidget *parent = nullptr);

    // Vocabularies and known partners; labels in `language`. Keeps what is typed.
    void setContext(const Vocabulary &vocabulary, Language language, const QHash<QString, QString> &knownPartners);
    void setMeasure(const Measure &measure);
    // The measure as typed. An amount that cannot be read is left empty and its message is
    // returned in *moneyError.
    Measure measure(QString *moneyError = nullptr) const;
    void showIssues(const QList<FieldIssue> &issues, const QString &moneyError);
    void setReadOnly(bool readOnly);

    static Section sectionOf(MeasureField field);
    QString sectionTitle(Section section) const;
    QWidget *firstField(Section section) const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *addPage(QFormLayout **layout);
    void addRow(QFormLayout *layout, MeasureField field, QWidget *widget, bool withMessage = false);
    QPlainTextEdit *longText(const char *name);
    void fillCountries(const Vocabulary &vocabulary, Language language);
    void retranslate();

    Language m_language = Language::English;
    const Vocabulary *m_vocabulary = nullptr;
    QHash<int, QLabel *> m_labels;   // field -> its label
    QHash<int, QLabel *> m_messages; // field -> inline problem message
    QHash<int, QWidget *> m_firstFields;
    QLineEdit *m_title;
    QComboBox *m_country;
    QSpinBox *m_year;
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
};
