"""``cwlib fetch`` against a small web site on 127.0.0.1 that the tests start themselves.

The site serves a project page, a redirect, a 404, a 500 then a 200, a page slower than the
timeout, a robots.txt that disallows a folder, a Windows-1257 page without a charset, a PDF
made in the test, an image, an empty answer and pages larger than the limit. It records
every request (path, time, User-Agent), so the tests check what the fetcher asked for, not
only what it saved. Nothing here reaches beyond the machine.
"""

from __future__ import annotations

import csv
import hashlib
import itertools
import json
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from cwlib import cli, paths
from cwlib.read.decode import SourceError
from cwlib.read.fetch import USER_AGENT, FetchResult, fetch_all, file_name, read_address_list
from cwlib.read.source import read_source
from cwlib.read.sources_csv import COLUMNS, Source, add_source, file_sha256, read_sources

ROBOTS = "User-agent: *\nDisallow: /vidinis/\n"

PAGE = """<!DOCTYPE html><html lang="lt"><head><meta charset="utf-8">
<title>Garso dirbtuvės Alytuje | Alytaus kultūros centras</title></head><body>
<div class="cookie">Svetainėje naudojami slapukai. <button>Sutinku</button></div>
<ul class="menu"><li><a href="/">Pradžia</a></li><li><a href="/projektai">Projektai</a></li></ul>
<article><h1>Garso dirbtuvės Alytuje</h1>
<p>Alytaus kultūros centras įgyvendina projektą „Garso dirbtuvės Alytuje“, finansuojamą pagal
2014–2020 metų Europos Sąjungos fondų investicijų veiksmų programą. Senojoje pirtyje įrengiama
garso įrašų studija ir repeticijų salės jauniems muzikantams.</p>
<p>Projekto vertė – 318 420,50 Eur, iš jų Europos regioninės plėtros fondo lėšos – 270 657,43 Eur.</p>
<p>Projekto pradžia – 2021 m. kovo 1 d., pabaiga – 2023 m. vasario 28 d.</p>
</article>
<div class="related-posts"><h3>Kitos naujienos</h3><ul><li><a href="/n/1">Stadiono remontas –
990 000 Eur</a></li></ul></div>
<footer><p>© 2024 Alytaus kultūros centras</p></footer></body></html>"""

MOVED_PAGE = PAGE.replace("Garso dirbtuvės Alytuje", "Keramikos dirbtuvės Druskininkuose").replace(
    "318 420,50 Eur, iš jų Europos regioninės plėtros fondo lėšos – 270 657,43 Eur",
    "205 000,00 Eur, iš jų Europos regioninės plėtros fondo lėšos – 174 250,00 Eur",
)
FLAKY_PAGE = PAGE.replace("Garso dirbtuvės Alytuje", "Šokio studija Varėnoje").replace(
    "318 420,50 Eur, iš jų Europos regioninės plėtros fondo lėšos – 270 657,43 Eur",
    "146 300,00 Eur, iš jų Europos regioninės plėtros fondo lėšos – 124 355,00 Eur",
)
# An old site: Windows-1257 bytes, no charset in the header or in the page.
BALTIC_PAGE = """<html><head><title>Klaipėdos amatų kiemas</title></head><body>
<table><tr><td><a href="/">Pradžia</a></td></tr></table>
<h1>Klaipėdos amatų kiemas</h1>
<p>Klaipėdos miesto savivaldybės administracija įgyvendina projektą „Klaipėdos amatų kiemas“
pagal Interreg V-A Lietuvos ir Lenkijos bendradarbiavimo per sieną programą 2014–2020 m.
Senamiesčio kieme įrengiamos keturios amatų dirbtuvės, kuriose dirbs kalviai ir puodžiai.</p>
<p>Bendra projekto vertė – 486 200,00 Eur. Projektas įgyvendinamas 2019–2021 metais.</p>
</body></html>""".encode("cp1257")
PDF_LINES = [
    "PROJEKTO KORTELĖ",
    "Projekto pavadinimas: Panevėžio lėlių teatro dirbtuvės",
    "Programa: 2014–2020 metų Europos Sąjungos fondų investicijų veiksmų programa",
    "Projekto vertė – 412 880,00 Eur, iš jų ERPF lėšos – 350 948,00 Eur.",
    "Įgyvendinimo laikotarpis: 2020-05-01 – 2022-04-30",
]


