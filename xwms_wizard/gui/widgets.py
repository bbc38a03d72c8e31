"""Widgets the pages share: a field with its messages, help, error banner, busy bar, progress list,
clipboard, and small factories for the usual set-up of an input or a button."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QMetaObject, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from xwms_wizard.core.errors import WizardError
from xwms_wizard.gui import translation

if TYPE_CHECKING:  # asyncio loads with the event loop, after the first page is painted
    import asyncio

    from PySide6.QtWidgets import QCheckBox, QFormLayout


def emit_signal(obj: QObject, name: str) -> None:
    """Emit the no-argument signal `name` of `obj` through Qt's meta-object system.

    PySide6 6.12.0 drops a reference to `True` on every Python-side `signal.emit()`;
    a few thousand of them (one per keystroke adds up) crash the interpreter with
    "bool_dealloc". A signal emitted from C++ does not have the bug.
    """
    QMetaObject.invokeMethod(obj, name, Qt.ConnectionType.DirectConnection)


# Colours chosen to read on both light and dark window backgrounds.
ERROR_STYLE = "color: #c62828;"
WARNING_STYLE = "color: #a15c00;"
NOTE_STYLE = "color: palette(placeholder-text);"
OK_STYLE = "color: #2e7d32;"


def wrapped_label(
    text: str = "",
    *,
    object_name: str = "",
    rich: bool = False,
    style: str = "",
    hidden: bool = False,
) -> QLabel:
    """A word-wrapped label that can be selected with the mouse (people copy error messages).

    `style` is one of the *_STYLE colours; `hidden` starts it hidden until it has something to say.
    """
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    if style:
        label.setStyleSheet(style)
    if hidden:
        label.setVisible(False)
    return label


# -- factories ---------------------------------------------------------------------
# The usual set-up of an input or a button: an object name (for tests) and an accessible name
# (for screen readers) on each. Every text comes in already translated, so each string keeps the
# tr() context of the page that owns it.


def line_edit(parent: QWidget, name: str, accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def button(
    parent: QWidget, name: str, text: str, accessible: str = "", *, checkable: bool = False
) -> QPushButton:
    """A page's push button; Enter never presses it (Enter is the wizard's Next)."""
    push = QPushButton(text, parent)
    push.setObjectName(name)
    if accessible:
        push.setAccessibleName(accessible)
    push.setCheckable(checkable)
    push.setAutoDefault(False)
    return push


def action_row(parent: QWidget, name: str, text: str, accessible: str) -> tuple[QHBoxLayout, QPushButton]:
    """A page's one main action (Create everything, Check my setup): a bold button on its row."""
    push = button(parent, name, text, accessible)
    push.setIcon(parent.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
    push.setMinimumHeight(34)
    font = push.font()
    font.setBold(True)
    push.setFont(font)
    row = QHBoxLayout()
    row.addWidget(push)
    row.addStretch(1)
    return row, push


def checkbox(parent: QWidget, name: str, text: str, accessible: str) -> QCheckBox:
    from PySide6.QtWidgets import QCheckBox  # not on the first page: loaded when first asked

    check = QCheckBox(text, parent)
    check.setObjectName(name)
    check.setAccessibleName(accessible)
    return check


def radio_button(parent: QWidget, name: str, text: str, accessible: str) -> QRadioButton:
    choice = QRadioButton(text, parent)
    choice.setObjectName(name)
    choice.setAccessibleName(accessible)
    return choice


def combo(parent: QWidget, name: str, accessible: str) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    return box


def mask_secret(edit: QLineEdit) -> None:
    """Show a secret in `edit` as dots: small ones (•), so that a whole key fits in the field,
    with room at both ends, so that no dot is cut in half at the field's edge."""
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setTextMargins(4, 0, 4, 0)
    edit.setStyleSheet("lineedit-password-character: 8226;")  # U+2022 •, not Fusion's ●


# -- dates in the owner's language ------------------------------------------------------


def owner_locale() -> QLocale:
    """The locale of the wizard's language: the system's where it speaks that language (so
    en_GB keeps its own order of day and month), else the language's own."""
    language = QLocale(translation.current_language())
    system = QLocale.system()
    return system if system.language() == language.language() else language


def date_format(locale: QLocale) -> str:
    """`locale`'s long date without the weekday ("December 3, 2027", "3 december 2027"): the
    month in words, so that nobody mixes up day and month."""
    long = locale.dateFormat(QLocale.FormatType.LongFormat)
    text = re.sub(r"d{3,4}[\s,\u060c]*", "", long).strip(" ,\u060c")  # the weekday, with its comma
    return text or locale.dateFormat(QLocale.FormatType.ShortFormat)


def local_date(value: dt.date) -> str:
    """`value` as the owner reads a date, in the wizard's language."""
    locale = owner_locale()
    return locale.toString(QDate(value.year, value.month, value.day), date_format(locale))


def add_row(form: QFormLayout, label: str, field: QWidget, buddy: QWidget | None = None) -> None:
    """A labelled row whose mnemonic (the label's &-letter) focuses `buddy` (default: `field`)."""
    form.addRow(label, field)
    form.labelForField(field).setBuddy(buddy or field)


class HelpText(QLabel):
    """The folded plain-language explanation a HelpButton opens."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(8)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setVisible(False)


class HelpButton(QToolButton):
    """A "?" button ("What is this?") that opens and closes a HelpText next to what it explains."""

    def __init__(self, topic: str, help_text: HelpText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.help_text = help_text
        self.setText("?")
        self.setCheckable(True)
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.WhatsThisCursor)
        self.setToolTip(self.tr("What is this?"))
        self.setAccessibleName(self.tr("What is this? {topic}").format(topic=topic))
        self.setAccessibleDescription(help_text.text())
        self.toggled.connect(help_text.setVisible)


class PageHelp(QWidget):
    """The "What is this?" link at the top of a page, opening a short explanation of the page."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageHelp")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = HelpText(text, self)
        self.button = QPushButton(self.tr("What is this?"), self)
        self.button.setObjectName("pageHelpButton")
        self.button.setCheckable(True)
        self.button.setFlat(True)
        self.button.setAutoDefault(False)
        self.button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion))
        self.button.setAccessibleName(self.tr("What is this page?"))
        self.button.setAccessibleDescription(text)
        self.button.toggled.connect(self.text.setVisible)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.text)


