"""Guards against PySide6 6.12.0's reference leak on Python-side signal emits (see emit_signal)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit

from tests.helpers.gui import find


def test_typing_does_not_leak_references_to_true(qtbot, make_wizard):
    wizard = make_wizard()
    edit = find(wizard, QLineEdit, "serverUrlEdit")
    wizard.page_named("welcome").custom.setChecked(True)
    before = sys.getrefcount(True)
    for n in range(1000):
        edit.setText(f"https://xwms{n}.example")  # each change re-checks the page
    # A leaking emit takes one reference per change (1000 here); allow for unrelated churn.
    assert sys.getrefcount(True) >= before - 100
