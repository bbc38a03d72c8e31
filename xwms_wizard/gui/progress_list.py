"""A list of steps with their state (Review's progress, the Live check, Renew): one row per
step, its state's word, icon and colour. Apart from gui.widgets so the first page does not load
Qt's list widgets."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget


@dataclass(frozen=True)
class RowLook:
    """How a ProgressList row in one state reads: the word after its title, an icon, a colour."""

    word: str
    icon: QStyle.StandardPixmap | None = None
    colour: str | None = None


class ProgressList(QListWidget):
    """One row per step, "<title>: <state word>" and a message under it, with the state's icon
    and colour; always tall enough to show every row (the page scrolls as a whole instead).

    The caller gives the rows' titles and looks already translated. Each row keeps its key in
    `Qt.UserRole + 1` and its state in `Qt.UserRole`, as plain values (tests read them).
    """

    def __init__(self, parent: QWidget, *, name: str, accessible: str, padding: int = 4) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.setIconSize(QSize(16, 16))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._padding = padding
        self._looks: Mapping[object, RowLook] = {}
        self._rows: dict[Hashable, tuple[QListWidgetItem, str]] = {}

    def set_rows(
        self, rows: Iterable[tuple[Hashable, str]], looks: Mapping[object, RowLook]
    ) -> None:
        """Start over with these (key, title) rows, each in state None ("waiting")."""
        self.clear()
        self._looks = looks
        self._rows = {}
        for key, title in rows:
            item = QListWidgetItem()
            self._rows[key] = (item, title)
            self.addItem(item)
            self.show_state(key, None)
        self.fit()

    def show_state(self, key: Hashable, state: object, message: str = "") -> None:
        """Show row `key` in `state` (a key of the looks), with `message` on a line under it."""
        row = self._rows.get(key)
        if row is None:
            return
        item, title = row
        look = self._looks[state]
        text = f"{title}: {look.word}"
        if message:
            text += f"\n{message}"
        item.setText(text)
        item.setData(Qt.ItemDataRole.UserRole, getattr(state, "value", state))
        item.setData(Qt.ItemDataRole.UserRole + 1, getattr(key, "value", key))
        style = self.style()
        item.setIcon(style.standardIcon(look.icon) if look.icon is not None else self._blank())
        item.setForeground(QBrush(QColor(look.colour)) if look.colour else QBrush())
        self.fit()

    def fit(self) -> None:
        # Wrapped rows only know their height once laid out at the list's width: a second go.
        self._fit_now()
        QTimer.singleShot(0, self, self._fit_now)  # not after the list is gone

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        # Narrower (a scroll bar appeared beside the page, a longer language): rows wrap anew and
        # grow taller, so the list grows with them; a change of height alone changes no row.
        if event.size().width() != event.oldSize().width():
            self.fit()

    def _fit_now(self) -> None:
        self.doItemsLayout()
        # The laid-out height of a row is its wrapped height at the list's width now;
        # sizeHintForRow does not know that width, and misses the lines a narrower list adds.
        rows = sum(
            max(self.sizeHintForRow(i), self.visualItemRect(self.item(i)).height())
            + 2 * self.spacing()
            for i in range(self.count())
        )
        self.setFixedHeight(rows + 2 * self.frameWidth() + self._padding)

    def _blank(self) -> QIcon:
        """An empty icon, so that rows without one keep their text in line with the others."""
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        return QIcon(pixmap)
