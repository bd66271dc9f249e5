"""The command line's error contract: one line on stderr, exit status 2, a traceback only with --debug."""

from __future__ import annotations

import pytest

from cwlib import cli
from cwlib.errors import CwlibError


def _fail_with(monkeypatch: pytest.MonkeyPatch, exc: BaseException) -> None:
    def boom(_args: object) -> int:
        raise exc

    monkeypatch.setattr(cli, "_report", boom)


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (
            CwlibError("tables.csv: column 'title' is missing\n(run cwlib build)"),
            "error: tables.csv",
        ),
        (PermissionError(13, "Permission denied", "/x/y"), "error: /x/y Permission denied"),
        (RuntimeError("unexpected"), "internal error (RuntimeError: unexpected)"),
    ],
    ids=["user-error", "os-error", "bug"],
)
def test_errors_are_one_line_with_status_2(monkeypatch, capsys, exc, expected) -> None:
    _fail_with(monkeypatch, exc)
    assert cli.main(["report"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("cwlib report: ")
    assert expected in err
    assert "Traceback" not in err


def test_debug_shows_the_exception(monkeypatch) -> None:
    _fail_with(monkeypatch, CwlibError("broken"))
    with pytest.raises(CwlibError, match="broken"):
        cli.main(["--debug", "report"])


def test_interrupt_is_status_130(monkeypatch, capsys) -> None:
    _fail_with(monkeypatch, KeyboardInterrupt())
    assert cli.main(["report"]) == 130
    assert "interrupted" in capsys.readouterr().err


def test_version_names_cwlib_python_and_the_key_libraries(capsys) -> None:
    from importlib.metadata import version

    import cwlib

    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"cwlib {cwlib.__version__}")
    assert out[1].startswith("Python 3.")
    assert f"pandas {version('pandas')}" in out and f"openpyxl {version('openpyxl')}" in out
