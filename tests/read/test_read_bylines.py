"""Bylines split into people, roles and outlets (issue 19): dates, agency credits, desks and
groups are never part of an author. Every byline here is invented."""

from __future__ import annotations

import pytest

from newscoder.read.bylines import split_byline

# (byline, [(name, role, outlet)], credits)
CASES = [
    ("By ROBERT BURNS, AP National Security Writer",
     [("Robert Burns", "National Security Writer", "AP")], ["AP"]),
    ("ROBERT BURNS; AP National Security Writer",
     [("Robert Burns", "National Security Writer", "AP")], ["AP"]),
    ("Phil Helsel is a reporter", [("Phil Helsel", "reporter", None)], []),
    ("Dana Okoro is a senior editor for NBC News.",
     [("Dana Okoro", "senior editor", "NBC News")], ["NBC News"]),
    ("JERUSALEM POST STAFF NOVEMBER 12, 2019", [], ["The Jerusalem Post"]),
    ("The Russian; Syrian defense ministries", [], []),
    ("Reuters", [], ["Reuters"]),
    ("By the Associated Press", [], ["AP"]),
    ("AFP/Reuters", [], ["AFP", "Reuters"]),
    ("RFE/RL", [], ["RFE/RL"]),
    ("Staff", [], []),
    ("Reports", [], []),
    ("Staff Reporter", [], []),
    ("Staff and agencies", [], []),
    ("Editorial Board", [], []),
    ("Posted by admin", [], []),
    ("Compiled by Our Staff", [], []),
    ("Gazette Reports", [], ["Gazette"]),
    ("Valley Times News Desk", [], ["Valley Times"]),
    ("By Jane Okafor and Tim Raskin", [("Jane Okafor", None, None), ("Tim Raskin", None, None)],
     []),
    ("Lena Hart, Marco Bell and Yusuf Demir",
     [("Lena Hart", None, None), ("Marco Bell", None, None), ("Yusuf Demir", None, None)], []),
    ("By MARIA LOPEZ and PETE O'HARA Associated Press",
     [("Maria Lopez", None, "AP"), ("Pete O'Hara", None, "AP")], ["AP"]),
    ("By Tom Hale (Reuters)", [("Tom Hale", None, "Reuters")], ["Reuters"]),
    ("By Priya Nair, Reuters", [("Priya Nair", None, "Reuters")], ["Reuters"]),
    ("Ines Varga | Associated Press", [("Ines Varga", None, "AP")], ["AP"]),
    ("CNN's Jake Morrow", [("Jake Morrow", None, "CNN")], ["CNN"]),
    ("Mohammed bin Salem, Al Jazeera", [("Mohammed bin Salem", None, "Al Jazeera")],
     ["Al Jazeera"]),
    ("Lee Anderson | The Daily Planet", [("Lee Anderson", None, "The Daily Planet")],
     ["The Daily Planet"]),
    ("By Nina Petrova, Moscow correspondent", [("Nina Petrova", "Moscow correspondent", None)],
     []),
    ("Kate Brown, Correspondent, 3 March 2020", [("Kate Brown", "Correspondent", None)], []),
    ("Mike Ross, Contributor", [("Mike Ross", "Contributor", None)], []),
    ("By John O'Neill, Staff Writer", [("John O'Neill", "Staff Writer", None)], []),
    ("Reporting by Omar Farouk; Editing by Helen Moss",
     [("Omar Farouk", "reporting", None), ("Helen Moss", "editing", None)], []),
    ("By Sam Lee, with additional reporting by Ana Ruiz",
     [("Sam Lee", None, None), ("Ana Ruiz", "reporting", None)], []),
    ("Written by Hana Sato; Edited by Ken Ito",
     [("Hana Sato", None, None), ("Ken Ito", "editing", None)], []),
    ("Sarah Kim in Seoul", [("Sarah Kim", None, None)], []),
    ("By Lucy Gray Updated 10:42 AM EST, Tue March 3, 2020", [("Lucy Gray", None, None)], []),
    ("By Dan Wu 2 hours ago", [("Dan Wu", None, None)], []),
    ("Paul Mensah 14 January 2015", [("Paul Mensah", None, None)], []),
    ("By Ella Frost - 2021-05-04", [("Ella Frost", None, None)], []),
    ("By Chris Lane @chrislane", [("Chris Lane", None, None)], []),
    ("chris.lane@example.org", [], []),
    ("Dr. Amina Yusuf", [("Amina Yusuf", None, None)], []),
    ("Carlos de la Cruz", [("Carlos de la Cruz", None, None)], []),
    ("AHMED AL-MASRI", [("Ahmed Al-Masri", None, None)], []),
    ("Jean-Luc Moreau", [("Jean-Luc Moreau", None, None)], []),
    ("Anna Müller", [("Anna Müller", None, None)], []),
    ("Ahmed Farah and agencies", [("Ahmed Farah", None, None)], []),
    ("Xinhua", [], ["Xinhua"]),
    ("By Rosa Temple, Courier Harbour Reporter",
     [("Rosa Temple", "Courier Harbour Reporter", None)], []),
    ("", [], []),
]


@pytest.mark.issue(19)
@pytest.mark.parametrize(("raw", "people", "credits"), CASES)
def test_read_bylines_people_roles_outlets(
    raw: str, people: list[tuple[str, str | None, str | None]], credits: list[str]
) -> None:
    byline = split_byline(raw)
    assert [(a.name, a.role, a.outlet) for a in byline.authors] == people
    assert byline.credits == credits


def test_read_bylines_table_is_large_enough() -> None:
    assert len(CASES) >= 40


@pytest.mark.issue(19)
def test_read_bylines_text_file_byline_with_role_and_agency(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from newscoder.read import iter_documents

    path = tmp_path / "storm.txt"
    path.write_text("Storm reaches the coast\nBy LENA MARSH, AP Weather Writer\n\n"
                    "The storm reached the coast on Monday, forecasters said.\n")
    (document,) = list(iter_documents([path]))
    assert document.author == "Lena Marsh"
    assert [(a.name, a.role, a.outlet) for a in document.authors] == [
        ("Lena Marsh", "Weather Writer", "AP")
    ]
    assert document.text[document.body_start:].strip().startswith("The storm reached")
