// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTextCharFormat>
#include <QTextObjectInterface>

// A horizontal bar chart inside a report's text: one bar per label, its value written beside it.
// Drawn with the painter the page is drawn with, so in a PDF the bars are vectors and the labels
// are text that can be selected and searched, not a picture of text.
class BarChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kType = QTextFormat::UserObject + 1;
    // The character that stands for a chart in the text, with the chart's data in its format.
    static QTextCharFormat format(const QStringList &labels, const QStringList &valueTexts, const QList<double> &values,
                                  qreal width);
    static void registerWith(class QTextDocument *document); // the document owns the handler

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    using QObject::QObject;
};
