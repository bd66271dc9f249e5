"""The ``cwlib`` command: build the tables, write briefs, run the notebook reports.

Each subcommand is a thin shell over a package function, so everything it does can also be
done from a notebook.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from cwlib import __version__, paths
from cwlib.errors import CwlibError

__all__ = ["main"]


def _build(args: argparse.Namespace) -> int:
    from cwlib.build.pipeline import BuildError, build

    try:
        report = build(args.raw, args.out, jobs=args.jobs, progress=not args.quiet)
    except BuildError as exc:
        print(f"cwlib build: {exc}", file=sys.stderr)
        return 1
    for _name, reason in report.skipped:
        print(f"cwlib build: skipped {reason}", file=sys.stderr)
    if not args.quiet:
        counts = ", ".join(f"{n} {name}" for name, n in report.rows.items())
        print(
            f"cwlib build: {len(report.files) - len(report.skipped)} of {len(report.files)} files -> {report.out_dir} ({counts})"
        )
    return 0


def _report(args: argparse.Namespace) -> int:
    from cwlib.export.report import run_reports

    return run_reports(data_dir=args.data, out_dir=args.out)


def _brief(args: argparse.Namespace) -> int:
    from cwlib.export.brief import run_brief

    return run_brief(args)


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

    The brief's options come from ``cwlib.export.brief``, which imports pandas and openpyxl
    (a quarter of a second); ``brief_options=False`` leaves them out so that ``cwlib --help``
    and ``cwlib build`` start without them.
    """
    top = argparse.ArgumentParser(
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
    sub = top.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="parse data/raw into the clean tables in data/clean")
    b.add_argument(
        "--raw", default=str(paths.RAW_DIR), help="folder of raw texts (default: data/raw)"
    )
    b.add_argument(
        "--out", default=str(paths.CLEAN_DIR), help="folder for the tables (default: data/clean)"
    )
    b.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="parsing processes (default: number of cores)",
    )
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    b.set_defaults(func=_build)

    r = sub.add_parser(
        "report", help="execute the notebooks into reports/notebooks and save figures"
    )
    r.add_argument(
        "--data", default=None, help="folder of clean tables (default: $CWLIB_DATA or data/clean)"
    )
    r.add_argument(
        "--out", default=str(paths.REPORTS_DIR), help="reports folder (default: reports)"
    )
    r.set_defaults(func=_report)

    br = sub.add_parser("brief", help="write an Excel brief")
    if brief_options:
        from cwlib.export.brief import add_brief_arguments

        add_brief_arguments(br)
    br.set_defaults(func=_brief)
    return top


def _one_line(text: str) -> str:
    """A message on one line, whatever it quotes (file names, multi-line reasons)."""
    return " ".join(str(text).split())


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
        where = f" {exc.filename}" if exc.filename else ""
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
