// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>

class QLineEdit;

// What a screen reader reads of a single-line field (the search box, the form's Title...). Qt
// 6.4's own answers textAtOffset() at the end of the text, with word boundaries, by looping for
// ever (QTextBoundaryFinder): Orca's Ctrl+Right at the end of a field froze the app, and the open
// form was lost. This one finds the boundaries once, in bounds, and answers at and past the end.
class LineEditAccessible : public QAccessibleWidget, public QAccessibleTextInterface, public QAccessibleEditableTextInterface
{
public:
    explicit LineEditAccessible(QWidget *widget);

    void *interface_cast(QAccessible::InterfaceType type) override;
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text t, const QString &text) override;
    QAccessible::State state() const override;

    // QAccessibleTextInterface
    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(int startOffset, int endOffset) const override;
    QString textBeforeOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset, int *endOffset) const override;
    QString textAfterOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset, int *endOffset) const override;
    QString textAtOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset, int *endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

    // QAccessibleEditableTextInterface
    void deleteText(int startOffset, int endOffset) override;
    void insertText(int offset, const QString &text) override;
    void replaceText(int startOffset, int endOffset, const QString &text) override;

    // Installed once (app and tests): every QLineEdit, and what derives from it, answers with this.
    static void install();

private:
    QLineEdit *lineEdit() const;
    QString shown() const; // what the field shows (bullets for a password)
    // The segment [start, end) of `boundary` that holds `offset` moved by `step` segments.
    QString segment(int offset, QAccessible::TextBoundaryType boundary, int step, int *startOffset, int *endOffset) const;
};
