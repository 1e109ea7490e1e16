"""International organisations of the synthetic world, and the recurring forums leaders meet at.

Member lists are ISO codes of countries in ``countries``. ``observers`` are states with a looser
status (observer, dialogue partner, associate, candidate): never members in the gold.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Organisation:
    name: str
    acronym: str | None
    members: tuple[str, ...]
    observers: tuple[str, ...] = ()
    observer_word: str = "observer"  # how the text calls the looser status
    founded: int | None = None
    bloc_word: str = "bloc"  # "the bloc", "the alliance", "the group"
    holds_summits: bool = True

    @property
    def in_text(self) -> str:
        """The name as it reads inside a sentence: "the European Union", "BRICS"."""
        return self.name if self.name in ("BRICS", "Mercosur") else f"the {self.name}"

    @property
    def label(self) -> str:
        """The short form news copy uses on second mention."""
        return self.acronym or self.name


def _org(name, acronym, members, observers="", **kw) -> Organisation:
    return Organisation(name, acronym, tuple(members.split()), tuple(observers.split()), **kw)


ORGANISATIONS: tuple[Organisation, ...] = (
    _org(
        "European Union",
        "EU",
        "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE",
        "AL BA GE MD ME MK RS UA",
        observer_word="candidate",
        founded=1993,
    ),
    _org(
        "North Atlantic Treaty Organization",
        "NATO",
        "AL BE BG CA HR CZ DK EE FI FR DE GR HU IS IT LV LT LU ME NL MK NO PL PT RO SK SI ES SE "
        "TR GB US",
        "AU JP KR NZ",
        observer_word="partner",
        founded=1949,
        bloc_word="alliance",
    ),
    _org(
        "Association of Southeast Asian Nations",
        "ASEAN",
        "BN KH ID LA MY MM PH SG TH VN",
        "TL PG",
        founded=1967,
    ),
    _org(
        "Shanghai Cooperation Organisation",
        "SCO",
        "CN RU IN PK IR KZ KG TJ UZ BY",
        "AF MN TR SA EG QA KH AZ AM NP LK",
        observer_word="dialogue partner",
        founded=2001,
    ),
    _org(
        "BRICS",
        None,
        "BR RU IN CN ZA EG ET IR AE ID",
        "BY BO KZ CU MY TH UG UZ NG VN",
        observer_word="partner country",
        founded=2009,
        bloc_word="group",
    ),
    _org(
        "Group of Seven",
        "G7",
        "US GB FR DE IT JP CA",
        "IN BR ZA KR AU",
        observer_word="guest",
        founded=1975,
        bloc_word="group",
    ),
    _org(
        "Group of Twenty",
        "G20",
        "AR AU BR CA CN FR DE IN ID IT JP KR MX RU SA ZA TR GB US",
        "ES NL SG AE NG",
        observer_word="invited guest",
        founded=1999,
        bloc_word="group",
    ),
    _org(
        "African Union",
        "AU",
        "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY "
        "MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW",
        founded=2002,
        bloc_word="union",
    ),
    _org(
        "Arab League",
        None,
        "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM QA SA SO SD SY TN AE YE",
        "BR ER IN VE",
        founded=1945,
        bloc_word="league",
    ),
    _org("Gulf Cooperation Council", "GCC", "BH KW OM QA SA AE", founded=1981, bloc_word="council"),
    _org(
        "Organization of American States",
        "OAS",
        "AG AR BS BB BZ BO BR CA CL CO CR DM DO EC SV GD GT GY HT HN JM MX PA PY PE KN LC VC "
        "SR TT US UY",
        "ES FR IT DE JP KR",
        observer_word="permanent observer",
        founded=1948,
        bloc_word="organisation",
    ),
    _org(
        "Mercosur",  # known by this name; its expansion is not an acronym of it
        None,
        "AR BR PY UY BO",
        "CL CO EC PE GY SR",
        observer_word="associate state",
        founded=1991,
    ),
    _org(
        "Commonwealth of Independent States",
        "CIS",
        "RU BY AM AZ KZ KG MD TJ UZ",
        "TM",
        observer_word="associate member",
        founded=1991,
        bloc_word="grouping",
    ),
    _org(
        "Collective Security Treaty Organization",
        "CSTO",
        "RU BY AM KZ KG TJ",
        "RS AF",
        founded=2002,
        bloc_word="alliance",
    ),
    _org(
        "Eurasian Economic Union",
        "EAEU",
        "RU BY AM KZ KG",
        "MD UZ CU IR",
        founded=2015,
        bloc_word="union",
    ),
    _org(
        "Organization of the Petroleum Exporting Countries",
        "OPEC",
        "DZ CG GQ GA IR IQ KW LY NG SA AE VE",
        "RU KZ AZ OM MX",
        observer_word="non-OPEC ally",
        founded=1960,
        bloc_word="cartel",
        holds_summits=False,
    ),
    _org(
        "Economic Community of West African States",
        "ECOWAS",
        "BJ CV CI GM GH GN GW LR NG SN SL TG",
        "ML BF NE",
        observer_word="former member",
        founded=1975,
    ),
    _org(
        "Southern African Development Community",
        "SADC",
        "AO BW KM CD SZ LS MG MW MU MZ NA SC ZA TZ ZM ZW",
        founded=1992,
    ),
    _org(
        "East African Community",
        "EAC",
        "KE TZ UG RW BI SS CD SO",
        "ET DJ",
        observer_word="prospective member",
        founded=2000,
    ),
    _org(
        "Pacific Islands Forum",
        "PIF",
        "AU NZ FJ PG SB VU WS TO KI TV NR PW MH FM",
        "TL",
        observer_word="associate",
        founded=1971,
        bloc_word="forum",
    ),
    _org(
        "Caribbean Community",
        "CARICOM",
        "AG BS BB BZ DM GD GY HT JM KN LC VC SR TT",
        "CO DO MX VE",
        observer_word="observer",
        founded=1973,
    ),
    _org(
        "South Asian Association for Regional Cooperation",
        "SAARC",
        "AF BD BT IN MV NP PK LK",
        "AU CN IR JP KR MU MM US",
        founded=1985,
    ),
    _org(
        "Organization of Turkic States",
        "OTS",
        "TR AZ KZ KG UZ",
        "HU TM",
        founded=2009,
        bloc_word="organisation",
    ),
    _org(
        "Quadrilateral Security Dialogue", "Quad", "US IN JP AU", founded=2007, bloc_word="grouping"
    ),
    _org("Visegrad Group", "V4", "PL CZ SK HU", founded=1991, bloc_word="group"),
    _org("Nordic Council", None, "DK FI IS NO SE", founded=1952, bloc_word="council"),
    _org(
        "Intergovernmental Authority on Development",
        "IGAD",
        "DJ ER ET KE SO SS SD UG",
        founded=1996,
        bloc_word="bloc",
    ),
    _org(
        "Andean Community",
        "CAN",
        "BO CO EC PE",
        "AR BR CL PY UY",
        observer_word="associate member",
        founded=1969,
    ),
    _org(
        "Asia-Pacific Economic Cooperation",
        "APEC",
        "AU BN CA CL CN ID JP KR MY MX NZ PG PE PH RU SG TH US VN",
        founded=1989,
        bloc_word="forum",
    ),
    _org(
        "Organisation for Economic Co-operation and Development",
        "OECD",
        "AU AT BE CA CL CO CR CZ DK EE FI FR DE GR HU IS IE IL IT JP KR LV LT LU MX NL NZ NO "
        "PL PT SK SI ES SE CH TR GB US",
        "AR BR BG HR PE RO TH ID",
        observer_word="accession candidate",
        founded=1961,
        bloc_word="organisation",
        holds_summits=False,
    ),
    _org(
        "Council of Europe",
        "CoE",
        "AL AD AM AT AZ BE BA BG HR CY CZ DK EE FI FR GE DE GR HU IS IE IT LV LI LT LU MT MD "
        "MC ME NL MK NO PL PT RO SM RS SK SI ES SE CH TR UA GB",
        "CA JP MX US",
        founded=1949,
        bloc_word="council",
        holds_summits=False,
    ),
)


@dataclass(frozen=True)
class Forum:
    """A recurring gathering that is not one organisation's summit."""

    name: str
    city: str
    country: str


