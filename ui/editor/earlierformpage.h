// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "model/measure.h"
#include "model/measurefield.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

// The form's section "From earlier report forms": the fields that earlier periodic reports and
// the Policy Monitoring Platform hold and today's form does not ask for (context, value chain,
// Article 7 groups, reasons, the platform's ids and pages, values kept as written). Built from
// MeasureFields::earlierFormFields(), one widget per field by its type, so a field added there
// appears here. Every field round-trips, shown or not: saving never drops what an import brought.
class EarlierFormPage : public QWidget
{
    Q_OBJECT
public:
    explicit EarlierFormPage(QWidget *parent = nullptr);

    void setMeasure(const Measure &measure);
    void fill(Measure &measure) const; // writes this page's fields into `measure`
    void setReadOnly(bool readOnly);
    void setLanguage(Language language);
    QWidget *fieldWidget(MeasureField field) const { return m_widgets.value(int(field)); }
    QWidget *firstField() const;

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Language m_language = Language::English;
    QLabel *m_intro;
    QHash<int, QWidget *> m_widgets; // field -> its editor
    QHash<int, QLabel *> m_labels;
};