class Field(QWidget):
    """An input with its help, and two sibling labels under it: `<input>Error` and `<input>Note`.

    The error label carries refusals (red) and warnings (amber); the note label
    says what the wizard changed ("We turned … into …") or suggests.
    """

    def __init__(
        self,
        editor: QWidget,
        *,
        topic: str = "",
        help_text: str = "",
        extra: Iterable[QWidget] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        name = editor.objectName()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(editor, 1)
        for widget in extra:
            row.addWidget(widget)
        self.help_button: HelpButton | None = None
        self.help_text: HelpText | None = None
        if help_text:
            self.help_text = HelpText(help_text, self)
            self.help_button = HelpButton(topic or editor.accessibleName(), self.help_text, self)
            self.help_button.setObjectName(f"{name}Help")
            row.addWidget(self.help_button)
        layout.addLayout(row)
        self.error_label = wrapped_label(object_name=f"{name}Error")
        self.error_label.setParent(self)
        self.error_label.setVisible(False)
        self.note_label = wrapped_label(object_name=f"{name}Note")
        self.note_label.setParent(self)
        self.note_label.setStyleSheet(NOTE_STYLE)
        self.note_label.setVisible(False)
        layout.addWidget(self.error_label)
        layout.addWidget(self.note_label)
        # "Use “my-bakery-shop”": a suggested value, taken with one click (or Space).
        self.suggestion = ""
        self.suggest_button = QPushButton(self)
        self.suggest_button.setObjectName(f"{name}Suggest")
        self.suggest_button.setAutoDefault(False)
        self.suggest_button.setVisible(False)
        self.suggest_button.clicked.connect(self._use_suggestion)
        suggest_row = QHBoxLayout()
        suggest_row.addWidget(self.suggest_button)
        suggest_row.addStretch(1)
        layout.addLayout(suggest_row)
        if self.help_text is not None:
            layout.addWidget(self.help_text)

    def set_suggestion(self, value: str) -> None:
        """Offer `value` for the input (a QLineEdit) with a button; "" hides the offer."""
        self.suggestion = value
        self.suggest_button.setVisible(bool(value))
        if value:
            self.suggest_button.setText(self.tr("Use “{value}”").format(value=value))
            self.suggest_button.setAccessibleName(
                self.tr("Use the suggestion {value}").format(value=value)
            )

    def _use_suggestion(self) -> None:
        if self.suggestion:
            value, self.suggestion = self.suggestion, ""
            self.editor.setText(value)
            self.editor.setFocus()

    def show_message(self, *, error: str = "", warning: str = "", note: str = "") -> None:
        text = error or warning
        self.error_label.setText(text)
        self.error_label.setStyleSheet(ERROR_STYLE if error else WARNING_STYLE)
        self.error_label.setVisible(bool(text))
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        # Screen readers announce the description of the focused input.
        self.editor.setAccessibleDescription(" ".join(t for t in (text, note) if t))

    def show_check(self, check, *, note: str = "") -> None:
        """Show a core.validate.Check: its refusal, else its warning, and its note."""
        if check.ok:
            self.show_message(warning=check.warning, note=note or check.note)
        else:
            self.show_message(error=check.message, note=note)

    def clear(self) -> None:
        self.show_message()


class Toggle(QWidget):
    """A check box with its own "What is this?" button and folded help text."""

    def __init__(self, check, topic: str, help_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(check)
        self.help_text = HelpText(help_text, self)
        self.help_button = HelpButton(topic, self.help_text, self)
        self.help_button.setObjectName(f"{check.objectName()}Help")
        row.addWidget(self.help_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.help_text)
        check.setAccessibleDescription(help_text)


class ErrorBanner(QFrame):
    """A plain message of what went wrong, with the technical detail behind a Details toggle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setAccessibleName(self.tr("Problem"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#errorBanner { background: #fdecea; border: 1px solid #f1aeb5; border-radius: 6px; }"
            "#errorBanner QLabel { color: #5f2120; background: transparent; }"
        )
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        top = QHBoxLayout()
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon)
        self.message = wrapped_label(object_name="errorBannerText")
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.message, 1)
        layout.addLayout(top)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.details_button = QPushButton(self.tr("Details"), self)
        self.details_button.setObjectName("errorDetailsButton")
        self.details_button.setCheckable(True)
        self.details_button.setAutoDefault(False)
        self.details_button.setAccessibleName(self.tr("Show technical details"))
        self.buttons.addWidget(self.details_button)
        layout.addLayout(self.buttons)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("errorDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Technical details"))
        self.details.setMaximumHeight(90)
        self.details.setVisible(False)
        layout.addWidget(self.details)
        self.details_button.toggled.connect(self.details.setVisible)
        self.setVisible(False)

    def add_button(self, button: QPushButton) -> None:
        """Put an action (such as Try again) next to Details."""
        button.setAutoDefault(False)
        self.buttons.insertWidget(1, button)

    def show_error(self, error: BaseException) -> None:
        if isinstance(error, WizardError):
            text, detail = error.message, error.detail
        else:
            text = self.tr(
                "Something unexpected went wrong. Try again; if it keeps happening, "
                "the details below help a developer find the cause."
            )
            detail = f"{type(error).__name__}: {error}"
        self.show_text(text, detail)

    def show_text(self, text: str, detail: str = "") -> None:
        self.message.setText(text)
        self.details.setPlainText(detail)
        self.details_button.setChecked(False)
        self.details_button.setVisible(bool(detail))
        self.setVisible(True)

    def clear(self) -> None:
        self.message.clear()
        self.details.clear()
        self.details_button.setChecked(False)
        self.setVisible(False)


class BusyBar(QWidget):
    """ "Please wait" with what the wizard waits for, and a Cancel that cancels the asyncio task."""

    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None, *, name: str = "busy") -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Bar")
        self._task: asyncio.Task | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = wrapped_label(object_name=f"{name}Label")
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # "working", no percentage
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(160)
        self.bar.setAccessibleName(self.tr("Working"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName(f"{name}CancelButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setAccessibleName(self.tr("Cancel what the wizard is doing"))
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.setVisible(False)

    @property
    def busy(self) -> bool:
        # Until finish(): a task that has just ended is still busy until its page has taken in
        # the answer, so Next cannot be pressed between the two.
        return self._task is not None

    def start(self, text: str, task: asyncio.Task) -> None:
        self._task = task
        self.label.setText(text)
        self.cancel_button.setEnabled(True)
        self.setVisible(True)

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def finish(self) -> None:
        self._task = None
        self.setVisible(False)

    def cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Stopping…"))
            self._task.cancel()
            emit_signal(self, "cancelled")


def heading_font(widget: QWidget) -> QFont:
    font = QFont(widget.font())
    font.setBold(True)
    return font


class SecretClipboard(QObject):
    """Copies a secret to the clipboard and clears it after 60 s if the clipboard still holds it.

    Only a hash of the copied value is kept, to recognise it later.
    """

    CLEAR_AFTER_MS = 60_000

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setObjectName("clipboardTimer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.CLEAR_AFTER_MS)
        self.timer.timeout.connect(self.clear_if_ours)
        self._digest: bytes | None = None

    @staticmethod
    def _hash(text: str) -> bytes:
        import hashlib

        return hashlib.sha256(text.encode("utf-8")).digest()

    def copy(self, value: str) -> None:
        QGuiApplication.clipboard().setText(value)
        self._digest = self._hash(value)
        self.timer.start()

    def holds_secret(self) -> bool:
        if self._digest is None:
            return False
        return self._hash(QGuiApplication.clipboard().text()) == self._digest

    def clear_if_ours(self) -> None:
        """Clear the clipboard, unless the owner has copied something else since."""
        if self.holds_secret():
            QGuiApplication.clipboard().clear()
        self._digest = None

    def clear_now(self) -> None:
        self.timer.stop()
        self.clear_if_ours()


def __getattr__(name: str) -> object:
    # ProgressList and RowLook (gui.progress_list) load with the first page that shows steps:
    # Qt's list widgets are not needed before the first paint.
    if name in ("ProgressList", "RowLook"):
        from xwms_wizard.gui import progress_list

        return getattr(progress_list, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
