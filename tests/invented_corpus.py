"""Small invented news articles (written for these tests) and ways to make long ones.

Every name, number and event here is made up; the articles only need to look like news so
that every stage has something to find: quotes, dates, places, figures and actors.
"""

from __future__ import annotations

ARTICLES: list[dict[str, str]] = [
    {
        "id": "inv-1",
        "date": "2021-03-04",
        "title": "Talks on river dispute resume in Geneva",
        "text": (
            "Negotiators from Egypt and Ethiopia met in Geneva on Tuesday to resume talks on "
            "the filling of a dam on the Blue Nile, officials said.\n\n"
            '"We came here in good faith," the Egyptian foreign minister told reporters after '
            "the first session. He said a deal could be reached by June.\n\n"
            "Ethiopia's water minister accused Cairo of delaying the process and said his "
            "government would not accept a binding agreement."
        ),
    },
    {
        "id": "inv-2",
        "date": "2019-11-20",
        "text": (
            "At least 14 people were killed and 40 injured when a bomb exploded at a market in "
            "the northern city of Kirkuk on Sunday, police said.\n\n"
            "No group has claimed the attack. Iraqi security forces arrested three suspects "
            "overnight, according to a statement from the interior ministry.\n\n"
            "The United Nations condemned the bombing and called for calm."
        ),
    },
    {
        "id": "inv-3",
        "date": "2018-06-01",
        "title": "Storm forces thousands from their homes",
        "text": (
            "More than 12,000 people have been displaced by floods in eastern Bangladesh since "
            "last week, the Red Cross said on Friday.\n\n"
            "Rescue teams reached villages near Sylhet, where rivers burst their banks after "
            "three days of heavy rain. A local official described the damage as the worst in a "
            "decade.\n\n"
            "The government has promised 2.5 million dollars in emergency aid."
        ),
    },
    {
        "id": "inv-4",
        "text": (
            "Protesters marched through the centre of Caracas on Saturday demanding early "
            "elections, while the government accused the opposition of planning a coup.\n\n"
            "President Nicolás Maduro said in a televised address that the army remained loyal. "
            '"Nobody will divide us," he said.'
        ),
    },
    {
        "id": "inv-5",
        "date": "2022-09-15",
        "text": (
            "The European Union agreed on Thursday to impose new sanctions on three companies "
            "accused of supplying drones to Russia.\n\n"
            "Germany and France backed the measures, but Hungary asked for more time, "
            "diplomats in Brussels said. The sanctions take effect next month."
        ),
    },
]

PARAGRAPH = (
    "Officials in the capital said on Monday that talks with the rebels would continue next "
    "week. \"We are ready to listen,\" a spokesman told reporters, adding that 25 people had "
    "been injured in clashes near the border since January. "
)


def long_text(chars: int) -> str:
    """An invented article of exactly ``chars`` characters, in paragraphs."""
    paragraph = (PARAGRAPH * 3).strip()
    copies = chars // (len(paragraph) + 2) + 1
    return "\n\n".join([paragraph] * copies)[:chars]
