"""What every page shares: its name, the session and plan, help, busy state, error banner."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from xwms_wizard.core.flow import Page
from xwms_wizard.gui.widgets import BusyBar, ErrorBanner, PageHelp, emit_signal

if TYPE_CHECKING:
    import asyncio

    from xwms_wizard.gui.host import WizardHost


class _HeightForWidthAsMinimum(QObject):
    """Keeps a scrolled page's minimum height at what its wrapped texts need at its width.

    QScrollArea re-measures its page when the page's minimum size changes or the page is
    resized, but may miss a change in the height the page needs for its width alone (a wrapped
    text one line longer, with the same minimum size). The page then keeps its old height and
    the layout squeezes a label by a line, which nothing scrolls into view. Turning "height for
    this width" into the page's minimum height makes every such change one the scroll area sees.
    """

    _EVENTS = (QEvent.Type.LayoutRequest, QEvent.Type.Resize, QEvent.Type.Show)

    def __init__(self, container: QWidget) -> None:
        super().__init__(container)
        container.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Layout requests reach the page's layout before this filter, so it has its new sizes.
        if event.type() in self._EVENTS and isinstance(watched, QWidget):
            layout = watched.layout()
            if layout is not None:
                needed = layout.totalHeightForWidth(watched.width())
                if needed >= 0 and needed != watched.minimumHeight():
                    watched.setMinimumHeight(needed)
        return False


class BasePage(QWizardPage):
    """A thin page: fill widgets from the plan/session, write choices back, report valid/busy/error.

    Subclasses build their widgets into `self.body` and override `page_valid`.
    Next is enabled when the page is valid and not busy (`isComplete`).
    """

    page: Page
    scrollable = False

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__()
        self.wiz = wizard
        self.setObjectName(f"{self.page.value}Page")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        container = QWidget()
        self.body = QVBoxLayout(container)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(10)
        if self.scrollable:
            scroll = QScrollArea(self)
            # Our own viewport, made here: asking Qt for its own (viewport()) has PySide work
            # out that widget's class by building the Python types of every QWidget subclass
            # it might be (some 70 enums, about 15 ms before the first paint).
            viewport = QWidget(scroll)
            viewport.setAutoFillBackground(False)
            scroll.setViewport(viewport)
            scroll.setObjectName(f"{self.page.value}Scroll")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(container)
            self._follow_height = _HeightForWidthAsMinimum(container)
            container.setAutoFillBackground(False)
            outer.addWidget(scroll)
            self.scroll_area: QScrollArea | None = scroll
        else:
            self.scroll_area = None
            outer.addWidget(container)
        self.banner = ErrorBanner(self)
        self.busy = BusyBar(self, name=self.page.value)
        self.busy.cancelled.connect(self.completeChanged)
        self._loaded = False
        self.build()
        outer.addWidget(self.busy)
        outer.addWidget(self.banner)

    # -- for subclasses ------------------------------------------------------------

    def build(self) -> None:
        """Create the page's widgets into `self.body`."""

    def add_help(self, text: str) -> PageHelp:
        help_widget = PageHelp(text, self)
        self.body.addWidget(help_widget)
        return help_widget

    def load(self) -> None:
        """Fill the widgets from the wizard's plan (first visit, and after a resume)."""

    def page_valid(self) -> bool:
        return True

    def carry_over(self, old: BasePage) -> None:
        """Take over what `old` (this page in the previous language) knew beyond the plan."""

    def on_enter(self) -> None:
        """Called on every visit, after `load` on the first one."""

    def focus_target(self) -> QWidget | None:
        """Where the keyboard focus goes when the page opens (None: Qt's choice)."""
        return None

    @property
    def session(self):
        return self.wiz.session

    @property
    def plan(self):
        return self.wiz.plan

    @property
    def flow(self):
        return self.wiz.flow

    def run(
        self,
        coro: Coroutine[Any, Any, Any],
        text: str,
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> asyncio.Task:
        """Run async work for this page: busy bar with Cancel, errors into the banner."""
        self.banner.clear()

        def finished() -> None:
            self.busy.finish()
            emit_signal(self, "completeChanged")

        def done(result: Any) -> None:
            finished()
            on_done(result)

        def failed(error: BaseException) -> None:
            finished()
            self.banner.show_error(error)
            if on_error is not None:
                on_error(error)

        def cancelled() -> None:
            finished()
            if on_cancel is not None:
                on_cancel()

        task = self.wiz.run_task(coro, on_done=done, on_error=failed, on_cancel=cancelled)
        self.busy.start(text, task)
        emit_signal(self, "completeChanged")
        return task

    # -- QWizardPage ---------------------------------------------------------------

    def initializePage(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.load()
        self.on_enter()
        target = self.focus_target()
        if target is not None:
            # After QWizard has finished switching pages, which moves the focus itself.
            QTimer.singleShot(0, lambda: target.isVisible() and target.setFocus())

    def reload(self) -> None:
        """Forget what the widgets show and fill them from the plan again (after a resume)."""
        self._loaded = False

    def scroll_to(self, widget: QWidget) -> None:
        """Bring `widget` into view on a scrolling page (after the layout has caught up)."""
        if self.scroll_area is not None:
            scroll = self.scroll_area
            QTimer.singleShot(0, lambda: scroll.ensureWidgetVisible(widget, 0, 20))

    def isComplete(self) -> bool:
        return not self.busy.busy and self.page_valid()

    def refresh(self) -> None:
        emit_signal(self, "completeChanged")
