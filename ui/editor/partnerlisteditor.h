// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "model/measure.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QToolButton;
class QVBoxLayout;
class Vocabulary;

// The partners of one measure: a row per partner with its name (completed from the partners
// already in the catalogue) and its type of entity. A known partner brings its type along.
class PartnerListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PartnerListEditor(QWidget *parent = nullptr);

    // Known partners: display name -> type code, for completion and default types.
    void setKnownPartners(const QHash<QString, QString> &typesByName);
    void setVocabulary(const Vocabulary &vocabulary, Language language);
    QList<PartnerLink> partners() const;
    void setPartners(const QList<PartnerLink> &partners);
    QLineEdit *addRow(const PartnerLink &link = {});
    int rowCount() const { return int(m_rows.size()); }
    // Names of the rows still being entered: added, and not yet left for another field. Their
    // missing type is not a problem to show yet (the analyst's next stop is the type).
    QStringList beingEntered() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    struct Row {
        QWidget *widget;
        QLineEdit *name;
        QComboBox *type;
        QToolButton *remove;
        bool left; // the focus has left the row since it was added (rows read from the measure: true)
    };
    void noteFocusMoved(QWidget *old, QWidget *now);
    void fillTypes(QComboBox *combo, const QString &code) const;
    void removeRow(QWidget *rowWidget);
    void retranslate();

    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
    QList<Row> m_rows;
    QHash<QString, QString> m_known;       // folded name -> type code
    QStringListModel *m_names;
    QList<QPair<QString, QString>> m_types; // code, label
};
