"""Words the extractors look for: programmes, funds, budget items, roles, organisation kinds.

Every list here is a plain data structure with a note of where it came from, so that a
reviewer can extend it without reading the extraction code. Patterns are regular-expression
fragments matched case-insensitively against the text; Lithuanian words are given as stems
because the language inflects them (``savivaldyb`` matches savivaldybė, savivaldybės,
savivaldybei …).

Sources: programme names as the programmes' own sites and the Lithuanian project portal
(esinvesticijos.lt) write them; budget and role vocabulary read off municipal project pages of
the genre (the seeds in data/raw and the genre texts in tests/genre).
"""

from __future__ import annotations

# Programme: (normalised name, pattern, the one period the name implies or None).
# The order matters: the first pattern that matches wins, so specific names come first.
PROGRAMMES: tuple[tuple[str, str, str | None], ...] = (
    ("INTERREG IVC", r"interreg\s*iv\s*c\b", "2007-2013"),
    ("Interreg Europe", r"interreg\s+europ", None),
    (
        "Interreg Baltic Sea Region",
        r"baltijos\s+jūros\s+regiono\s+(?:\S+\s+){0,4}program|baltic\s+sea\s+region\s+programme|interreg\s+(?:\S+\s+)?baltic\s+sea|bsr\s+programme",
        None,
    ),
    (
        "Interreg South Baltic",
        r"pietų\s+baltijos\s+(?:\S+\s+){0,4}program|south\s+baltic\s+(?:\S+\s+){0,3}programme|interreg\s+(?:v-?a\s+)?south\s+baltic",
        None,
    ),
    (
        "Interreg Central Baltic",
        r"centrinio\s+baltijos\s+(?:\S+\s+){0,4}program|central\s+baltic\s+(?:\S+\s+){0,3}programme|interreg\s+(?:v-?a\s+)?central\s+baltic",
        None,
    ),
    (
        "Interreg Lithuania-Poland",
        r"lietuvos(?:\s+ir\s+|\s*[–-]\s*)lenkijos\s+(?:\S+\s+){0,6}program|lithuania[\s–-]+poland\s+(?:\S+\s+){0,3}programme",
        None,
    ),
    (
        "Interreg Latvia-Lithuania",
        r"latvijos(?:\s+ir\s+|\s*[–-]\s*)lietuvos\s+(?:\S+\s+){0,6}program|latvia[\s–-]+lithuania\s+(?:\S+\s+){0,3}programme",
        None,
    ),
    (
        "EU Structural Funds (Lithuania)",
        r"europos\s+sąjungos\s+fondų\s+investicijų\s+veiksmų\s+program"
        r"|sanglaudos\s+skatinimo\s+veiksmų\s+program"
        r"|ekonomikos\s+augimo\s+veiksmų\s+program"
        r"|žmogiškųjų\s+išteklių\s+plėtros\s+veiksmų\s+program"
        r"|europos\s+sąjungos\s+fondų\s+investicijų\s+program|es\s+fondų\s+investicijų\s+program",
        None,
    ),
)

# Names of the operational programmes of one period only.
PROGRAMME_PERIOD_HINTS: tuple[tuple[str, str], ...] = (
    (
        r"sanglaudos\s+skatinimo\s+veiksmų|ekonomikos\s+augimo\s+veiksmų|žmogiškųjų\s+išteklių\s+plėtros",
        "2007-2013",
    ),
    (r"fondų\s+investicijų\s+veiksmų\s+program", "2014-2020"),
    (r"interreg\s*iv\s*c|interreg\s+iv\s*b|interreg\s+iv\s*a", "2007-2013"),
    (r"interreg\s+v\s*-?\s*[abc]\b", "2014-2020"),
    (r"interreg\s+vi\s*-?\s*[abc]\b", "2021-2027"),
)

FUNDS: tuple[tuple[str, str], ...] = (
    (
        "ERDF",
        r"europos\s+regioninės\s+plėtros\s+fond|\berpf\b|\berdf\b|european\s+regional\s+development\s+fund",
    ),
    ("ESF", r"europos\s+socialinio\s+fond|\besf\b|european\s+social\s+fund"),
    ("CF", r"sanglaudos\s+fond|cohesion\s+fund"),
    ("ENI", r"europos\s+kaimynystės\s+priemon|\beni\b|european\s+neighbourhood\s+instrument"),
)

