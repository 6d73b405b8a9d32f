"""Prints the text of the terminal window titled argv[1] as the accessibility bus gives
it to a screen reader (row by row, trailing spaces removed), then "CURSOR row,column".

tests/orca.rs uses it to wait until the tutor has drawn a page before pressing a key,
and to show the screen when Orca said something unexpected.
"""

import sys

import pyatspi

TITLE = sys.argv[1]


def terminal_in(accessible):
    if accessible is None:
        return None
    if accessible.getRole() == pyatspi.ROLE_TERMINAL:
        return accessible
    for child in accessible:
        found = terminal_in(child)
        if found is not None:
            return found
    return None


def find_terminal():
    for app in pyatspi.Registry.getDesktop(0):
        if app is None:
            continue
        for window in app:
            if window is not None and window.name == TITLE:
                return terminal_in(window)
    return None


terminal = find_terminal()
if terminal is None:
    sys.exit(1)
text = terminal.queryText()
everything = text.getText(0, -1)
caret = text.caretOffset
before = everything[:caret]
row = before.count("\n")
column = len(before) - (before.rfind("\n") + 1)
for line in everything.split("\n"):
    print(line.rstrip())
print("CURSOR %d,%d" % (row, column))
