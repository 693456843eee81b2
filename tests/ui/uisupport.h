// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testsupport.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <vector>

class MainWindow;
class QTreeWidget;

// Runs `answer` on the next modal dialog that opens (a message box, the measure editor), as a
// user would act on it; polls for up to `ms` (five seconds unless a step runs long first).
void whenModalAppears(std::function<void(QWidget *)> answer, int ms = 5000);
// Clicks the button of a QMessageBox whose text is `text` (translated labels) or whose role is given.
void clickMessageBoxButton(QWidget *box, const QString &text);
// Types text into a widget key by key, accents included (QTest::keyClicks is ASCII-only).
void typeText(QWidget *widget, const QString &text);
// Shows a window and makes it the active one, as a click on it would: focus moves as the user sees it.
void showActive(QWidget *window);
// Presses a key where the keyboard is: an open pop-up (a completion list) first, as the window
// system routes it, else the focused widget.
void pressKey(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
// Every visible row of a tree shows its whole label in `column` (wrapped if need be, never cut),
// with no blank line under it.
void checkRowsShowWholeLabels(QTreeWidget *tree, int column = 0);
// Waits (processing events) until `condition` holds, up to `ms`.
bool waitFor(const std::function<bool()> &condition, int ms = 3000);

// A main window showing a fresh copy of the sample catalogue.
struct SampleWindow {
    SampleWindow();
    ~SampleWindow();
    TempCatalogue t{TempCatalogue::Content::Sample};
    std::unique_ptr<MainWindow> window;
    QString countText() const;
};

// The dialogs that show a catalogue's content, each with something to show: Find Duplicates
// (a twin of the first measure added), a colleague's file to merge (one of their edits) and a
// spreadsheet to import (one update, one new measure). Each call makes a new dialog.
std::vector<std::function<QWidget *()>> contentDialogs(SampleWindow &s);
// Every dialog of the window, each made by a call: export, vocabularies, partners, saved views,
// About, Connect to a team, the measure form, and the content dialogs above.
std::vector<std::function<QWidget *()>> everyDialog(SampleWindow &s);
