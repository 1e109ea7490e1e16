"""A small hand-made world of facts, written through the real writer.

Four articles: the Samarkand SCO summit and the Eastern Economic Forum of 2022 (two
reports of one Putin–Xi meeting), calls and a cancelled visit in 2023 (and a meeting dated
only by its year), and a meeting in Singapore (a place and a country with the same id) and
an undated one.
"""

from __future__ import annotations

from datetime import date

from ingest.facts import (
    Article,
    ArticleFacts,
    Country,
    Event,
    Evidence,
    Interaction,
    Membership,
    Organization,
    Person,
    Place,
    Role,
)

SCO_MEMBERS = (
    "china", "india", "kazakhstan", "kyrgyzstan", "pakistan", "russia", "tajikistan", "uzbekistan",
)

PEOPLE = {
    "vladimir-putin": Person("vladimir-putin", "Vladimir Putin", ["Putin", "Vladimir Putin"],
                             "Q7747"),
    "xi-jinping": Person("xi-jinping", "Xi Jinping", ["Xi", "Xi Jinping"]),
    "li-zhanshu": Person("li-zhanshu", "Li Zhanshu", ["Li Zhanshu"]),
    "narendra-modi": Person("narendra-modi", "Narendra Modi", ["Modi"]),
    "recep-tayyip-erdogan": Person("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", ["Erdogan"]),
    "lee-hsien-loong": Person("lee-hsien-loong", "Lee Hsien Loong", ["Lee Hsien Loong"]),
}
COUNTRIES = {
    c.id: c
    for c in [
        Country("russia", "Russia", "RU"), Country("china", "China", "CN"),
        Country("india", "India", "IN"), Country("kazakhstan", "Kazakhstan", "KZ"),
        Country("kyrgyzstan", "Kyrgyzstan", "KG"), Country("pakistan", "Pakistan", "PK"),
        Country("tajikistan", "Tajikistan", "TJ"), Country("uzbekistan", "Uzbekistan", "UZ"),
        Country("turkey", "Turkey", "TR"), Country("singapore", "Singapore", "SG"),
    ]
}
SCO = Organization("sco", "Shanghai Cooperation Organisation", "SCO")
ASEAN = Organization("asean", "Association of Southeast Asian Nations", "ASEAN")
SAMARKAND = Place("samarkand", "Samarkand", "uzbekistan")
VLADIVOSTOK = Place("vladivostok", "Vladivostok", "russia")
MOSCOW = Place("moscow", "Moscow", "russia")
SINGAPORE_CITY = Place("singapore", "Singapore", "singapore")
SCO_SUMMIT = Event("sco-summit-2022", "SCO summit", "sco", "samarkand", "2022-09-15", "2022-09-16")
EEF = Event("eastern-economic-forum-2022", "Eastern Economic Forum", None, "vladivostok",
            "2022-09-05", "2022-09-08")

ARTICLE_IDS = ("a1-summit-ahead", "a2-summit-held", "a3-calls-2023", "a4-singapore")


