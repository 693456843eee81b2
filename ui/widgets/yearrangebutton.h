// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>
#include <optional>

class QSpinBox;

// The report-year facet: a button that opens "from" and "to" boxes; either may be left open.
class YearRangeButton : public QToolButton
{
    Q_OBJECT
public:
    explicit YearRangeButton(QWidget *parent = nullptr);
    std::optional<int> from() const;
    std::optional<int> to() const;
    void setRange(std::optional<int> from, std::optional<int> to); // does not emit

signals:
    void rangeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshText();

    QSpinBox *m_from;
    QSpinBox *m_to;
    bool m_updating = false;
};
