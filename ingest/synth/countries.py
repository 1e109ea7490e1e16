"""The countries of the synthetic world: pycountry's sovereign states, with what news copy needs.

Each row: ISO code | English short name (empty: pycountry's common name) | demonym |
cities, capital first | naming culture (see ``names``) | government | prominence.

Government codes: ``P`` a president who also heads the government, ``S`` a president and a
prime minister, ``K`` a monarch and a prime minister, ``G`` a prime minister whose head of
state lives abroad (Commonwealth realms). Prominence weights how often a country is in the news.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pycountry

_TABLE = """
AF|Afghanistan|Afghan|Kabul;Kandahar;Herat|fa|P|2
AL|Albania|Albanian|Tirana;Durres|sq|S|1
DZ|Algeria|Algerian|Algiers;Oran|ar|S|2
AD|Andorra|Andorran|Andorra la Vella|es|G|1
AO|Angola|Angolan|Luanda;Benguela|pt|P|1
AG|Antigua and Barbuda|Antiguan|St. John's|car|G|1
AR|Argentina|Argentine|Buenos Aires;Cordoba;Rosario|es|P|3
AM|Armenia|Armenian|Yerevan;Gyumri|hy|S|2
AU|Australia|Australian|Canberra;Sydney;Melbourne;Perth|en|G|4
AT|Austria|Austrian|Vienna;Salzburg|de|S|2
AZ|Azerbaijan|Azerbaijani|Baku;Ganja|tr|S|2
BS|Bahamas|Bahamian|Nassau|car|G|1
BH|Bahrain|Bahraini|Manama|ar|K|1
BD|Bangladesh|Bangladeshi|Dhaka;Chittagong|bn|S|2
BB|Barbados|Barbadian|Bridgetown|car|S|1
BY|Belarus|Belarusian|Minsk;Gomel|ru|S|2
BE|Belgium|Belgian|Brussels;Antwerp|nl|K|2
BZ|Belize|Belizean|Belmopan|car|G|1
BJ|Benin|Beninese|Porto-Novo;Cotonou|frafr|P|1
BT|Bhutan|Bhutanese|Thimphu|np|K|1
BO|Bolivia|Bolivian|La Paz;Santa Cruz|es|P|1
BA|Bosnia and Herzegovina|Bosnian|Sarajevo;Banja Luka|sh|S|1
BW|Botswana|Botswanan|Gaborone|saf|P|1
BR|Brazil|Brazilian|Brasilia;Rio de Janeiro;Sao Paulo|pt|P|4
BN|Brunei|Bruneian|Bandar Seri Begawan|ms|K|1
BG|Bulgaria|Bulgarian|Sofia;Plovdiv|sh|S|1
BF|Burkina Faso|Burkinabe|Ouagadougou|frafr|S|1
BI|Burundi|Burundian|Gitega;Bujumbura|eaf|P|1
CV|Cabo Verde|Cape Verdean|Praia|pt|S|1
KH|Cambodia|Cambodian|Phnom Penh;Siem Reap|km|K|2
CM|Cameroon|Cameroonian|Yaounde;Douala|frafr|S|1
CA|Canada|Canadian|Ottawa;Toronto;Montreal;Vancouver|en|G|4
CF|Central African Republic|Central African|Bangui|frafr|S|1
TD|Chad|Chadian|N'Djamena|frafr|S|1
CL|Chile|Chilean|Santiago;Valparaiso|es|P|2
CN|China|Chinese|Beijing;Shanghai;Tianjin;Xi'an;Hangzhou|zh|S|9
CO|Colombia|Colombian|Bogota;Medellin;Cartagena|es|P|2
KM|Comoros|Comorian|Moroni|ar|P|1
CG|Republic of the Congo|Congolese|Brazzaville;Pointe-Noire|frafr|S|1
CD|Democratic Republic of the Congo|Congolese|Kinshasa;Goma;Lubumbashi|frafr|S|2
CR|Costa Rica|Costa Rican|San Jose|es|P|1
CI|Côte d'Ivoire|Ivorian|Yamoussoukro;Abidjan|frafr|S|1
HR|Croatia|Croatian|Zagreb;Split|sh|S|1
CU|Cuba|Cuban|Havana|es|S|2
CY|Cyprus|Cypriot|Nicosia;Limassol|el|P|1
CZ|Czech Republic|Czech|Prague;Brno|cs|S|2
DK|Denmark|Danish|Copenhagen;Aarhus|nord|K|2
DJ|Djibouti|Djiboutian|Djibouti|ar|S|1
DM|Dominica|Dominican|Roseau|car|S|1
DO|Dominican Republic|Dominican|Santo Domingo|es|P|1
EC|Ecuador|Ecuadorian|Quito;Guayaquil|es|P|1
EG|Egypt|Egyptian|Cairo;Alexandria;Sharm el-Sheikh|ar|S|4
SV|El Salvador|Salvadoran|San Salvador|es|P|1
GQ|Equatorial Guinea|Equatoguinean|Malabo|frafr|S|1
ER|Eritrea|Eritrean|Asmara|et|P|1
EE|Estonia|Estonian|Tallinn;Tartu|balt|S|2
SZ|Eswatini|Swazi|Mbabane|saf|K|1
ET|Ethiopia|Ethiopian|Addis Ababa;Bahir Dar|et|S|2
FJ|Fiji|Fijian|Suva|pac|S|1
FI|Finland|Finnish|Helsinki;Turku|fi|S|2
FR|France|French|Paris;Marseille;Lyon;Nice|fr|S|6
GA|Gabon|Gabonese|Libreville|frafr|P|1
GM|Gambia|Gambian|Banjul|waf|P|1
GE|Georgia|Georgian|Tbilisi;Batumi|ka|S|2
DE|Germany|German|Berlin;Munich;Hamburg;Frankfurt|de|S|6
GH|Ghana|Ghanaian|Accra;Kumasi|waf|P|2
GR|Greece|Greek|Athens;Thessaloniki|el|S|2
GD|Grenada|Grenadian|St. George's|car|G|1
GT|Guatemala|Guatemalan|Guatemala City|es|P|1
GN|Guinea|Guinean|Conakry|frafr|S|1
GW|Guinea-Bissau|Bissau-Guinean|Bissau|pt|S|1
GY|Guyana|Guyanese|Georgetown|car|S|1
HT|Haiti|Haitian|Port-au-Prince|frafr|S|1
HN|Honduras|Honduran|Tegucigalpa|es|P|1
HU|Hungary|Hungarian|Budapest;Debrecen|hu|S|2
IS|Iceland|Icelandic|Reykjavik|nord|S|1
IN|India|Indian|New Delhi;Mumbai;Bengaluru;Kolkata;Chennai|in|S|7
ID|Indonesia|Indonesian|Jakarta;Bali;Surabaya|id|P|3
IR|Iran|Iranian|Tehran;Isfahan;Mashhad|fa|S|4
IQ|Iraq|Iraqi|Baghdad;Basra;Erbil|ar|S|3
IE|Ireland|Irish|Dublin;Cork|en|S|2
IL|Israel|Israeli|Jerusalem;Tel Aviv|he|S|4
IT|Italy|Italian|Rome;Milan;Naples;Florence|it|S|4
JM|Jamaica|Jamaican|Kingston|car|G|1
JP|Japan|Japanese|Tokyo;Osaka;Hiroshima;Kyoto|ja|K|5
JO|Jordan|Jordanian|Amman;Aqaba|ar|K|2
KZ|Kazakhstan|Kazakh|Astana;Almaty|ca|S|3
KE|Kenya|Kenyan|Nairobi;Mombasa|eaf|P|2
KI|Kiribati|I-Kiribati|Tarawa|pac|P|1
KP|North Korea|North Korean|Pyongyang|ko|S|3
KR|South Korea|South Korean|Seoul;Busan|ko|S|4
KW|Kuwait|Kuwaiti|Kuwait City|ar|K|1
KG|Kyrgyzstan|Kyrgyz|Bishkek;Osh|ca|S|1
LA|Laos|Lao|Vientiane;Luang Prabang|th|S|1
LV|Latvia|Latvian|Riga|balt|S|1
LB|Lebanon|Lebanese|Beirut;Sidon|ar|S|2
LS|Lesotho|Basotho|Maseru|saf|K|1
LR|Liberia|Liberian|Monrovia|waf|P|1
LY|Libya|Libyan|Tripoli;Benghazi|ar|S|2
LI|Liechtenstein|Liechtensteiner|Vaduz|de|K|1
LT|Lithuania|Lithuanian|Vilnius;Kaunas|balt|S|2
LU|Luxembourg|Luxembourgish|Luxembourg|fr|K|1
MG|Madagascar|Malagasy|Antananarivo|mg|S|1
MW|Malawi|Malawian|Lilongwe;Blantyre|saf|P|1
MY|Malaysia|Malaysian|Kuala Lumpur;Putrajaya;Penang|ms|K|2
MV|Maldives|Maldivian|Male|ar|P|1
ML|Mali|Malian|Bamako|frafr|S|1
MT|Malta|Maltese|Valletta|it|S|1
MH|Marshall Islands|Marshallese|Majuro|pac|P|1
MR|Mauritania|Mauritanian|Nouakchott|ar|S|1
MU|Mauritius|Mauritian|Port Louis|in|S|1
MX|Mexico|Mexican|Mexico City;Guadalajara;Monterrey|es|P|3
FM|Micronesia|Micronesian|Palikir|pac|P|1
MD|Moldova|Moldovan|Chisinau|ro|S|1
MC|Monaco|Monegasque|Monaco|fr|K|1
MN|Mongolia|Mongolian|Ulaanbaatar|mn|S|1
ME|Montenegro|Montenegrin|Podgorica|sh|S|1
MA|Morocco|Moroccan|Rabat;Casablanca;Marrakech|ar|K|2
MZ|Mozambique|Mozambican|Maputo;Beira|pt|S|1
MM|Myanmar|Myanmar|Naypyitaw;Yangon|my|S|2
NA|Namibia|Namibian|Windhoek|saf|P|1
NR|Nauru|Nauruan|Yaren|pac|P|1
NP|Nepal|Nepali|Kathmandu;Pokhara|np|S|1
NL|Netherlands|Dutch|Amsterdam;The Hague;Rotterdam|nl|K|3
NZ|New Zealand|New Zealand|Wellington;Auckland|en|G|2
NI|Nicaragua|Nicaraguan|Managua|es|P|1
NE|Niger|Nigerien|Niamey|frafr|S|1
NG|Nigeria|Nigerian|Abuja;Lagos;Kano|waf|P|3
MK|North Macedonia|North Macedonian|Skopje;Ohrid|sh|S|1
NO|Norway|Norwegian|Oslo;Bergen|nord|K|2
OM|Oman|Omani|Muscat;Salalah|ar|K|1
PK|Pakistan|Pakistani|Islamabad;Karachi;Lahore|pk|S|4
PW|Palau|Palauan|Ngerulmud|pac|P|1
PA|Panama|Panamanian|Panama City|es|P|1
PG|Papua New Guinea|Papua New Guinean|Port Moresby|pac|G|1
PY|Paraguay|Paraguayan|Asuncion|es|P|1
PE|Peru|Peruvian|Lima;Cusco|es|S|1
PH|Philippines|Philippine|Manila;Cebu;Davao|ph|P|2
PL|Poland|Polish|Warsaw;Krakow;Gdansk|pl|S|3
PT|Portugal|Portuguese|Lisbon;Porto|pt|S|2
QA|Qatar|Qatari|Doha|ar|K|3
RO|Romania|Romanian|Bucharest;Cluj-Napoca|ro|S|2
RU|Russia|Russian|Moscow;Saint Petersburg;Sochi;Kazan;Vladivostok|ru|S|9
RW|Rwanda|Rwandan|Kigali|eaf|S|1
KN|Saint Kitts and Nevis|Kittitian|Basseterre|car|G|1
LC|Saint Lucia|Saint Lucian|Castries|car|G|1
VC|Saint Vincent and the Grenadines|Vincentian|Kingstown|car|G|1
WS|Samoa|Samoan|Apia|pac|S|1
SM|San Marino|Sammarinese|San Marino|it|P|1
ST|Sao Tome and Principe|Santomean|Sao Tome|pt|S|1
SA|Saudi Arabia|Saudi|Riyadh;Jeddah|ar|K|5
SN|Senegal|Senegalese|Dakar|frafr|S|1
RS|Serbia|Serbian|Belgrade;Novi Sad|sh|S|2
SC|Seychelles|Seychellois|Victoria|car|P|1
SL|Sierra Leone|Sierra Leonean|Freetown|waf|P|1
SG|Singapore|Singaporean|Singapore|zh|S|3
SK|Slovakia|Slovak|Bratislava;Kosice|cs|S|1
SI|Slovenia|Slovenian|Ljubljana|sh|S|1
SB|Solomon Islands|Solomon Islands|Honiara|pac|G|1
SO|Somalia|Somali|Mogadishu|ar|S|1
ZA|South Africa|South African|Pretoria;Johannesburg;Cape Town;Durban|saf|P|3
SS|South Sudan|South Sudanese|Juba|eaf|P|1
ES|Spain|Spanish|Madrid;Barcelona;Seville|es|K|3
LK|Sri Lanka|Sri Lankan|Colombo;Kandy|lk|S|1
SD|Sudan|Sudanese|Khartoum;Port Sudan|ar|S|2
SR|Suriname|Surinamese|Paramaribo|nl|P|1
SE|Sweden|Swedish|Stockholm;Gothenburg|nord|K|2
CH|Switzerland|Swiss|Bern;Geneva;Zurich;Davos|de|P|3
SY|Syria|Syrian|Damascus;Aleppo|ar|S|3
TJ|Tajikistan|Tajik|Dushanbe|fa|S|1
TZ|Tanzania|Tanzanian|Dodoma;Dar es Salaam;Zanzibar|eaf|S|1
TH|Thailand|Thai|Bangkok;Chiang Mai;Pattaya|th|K|2
TL|Timor-Leste|Timorese|Dili|pt|S|1
TG|Togo|Togolese|Lome|frafr|S|1
TO|Tonga|Tongan|Nuku'alofa|pac|K|1
TT|Trinidad and Tobago|Trinidadian|Port of Spain|car|S|1
TN|Tunisia|Tunisian|Tunis;Sfax|ar|S|1
TR|Türkiye|Turkish|Ankara;Istanbul;Antalya;Izmir|tr|P|5
TM|Turkmenistan|Turkmen|Ashgabat|ca|P|1
TV|Tuvalu|Tuvaluan|Funafuti|pac|G|1
UG|Uganda|Ugandan|Kampala;Entebbe|eaf|P|1
UA|Ukraine|Ukrainian|Kyiv;Lviv;Odesa;Kharkiv|uk|S|6
AE|United Arab Emirates|Emirati|Abu Dhabi;Dubai|ar|S|4
GB|United Kingdom|British|London;Edinburgh;Manchester|en|K|6
US|United States|US|Washington;New York;San Francisco;Los Angeles;Chicago|en|P|10
UY|Uruguay|Uruguayan|Montevideo|es|P|1
UZ|Uzbekistan|Uzbek|Tashkent;Samarkand;Bukhara|ca|S|2
VU|Vanuatu|Vanuatuan|Port Vila|pac|S|1
VE|Venezuela|Venezuelan|Caracas;Maracaibo|es|P|2
VN|Vietnam|Vietnamese|Hanoi;Ho Chi Minh City;Da Nang|vi|S|3
YE|Yemen|Yemeni|Sanaa;Aden|ar|S|2
ZM|Zambia|Zambian|Lusaka;Livingstone|saf|P|1
ZW|Zimbabwe|Zimbabwean|Harare;Bulawayo|saf|P|1
"""

# Titles that differ from the defaults (President / Prime Minister / King / Foreign Minister).
_HEAD_OF_STATE = {
    "JP": "Emperor",
    "QA": "Emir",
    "KW": "Emir",
    "OM": "Sultan",
    "BN": "Sultan",
    "LI": "Prince",
    "MC": "Prince",
    "LU": "Grand Duke",
    "MY": "King",
    "AD": "Co-Prince",
}
_HEAD_OF_GOVERNMENT = {
    "DE": "Chancellor",
    "AT": "Chancellor",
    "CN": "Premier",
    "AE": "Vice President",
    "SA": "Crown Prince",
}
_FOREIGN_MINISTER = {
    "US": "Secretary of State",
    "GB": "Foreign Secretary",
    "IN": "External Affairs Minister",
    "CA": "Foreign Affairs Minister",
}


# Names that take "the" inside a sentence.
_WITH_ARTICLE = frozenset(
    {
        "BS",
        "CF",
        "CD",
        "CG",
        "CZ",
        "DO",
        "GM",
        "KM",
        "MH",
        "MV",
        "NL",
        "PH",
        "SB",
        "AE",
        "GB",
        "US",
    }
)


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    demonym: str
    cities: tuple[str, ...]
    culture: str
    government: str
    prominence: int

    @property
    def in_text(self) -> str:
        """The name as it reads inside a sentence: "the United States"."""
        return f"the {self.name}" if self.code in _WITH_ARTICLE else self.name

    @property
    def possessive(self) -> str:
        text = self.in_text
        return f"{text}'" if text.endswith("s") else f"{text}'s"

    @property
    def capital(self) -> str:
        return self.cities[0]

    @property
    def head_of_state_title(self) -> str | None:
        if self.government == "G":
            return None
        if self.code in _HEAD_OF_STATE:
            return _HEAD_OF_STATE[self.code]
        return "King" if self.government == "K" else "President"

    @property
    def head_of_government_title(self) -> str | None:
        if self.government == "P":
            return None
        return _HEAD_OF_GOVERNMENT.get(self.code, "Prime Minister")

    @property
    def foreign_minister_title(self) -> str:
        return _FOREIGN_MINISTER.get(self.code, "Foreign Minister")


@lru_cache(maxsize=1)
def load_countries() -> tuple[Country, ...]:
    """All countries, in ISO code order; every code is checked against pycountry."""
    rows = []
    for line in _TABLE.strip().splitlines():
        code, name, demonym, cities, culture, government, prominence = line.split("|")
        record = pycountry.countries.get(alpha_2=code)
        if record is None:
            raise ValueError(f"unknown ISO code {code}")
        name = name or getattr(record, "common_name", None) or record.name
        rows.append(
            Country(
                code, name, demonym, tuple(cities.split(";")), culture, government, int(prominence)
            )
        )
    return tuple(sorted(rows, key=lambda c: c.code))