def _evidence(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


def _facts(article: Article, people: list[str], **kwargs) -> ArticleFacts:
    return ArticleFacts(article=article, people={p: PEOPLE[p] for p in people}, **kwargs)


def _summit_ahead() -> ArticleFacts:
    s1 = "Putin and Xi will meet at the SCO summit in Samarkand on September 15."
    s2 = "Li Zhanshu met Putin at the Eastern Economic Forum in Vladivostok on September 7."
    s3 = ("China, India, Kazakhstan, Kyrgyzstan, Russia, Pakistan, Tajikistan and Uzbekistan "
          "are members of the SCO.")
    s4 = "Russian President Vladimir Putin and Chinese President Xi Jinping are close."
    text = f"{s1} {s2} {s3} {s4}"
    a = Article("a1-summit-ahead", text, "Putin and Xi to meet in Samarkand", date(2022, 9, 7),
                "https://news.example/a1")
    return _facts(
        a, ["vladimir-putin", "xi-jinping", "li-zhanshu"],
        countries={c: COUNTRIES[c] for c in SCO_MEMBERS},
        organizations={"sco": SCO},
        places={"samarkand": SAMARKAND, "vladivostok": VLADIVOSTOK},
        events={SCO_SUMMIT.id: SCO_SUMMIT, EEF.id: EEF},
        interactions=[
            Interaction(["vladimir-putin", "xi-jinping"], "in_person", "planned",
                        _evidence(text, s1), "2022-09-15", "samarkand", SCO_SUMMIT.id, 0.8),
            Interaction(["li-zhanshu", "vladimir-putin"], "in_person", "held",
                        _evidence(text, s2), "2022-09-07", "vladivostok", EEF.id, 0.9),
        ],
        memberships=[Membership(c, "sco", _evidence(text, s3), 0.9) for c in SCO_MEMBERS],
        roles=[
            Role("vladimir-putin", "President", "Country", "russia", _evidence(text, s4), 0.9),
            Role("xi-jinping", "President", "Country", "china", _evidence(text, s4), 0.9),
        ],
    )


def _summit_held() -> ArticleFacts:
    s1 = "Putin and Xi met in Samarkand on Thursday at the SCO summit."
    s2 = "Putin also met Indian Prime Minister Narendra Modi in Samarkand on Friday."
    text = f"{s1} {s2}"
    a = Article("a2-summit-held", text, "Putin and Xi meet in Samarkand", date(2022, 9, 16))
    return _facts(
        a, ["vladimir-putin", "xi-jinping", "narendra-modi"],
        countries={c: COUNTRIES[c] for c in ("india", "uzbekistan")},
        organizations={"sco": SCO},
        places={"samarkand": SAMARKAND},
        events={SCO_SUMMIT.id: SCO_SUMMIT},
        interactions=[
            Interaction(["vladimir-putin", "xi-jinping"], "in_person", "held",
                        _evidence(text, s1), "2022-09-15", "samarkand", SCO_SUMMIT.id, 0.9),
            Interaction(["narendra-modi", "vladimir-putin"], "in_person", "held",
                        _evidence(text, s2), "2022-09-16", "samarkand", SCO_SUMMIT.id, 0.85),
        ],
        roles=[Role("narendra-modi", "Prime Minister", "Country", "india",
                    _evidence(text, s2), 0.9)],
    )


def _calls_2023() -> ArticleFacts:
    s1 = "Xi Jinping held talks with Vladimir Putin in Moscow on March 21, 2023."
    s2 = "Modi spoke with Xi by phone in March."
    s3 = "A visit of Turkish President Erdogan to Putin planned for April was called off."
    s4 = "Putin and Modi had last met in person in 2019."
    text = f"{s1} {s2} {s3} {s4}"
    a = Article("a3-calls-2023", text, "A spring of talks", date(2023, 4, 30))
    return _facts(
        a, ["vladimir-putin", "xi-jinping", "narendra-modi", "recep-tayyip-erdogan"],
        countries={c: COUNTRIES[c] for c in ("russia", "turkey")},
        places={"moscow": MOSCOW},
        interactions=[
            Interaction(["vladimir-putin", "xi-jinping"], "in_person", "held",
                        _evidence(text, s1), "2023-03-21", "moscow", None, 0.9),
            Interaction(["narendra-modi", "xi-jinping"], "call", "held",
                        _evidence(text, s2), "2023-03", None, None, 0.7),
            Interaction(["recep-tayyip-erdogan", "vladimir-putin"], "in_person", "cancelled",
                        _evidence(text, s3), "2023-04", None, None, 0.6),
            Interaction(["narendra-modi", "vladimir-putin"], "in_person", "held",
                        _evidence(text, s4), "2019", None, None, 0.6),
        ],
        roles=[Role("recep-tayyip-erdogan", "President", "Country", "turkey",
                    _evidence(text, s3), 0.8)],
    )


def _singapore() -> ArticleFacts:
    s1 = "Prime Minister Lee Hsien Loong received Xi Jinping in Singapore on June 2, 2023."
    s2 = "Singapore is a member of ASEAN."
    s3 = "Lee has also met Modi."
    text = f"{s1} {s2} {s3}"
    a = Article("a4-singapore", text, "Xi in Singapore", None)
    return _facts(
        a, ["lee-hsien-loong", "xi-jinping", "narendra-modi"],
        countries={"singapore": COUNTRIES["singapore"]},
        organizations={"asean": ASEAN},
        places={"singapore": SINGAPORE_CITY},
        interactions=[
            Interaction(["lee-hsien-loong", "xi-jinping"], "in_person", "held",
                        _evidence(text, s1), "2023-06-02", "singapore", None, 0.9),
            Interaction(["lee-hsien-loong", "narendra-modi"], "in_person", "held",
                        _evidence(text, s3), None, None, None, 0.5),
        ],
        memberships=[Membership("singapore", "asean", _evidence(text, s2), 0.9)],
        roles=[Role("lee-hsien-loong", "Prime Minister", "Country", "singapore",
                    _evidence(text, s1), 0.9),
               Role("lee-hsien-loong", "Chair", "Organization", "asean",
                    _evidence(text, s2), 0.5)],
    )


def sample_facts() -> list[ArticleFacts]:
    return [_summit_ahead(), _summit_held(), _calls_2023(), _singapore()]
