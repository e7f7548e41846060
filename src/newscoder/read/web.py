"""Articles and feeds fetched over http(s) by httpx, politely and within limits.

Every fetch has a timeout, a size limit, a user agent that names newscoder, at most
``MAX_REDIRECTS`` redirects, and asks the site's robots.txt first (a 4xx robots.txt allows
everything, as RFC 9309 says; an unreachable one refuses). Any failure is one
:class:`~newscoder.errors.ReadError` line naming the URL.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from newscoder.errors import ReadError

TIMEOUT_SECONDS = 20.0
MAX_BYTES = 20_000_000
MAX_REDIRECTS = 5


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
    return httpx.Client(
        timeout=TIMEOUT_SECONDS,
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        headers={"User-Agent": user_agent()},
    )


def fetch(url: str, robots: dict[str, RobotFileParser] | None = None) -> Fetched:
    """The body at ``url``; raise :class:`ReadError` with one line on any failure."""
    robots = {} if robots is None else robots
    try:
        with client() as http:
            if not allowed(http, url, robots):
                raise ReadError(url, "the site's robots.txt does not allow fetching this page")
            return download(http, url)
    except httpx.TooManyRedirects:
        raise ReadError(url, f"more than {MAX_REDIRECTS} redirects") from None
    except httpx.TimeoutException:
        raise ReadError(url, f"no answer within {TIMEOUT_SECONDS:.0f} s") from None
    except httpx.HTTPError as error:
        raise ReadError(url, f"cannot fetch ({type(error).__name__}: {error})") from None


def download(http: httpx.Client, url: str) -> Fetched:
    with http.stream("GET", url) as response:
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


def allowed(http: httpx.Client, url: str, robots: dict[str, RobotFileParser]) -> bool:
    """Whether the site's robots.txt lets newscoder fetch ``url`` (read once per site)."""
    parts = urlsplit(url)
    site = f"{parts.scheme}://{parts.netloc}"
    if site not in robots:
        robots[site] = read_robots(http, site)
    return robots[site].can_fetch(user_agent(), url)


def read_robots(http: httpx.Client, site: str) -> RobotFileParser:
    parser = RobotFileParser(site + "/robots.txt")
    try:
        response = http.get(site + "/robots.txt")
    except httpx.HTTPError as error:
        raise ReadError(site, f"cannot read its robots.txt ({type(error).__name__}); "
                        "not fetching") from None
    if response.status_code >= 500:
        raise ReadError(site, f"its robots.txt answered {response.status_code}; not fetching")
    if response.status_code >= 400:
        parser.parse([])  # no robots.txt: everything is allowed
    else:
        parser.parse(response.text.splitlines())
    return parser