FORUMS: tuple[Forum, ...] = (
    Forum("World Economic Forum", "Davos", "CH"),
    Forum("Munich Security Conference", "Munich", "DE"),
    Forum("Eastern Economic Forum", "Vladivostok", "RU"),
    Forum("St Petersburg International Economic Forum", "Saint Petersburg", "RU"),
    Forum("Raisina Dialogue", "New Delhi", "IN"),
    Forum("Shangri-La Dialogue", "Singapore", "SG"),
    Forum("Antalya Diplomacy Forum", "Antalya", "TR"),
    Forum("Doha Forum", "Doha", "QA"),
    Forum("UN General Assembly", "New York", "US"),
    Forum("UN climate conference", "Dubai", "AE"),
    Forum("Boao Forum for Asia", "Boao", "CN"),
    Forum("Manama Dialogue", "Manama", "BH"),
)


# Residences and palaces that name a meeting's place without its city. A venue outside any city
# keeps its own name as the place, as annotators do for Camp David.
@dataclass(frozen=True)
class Venue:
    phrase: str  # as written after "at"
    country: str
    place: str  # the gold place


VENUES: tuple[Venue, ...] = (
    Venue("the White House", "US", "Washington"),
    Venue("Camp David", "US", "Camp David"),
    Venue("the Kremlin", "RU", "Moscow"),
    Venue("the Bocharov Ruchei residence in Sochi", "RU", "Sochi"),
    Venue("the Elysee Palace", "FR", "Paris"),
    Venue("Downing Street", "GB", "London"),
    Venue("Chequers", "GB", "Chequers"),
    Venue("the Great Hall of the People", "CN", "Beijing"),
    Venue("the Diaoyutai State Guesthouse in Beijing", "CN", "Beijing"),
    Venue("the Chancellery in Berlin", "DE", "Berlin"),
    Venue("Hyderabad House", "IN", "New Delhi"),
    Venue("the Akasaka Palace", "JP", "Tokyo"),
    Venue("the Presidential Complex in Ankara", "TR", "Ankara"),
    Venue("Dolmabahce Palace", "TR", "Istanbul"),
    Venue("the Planalto Palace", "BR", "Brasilia"),
    Venue("the Casa Rosada", "AR", "Buenos Aires"),
    Venue("the Quirinale Palace", "IT", "Rome"),
    Venue("Palazzo Chigi", "IT", "Rome"),
    Venue("the Union Buildings", "ZA", "Pretoria"),
    Venue("the Mariinsky Palace", "UA", "Kyiv"),
    Venue("Al Salam Palace", "SA", "Jeddah"),
    Venue("Ittihadiya Palace", "EG", "Cairo"),
)
