"""Fetching project pages into data/raw: politely, reproducibly, HTML and PDF.

Researchers arrive with lists of addresses. Each page is saved as received (the bytes
unchanged) under a name made from its address, with a row in ``SOURCES.csv`` saying where it
came from, when, with which answer and with which SHA-256, so the build can be run again
on exactly the same bytes and every quote traced back to its address.

Politeness: one request per host every ``delay`` seconds (longer if the site's robots.txt asks
for a Crawl-delay), robots.txt obeyed for the user agent ``cwlib``, a User-Agent that names
cwlib and its version, retries with growing waits only when the server says it is busy (429)
or failing (5xx), honouring its Retry-After. Each address either gives one saved file or one
reason; the others go on. A file is written through a hidden temporary and renamed, so an
interrupted run leaves no half-written file and can simply be run again: addresses already
in SOURCES.csv are skipped unless ``refresh`` asks for a new dated copy.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import os
import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from cwlib.errors import CwlibError
from cwlib.patterns import compiled
from cwlib.read.files import write_atomically
from cwlib.read.markup import looks_like_html
from cwlib.read.pdf import looks_like_pdf
from cwlib.read.sources_csv import Source, add_source, read_sources
from cwlib.version import __version__

if TYPE_CHECKING:
    import httpx

__all__ = [
    "MAX_BYTES",
    "USER_AGENT",
    "FetchResult",
    "fetch_all",
    "file_name",
    "read_address_list",
]

AGENT_TOKEN = "cwlib"  # the name robots.txt rules address
USER_AGENT = (
    f"{AGENT_TOKEN}/{__version__} (saves EU-funded project pages for research; obeys robots.txt)"
)
MAX_BYTES = 10 * 1024 * 1024  # pages larger than this are refused
MAX_REDIRECTS = 10
MAX_WAIT_S = 60.0  # the longest wait a Retry-After may ask for before a retry
ROBOTS_MAX_BYTES = 500 * 1024  # RFC 9309: a crawler may ignore robots.txt beyond 500 KiB

# What each content type is saved as; other types are refused before their body is read.
SUFFIXES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/pdf": ".pdf",
    "application/x-pdf": ".pdf",
    "text/plain": ".txt",
}
# Types that say nothing about the content: the bytes decide.
_UNTYPED = {"", "application/octet-stream", "binary/octet-stream"}

_SLUG_JUNK = compiled(
    r"""
    [^a-z0-9]+   # anything but ASCII letters and digits becomes one hyphen
    """,
    re.VERBOSE,
)


class FetchError(Exception):
    """One address could not be saved; the message is the reason, for one line."""


class _EmptyAnswer(FetchError):
    """A 200 without a body (an empty page is no page; an empty robots.txt has no rules)."""


@dataclass(frozen=True)
class FetchResult:
    """What became of one address: ``fetched`` (with its file), ``skipped`` or ``failed``."""

    url: str
    status: str
    file: str | None = None
    reason: str | None = None


def read_address_list(lines: Iterable[str]) -> list[str]:
    """Addresses from a list file: one a line; blank lines and ``#`` comments ignored.

    >>> read_address_list(["# Interreg", "https://a.lt/p1 ", "", "https://a.lt/p2"])
    ['https://a.lt/p1', 'https://a.lt/p2']
    """
    out = []
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def file_name(url: str, suffix: str, stamp: str | None = None) -> str:
    """The raw file's name for an address: readable words of host and path, a short hash.

    The hash tells apart addresses whose words are alike; ``stamp`` (a refresh) dates it.

    >>> file_name("https://www.kelme.lt/naujienos/Dvaro-sodyba?id=7", ".html")
    'www-kelme-lt-naujienos-dvaro-sodyba-id-7-a390209c.html'
    """
    parts = urlsplit(url)
    words = f"{parts.hostname or ''} {parts.path} {parts.query}"
    folded = unicodedata.normalize("NFKD", words).encode("ascii", "ignore").decode().lower()
    slug = _SLUG_JUNK.sub("-", folded).strip("-")[:60].rstrip("-") or "page"
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}{'-' + stamp if stamp else ''}{suffix}"


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class _HostPacer:
    """At most one request per host every ``delay`` seconds (or the host's own Crawl-delay).

    The wait counts from the end of the host's previous answer, so a slow server is never
    sent a request sooner than ``delay`` after it has finished the last one.
    """

    def __init__(self, delay: float, sleep: Callable[[float], None] = time.sleep) -> None:
        self.delay = max(0.0, delay)
        self.sleep = sleep
        self.host_delay: dict[str, float] = {}
        self.last: dict[str, float] = {}

    def wait(self, host: str) -> None:
        delay = max(self.delay, self.host_delay.get(host, 0.0))
        if host in self.last:
            ready = self.last[host] + delay
            now = time.monotonic()
            if ready > now:
                self.sleep(ready - now)
        self.last[host] = time.monotonic()

    def done(self, host: str) -> None:
        self.last[host] = time.monotonic()


@dataclass
class _Fetcher:
    """One run's HTTP client, host pacing and robots.txt rules."""

    client: httpx.Client
    pacer: _HostPacer
    timeout: float
    retries: int
    backoff: float
    max_bytes: int
    sleep: Callable[[float], None] = time.sleep
    robots: dict[str, RobotFileParser | FetchError] = field(default_factory=dict)

    def get(self, url: str) -> tuple[str, int, str, bytes]:
        """(final address, status, content type, body) of a page, following redirects."""
        for _ in range(MAX_REDIRECTS + 1):
            _check_address(url)
            if not self._allowed(url):
                raise FetchError("robots.txt disallows it")
            with self._request(url) as response:
                location = response.headers.get("location")
                if response.is_redirect and location:
                    url = urljoin(url, location)
                    continue
                if _busy(response.status_code):
                    raise FetchError(
                        f"HTTP {response.status_code} {response.reason_phrase} "
                        f"after {self.retries + 1} attempts"
                    )
                if response.status_code != 200:
                    raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}")
                content_type = response.headers.get("content-type", "")
                _check_type(content_type)
                return str(response.url), response.status_code, content_type, self._body(response)
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")

    @contextmanager
    def _request(self, url: str) -> Iterator[httpx.Response]:
        """A streamed GET, retried with growing waits while the server answers 429 or 5xx.

        Yields the last answer, whatever its status: the caller decides what it means.
        """
        import httpx

        host = urlsplit(url).netloc
        for attempt in range(self.retries + 1):
            self.pacer.wait(host)
            try:
                response = self.client.send(self.client.build_request("GET", url), stream=True)
            except httpx.TimeoutException as exc:
                raise FetchError(f"timed out after {self.timeout:g} s") from exc
            except httpx.HTTPError as exc:
                raise FetchError(_transport_reason(exc)) from exc
            finally:
                self.pacer.done(host)
            if _busy(response.status_code) and attempt < self.retries:
                wait = _retry_after(response)
                response.close()
                self.sleep(min(wait if wait is not None else self.backoff * 2**attempt, MAX_WAIT_S))
                continue
            try:
                yield response
            finally:
                response.close()
                self.pacer.done(host)
            return

    def _body(self, response: httpx.Response) -> bytes:
        import httpx

        limit = _megabytes(self.max_bytes)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(f"too large ({_megabytes(int(declared))}; the limit is {limit})")
        chunks, size = [], 0
        try:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError(f"too large (over {limit})")
                chunks.append(chunk)
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out after {self.timeout:g} s") from exc
        except httpx.HTTPError as exc:
            raise FetchError(_transport_reason(exc)) from exc
        body = b"".join(chunks)
        if not body.strip():
            raise _EmptyAnswer("empty answer")
        return body

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self.robots:
            self.robots[origin] = self._load_robots(origin)
        rules = self.robots[origin]
        if isinstance(rules, FetchError):
            raise FetchError(str(rules))
        delay = rules.crawl_delay(AGENT_TOKEN)
        if delay:
            self.pacer.host_delay[parts.netloc] = float(delay)
        return rules.can_fetch(AGENT_TOKEN, url)

    def _load_robots(self, origin: str) -> RobotFileParser | FetchError:
        """The site's rules, read as RFC 9309 says.

        Missing (4xx): no rules. Forbidden (401, 403) or failing (5xx): everything refused,
        as a crawler must assume when it cannot read them. A robots.txt that cannot be
        reached at all is the site's answer for each of its addresses.
        """
        rules = RobotFileParser(origin + "/robots.txt")
        url = origin + "/robots.txt"
        for _ in range(5):  # RFC 9309: follow at least five redirects
            try:
                with self._request(url) as response:
                    status, location = response.status_code, response.headers.get("location")
                    if response.is_redirect and location:
                        url = urljoin(url, location)
                        continue
                    if status == 200:
                        text = self._body(response)[:ROBOTS_MAX_BYTES].decode("utf-8", "replace")
                        rules.parse(text.splitlines())
                    elif status in (401, 403) or status >= 500:
                        rules.disallow_all = True  # type: ignore[attr-defined]  # read by can_fetch
                    else:
                        rules.allow_all = True  # type: ignore[attr-defined]  # read by can_fetch
                    return rules
            except _EmptyAnswer:
                rules.allow_all = True  # type: ignore[attr-defined]  # read by can_fetch
                return rules
            except FetchError as exc:
                return exc  # the host cannot be reached: the same reason for each page
        rules.disallow_all = True  # type: ignore[attr-defined]  # read by can_fetch
        return rules


