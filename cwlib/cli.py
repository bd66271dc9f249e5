"""The ``cwlib`` command: fetch pages, build the tables, write briefs, run the notebook reports.

Each subcommand is a thin shell over a package function, so everything it does can also be
done from a notebook.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from cwlib import paths
from cwlib.errors import CwlibError, printable
from cwlib.version import __version__

__all__ = ["main"]


def _build(args: argparse.Namespace) -> int:
    from cwlib.build.pipeline import TIME_LIMIT_S, build

    report = build(
        args.raw,
        args.out,
        jobs=args.jobs,
        progress=not args.quiet,
        time_limit=TIME_LIMIT_S if args.time_limit is None else args.time_limit,
    )
    for _name, reason in report.skipped:
        print(f"cwlib build: skipped {_one_line(reason)}", file=sys.stderr)
    if not args.quiet:
        counts = ", ".join(f"{n} {name}" for name, n in report.rows.items())
        built = len(report.files) - sum(1 for name, _ in report.skipped if name in report.files)
        print(
            f"cwlib build: {built} of {len(report.files)} files -> "
            f"{_one_line(str(report.out_dir))} ({counts})"
        )
    return 0


def _fetch(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from cwlib.read.fetch import FetchResult, fetch_all, read_address_list

    urls = list(args.urls)
    if args.from_file == "-":
        urls += read_address_list(sys.stdin)
    elif args.from_file:
        with open(args.from_file, encoding="utf-8") as f:
            urls += read_address_list(f)
    if not urls:
        raise CwlibError("no addresses: give them as arguments or in a file with --from FILE")

    def log(result: FetchResult) -> None:
        if result.status == "failed":
            line = f"cwlib fetch: {result.url}: {_one_line(result.reason or '')}"
        elif args.quiet:
            return
        elif result.status == "skipped":
            line = f"cwlib fetch: {result.url}: already fetched as {result.file} (--refresh to fetch again)"
        else:
            line = f"cwlib fetch: {result.url} -> {result.file}"
        tqdm.write(line, file=sys.stderr)

    results = fetch_all(
        urls,
        args.raw,
        delay=args.delay,
        timeout=args.timeout,
        refresh=args.refresh,
        progress=not args.quiet,
        log=log,
    )
    count = {s: sum(r.status == s for r in results) for s in ("fetched", "skipped", "failed")}
    if not args.quiet:
        print(
            f"cwlib fetch: {count['fetched']} fetched, {count['skipped']} already there, "
            f"{count['failed']} failed -> {args.raw}"
        )
    return 1 if count["failed"] == len(results) else 0


def _seconds(text: str) -> float:
    """A number of seconds for --delay: 0 or more."""
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"{text}: expected a number of seconds, 0 or more")
    return value


def _timeout_seconds(text: str) -> float:
    """A number of seconds for --timeout: more than 0."""
    value = _seconds(text)
    if value == 0:
        raise argparse.ArgumentTypeError(f"{text}: expected a number of seconds above 0")
    return value


def _report(args: argparse.Namespace) -> int:
    from cwlib.export.report import run_reports

    return run_reports(data_dir=args.data, out_dir=args.out, include_contacts=args.include_contacts)


def _brief(args: argparse.Namespace) -> int:
    from cwlib.export.brief import run_brief

    return run_brief(args)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and exit status 2, like every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {_one_line(message)} (see {self.prog} --help)\n")


def _at_least(low: float, kind: type) -> Callable[[str], Any]:
    """An argparse type: a number of ``kind`` no smaller than ``low``."""

    def convert(text: str) -> Any:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not value >= low:  # also refuses NaN
            raise argparse.ArgumentTypeError(f"{text} is less than {low:g}")
        return value

    return convert


def version_text() -> str:
    """cwlib's version, then Python's and the key libraries' (what a bug report needs)."""
    import platform

    from cwlib.build.provenance import environment, git_commit

    env = environment()
    commit = git_commit()
    lines = [f"cwlib {__version__}" + (f" (commit {commit})" if commit else "")]
    lines.append(f"Python {platform.python_version()}")
    packages = env["packages"]
    assert isinstance(packages, dict)
    lines += [f"{name} {packages[name] or 'not installed'}" for name in packages]
    return "\n".join(lines)


