// SPDX-License-Identifier: GPL-3.0-or-later
#include "barchartobject.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextDocument>

namespace {

enum Property { Labels = QTextFormat::UserProperty + 1, ValueTexts, Values, Width };

qreal rowHeight(const QTextDocument *document)
{
    return QFontMetricsF(document->defaultFont(), document->documentLayout()->paintDevice()).height() * 1.35;
}

} // namespace

QTextCharFormat BarChartObject::format(const QStringList &labels, const QStringList &valueTexts, const QList<double> &values,
                                       qreal width)
{
    QTextCharFormat format;
    format.setObjectType(kType);
    format.setProperty(Labels, labels);
    format.setProperty(ValueTexts, valueTexts);
    QVariantList list;
    for (double value : values)
        list << value;
    format.setProperty(Values, list);
    format.setProperty(Width, width);
    return format;
}

void BarChartObject::registerWith(QTextDocument *document)
{
    document->documentLayout()->registerHandler(kType, new BarChartObject(document));
}

QSizeF BarChartObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const int rows = int(format.property(Labels).toStringList().size());
    return {format.property(Width).toReal(), rows * rowHeight(document) + rowHeight(document) * 0.3};
}

void BarChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int, const QTextFormat &format)
{
    const QStringList labels = format.property(Labels).toStringList();
    const QStringList valueTexts = format.property(ValueTexts).toStringList();
    const QVariantList values = format.property(Values).toList();
    double largest = 0;
    for (const QVariant &value : values)
        largest = qMax(largest, value.toDouble());
    const qreal row = rowHeight(document);
    const QFont font = document->defaultFont();
    const QFontMetricsF metrics(font, painter->device());
    const qreal labelWidth = rect.width() * 0.42;
    const qreal valueWidth = rect.width() * 0.14;
    const qreal barsLeft = rect.left() + labelWidth + row * 0.3;
    const qreal barsWidth = rect.width() - labelWidth - valueWidth - row * 0.6;
    painter->save();
    painter->setFont(font);
    for (int i = 0; i < labels.size(); ++i) {
        const qreal top = rect.top() + i * row;
        const QRectF labelRect(rect.left(), top, labelWidth, row);
        painter->setPen(Qt::black);
        painter->drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                          metrics.elidedText(labels[i], Qt::ElideRight, labelWidth));
        const double value = values.value(i).toDouble();
        const qreal length = largest > 0 ? barsWidth * value / largest : 0;
        if (length > 0)
            painter->fillRect(QRectF(barsLeft, top + row * 0.18, qMax(length, row * 0.08), row * 0.64), QColor(0x1f, 0x5f, 0xa8));
        painter->drawText(QRectF(barsLeft + length + row * 0.25, top, valueWidth + barsWidth - length, row),
                          Qt::AlignLeft | Qt::AlignVCenter, valueTexts.value(i));
    }
    painter->setPen(QColor(0x88, 0x88, 0x88));
    painter->drawLine(QPointF(barsLeft, rect.top()), QPointF(barsLeft, rect.top() + labels.size() * row));
    painter->restore();
}
