#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# A screen reader's questions, asked over AT-SPI as Orca asks them, of the running window
# (started by run_screen_reader.sh). One story per run; exit 0 when every check holds.
import os
import sys
import time

import pyatspi
from gi.repository import Atspi, GLib

failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    if not condition:
        failures.append(what)


def pump(seconds):
    """Lets the window and the bus deliver what they have to say for a while."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.iteration(False):
            pass
        time.sleep(0.02)


def find_all(node, role, found=None, depth=0):
    found = [] if found is None else found
    if node is None or depth > 40:
        return found
    if node.getRole() == role:
        found.append(node)
    if node.getRole() in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST):
        return found  # their children are cells: 100,000 of them in a big catalogue
    for i in range(node.childCount):
        find_all(node.getChildAtIndex(i), role, found, depth + 1)
    return found


def the_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for _ in range(300):
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == "measures" and app.childCount > 0:
                return app
        pump(0.1)
    sys.exit("the window never appeared on the accessibility bus")


def named(app, role, name):
    for node in find_all(app, role):
        if node.name == name:
            return node
    sys.exit("no %s named %r" % (role, name))


def wait_until(condition, seconds=10):
    """Pumps until `condition` holds or the time is up; says whether it held."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        pump(0.1)
    return condition()


def search_for(app, text, rows=None):
    box = named(app, pyatspi.ROLE_TEXT, "Search measures")
    box.queryEditableText().setTextContents(text)
    if rows is not None:  # the table follows the typing
        wait_until(lambda: named(app, pyatspi.ROLE_TABLE, "Measures").queryTable().nRows == rows)
    return box


def story_cells_outside(app):
    table = named(app, pyatspi.ROLE_TABLE, "Measures")
    cells = table.queryTable()
    check(cells.nColumns == 10, "the table reports the 10 columns that show (it said %d)" % cells.nColumns)
    check(cells.nRows == 5, "and the sample's 5 measures (it said %d)" % cells.nRows)
    check(cells.getColumnDescription(0) == "Title", "its first column is the title's (%r)" % cells.getColumnDescription(0))
    first = cells.getAccessibleAt(0, 0)
    check(first is not None and "CONECTA" in first.name, "the first cell reads its title (%r)" % (first.name if first else None))
    for rows in (cells.nRows, 0):
        if rows == 0:
            search_for(app, "zzqqxx", rows=0)  # an empty result: Qt's own answer to any cell killed the app
            check(cells.nRows == 0, "a search matching nothing leaves no rows (%d)" % cells.nRows)
        for row, column in ((-1, -1), (0, 0), (rows, 0), (0, 10), (rows + 7, 3)):
            check(cells.isSelected(row, column) in (True, False), "IsSelected(%d, %d) answered" % (row, column))
            check(cells.getRowExtentAt(row, column) >= 0, "GetRowExtentAt(%d, %d) answered" % (row, column))
            check(cells.getColumnExtentAt(row, column) >= 0, "GetColumnExtentAt(%d, %d) answered" % (row, column))
            cells.getRowHeader(row)
            cells.getRowColumnExtentsAtIndex(row * 10 + column if row >= 0 else 999)
        check(app.childCount > 0, "the window still answers with %d rows" % rows)


def story_words_at_the_end(app):
    box = search_for(app, "programa cultural")
    text = box.queryText()
    length = text.characterCount
    started = time.monotonic()
    for offset in (length - 1, length, length + 1):
        for boundary in (pyatspi.TEXT_BOUNDARY_WORD_START, pyatspi.TEXT_BOUNDARY_WORD_END, pyatspi.TEXT_BOUNDARY_CHAR):
            text.getTextAtOffset(offset, boundary)
            text.getTextAfterOffset(offset, boundary)
            text.getTextBeforeOffset(offset, boundary)
    check(time.monotonic() - started < 5, "word by word to the end of the search box: answered in %.2f s" % (time.monotonic() - started))
    check(app.childCount > 0, "the window still answers")


def story_typing_is_quiet(app):
    table = named(app, pyatspi.ROLE_TABLE, "Measures")
    table.queryTable().addRowSelection(1)  # a measure chosen, kept across searches
    pump(0.5)
    heard = []

    def listen(event):
        try:
            role = event.source.getRole()
        except Exception:  # a cell gone since: what Orca met too
            role = None
        heard.append((event.type, role))

    pyatspi.Registry.registerEventListener(listen, "object:state-changed:focused", "focus:", "object:selection-changed")
    box = named(app, pyatspi.ROLE_TEXT, "Search measures")
    box.queryComponent().grabFocus()
    pump(0.5)
    del heard[:]
    typed = ""
    for letter in "cultura":
        typed += letter
        box.queryEditableText().setTextContents(typed)
        pump(0.4)
    pump(2.0)  # what the last key made the table do, said late, is heard too
    from_table = [e for e in heard if e[1] in (pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_TABLE, None)]
    check(not from_table, "typing in the search box: nothing said of the table (%d events: %s)" % (len(from_table), from_table[:4]))
    pyatspi.Registry.deregisterEventListener(listen, "object:state-changed:focused", "focus:", "object:selection-changed")


def story_ticking_a_goal(app):
    # Edit Measure... on the selected measure (the first is selected as the catalogue opens).
    edit = [b for b in find_all(app, pyatspi.ROLE_PUSH_BUTTON) if b.name.replace("&", "").startswith("Edit Measure")]
    check(len(edit) > 0, "the toolbar's Edit Measure button is there")
    named(app, pyatspi.ROLE_TABLE, "Measures").queryTable().addRowSelection(0)
    pump(0.3)
    # The form opens modal: the press is answered only when it closes, so it is not waited for.
    Atspi.set_timeout(1000, 1000)  # (the second: for an application started a moment ago)
    try:
        edit[0].queryAction().doAction(0)
    except GLib.GError:
        pass
    Atspi.set_timeout(25000, 60000)
    goal = None
    for _ in range(100):
        pump(0.1)
        for tree in find_all(app, pyatspi.ROLE_TREE):
            cells = tree.queryTable()
            for row in range(cells.nRows):
                cell = cells.getAccessibleAt(row, 0)
                if cell is not None and cell.name.startswith("2. "):
                    goal = cell
        if goal is not None:
            break
    check(goal is not None, "the form's goal 2 is there, a cell of the goals' tree")
    if goal is None:
        return
    before = goal.getState().contains(pyatspi.STATE_CHECKED)
    heard = []

    def listen(event):
        heard.append((event.source.name if event.source else None, event.detail1))

    pyatspi.Registry.registerEventListener(listen, "object:state-changed:checked")
    actions = goal.queryAction()
    names = [actions.getName(i) for i in range(actions.nActions)]
    check("Toggle" in names, "its action is Toggle (%s)" % names)
    actions.doAction(names.index("Toggle"))
    pump(1.0)
    pyatspi.Registry.deregisterEventListener(listen, "object:state-changed:checked")
    check(goal.getState().contains(pyatspi.STATE_CHECKED) != before, "ticked: its state says so")
    check(any(name == goal.name and bool(detail) != before for name, detail in heard),
          "and the reader is told goal 2's check changed (%s)" % heard[:4])


stories = {"cells-outside": story_cells_outside, "words-at-the-end": story_words_at_the_end, "typing-is-quiet": story_typing_is_quiet,
           "ticking-a-goal": story_ticking_a_goal}
stories[sys.argv[1]](the_app())
sys.stdout.flush()
# At once: libatspi's clean-up waits out a call still unanswered (the press that opened a modal form).
os._exit(1 if failures else 0)