# Budget items, recognised in the words before a sum. Checked in this order: a phrase that
# names both EU and state money is one "eu_national" sum and must not be split.
EU_WORDS = (
    r"europos\s+sąjung|\bes\b|\beu\b|europos\s+(?:finansuojam|regioninės|socialinio|fond)"
    r"|\berpf\b|\berdf\b|\besf\b|interreg|european|europos\s+lėš|parama\s+iš\s+es|es\s+parama"
    r"|europos\W*\s+parama|europos\W*\s+lėš|erdf\s+contribution|eu\s+contribution"
)
NATIONAL_WORDS = (
    r"valstybės\s+biudžet|lr\s+(?:valstybės\s+)?biudžet|lietuvos\s+respublikos\s+(?:valstybės\s+)?biudžet"
    r"|nacionalin|state\s+budget|national\s+(?:co-?)?financ|national\s+contribution"
)
OWN_WORDS = (
    r"savivaldybės\s+(?:biudžeto\s+)?lėš|savivaldybės\s+biudžeto|nuosav|įnaš|indėl|prisidėjim|prisidė|own\s+contribution"
    r"|likus\w*\s+dal\w*|(?:skirs|finansuos|padengs)\s+savivaldyb"
    r"|own\s+funds|partnerio\s+lėš|partnerių\s+lėš|organizacijos\s+lėš|bendrafinansavim|co-?financing\s+by"
    r"|match\s+funding|savo\s+lėš"
)
TOTAL_WORDS = (
    r"bendr\w*\s+(?:\w+\s+){0,2}(?:vertė|biudžet|suma|kaina|išlaid)|vertė|biudžet|iš\s+viso|total"
    r"|project\s+value|projekto\s+kaina|tinkam\w*\s+finansuoti\s+išlaid|budget|sąmat"
)

# Words that make a sum belong to one partner rather than the whole project.
PARTNER_SCOPE_WORDS = (
    r"partnerio\s+(?:biudžet|dalis|vertė|projekto)|partner's\s+budget|partner\s+budget"
    r"|(?:savivaldybės|administracijos|agentūros|universiteto|centro|asociacijos|instituto|bibliotekos"
    r"|muziejaus|teatro|gimnazijos|mokyklos|įstaigos|tarybos|rūmų|fondo|įmonės)\s+(?:projekto\s+)?"
    r"(?:biudžet|vertė|dalis|projekto\s+vertė|projekto\s+biudžet)"
    r"|tenka|skirta\s+\w+\s+(?:savivaldybei|administracijai)"
)

# Organisation nouns: genitive stem -> nominative, to name a party in the nominative.
ORG_NOUNS_GENITIVE: dict[str, str] = {
    "administracijos": "administracija",
    "savivaldybės": "savivaldybė",
    "agentūros": "agentūra",
    "universiteto": "universitetas",
    "centro": "centras",
    "asociacijos": "asociacija",
    "instituto": "institutas",
    "bibliotekos": "biblioteka",
    "muziejaus": "muziejus",
    "teatro": "teatras",
    "gimnazijos": "gimnazija",
    "mokyklos": "mokykla",
    "įstaigos": "įstaiga",
    "tarybos": "taryba",
    "rūmų": "rūmai",
    "fondo": "fondas",
    "įmonės": "įmonė",
    "kolegijos": "kolegija",
    "akademijos": "akademija",
    "departamento": "departamentas",
    "klasterio": "klasteris",
    "inkubatoriaus": "inkubatorius",
    "namų": "namai",
    "dūmos": "dūma",
    "valdybos": "valdyba",
    "galerijos": "galerija",
    "sąjungos": "sąjunga",
    "bendrijos": "bendrija",
}

