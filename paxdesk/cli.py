"""The ``paxdesk`` command line (CONTRACT §1): parse, call a service, print, return an exit code."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from pathlib import Path

from paxdesk import __version__, paths
from paxdesk.errors import PaxdeskError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse exits with 2 on usage errors, which is what CONTRACT §1 asks for."""


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of days") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _db_option(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument("--db", metavar="URL", required=required, default=None,
                        help="SQLAlchemy URL of the CRM (default: the SQLite file in the user data folder)")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="show tracebacks for errors and log at DEBUG level")
    parser = _Parser(prog="paxdesk", description="Converts MidOffice v1 customer copies into v2 references.")
    parser.add_argument("--version", action="version", version=f"paxdesk {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors and log at DEBUG level")
    parser.add_argument("--selftest", action="store_true", help="check that this installation works, then exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(group, name: str, help: str) -> argparse.ArgumentParser:
        """Every (sub-)command takes --debug as well, before or after its own options."""
        return group.add_parser(name, help=help, parents=[common])

    p = command(sub, "gui", help="open the conversion wizard")
    _db_option(p)
    command(sub, "demo", help="open the wizard on a demo CRM and a simulated MidOffice")

    db = command(sub, "db", help="import, export, back up and restore the CRM")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    p = command(db_sub, "import", help="create or extend the CRM from an exchange file")
    p.add_argument("file", type=Path)
    _db_option(p)
    p = command(db_sub, "export", help="write the whole CRM as an exchange file")
    p.add_argument("-o", "--output", type=Path, help="output file (default: stdout)")
    _db_option(p)
    p = command(db_sub, "backup", help="write a consistent backup of the CRM")
    p.add_argument("-o", "--output", type=Path, help="backup file (default: the backups folder)")
    _db_option(p)
    p = command(db_sub, "restore", help="restore a backup into an empty CRM")
    p.add_argument("file", type=Path)
    _db_option(p)
    p = command(db_sub, "backups", help="list the backups (path, age, size); purge old ones, never the newest")
    p.add_argument("--purge-older-than", type=_days, metavar="DAYS",
                   help="delete backups older than DAYS days (the newest backup is always kept)")
    p.add_argument("--keep-days", type=_positive_int, metavar="N",
                   help="retention: after each conversion, delete backups older than N days (default 30; "
                        "the newest is always kept)")
    p.add_argument("--yes", action="store_true", help="no interactive confirmation")

    gdpr = command(sub, "gdpr", help="the GDPR review of customers deleted in the MidOffice")
    gdpr_sub = gdpr.add_subparsers(dest="gdpr_command", metavar="ACTION", required=True)
    p = command(gdpr_sub, "list", help="the customers awaiting the GDPR review")
    _db_option(p)
    p.add_argument("--json", action="store_true", help="JSON for machines")
    for name, text in (("keep", "keep the customer (the review flag is cleared, the reason recorded)"),
                       ("delete", "delete the customer with its consultations and offers"),
                       ("anonymize", "replace the customer's personal data irreversibly")):
        p = command(gdpr_sub, name, help=text)
        p.add_argument("id", help="the CRM customer id")
        if name == "keep":
            p.add_argument("--reason", required=True, metavar="TEXT", help="why the customer is kept")
        _db_option(p)
        p.add_argument("--yes", action="store_true", help="no interactive confirmation")

    def conversion_options(p: argparse.ArgumentParser) -> None:
        _db_option(p)
        p.add_argument("--midoffice", choices=["myjack", "midoco"], required=True)
        p.add_argument("--base-url", required=True, metavar="URL", help="the MidOffice API's base URL")
        p.add_argument("--token-env", metavar="NAME", help="read the token from this environment variable "
                       "(default: the OS keyring entry of this agency and MidOffice)")

    p = command(sub, "check", help="check the MidOffice token (reachable, accepted, permissions, agency)")
    conversion_options(p)
    p = command(sub, "convert", help="match the v1 copies and convert them")
    conversion_options(p)
    p.add_argument("--dry-run", action="store_true", help="match and report only; change nothing")
    p.add_argument("--accept", choices=["none", "minor", "all"], default="none",
                   help="warning classes converted without an explicit decision (default: none)")
    p.add_argument("--decisions", type=Path, metavar="FILE",
                   help='JSON {"<customer id>": "convert"|"local"|"skip"}; overrides --accept')
    p.add_argument("--report", type=Path, metavar="FILE", help="write the conversion report (JSON)")
    p.add_argument("--concurrency", type=_positive_int, metavar="N", help="at most N parallel requests")
    p.add_argument("--force", action="store_true", help="proceed although colleagues are logged in")
    p.add_argument("--yes", action="store_true", help="no interactive confirmation")

    p = command(sub, "report", help="write a conversion's report again: .json (no personal values), .pdf or .xlsx")
    _db_option(p)
    which = p.add_mutually_exclusive_group()
    which.add_argument("--run", metavar="ID", help="the conversion run (its id is in the JSON report)")
    which.add_argument("--last", action="store_true", help="the most recent conversion, interrupted or not "
                       "(the default)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="FILE.json, FILE.pdf or FILE.xlsx")
    p.add_argument("--base-url", metavar="URL", help="for .pdf/.xlsx: the MidOffice API address, to name converted "
                   "customers as the MidOffice does (default: the one saved in the CRM)")
    p.add_argument("--token-env", metavar="NAME", help="for .pdf/.xlsx: the environment variable holding the "
                   "token (default: the saved token)")

    sandbox = command(sub, "sandbox", help="the simulated MidOffice for tests and demos")
    sandbox_sub = sandbox.add_subparsers(dest="sandbox_command", metavar="ACTION", required=True)
    p = command(sandbox_sub, "serve", help="serve the simulated myJack v2 and Midoco v2 APIs")
    p.add_argument("--fixture", type=Path, required=True, help="sandbox fixture file (CONTRACT §3)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0, help="0 picks a free port")
    p.add_argument("--token-ttl", type=float, default=3600.0, help="lifetime of Midoco access tokens (s)")
    from paxdesk.cli_migrate import add_parser as add_migrate
    add_migrate(sub, command)
    return parser


def _cmd_sandbox(args) -> int:
    from paxdesk.sandbox.fixture import load_fixture
    from paxdesk.sandbox.server import serve_forever

    serve_forever(load_fixture(args.fixture), args.host, args.port, args.token_ttl)
    return EXIT_OK


def _cmd_db(args) -> int:
    from paxdesk.cli_db import cmd_db

    return cmd_db(args)


def _cmd_gdpr(args) -> int:
    from paxdesk.cli_gdpr import cmd_gdpr

    return cmd_gdpr(args)


def _cmd_gui(args) -> int:
    from paxdesk.ui.app import run_wizard

    return run_wizard(args.db)


def _cmd_demo(args) -> int:
    from paxdesk.ui.app import run_demo

    return run_demo()


def _cmd_check(args) -> int:
    from paxdesk.cli_conversion import cmd_check

    return cmd_check(args)


def _cmd_convert(args) -> int:
    from paxdesk.cli_conversion import cmd_convert

    return cmd_convert(args)


def _cmd_report(args) -> int:
    from paxdesk.cli_conversion import cmd_report

    return cmd_report(args)


def _cmd_migrate(args) -> int:
    from paxdesk.cli_migrate import cmd_migrate

    return cmd_migrate(args)


COMMANDS = {"db": _cmd_db, "gdpr": _cmd_gdpr, "gui": _cmd_gui, "demo": _cmd_demo, "sandbox": _cmd_sandbox,
            "check": _cmd_check, "convert": _cmd_convert, "report": _cmd_report, "migrate": _cmd_migrate}


def main(argv: list[str] | None = None) -> int:
    from paxdesk.console import make_console_robust, printable
    from paxdesk.files import restrict_new_files

    make_console_robust()
    restrict_new_files()  # whatever paxdesk creates holds personal data: owner-only (POSIX; Windows: per-user folders)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.selftest:
        from paxdesk.selftest import run

        return run()
    command = args.command or "gui"
    if command in ("gui", "db", "gdpr", "check", "convert", "report"):
        args.db = getattr(args, "db", None) or paths.default_db_url()
    from paxdesk.logs import close_logging, setup_logging, write_crash_report

    setup_logging(paths.places().log_dir(), debug=args.debug)
    logging.getLogger("paxdesk").info("paxdesk %s: %s", __version__, command)
    try:
        return COMMANDS[command](args)
    except PaxdeskError as exc:
        if args.debug:  # the traceback as well, but the same exit code: scripts rely on it (CONTRACT §1)
            traceback.print_exc()
        print(f"paxdesk: {printable(exc)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("paxdesk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: one readable line and a crash report
        report = write_crash_report(paths.places().log_dir(), exc)
        if args.debug:
            traceback.print_exc()
        print(f"paxdesk: unexpected error ({exc.__class__.__name__}); details in {report}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        close_logging()  # the command's log file is closed when it ends (also when main runs in-process)
