"""A tiny PDF writer for tests: pages of text lines in Helvetica, or pages with no text (a
stand-in for a scan), built object by object with a correct cross-reference table."""

from __future__ import annotations


def escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def column(lines: list[str], x: int) -> list[str]:
    body = ["BT", "/F1 11 Tf", "14 TL", f"{x} 720 Td"]
    body += [f"({escape(line)}) Tj T*" for line in lines]
    return [*body, "ET"]


def page_stream(lines: list[str]) -> bytes:
    """One column of lines; two columns when the lines hold a "|" (left | right)."""
    if not lines:
        return b"0.5 g 72 72 200 300 re f"  # a grey box: ink, but no text
    if all("|" in line for line in lines):
        left = [line.split("|")[0].strip() for line in lines]
        right = [line.split("|")[1].strip() for line in lines]
        return "\n".join(column(left, 72) + column(right, 320)).encode("latin-1")
    return "\n".join(column(lines, 72)).encode("latin-1")


def make_pdf(pages: list[list[str]], title: str | None = None) -> bytes:
    """A PDF whose pages hold ``pages``' lines (an empty list: a page without text; lines
    with a "|": a left and a right column, written one after the other)."""
    count = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for index, lines in enumerate(pages):
        stream = page_stream(lines)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font "
            f"<< /F1 3 0 R >> >> /Contents {5 + 2 * index} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    info = None
    if title:
        objects.append(f"<< /Title ({escape(title)}) /CreationDate (D:20210504090000Z) >>"
                       .encode("latin-1"))
        info = len(objects)
    return assemble(objects, info)


def assemble(objects: list[bytes], info: int | None) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    trailer = f"<< /Size {len(objects) + 1} /Root 1 0 R"
    trailer += f" /Info {info} 0 R >>" if info else " >>"
    out += f"trailer\n{trailer}\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
