"""What made the tables: versions and raw-file hashes in datapackage.json, the commit for readers."""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from importlib.metadata import version
from pathlib import Path

import cwlib
from cwlib import paths
from cwlib.build.pipeline import build, raw_files
from cwlib.build.provenance import KEY_PACKAGES, environment, git_commit, source_records


def _descriptor(folder: Path) -> dict:
    return json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))


def test_committed_tables_record_every_raw_file_with_its_hash_and_address() -> None:
    records = [s for s in _descriptor(paths.CLEAN_DIR)["sources"] if "sha256" in s]
    files = raw_files(paths.RAW_DIR)
    assert [r["title"] for r in records] == [p.name for p in files]
    with (paths.RAW_DIR / "SOURCES.csv").open(encoding="utf-8", newline="") as handle:
        urls = {row["file"]: row["url"] for row in csv.DictReader(handle)}
    for record, path in zip(records, files, strict=True):
        assert record["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert record["path"] == f"data/raw/{path.name}"
        assert record.get("url", "") == urls.get(path.name, "")


def test_committed_tables_record_the_versions_that_made_them() -> None:
    made_by = _descriptor(paths.CLEAN_DIR)["cwlib"]
    assert made_by["version"] == cwlib.__version__
    assert made_by["python"] == f"{sys.version_info[0]}.{sys.version_info[1]}"
    assert set(made_by["packages"]) == set(KEY_PACKAGES)
    assert made_by["packages"]["pandas"] == version("pandas")


def test_environment_records_no_time_and_no_patch_level() -> None:
    env = environment()
    assert env["python"].count(".") == 1
    assert not re.search(r"\d{4}-\d\d-\d\d|\d\d:\d\d", json.dumps(env))


def test_a_raw_folder_outside_the_project_is_named_by_its_folder(tmp_path: Path) -> None:
    raw = tmp_path / "pages"
    raw.mkdir()
    (raw / "a.txt").write_text("Projektas", encoding="utf-8")
    (raw / "SOURCES.csv").write_text("file,url\na.txt,https://example.lt/a\n", encoding="utf-8")
    (record,) = source_records(raw, [raw / "a.txt"])
    assert record == {
        "title": "a.txt",
        "path": "pages/a.txt",
        "sha256": hashlib.sha256(b"Projektas").hexdigest(),
        "url": "https://example.lt/a",
    }
    assert str(tmp_path) not in json.dumps(record)


def test_skipped_files_are_recorded_too(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in raw_files(paths.RAW_DIR)[:1]:
        (raw / path.name).write_bytes(path.read_bytes())
    (raw / "empty.txt").write_bytes(b"")
    report = build(raw, tmp_path / "clean")
    assert [name for name, _ in report.skipped] == ["empty.txt"]
    titles = [s["title"] for s in _descriptor(tmp_path / "clean")["sources"] if "sha256" in s]
    assert "empty.txt" in titles


def test_a_given_digest_is_recorded_and_a_missing_one_computed(tmp_path: Path) -> None:
    # The build's parsing processes hand over the digest of the bytes they read; a file they
    # could not read (none given) is hashed when the record is made.
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_bytes(b"Projektas A")
    (raw / "b.txt").write_bytes(b"Projektas B")
    given = {"a.txt": hashlib.sha256(b"what the parse read").hexdigest()}
    a, b = source_records(raw, [raw / "b.txt", raw / "a.txt"], given)
    assert a["sha256"] == given["a.txt"]
    assert b["sha256"] == hashlib.sha256(b"Projektas B").hexdigest()


def test_build_records_the_digest_of_every_file_it_parsed_on_any_jobs(tmp_path: Path) -> None:
    # Enough copies of the seeds (each with a line of its own) that two jobs use processes.
    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(25):
        for path in raw_files(paths.RAW_DIR):
            (raw / f"{i:02}_{path.name}").write_bytes(path.read_bytes() + f"\n{i}\n".encode())
    expected = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in raw_files(raw)}
    assert len(expected) >= 100
    for jobs in (1, 2):
        out = tmp_path / f"clean{jobs}"
        build(raw, out, jobs=jobs)
        sources = _descriptor(out)["sources"]
        recorded = {s["title"]: s["sha256"] for s in sources if s["title"] in expected}
        assert recorded == expected


def test_commit_is_known_in_a_checkout_and_none_elsewhere(tmp_path: Path) -> None:
    if (paths.ROOT / ".git").exists():
        assert git_commit()
    assert git_commit(tmp_path) is None


def test_report_footer_names_what_made_it_and_escapes_what_it_reads(tmp_path: Path) -> None:
    from cwlib.export.report import _with_footer, provenance_footer

    hostile = {
        "cwlib": {"version": "<script>alert(1)</script>", "python": "3.11"},
        "sources": [{"title": "a.txt", "sha256": "00"}],
    }
    (tmp_path / "datapackage.json").write_text(json.dumps(hostile), encoding="utf-8")
    footer = provenance_footer(tmp_path)
    assert "<script>" not in footer and "&lt;script&gt;" in footer
    assert f"cwlib {cwlib.__version__}" in footer and "from 1 raw files" in footer
    page = _with_footer("<html><body><p>x</p></body></html>", footer)
    assert page.index(footer) < page.index("</body>")
