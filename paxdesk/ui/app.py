"""Starting the GUI: QApplication, translations (German by default), the wizard, and the demo."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
if not I18N.exists():  # installed package / frozen bundle
    I18N = Path(__file__).resolve().parent / "i18n"


def wants_german() -> bool:
    """PAXDESK_LANG (de/en) wins; otherwise German when the system locale is German."""
    setting = os.environ.get("PAXDESK_LANG", "").lower()
    if setting in ("de", "en"):
        return setting == "de"
    return QLocale.system().language() == QLocale.Language.German


def application(german: bool) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("paxdesk")
    app.setOrganizationName("paxdesk")
    for old in getattr(app, "_paxdesk_translators", []):
        app.removeTranslator(old)
    app._paxdesk_translators = []
    # Counts (%Ln in the translations) and numbers as the UI's language writes them: 1.234 or 1,234
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany) if german
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    if german:
        qt = QTranslator(app)
        if qt.load("qtbase_de", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            app._paxdesk_translators.append(qt)
    names = ("paxdesk_de.qm", "paxdesk_migration_de.qm") if german else ("paxdesk_en.qm",)  # English: plurals
    for name in names:  # the conversion and the migration wizard
        ours = QTranslator(app)
        if ours.load(str(I18N / name)):
            app.installTranslator(ours)
            app._paxdesk_translators.append(ours)
    return app


def install_crash_handler(app: QApplication, show=None, places=None) -> None:
    """An unhandled exception: a friendly dialog and a crash report, never a silent exit or a traceback.

    ``show(title, text)`` displays the dialog (a QMessageBox by default; tests pass their own); the report
    goes to the log folder of ``places`` (default: the user's).
    What still goes to the console (Ctrl+C's traceback) must survive a Windows code page too.
    """
    from PySide6.QtWidgets import QMessageBox

    from paxdesk import paths
    from paxdesk.console import make_console_robust
    from paxdesk.logs import write_crash_report

    make_console_robust()
    show = show or (lambda title, text: QMessageBox.critical(None, title, text))

    def handle(kind, exc, tb):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        report = write_crash_report((places or paths.places()).log_dir(), exc.with_traceback(tb))
        show("paxdesk", app.translate(
            "app", "Sorry — something went wrong that paxdesk did not expect. Nothing was changed "
            "without a backup. A report for the support was saved here:\n{0}").replace("{0}", str(report)))
    sys.excepthook = handle


def run_wizard(db_url: str, migration_defaults=None, places=None, **context_options) -> int:
    """The conversion wizard on the CRM at ``db_url``; ``migration_defaults``: the legacy files and myJack the
    migration wizard starts with, ``places``: its folders (both the demo's; default: the user's)."""
    from paxdesk.bootstrap import open_session, settings_from
    from paxdesk.ui.wizard import ConversionWizard

    german = wants_german()
    app = application(german)
    install_crash_handler(app, places=places)
    session = open_session(db_url, settings=settings_from(places=places), **context_options)
    wizard = ConversionWizard(session, german, migration_defaults)
    wizard.fit_to_screen()
    wizard.show()
    return app.exec()




def run_demo() -> int:
    """Demo CRM + in-process sandbox in the demo folder; the real CRM and backups are never touched."""
    from paxdesk import paths
    from paxdesk.places import Places
    from paxdesk.sandbox.server import SandboxServer
    from paxdesk.demo.conversion import DEMO_TOKEN, prepare_demo

    demo_home = paths.places().data_dir() / "demo"
    db_url, fixture = prepare_demo(demo_home)
    with SandboxServer(fixture) as server:
        from paxdesk.demo.migration import prepare_migration_demo
        legacy = prepare_migration_demo(demo_home, fixture, server.api_url("myjack"), DEMO_TOKEN)
        return run_wizard(db_url, legacy, Places.under(demo_home),  # backups, reports, logs: in the demo folder
                          midoffice="midoco", base_url=server.api_url("midoco"), token=DEMO_TOKEN,
                          remember_token=False)