def _busy(status: int) -> bool:
    """A status worth a retry: too many requests (429) or a server error (5xx)."""
    return status == 429 or 500 <= status < 600


def _check_address(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("not a web address (http:// or https://)")


def _check_type(content_type: str) -> None:
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime not in SUFFIXES and mime not in _UNTYPED:
        raise FetchError(f"unsupported content type {mime}")


def _suffix(content_type: str, body: bytes) -> str:
    """The file's suffix: the bytes decide for a PDF, the declared type (or markup) otherwise."""
    mime = content_type.split(";", 1)[0].strip().lower()
    if looks_like_pdf(body):
        return ".pdf"
    if SUFFIXES.get(mime) == ".pdf":
        raise FetchError("declared as a PDF, but the bytes are not one")
    if mime in SUFFIXES:
        return SUFFIXES[mime]
    if looks_like_html(body[:4096].decode("latin-1")):
        return ".html"
    raise FetchError(f"unsupported content ({mime or 'no content type'}, not HTML or PDF)")


def _retry_after(response: httpx.Response) -> float | None:
    """The wait a Retry-After header asks for, in seconds (given as seconds or as a date)."""
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def _transport_reason(exc: BaseException) -> str:
    """A refused connection, an unknown host, a broken answer: in a few words."""
    text = str(exc) or type(exc).__name__
    if "refused" in text.lower():
        return "connection refused"
    if "name or service not known" in text.lower() or "nodename nor servname" in text.lower():
        return "unknown host"
    return " ".join(text.split())


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _save(raw_dir: Path, url: str, got: tuple[str, int, str, bytes], refresh: bool) -> str:
    final_url, status, content_type, body = got
    suffix = _suffix(content_type, body)
    when = _utc_now()
    name = file_name(url, suffix)
    if refresh and (raw_dir / name).exists():
        name = file_name(url, suffix, stamp=when.strftime("%Y%m%dT%H%M%SZ"))
    write_atomically(raw_dir / name, body)
    add_source(
        raw_dir,
        Source(
            file=name,
            url=url,
            final_url=final_url,
            retrieved_at=when.isoformat().replace("+00:00", "Z"),
            http_status=str(status),
            content_type=content_type,
            sha256=hashlib.sha256(body).hexdigest(),
        ),
    )
    return name


def fetch_all(
    urls: Iterable[str],
    raw_dir: str | os.PathLike[str],
    *,
    delay: float = 1.0,
    timeout: float = 30.0,
    refresh: bool = False,
    retries: int = 3,
    backoff: float = 1.0,
    max_bytes: int = MAX_BYTES,
    progress: bool = False,
    log: Callable[[FetchResult], None] | None = None,
) -> list[FetchResult]:
    """Fetch every address into ``raw_dir``, one result per distinct address, in list order.

    ``log`` is called with each result as it comes (the command line prints it); with
    ``progress`` a progress bar runs on a terminal.
    """
    import httpx
    from tqdm import tqdm

    raw = Path(raw_dir)
    raw.mkdir(parents=True, exist_ok=True)
    addresses = list(dict.fromkeys(u.strip() for u in urls if u.strip()))
    if not addresses:
        raise CwlibError("no addresses to fetch")
    known = {row.url: row.file for row in read_sources(raw) if row.url}
    results = []
    with (
        httpx.Client(
            headers={"User-Agent": USER_AGENT},
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,
        ) as client,
        tqdm(
            addresses,
            unit="page",
            desc="fetching",
            disable=None if progress and len(addresses) > 1 else True,
        ) as bar,
    ):
        fetcher = _Fetcher(client, _HostPacer(delay), timeout, retries, backoff, max_bytes)
        for url in bar:
            if not refresh and url in known and (raw / known[url]).exists():
                result = FetchResult(url, "skipped", known[url], "already fetched")
            else:
                try:
                    name = _save(raw, url, fetcher.get(url), refresh)
                    result = FetchResult(url, "fetched", name)
                except FetchError as exc:
                    result = FetchResult(url, "failed", reason=str(exc))
            results.append(result)
            if log:
                log(result)
    return results
