// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineeditaccessible.h"

#include <QFontMetrics>
#include <QLineEdit>
#include <QTextBoundaryFinder>

namespace {

QAccessibleInterface *lineEditFactory(const QString &className, QObject *object)
{
    auto *edit = qobject_cast<QLineEdit *>(object);
    // Asked once per class up the hierarchy: answer for the object's own class only.
    if (!edit || className != QString::fromLatin1(object->metaObject()->className()))
        return nullptr;
    return new LineEditAccessible(edit);
}

// The boundaries of `text` (0 and its length included), found once and in order: never more
// steps than characters, whatever the finder does at the end.
QList<int> boundaries(const QString &text, QAccessible::TextBoundaryType type)
{
    QList<int> found = {0};
    const int length = int(text.size());
    if (type == QAccessible::CharBoundary) {
        QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
        for (int guard = 0, next = 0; guard <= length && (next = int(finder.toNextBoundary())) > found.last(); ++guard)
            found << next;
    } else if (type == QAccessible::WordBoundary || type == QAccessible::SentenceBoundary) {
        QTextBoundaryFinder finder(type == QAccessible::WordBoundary ? QTextBoundaryFinder::Word : QTextBoundaryFinder::Sentence, text);
        for (int guard = 0, next = 0; guard <= length && (next = int(finder.toNextBoundary())) > found.last(); ++guard)
            found << next;
    } // a line, a paragraph, no boundary: one line holds the whole text
    if (found.last() != length)
        found << length;
    return found;
}

} // namespace

LineEditAccessible::LineEditAccessible(QWidget *widget) : QAccessibleWidget(widget, QAccessible::EditableText)
{
    addControllingSignal(QStringLiteral("textChanged(const QString&)"));
    addControllingSignal(QStringLiteral("returnPressed()"));
}

void LineEditAccessible::install() { QAccessible::installFactory(lineEditFactory); }

QLineEdit *LineEditAccessible::lineEdit() const { return static_cast<QLineEdit *>(widget()); }

QString LineEditAccessible::shown() const
{
    return lineEdit()->echoMode() == QLineEdit::Normal ? lineEdit()->text() : lineEdit()->displayText();
}

void *LineEditAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    if (type == QAccessible::EditableTextInterface)
        return static_cast<QAccessibleEditableTextInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QString LineEditAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value)
        return shown();
    QString text = QAccessibleWidget::text(t);
    if (t == QAccessible::Name && text.isEmpty())
        text = lineEdit()->placeholderText(); // better than nothing: says what to type
    return text;
}

void LineEditAccessible::setText(QAccessible::Text t, const QString &text)
{
    if (t != QAccessible::Value) {
        QAccessibleWidget::setText(t, text);
        return;
    }
    if (!lineEdit()->isReadOnly())
        lineEdit()->setText(text);
}

QAccessible::State LineEditAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.editable = !lineEdit()->isReadOnly();
    state.readOnly = lineEdit()->isReadOnly();
    state.passwordEdit = lineEdit()->echoMode() != QLineEdit::Normal;
    state.selectableText = true;
    return state;
}

void LineEditAccessible::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = 0;
    if (selectionIndex != 0 || !lineEdit()->hasSelectedText())
        return;
    *startOffset = lineEdit()->selectionStart();
    *endOffset = *startOffset + int(lineEdit()->selectedText().size());
}

int LineEditAccessible::selectionCount() const { return lineEdit()->hasSelectedText() ? 1 : 0; }

void LineEditAccessible::addSelection(int startOffset, int endOffset) { setSelection(0, startOffset, endOffset); }

void LineEditAccessible::removeSelection(int selectionIndex)
{
    if (selectionIndex == 0)
        lineEdit()->deselect();
}

void LineEditAccessible::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    if (selectionIndex != 0)
        return;
    const int length = characterCount();
    startOffset = qBound(0, startOffset, length);
    endOffset = qBound(0, endOffset, length);
    lineEdit()->setSelection(startOffset, endOffset - startOffset);
}

