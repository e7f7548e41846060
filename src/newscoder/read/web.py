"""Articles and feeds fetched over http(s) by httpx, politely and within limits.

Every fetch has a timeout, a size limit, a user agent that names newscoder, at most
``MAX_REDIRECTS`` redirects, and asks the site's robots.txt first, for the page and for every
page a redirect leads to (a 4xx robots.txt allows everything, as RFC 9309 says; an
unreachable one refuses). Each site's robots.txt is read once per process. Any failure is
one :class:`~newscoder.errors.ReadError` line naming the URL.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from newscoder.errors import ReadError

if TYPE_CHECKING:  # loaded when a URL is fetched, not on every run
    import httpx

TIMEOUT_SECONDS = 20.0
MAX_BYTES = 20_000_000
MAX_REDIRECTS = 5
ROBOTS: dict[str, RobotFileParser] = {}  # site → its rules, for the whole run


@dataclass
class Fetched:
    url: str  # where the body came from, after redirects
    body: bytes
    content_type: str


def is_url(raw: str) -> bool:
    return raw.lower().startswith(("http://", "https://"))


@lru_cache(maxsize=1)
def user_agent() -> str:
    try:
        own = version("newscoder")
    except PackageNotFoundError:
        own = "dev"
    return f"newscoder/{own} (news analysis; respects robots.txt)"


def client() -> httpx.Client:
    import httpx

    return httpx.Client(
        timeout=TIMEOUT_SECONDS,
        follow_redirects=False,  # followed one by one, each asked of its robots.txt
        headers={"User-Agent": user_agent()},
    )


def fetch(url: str) -> Fetched:
    """The body at ``url``; raise :class:`ReadError` with one line on any failure."""
    import httpx

    try:
        with client() as http:
            return follow(http, url)
    except httpx.TimeoutException:
        raise ReadError(url, f"no answer within {TIMEOUT_SECONDS:.0f} s") from None
    except httpx.HTTPError as error:
        raise ReadError(url, f"cannot fetch ({one_line(error)})") from None


def one_line(error: Exception) -> str:
    """An exception as one line: its type and its message's words."""
    return f"{type(error).__name__}: {' '.join(str(error).split())}"


def follow(http: httpx.Client, url: str) -> Fetched:
    """Download ``url``, following at most ``MAX_REDIRECTS`` redirects that robots allow."""
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        if not allowed(http, url, current):
            raise ReadError(url, f"the robots.txt of {site_of(current)} does not allow "
                            "fetching this page")
        result = download(http, current)
        if isinstance(result, Fetched):
            return result
        current = result
    raise ReadError(url, f"more than {MAX_REDIRECTS} redirects")


def download(http: httpx.Client, url: str) -> Fetched | str:
    """The response's body, or where it redirects to."""
    with http.stream("GET", url) as response:
        if response.is_redirect and response.headers.get("Location"):
            return urljoin(url, response.headers["Location"])
        if response.status_code >= 400:
            raise ReadError(url, f"the server answered {response.status_code} "
                            f"{response.reason_phrase}")
        declared = int(response.headers.get("Content-Length") or 0)
        if declared > MAX_BYTES:
            raise ReadError(url, f"larger than {MAX_BYTES:,} bytes")
        body = bytearray()
        for chunk in response.iter_bytes():
            body.extend(chunk)
            if len(body) > MAX_BYTES:
                raise ReadError(url, f"larger than {MAX_BYTES:,} bytes")
        content_type = response.headers.get("Content-Type", "").lower()
        return Fetched(str(response.url), bytes(body), content_type)


def site_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def allowed(http: httpx.Client, asked: str, url: str) -> bool:
    """Whether the site's robots.txt lets newscoder fetch ``url`` (read once per site);
    an error names ``asked``, the URL the user gave."""
    site = site_of(url)
    if site not in ROBOTS:
        ROBOTS[site] = read_robots(http, asked, site)
    return ROBOTS[site].can_fetch(user_agent(), url)


def read_robots(http: httpx.Client, asked: str, site: str) -> RobotFileParser:
    import httpx

    where = site + "/robots.txt"
    parser = RobotFileParser(where)
    try:
        response = http.get(where)
    except httpx.HTTPError as error:
        raise ReadError(asked, f"cannot read {where} ({one_line(error)}); not fetching") from None
    if response.status_code >= 500:
        raise ReadError(asked, f"{where} answered {response.status_code}; not fetching")
    if response.status_code >= 400:
        parser.parse([])  # no robots.txt: everything is allowed
    else:
        parser.parse(response.text.splitlines())
    return parser
