"""The read stage: every supported format and encoding, and a clear error for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newscoder.errors import ReadError
from newscoder.model import Document
from newscoder.read import iter_documents
from newscoder.read.plaintext import parse_byline

ARTICLE = (
    "Harbour strike enters its third week\n\n"
    "Nina Okoro 2 February 2022\n\n"
    "Dock workers in Lagos stayed off the job on Monday, the union said.\n"
)


def read_one(path: Path) -> Document:
    (item,) = list(iter_documents([path]))
    assert isinstance(item, Document), item
    return item


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16", b""),  # Python's utf-16 codec writes its own BOM
        ("utf-16-le", b""),
        ("cp1252", b""),
        ("latin-1", b""),
    ],
)
def test_read_text_in_any_common_encoding(tmp_path: Path, encoding: str, bom: bytes) -> None:
    text = ARTICLE.replace("Okoro", "Okoro-Müller") + "Prices rose by 5 € – “sharply”.\n"
    if encoding == "latin-1":
        text = text.replace("€", "").replace("–", "-").replace("“", '"').replace("”", '"')
    path = tmp_path / "a.txt"
    path.write_bytes(bom + text.encode(encoding))
    document = read_one(path)
    assert document.text == text
    assert document.author == "Nina Okoro-Müller"


def test_read_keeps_crlf_and_offsets(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(ARTICLE.replace("\n", "\r\n").encode())
    document = read_one(path)
    assert "\r\n" in document.text
    assert document.published == "2022-02-02"
    assert document.title == "Harbour strike enters its third week"
    assert document.text[document.body_start :].lstrip().startswith("Dock workers")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Alex Morgan 13 January 2014", ("Alex Morgan", "2014-01-13")),
        ("By Priya Nair, March 3, 2019", ("Priya Nair", "2019-03-03")),
        ("2020-07-01", (None, "2020-07-01")),
        ("Officials met in the capital to discuss the budget", None),
    ],
)
def test_read_bylines(line: str, expected: tuple[str | None, str | None] | None) -> None:
    assert parse_byline(line) == expected


def test_read_html_main_text_and_metadata(examples_dir: Path) -> None:
    document = read_one(examples_dir / "04_parliament_vote.html")
    assert document.title == "Lawmakers approve border fund after late-night session"
    assert document.published == "2021-06-17"
    assert "Parliament in Athens approved" in document.text
    assert "All rights reserved" not in document.text


def test_read_jsonl_reports_the_bad_line_and_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    good = {"id": "x1", "text": "Talks resumed.", "date": "2021-05-04", "extra": 1}
    missing_text = json.dumps({"id": "x3"})
    lines = [json.dumps(good), "{not json", missing_text, json.dumps(good | {"id": "x4"})]
    path.write_text("\n".join(lines) + "\n")
    items = list(iter_documents([path]))
    assert [i.id for i in items if isinstance(i, Document)] == ["x1", "x4"]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert [(e.line, "batch.jsonl" in str(e)) for e in errors] == [(2, True), (3, True)]
    assert items[0].published == "2021-05-04"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("image.txt", bytes(range(256)) * 4, "binary"),
        ("bad-bom.txt", b"\xef\xbb\xbf\xff\xfe\xfa text", "byte-order mark"),
    ],
)
def test_read_bad_files_give_a_clear_error(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    (item,) = list(iter_documents([path]))
    assert isinstance(item, ReadError)
    assert message in str(item) and name in str(item)


def test_read_folders_in_order_and_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Second story.\n")
    (tmp_path / "a.txt").write_text("First story.\n")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    items = list(iter_documents([tmp_path, tmp_path / "missing.txt"]))
    assert [i.id for i in items if isinstance(i, Document)] == ["a", "b"]
    assert isinstance(items[-1], ReadError) and "no such file" in str(items[-1])