@dataclass
class Site:
    """The local web site: its address, what it serves, and every request it saw."""

    pdf: bytes
    robots: tuple[int, str] = (200, ROBOTS)
    requests: list[tuple[str, float, str]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    base: str = ""

    def answer(self, path: str) -> tuple[int, dict[str, str], bytes, float]:
        """(status, headers, body, seconds to wait before answering) for a path."""
        n = self.counts[path] = self.counts.get(path, 0) + 1
        html = {"Content-Type": "text/html; charset=utf-8"}
        if path == "/robots.txt":
            return self.robots[0], {"Content-Type": "text/plain"}, self.robots[1].encode(), 0
        if path == "/projektas.html":
            return 200, html, PAGE.encode("utf-8"), 0
        if path == "/senas-adresas":
            return 301, {"Location": "/naujas-adresas.html"}, b"", 0
        if path == "/naujas-adresas.html":
            return 200, html, MOVED_PAGE.encode("utf-8"), 0
        if path == "/nestabilus":  # a 500 first, then the page
            return (500, {}, b"klaida", 0) if n == 1 else (200, html, FLAKY_PAGE.encode(), 0)
        if path == "/uzimtas":  # busy first, asking for a one-second wait
            if n == 1:
                return 429, {"Retry-After": "1"}, b"", 0
            return 200, html, FLAKY_PAGE.encode("utf-8"), 0
        if path == "/visada-klaida":
            return 503, {}, b"", 0
        if path == "/letas":
            return 200, html, PAGE.encode("utf-8"), 3.0
        if path == "/baltiskas.html":
            return 200, {"Content-Type": "text/html"}, BALTIC_PAGE, 0
        if path == "/kortele.pdf":
            return 200, {"Content-Type": "application/pdf"}, self.pdf, 0
        if path == "/kortele-be-tipo":
            return 200, {"Content-Type": "application/octet-stream"}, self.pdf, 0
        if path == "/paveikslas.png":
            return 200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + bytes(64), 0
        if path == "/tuscias.html":
            return 200, html, b"", 0
        if path == "/didelis":  # says how large it is
            return 200, html, b"<p>" + b"a" * 5000 + b"</p>", 0
        if path == "/didelis-be-ilgio":  # does not say: streamed until the connection closes
            return 200, {**html, "X-No-Length": "1"}, b"<p>" + b"a" * 5000 + b"</p>", 0
        if path.startswith("/vidinis/"):
            return 200, html, PAGE.encode("utf-8"), 0
        return 404, html, b"<p>Puslapis nerastas</p>", 0

    def paths_requested(self) -> list[str]:
        return [p for p, _, _ in self.requests]


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def do_GET(self) -> None:
        self.site.requests.append((self.path, time.monotonic(), self.headers.get("User-Agent", "")))
        status, headers, body, wait = self.site.answer(self.path)
        time.sleep(wait)
        try:
            self.send_response(status)
            for name, value in headers.items():
                if name != "X-No-Length":
                    self.send_header(name, value)
            if "X-No-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def serve(pdf_maker) -> Iterator[Callable[..., Site]]:
    """Start sites on 127.0.0.1 (each on its own port); all stop when the test ends."""
    servers = []
    pdf = pdf_maker([PDF_LINES])

    def start(robots: tuple[int, str] = (200, ROBOTS)) -> Site:
        site = Site(pdf=pdf, robots=robots)
        handler = type("Handler", (_Handler,), {"site": site})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        servers.append(server)
        site.base = f"http://127.0.0.1:{server.server_address[1]}"
        return site

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def site(serve) -> Site:
    return serve()


def _fetch(urls: list[str], raw: Path, **options) -> dict[str, FetchResult]:
    options = {"delay": 0, "timeout": 2, "backoff": 0.01, **options}
    return {r.url: r for r in fetch_all(urls, raw, **options)}


def _refused_address() -> str:
    """An address on this machine where nothing listens."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/projektas.html"


def test_fetch_then_build_end_to_end(site: Site, tmp_path: Path, capsys) -> None:
    raw, clean = tmp_path / "raw", tmp_path / "clean"
    good = ["/projektas.html", "/senas-adresas", "/nestabilus", "/baltiskas.html", "/kortele.pdf"]
    bad = ["/nera", "/letas", "/vidinis/slaptas.html", "/paveikslas.png"]
    refused = _refused_address()
    listing = tmp_path / "urls.txt"
    listing.write_text(
        "# projektai\n"
        + "".join(f"{site.base}{p}\n" for p in good + bad)
        + f"{refused}\nftp://127.0.0.1/failas.txt\n",
        encoding="utf-8",
    )

    status = cli.main(
        ["fetch", "--from", str(listing), "--raw", str(raw), "--delay", "0", "--timeout", "1"]
    )
    out, err = capsys.readouterr()
    assert status == 0
    errors = [line for line in err.splitlines() if " -> " not in line]
    reasons = {
        f"{site.base}/nera": "HTTP 404 Not Found",
        f"{site.base}/letas": "timed out after 1 s",
        f"{site.base}/vidinis/slaptas.html": "robots.txt disallows it",
        f"{site.base}/paveikslas.png": "unsupported content type image/png",
        refused: "connection refused",
        "ftp://127.0.0.1/failas.txt": "not a web address",
    }
    assert len(errors) == len(reasons)
    for url, reason in reasons.items():
        assert any(line.startswith(f"cwlib fetch: {url}: {reason}") for line in errors), url
    assert "5 fetched, 0 already there, 6 failed" in out
    assert "/vidinis/slaptas.html" not in site.paths_requested()

    rows = {row.url.removeprefix(site.base): row for row in read_sources(raw)}
    assert set(rows) == set(good)
    for path, row in rows.items():
        assert (
            row.sha256
            == file_sha256(raw / row.file)
            == hashlib.sha256((raw / row.file).read_bytes()).hexdigest()
        )
        assert row.http_status == "200"
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", row.retrieved_at), path
        assert row.final_url == site.base + (
            "/naujas-adresas.html" if path == "/senas-adresas" else path
        )
    assert rows["/kortele.pdf"].file.endswith(".pdf")
    assert rows["/kortele.pdf"].content_type == "application/pdf"
    assert rows["/baltiskas.html"].content_type == "text/html"
    assert (raw / rows["/baltiskas.html"].file).read_bytes() == BALTIC_PAGE  # as received
    assert sorted(p.name for p in raw.iterdir()) == sorted(
        [*(r.file for r in rows.values()), "SOURCES.csv"]
    )

    assert cli.main(["build", "--raw", str(raw), "--out", str(clean), "--jobs", "1", "-q"]) == 0
    with open(clean / "projects.csv", encoding="utf-8", newline="") as f:
        titles = {row["title"] for row in csv.DictReader(f)}
    assert titles == {
        "Garso dirbtuvės Alytuje",
        "Keramikos dirbtuvės Druskininkuose",
        "Šokio studija Varėnoje",
        "Klaipėdos amatų kiemas",
        "Panevėžio lėlių teatro dirbtuvės",
    }
    with open(clean / "budgets.csv", encoding="utf-8", newline="") as f:
        budgets = list(csv.DictReader(f))
    assert "990000.0" not in {b["amount"] for b in budgets}  # the related-news sum is not read
    for name in ("budgets", "events", "partners"):
        with open(clean / f"{name}.csv", encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                assert row["quote"] in read_source(raw / row["source"]), (name, row["quote"])


def test_windows_1257_page_without_charset_reads_right(site: Site, tmp_path: Path) -> None:
    result = _fetch([f"{site.base}/baltiskas.html"], tmp_path)[f"{site.base}/baltiskas.html"]
    text = read_source(tmp_path / result.file)
    assert "Klaipėdos miesto savivaldybės administracija" in text
    assert "Bendra projekto vertė – 486 200,00 Eur." in text


def test_pdf_kept_as_pdf_whatever_its_declared_type(site: Site, tmp_path: Path) -> None:
    results = _fetch([f"{site.base}/kortele.pdf", f"{site.base}/kortele-be-tipo"], tmp_path)
    for result in results.values():
        assert result.status == "fetched" and result.file.endswith(".pdf")
        assert read_source(tmp_path / result.file) == "\n".join(PDF_LINES)


def test_user_agent_names_cwlib_and_its_version(site: Site, tmp_path: Path) -> None:
    from cwlib import __version__

    _fetch([f"{site.base}/projektas.html"], tmp_path)
    agents = {agent for _, _, agent in site.requests}
    assert agents == {USER_AGENT}
    assert USER_AGENT.startswith(f"cwlib/{__version__} ")


def test_robots_txt_read_once_per_site_before_any_page(site: Site, tmp_path: Path) -> None:
    _fetch([f"{site.base}/projektas.html", f"{site.base}/nera"], tmp_path)
    assert site.paths_requested() == ["/robots.txt", "/projektas.html", "/nera"]


@pytest.mark.parametrize(
    ("robots", "allowed"),
    [
        pytest.param((404, ""), True, id="no-robots-txt"),
        pytest.param((403, ""), False, id="forbidden-robots-txt"),
        pytest.param((503, ""), False, id="failing-robots-txt"),
        pytest.param((200, "User-agent: cwlib\nDisallow: /\n"), False, id="cwlib-disallowed"),
        pytest.param((200, "User-agent: otherbot\nDisallow: /\n"), True, id="other-bot-disallowed"),
    ],
)
def test_robots_txt_answers(serve, tmp_path: Path, robots, allowed: bool) -> None:
    site = serve(robots=robots)
    result = _fetch([f"{site.base}/projektas.html"], tmp_path, retries=1)
    assert (result[f"{site.base}/projektas.html"].status == "fetched") is allowed
    assert ("/projektas.html" in site.paths_requested()) is allowed
    if not allowed:
        assert result[f"{site.base}/projektas.html"].reason == "robots.txt disallows it"


def test_one_request_per_host_every_delay(site: Site, tmp_path: Path) -> None:
    pages = ["/projektas.html", "/nera", "/naujas-adresas.html"]
    _fetch([site.base + p for p in pages], tmp_path, delay=0.3)
    times = [t for _, t, _ in site.requests]
    assert len(times) == 4  # robots.txt and the three pages
    assert all(b - a >= 0.3 for a, b in itertools.pairwise(times))


def test_crawl_delay_of_robots_txt_is_honoured(serve, tmp_path: Path) -> None:
    site = serve(robots=(200, "User-agent: *\nCrawl-delay: 1\n"))
    _fetch([f"{site.base}/projektas.html", f"{site.base}/nera"], tmp_path, delay=0)
    first, second = [t for p, t, _ in site.requests if p != "/robots.txt"]
    assert second - first >= 1.0


def test_server_error_then_success_is_retried(site: Site, tmp_path: Path) -> None:
    result = _fetch([f"{site.base}/nestabilus"], tmp_path)[f"{site.base}/nestabilus"]
    assert result.status == "fetched"
    assert site.paths_requested().count("/nestabilus") == 2


def test_busy_server_retry_after_is_honoured(site: Site, tmp_path: Path) -> None:
    result = _fetch([f"{site.base}/uzimtas"], tmp_path)[f"{site.base}/uzimtas"]
    assert result.status == "fetched"
    first, second = [t for p, t, _ in site.requests if p == "/uzimtas"]
    assert second - first >= 1.0


def test_failing_server_given_up_after_retries_with_growing_waits(
    site: Site, tmp_path: Path
) -> None:
    url = f"{site.base}/visada-klaida"
    result = _fetch([url], tmp_path, retries=3, backoff=0.1)[url]
    assert result.status == "failed"
    assert result.reason == "HTTP 503 Service Unavailable after 4 attempts"
    times = [t for p, t, _ in site.requests if p == "/visada-klaida"]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(times) == 4
    assert [g >= w for g, w in zip(gaps, (0.1, 0.2, 0.4), strict=True)] == [True] * 3


@pytest.mark.parametrize("path", ["/didelis", "/didelis-be-ilgio"])
def test_page_over_the_size_limit_refused(site: Site, tmp_path: Path, path: str) -> None:
    result = _fetch([site.base + path], tmp_path, max_bytes=1000)[site.base + path]
    assert result.status == "failed" and result.reason.startswith("too large")
    assert [p.name for p in tmp_path.iterdir()] == []  # nothing saved, no SOURCES row


def test_empty_answer_refused(site: Site, tmp_path: Path) -> None:
    result = _fetch([f"{site.base}/tuscias.html"], tmp_path)[f"{site.base}/tuscias.html"]
    assert (result.status, result.reason) == ("failed", "empty answer")


def test_address_already_fetched_is_skipped_unless_refresh(site: Site, tmp_path: Path) -> None:
    url = f"{site.base}/projektas.html"
    first = _fetch([url], tmp_path)[url]
    again = _fetch([url], tmp_path)[url]
    assert (again.status, again.file) == ("skipped", first.file)
    assert site.paths_requested().count("/projektas.html") == 1

    refreshed = _fetch([url], tmp_path, refresh=True)[url]
    assert refreshed.status == "fetched" and refreshed.file != first.file
    assert re.fullmatch(r".*-\d{8}T\d{6}Z\.html", refreshed.file)
    assert (tmp_path / first.file).exists() and (tmp_path / refreshed.file).exists()
    assert sorted(r.file for r in read_sources(tmp_path)) == sorted([first.file, refreshed.file])


def test_interrupted_run_leaves_whole_files_and_runs_again(site: Site, tmp_path: Path) -> None:
    urls = [f"{site.base}/projektas.html", f"{site.base}/naujas-adresas.html"]

    def stop_after_first(result: FetchResult) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        fetch_all(urls, tmp_path, delay=0, log=stop_after_first)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["SOURCES.csv", file_name(urls[0], ".html")]
    )
    results = _fetch(urls, tmp_path)
    assert [r.status for r in results.values()] == ["skipped", "fetched"]
    assert {r.file for r in read_sources(tmp_path)} == {r.file for r in results.values()}


def test_interrupted_write_leaves_no_file(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import cwlib.read.fetch as fetch_module

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(fetch_module.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        fetch_all([f"{site.base}/projektas.html"], tmp_path, delay=0)
    assert list(tmp_path.iterdir()) == []


def test_exit_status_1_only_when_nothing_was_fetched(site: Site, tmp_path: Path, capsys) -> None:
    bad = [f"{site.base}/nera", f"{site.base}/vidinis/x.html"]
    assert cli.main(["fetch", *bad, "--raw", str(tmp_path), "--delay", "0", "-q"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 2
    assert cli.main(["fetch", "--raw", str(tmp_path)]) == 2  # no addresses at all
    assert "no addresses" in capsys.readouterr().err


def test_addresses_from_standard_input(site: Site, tmp_path: Path, capsys, monkeypatch) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{site.base}/projektas.html\n"))
    assert cli.main(["fetch", "--from", "-", "--raw", str(tmp_path), "--delay", "0"]) == 0
    assert "1 fetched" in capsys.readouterr().out


def test_address_list_file() -> None:
    lines = ["# programos puslapiai", "  https://a.lt/1  ", "", "https://a.lt/2", "# pabaiga"]
    assert read_address_list(lines) == ["https://a.lt/1", "https://a.lt/2"]


def test_file_names_readable_distinct_and_ascii() -> None:
    a = file_name("https://www.šilutė.lt/projektai/Šojaus-dvaras", ".html")
    b = file_name("https://www.šilutė.lt/projektai/Šojaus-dvaras?page=2", ".html")
    assert a.startswith("www-silute-lt-projektai-sojaus-dvaras-") and a.endswith(".html")
    assert a != b and a.isascii() and b.isascii()
    assert len(file_name("https://a.lt/" + "x" * 500, ".pdf")) < 80


def test_sources_rows_replace_by_file_and_refuse_other_columns(tmp_path: Path) -> None:
    add_source(tmp_path, Source(file="b.html", url="https://a.lt/b", sha256="1"))
    add_source(tmp_path, Source(file="a.html", url="https://a.lt/a", sha256="2"))
    add_source(tmp_path, Source(file="b.html", url="https://a.lt/b", sha256="3"))
    assert [(r.file, r.sha256) for r in read_sources(tmp_path)] == [
        ("a.html", "2"),
        ("b.html", "3"),
    ]
    lines = (tmp_path / "SOURCES.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == ",".join(COLUMNS)
    (tmp_path / "SOURCES.csv").write_text("file,project,language,url\n", encoding="utf-8")
    with pytest.raises(SourceError, match="expected file, url"):
        read_sources(tmp_path)


def test_startup_loads_no_fetching_or_reading_library(tmp_path: Path) -> None:
    seed = sorted(paths.RAW_DIR.glob("*.txt"))[0]
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / seed.name).write_bytes(seed.read_bytes())
    code = (
        "import contextlib, io, json, sys\n"
        "from cwlib import cli\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        "        cli.main(['--help'])\n"
        "    except SystemExit:\n"
        "        pass\n"
        f"    cli.main(['build', '--raw', {str(tmp_path / 'raw')!r}, '--out', "
        f"{str(tmp_path / 'clean')!r}, '--jobs', '1', '-q'])\n"
        "print(json.dumps([m for m in ('httpx', 'trafilatura', 'pypdf') if m in sys.modules]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == []
    assert (tmp_path / "clean" / "projects.csv").exists()