int LineEditAccessible::cursorPosition() const { return lineEdit()->cursorPosition(); }

void LineEditAccessible::setCursorPosition(int position) { lineEdit()->setCursorPosition(qBound(0, position, characterCount())); }

QString LineEditAccessible::text(int startOffset, int endOffset) const
{
    const QString all = shown();
    startOffset = qBound(0, startOffset, int(all.size()));
    endOffset = endOffset < 0 ? int(all.size()) : qBound(startOffset, endOffset, int(all.size()));
    return all.mid(startOffset, endOffset - startOffset);
}

QString LineEditAccessible::segment(int offset, QAccessible::TextBoundaryType boundary, int step, int *startOffset,
                                    int *endOffset) const
{
    *startOffset = *endOffset = -1;
    const QString all = shown();
    const int length = int(all.size());
    if (length == 0)
        return {};
    // -1 and -2 are AT-SPI's "the end" and "the caret"; at the end, the last segment is the one.
    if (offset == -2)
        offset = cursorPosition();
    if (offset < 0 || offset > length)
        offset = length;
    if (offset == length && step == 0)
        offset = length - 1;
    const QList<int> found = boundaries(all, boundary);
    int index = 0; // the segment [found[index], found[index + 1]) holding offset
    while (index + 2 < found.size() && found[index + 1] <= offset)
        ++index;
    if (offset == length) // after the last character: before it is the last segment
        index = int(found.size()) - 1;
    index += step;
    if (index < 0 || index + 1 >= found.size())
        return {};
    *startOffset = found[index];
    *endOffset = found[index + 1];
    return all.mid(*startOffset, *endOffset - *startOffset);
}

QString LineEditAccessible::textBeforeOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset,
                                             int *endOffset) const
{
    return segment(offset, boundaryType, -1, startOffset, endOffset);
}

QString LineEditAccessible::textAfterOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset,
                                            int *endOffset) const
{
    return segment(offset, boundaryType, 1, startOffset, endOffset);
}

QString LineEditAccessible::textAtOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset, int *endOffset) const
{
    return segment(offset, boundaryType, 0, startOffset, endOffset);
}

int LineEditAccessible::characterCount() const { return int(shown().size()); }

QRect LineEditAccessible::characterRect(int offset) const
{
    const QString all = shown();
    if (offset < 0 || offset >= all.size())
        return {};
    // Near enough for a magnifier: the text starts at the contents' left edge, vertically centred.
    const QFontMetrics metrics(lineEdit()->font());
    const QRect contents = lineEdit()->contentsRect();
    const int x = contents.x() + 2 + metrics.horizontalAdvance(all.left(offset));
    const QRect local(x, contents.center().y() - metrics.height() / 2, metrics.horizontalAdvance(all.at(offset)), metrics.height());
    return QRect(lineEdit()->mapToGlobal(local.topLeft()), local.size());
}

int LineEditAccessible::offsetAtPoint(const QPoint &point) const
{
    const QPoint local = lineEdit()->mapFromGlobal(point);
    return lineEdit()->rect().contains(local) ? lineEdit()->cursorPositionAt(local) : -1;
}

void LineEditAccessible::scrollToSubstring(int startIndex, int endIndex)
{
    Q_UNUSED(startIndex)
    setCursorPosition(endIndex);
}

QString LineEditAccessible::attributes(int offset, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = qBound(0, offset, characterCount());
    return {};
}

void LineEditAccessible::deleteText(int startOffset, int endOffset) { replaceText(startOffset, endOffset, QString()); }

void LineEditAccessible::insertText(int offset, const QString &text) { replaceText(offset, offset, text); }

void LineEditAccessible::replaceText(int startOffset, int endOffset, const QString &text)
{
    if (lineEdit()->isReadOnly())
        return;
    // Through the field's own editing, so that its undo, validator and signals all see it.
    setSelection(0, startOffset, endOffset);
    lineEdit()->insert(text);
}