# Organisation kind, from words in its name; first match wins, so the more specific kinds
# (an association of municipalities is an association) come first.
ORG_TYPE_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "university",
        r"universitet|university|universität|universidad|akademij|academy|kolegij|college|hochschule|politechni",
    ),
    ("school", r"gimnazij|mokykl|progimnazij|licėj|school|schule|lyceum|darželi"),
    (
        "association",
        r"asociacij|association|sąjung|draugij|bendrij|klubas|club|network|tinklas|euroregion|verein|forum|federacij",
    ),
    (
        "cultural",
        r"kultūros|muziej|museum|bibliotek|library|teatr|theat|galerij|gallery|menų|meno|art\b|arts|filharmonij|koncert|kino",
    ),
    (
        "region",
        r"regionas|region\b|regiono|apskrit|county|province|provincij|voivodeship|vaivadij|landkreis|kraj\b",
    ),
    (
        "municipality",
        r"savivaldyb|municipal|city\s+of|town\s+of|miestas|miesto|gemeinde|stadt|kommun|gmina|urząd|ayuntamiento|comune|council|merija|rajono",
    ),
    (
        "agency",
        r"agentūr|agency|informacijos\s+centr|plėtros|development|fomento|turizmo|tourism|chamber|rūmai|inovacijų\s+centr|innovation|technolog|mokslo\s+ir\s+technologijų|parkas|park\b",
    ),
    (
        "company",
        r"\buab\b|\bab\b|ltd|gmbh|\bsp\.?\s*z\s*o\.?\s*o|\boy\b|\bas\b|company|įmonė|\bsia\b|\bou\b|\boü\b|s\.a\.|dizajn|studio|studija",
    ),
)

# Lead partner and applicant: phrases that introduce the name that follows.
LEAD_INTRO = (
    r"vadovaujantis\s+partneris|vadovaujančiasis\s+partneris|pagrindinis\s+partneris|projekto\s+koordinatorius"
    r"|koordinatorius|lead\s+partner|projektui\s+vadovau(?:ja|javo|s)\b|projektui\s+vadovavo\b"
    r"|projektą\s+koordinuo(?:ja|jo)\b|projektui\s+koordinuoja"
    r"|projekto\s+vadovaujantysis\s+partneris|projekto\s+lyderis|coordinator"
)
APPLICANT_INTRO = r"projekto\s+pareiškėjas|pareiškėjas|pareiškėja|projekto\s+vykdytojas|projekto\s+vykdytoja|applicant|beneficiary"

# Headers that open a list of partners, and those that open a list of organisations that are
# only named for publicity or thanks (never partners).
PARTNER_HEADER = (
    r"partneri(?:ai|ų\s+sudėtis|ų\s+sąrašas|ai\s+projekte)|projekto\s+partneriai|project\s+partners|partners|partnership"
    r"|partnerystė|dalyviai|projekto\s+dalyviai|partnerių\s+sąrašas"
)
NOT_PARTNER_HEADER = (
    r"viešinim|publicity|dėkoja|padėk|rėmėj|sponsor|kontakt|contacts|informacij\w*\s+(?:teikia|parengta)"
    r"|atsako|media|žiniasklaid|nuorod|links|renginy|dalyvavo|rezultat|results|veiklos|activities|tikslai|objectives"
)

# Results: section headers and count qualifiers.
RESULTS_HEADER = (
    r"rezultat|results|outputs|bus\s+pasiekt|pasiekti\s+šie|pasiekta|siekiama\s+šių|laukiami|produktai"
    r"|numatoma|planuojama|projekto\s+metu|expected|planned|the\s+project\s+will"
)
AT_LEAST = r"ne\s+mažiau\s+(?:kaip|nei|negu)|bent|mažiausiai|daugiau\s+(?:kaip|nei|negu)|virš|at\s+least|more\s+than|over|not\s+less\s+than|minimum"
ABOUT = r"apie|apytiksliai|maždaug|beveik|approximately|about|around|circa|~|cca\.?|apytikriai"

# Positions that introduce a person's name (personal data, for the contacts table).
PERSON_POSITIONS = (
    r"vadovė|vadovas|koordinatorė|koordinatorius|pavaduotoja|pavaduotojas|direktorė|direktorius|merė|meras"
    r"|specialistė|specialistas|vedėja|vedėjas|atstovė|atstovas|kontaktinis\s+asmuo|kontaktai|pirmininkė|pirmininkas"
    r"|seniūnė|seniūnas|manager|coordinator|contact\s+person|contact|director|mayor|projektų\s+vadovė|projektų\s+vadovas"
)
