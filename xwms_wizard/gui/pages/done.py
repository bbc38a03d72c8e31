"""Done page: what to send the developer, and how (the folder; the secret apart if left out)."""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import Any

from xwms_wizard.core.flow import Mode, Page
from xwms_wizard.gui.pages.base import BasePage
from xwms_wizard.gui.widgets import wrapped_label


class DonePage(BasePage):
    page = Page.DONE

    def build(self) -> None:
        self.setTitle(self.tr("All set"))
        self.setSubTitle(self.tr("Now hand it over to your developer."))
        self.add_help(
            self.tr(
                "Your part is done. Your developer adds the “Log in with XWMS” button to your "
                "website using the folder the wizard wrote. The HANDOFF.md file in it explains "
                "every step to them, including a check they can run from your server."
            )
        )
        self.steps = wrapped_label(object_name="doneSteps", rich=True)
        self.body.addWidget(self.steps)
        self.body.addStretch(1)

    def on_enter(self) -> None:
        bundle = self.session.bundle
        export = self.wiz.page_named(Page.EXPORT)
        included = getattr(bundle, "secret_included", export.include_check.isChecked())
        older = self._older_folders(export, bundle)
        items = [self._what_to_send(bundle, older)]
        if older:
            items.append(self._folders_note(bundle, older))
        items.append(self._secret_note(included))
        items += self._closing_notes()
        self.steps.setText(
            "<ol>"
            + "".join(f"<li style='margin-bottom:8px'>{item}</li>" for item in items)
            + "</ol>"
        )

    def _what_to_send(self, bundle: Any, older: list[Any]) -> str:
        """The folder (or its zip file) to send, the newest one if there are several."""
        folder = html.escape(str(bundle.path)) if bundle is not None else ""
        zip_path = getattr(bundle, "zip_path", None) if bundle is not None else None
        if zip_path and older:
            return self.tr(
                "Send your developer the zip file <b>{zip}</b> of the newest folder, {folder}."
            ).format(zip=html.escape(str(zip_path)), folder=folder)
        if zip_path:
            return self.tr(
                "Send your developer the zip file <b>{zip}</b> (or the folder {folder})."
            ).format(zip=html.escape(str(zip_path)), folder=folder)
        if older:
            return self.tr("Send your developer the newest folder, <b>{folder}</b>.").format(
                folder=folder
            )
        return self.tr("Send your developer the folder <b>{folder}</b>.").format(folder=folder)

    def _secret_note(self, included: bool) -> str:
        """How to send the folder with the secret in it, or how to hand over the secret apart."""
        if included:
            return self.tr(
                "The secret key is inside it, so send it safely: through a shared password "
                "manager or an encrypted link, not as a plain e-mail attachment. Delete "
                "your copy once your developer has it."
            )
        where = (
            self.tr("It is in this computer's keychain under “xwms-wizard”.")
            if self.session.secrets.persistent
            else self.tr("You copied it on the Review page.")
        )
        return self.tr(
            "The secret key is not in the folder. Give it to your developer "
            "separately, in a different way than the folder: read it out over the "
            "phone, or share it through a password manager. {where}"
        ).format(where=where)

    def _closing_notes(self) -> list[str]:
        """What the developer does next; an unverified folder; a practice run."""
        notes = [
            self.tr(
                "Your developer follows HANDOFF.md in the folder. When the login works on your "
                "website, you are done."
            )
        ]
        result = self.session.result
        verification = result.verification if result is not None else None
        if verification is not None and not verification.ok:
            notes.append(
                self.tr(
                    "The folder is marked “not verified”: nobody has checked yet that these "
                    "settings work. Your developer runs that check from your website's server, "
                    "as HANDOFF.md explains."
                )
            )
        if self.flow.mode is Mode.PRACTICE:
            notes.append(
                self.tr(
                    "This was a practice run: everything was made on the practice server on "
                    "this computer, not at XWMS. Your developer can still try the login on "
                    "their own computer: HANDOFF.md in the folder gives them the one command "
                    "that starts a practice server for exactly this setup, and small example "
                    "apps that log in with it. For your real website, run the wizard again "
                    "with your XWMS account."
                )
            )
        return notes

    @staticmethod
    def _older_folders(export: Any, newest: Any) -> list[Any]:
        """The other folders written in this session that are still there, newest first."""
        if newest is None:
            return []
        written = getattr(export, "written", [])
        return [
            old
            for old in reversed(written)
            if Path(old.path) != Path(newest.path) and os.path.lexists(old.path)
        ]

    def _folders_note(self, newest: Any, older: list[Any]) -> str:
        """Every folder of this session, the newest marked, and what to do with the others."""
        paths = [Path(newest.path)]
        for old in older:
            paths.append(Path(old.path))
            zip_path = getattr(old, "zip_path", None)
            if zip_path and os.path.lexists(zip_path):
                paths.append(Path(zip_path))
        parents = {path.parent for path in paths}
        if len(parents) == 1:  # the usual case: all in one folder, named once
            text = self.tr(
                "In this session the wizard wrote these folders for your developer in {folder}:"
            ).format(folder=html.escape(str(parents.pop())))
            shown = [html.escape(path.name) for path in paths]
        else:
            text = self.tr("In this session the wizard wrote these folders for your developer:")
            shown = [html.escape(str(path)) for path in paths]
        rows = [self.tr("the newest (send this one): <b>{folder}</b>").format(folder=shown[0])]
        rows += [self.tr("older: {folder}").format(folder=name) for name in shown[1:]]
        text += "<ul>" + "".join(f"<li>{row}</li>" for row in rows) + "</ul>"
        if any(getattr(old, "secret_included", False) for old in older):
            text += self.tr(
                "Your developer needs only the newest. Delete the older ones once they have "
                "it: an older one holds the secret key too."
            )
        else:
            text += self.tr(
                "Your developer needs only the newest; you can delete the older ones."
            )
        return text