class _VersionAction(argparse.Action):
    """``--version``, computed only when asked, so that ``cwlib --help`` stays fast."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        print(version_text())
        parser.exit()


def parser(brief_options: bool = True) -> argparse.ArgumentParser:
    """The argument parser (also used by the tests and the README's usage text).

    The brief's options come from ``cwlib.export.brief``, which imports openpyxl (a fifth of a
    second); ``brief_options=False`` leaves them out so that ``cwlib --help`` and ``cwlib
    build`` start without it.
    """
    top = _Parser(
        prog="cwlib", description="Tidy, sourced tables about EU-funded creative-industry projects."
    )
    top.add_argument(
        "--version",
        action=_VersionAction,
        help="show cwlib's version and its key libraries' versions, and exit",
    )
    top.add_argument(
        "--debug", action="store_true", help="show the traceback of an error (for bug reports)"
    )
    sub = top.add_subparsers(dest="command", required=True, parser_class=_Parser)

    b = sub.add_parser("build", help="parse data/raw into the clean tables in data/clean")
    b.add_argument(
        "--raw", default=str(paths.RAW_DIR), help="folder of raw texts (default: data/raw)"
    )
    b.add_argument(
        "--out", default=str(paths.CLEAN_DIR), help="folder for the tables (default: data/clean)"
    )
    b.add_argument(
        "--jobs",
        type=_at_least(1, int),
        default=0,
        help="parsing processes (default and most: the number of cores)",
    )
    b.add_argument(
        "--time-limit",
        type=_at_least(0, float),
        default=None,
        metavar="SECONDS",
        help="CPU seconds one file may take before it is skipped (default: 5; 0: no limit)",
    )
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    b.set_defaults(func=_build)

    f = sub.add_parser(
        "fetch",
        help="save web pages (HTML, PDF) into data/raw, with their source in SOURCES.csv",
        description="Save each address as received into the raw folder, with a row in its "
        "SOURCES.csv (address, final address, time, status, content type, SHA-256). "
        "Obeys robots.txt, waits between requests to one host, retries busy servers. "
        "An address already fetched is skipped unless --refresh. Exit status 1 only if "
        "every address failed.",
    )
    f.add_argument("urls", nargs="*", metavar="URL", help="web addresses to fetch")
    f.add_argument(
        "--from",
        dest="from_file",
        metavar="FILE",
        help="a file of addresses, one a line (# comments; - reads standard input)",
    )
    f.add_argument(
        "--raw",
        metavar="DIR",
        default=str(paths.RAW_DIR),
        help="folder to save into (default: data/raw)",
    )
    f.add_argument(
        "--delay",
        metavar="S",
        type=_seconds,
        default=1.0,
        help="seconds between two requests to one host (default: 1)",
    )
    f.add_argument(
        "--timeout",
        metavar="S",
        type=_timeout_seconds,
        default=30.0,
        help="seconds to wait for a server at each step (default: 30)",
    )
    f.add_argument(
        "--refresh",
        action="store_true",
        help="fetch addresses already fetched again, into new dated files (the old stay)",
    )
    f.add_argument("-q", "--quiet", action="store_true", help="only errors; no progress bar")
    f.set_defaults(func=_fetch)

    r = sub.add_parser(
        "report", help="execute the notebooks into reports/notebooks and save figures"
    )
    r.add_argument(
        "--data", default=None, help="folder of clean tables (default: $CWLIB_DATA or data/clean)"
    )
    r.add_argument(
        "--out", default=str(paths.REPORTS_DIR), help="reports folder (default: reports)"
    )
    r.add_argument(
        "--include-contacts",
        action="store_true",
        help="keep personal data (names, e-mails, phones) in the reports; removed by default",
    )
    r.set_defaults(func=_report)

    br = sub.add_parser("brief", help="write an Excel brief")
    if brief_options:
        from cwlib.export.brief import add_brief_arguments

        add_brief_arguments(br)
    br.set_defaults(func=_brief)
    return top


def _one_line(text: object) -> str:
    """A message on one line, whatever it quotes (file names with escape codes, multi-line reasons)."""
    return printable(" ".join(str(text).split()))


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; a problem the user can act on is one line on stderr and exit status 2.

    ``--debug`` lets the exception through, with its traceback, for bug reports.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser(brief_options="brief" in argv).parse_args(argv)
    command = f"cwlib {args.command}"
    if args.debug:
        return int(args.func(args))
    try:
        return int(args.func(args))
    except CwlibError as exc:
        print(f"{command}: error: {_one_line(exc)}", file=sys.stderr)
    except OSError as exc:
        where = f" {_one_line(exc.filename)}" if exc.filename else ""
        print(f"{command}: error:{where} {_one_line(exc.strerror or exc)}", file=sys.stderr)
    except KeyboardInterrupt:
        print(f"{command}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line here, the traceback with --debug
        print(
            f"{command}: internal error ({type(exc).__name__}: {_one_line(exc)}); "
            "run again with --debug for the traceback and report it",
            file=sys.stderr,
        )
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
