"""Personal data stays out of exports: what the redactor removes, and what it must leave alone."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from cwlib import paths
from cwlib.export.privacy import PLACEHOLDERS, Redactor, redact_tables

GENRE_DIR = Path(__file__).parent / "genre"

NAME, EMAIL, PHONE = "Aušra Dockevičiūtė", "rietavomuc@gmail.com", "+370 67382349"
LINE = f"Projekto vadovė {NAME}, {EMAIL}, {PHONE}."


@pytest.mark.parametrize(
    "text",
    [
        EMAIL,
        "info@vilnius.lt",
        "Rasa.Petraityte+kki@kultura.vilnius.lt",
        "info(eta)vilnius.lt",
        "vardas [at] gmail.com",
        "RASTINE@KLAIPEDA.LT",
    ],
)
def test_emails_are_found(text: str) -> None:
    assert Redactor().redact(f"Rašykite: {text}.") == f"Rašykite: {PLACEHOLDERS['email']}."


@pytest.mark.parametrize(
    "text",
    [
        PHONE,
        "+370 (5) 211 2000",
        "+370-5-211-2000",
        "+48 58 320 26 18",
        "+49 381 381 0",
        "8 687 12345",
        "8-687-12345",
        "(8 5) 211 2000",
        "868712345",
        # the trunk prefix 0 that replaced 8 in 2025
        "0 687 12345",
        "0-687-12345",
        "(0 5) 211 2000",
        "068712345",
    ],
)
def test_phones_are_found(text: str) -> None:
    assert Redactor().redact(f"Skambinkite {text}.") == f"Skambinkite {PLACEHOLDERS['phone']}."


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("tel. 5 211 2000", "5 211 2000"),
        ("Tel.: 211 2000", "211 2000"),
        ("mob. nr. 612 34567", "612 34567"),
        ("Phone: 0049 381 3810", "0049 381 3810"),
        ("faks. (8 46) 41 04 45", "(8 46) 41 04 45"),
        # Latvian numbers at home have no prefix: the Latvian phone words tell them
        ("tālr. 67012345", "67012345"),
        ("Tālr.63012345", "63012345"),
        ("tālrunis: 67012345, fakss: 67012346", "67012345"),
        ("Plašāka informācija pa tālruni 67012345.", "67012345"),
        ("vai zvanot 26123456.", "26123456"),
    ],
)
def test_numbers_after_a_phone_word_are_found(text: str, number: str) -> None:
    assert PLACEHOLDERS["phone"] in Redactor().redact(text)
    assert number not in Redactor().redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bendras projekto biudžetas – 264,145.00 EUR",
        "Projekto bendra vertė – 1.831.204,00 mln. eurų",
        "8.263.543,00 Lt (2.393.287,50 Eur)",
        "finansavo 191 920,84 Eur",
        "would make it 1 831 204 000 000.00 EUR",
        "812 345 678 Eur",
        "projekto Nr. SHTB 05.01.00-32-0142/18-00",
        "Nr. 07.1.1-CPVA-V-906 priemonę",
        "Projekto kodas: 05.5.1-APVA-V-018-01-0012",
        "kodas 000 123 456",
        "2016.03.01–2018.02.28",
        "2012-05-02 – 2014-04-30",
        "17/09/2010, Nr. 3025",
        "Vilties g. 5, Visaginas, LT-31135",
        "+370 ...",
        "@SUM(1)",
        '=HYPERLINK("http://evil.example")',
        "Suorganizuota 14 mokomųjų vizitų ir 8 seminarai / konferencijos.",
        "https://www.interregeurope.eu/urbanm/",
        "Projektui vadovauja Birmingemo Universitetas (Jungtinė Karalystė).",
        "projekto vadovė buvo labai gera",
    ],
)
def test_figures_codes_and_ordinary_words_are_kept(text: str) -> None:
    assert Redactor().find(text) == []


def test_names_of_contacts_in_every_case() -> None:
    r = Redactor.from_names([NAME])
    for text in (
        "Aušra Dockevičiūtė",
        "Aušrai Dockevičiūtei",
        "Aušros Dockevičiūtės",
        "Dockevičiūtė Aušra",
        "Dockevičiūtę",
    ):
        assert r.redact(f"Dėkojame: {text}.") == f"Dėkojame: {PLACEHOLDERS['name']}.", text
    # the first name alone is an ordinary word ("aušra" is dawn): left alone
    assert r.redact("Aušra virš Rietavo") == "Aušra virš Rietavo"


def test_names_after_a_contact_word_without_a_contacts_table() -> None:
    r = Redactor()
    assert r.redact("Kontaktinis asmuo: Jonas Jonaitis") == "Kontaktinis asmuo: [name removed]"
    assert r.redact(LINE) == "Projekto vadovė [name removed], [e-mail removed], [phone removed]."


@pytest.mark.parametrize(
    "title",
    ["Direktorius", "Projekto Vadovė", "Mero Pavaduotoja", "Project Manager", "Coordinator"],
)
def test_a_capitalised_title_before_the_name_leaves_no_surname(title: str) -> None:
    """A position title between the contact word and the name is no part of the name: taken
    as one, it hid the title and the first name and left the surname in the export."""
    text = f"Kontaktinis asmuo: {title} Jonas Jonaitis, tel. 8 612 34567."
    assert Redactor().redact(text) == (
        f"Kontaktinis asmuo: {title} [name removed], tel. [phone removed]."
    )


def test_placeholders_can_be_translated() -> None:
    r = Redactor.from_names([NAME], placeholders={"email": "[el. paštas pašalintas]"})
    assert "[el. paštas pašalintas]" in r.redact(LINE)
    assert "[name removed]" in r.redact(LINE)


def _frames() -> dict[str, pd.DataFrame]:
    contacts = pd.DataFrame(
        {
            "project_id": ["p"],
            "name": [NAME],
            "position": ["vadovė"],
            "email": [EMAIL],
            "phone": ["8 686 00000"],  # an odd form: known because the contacts table says so
            "source": ["003.txt"],
            "quote": [LINE],
        },
        dtype="string",
    )
    findings = pd.DataFrame(
        {
            "project_id": pd.Series(["p", "p"], dtype="string"),
            "severity": pd.Categorical(["info", "error"], categories=["error", "warning", "info"]),
            "message": pd.Series(
                [f"Skambinti {NAME.split()[1][:-1]}ei 8 686 00000", None], dtype="string"
            ),
            "difference": [1.0, float("nan")],
            "quote": pd.Series([LINE, "264,145.00 EUR"], dtype="string"),
        }
    )
    return {"contacts": contacts, "findings": findings}


def test_redact_tables_drops_contacts_and_cleans_every_text_cell() -> None:
    out = redact_tables(_frames())
    assert "contacts" not in out
    findings = out["findings"]
    text = " ".join(str(v) for v in findings.astype("object").to_numpy().ravel())
    for item in (NAME, "Dockevičiūt", EMAIL, "67382349", "8 686 00000"):
        assert item not in text
    assert findings.loc[1, "quote"] == "264,145.00 EUR"
    assert pd.isna(findings.loc[1, "message"])
    # dtypes survive: categories stay categories, numbers numbers
    assert isinstance(findings["severity"].dtype, pd.CategoricalDtype)
    assert findings["difference"].dtype == "float64"
    assert findings["message"].dtype == "string"


def test_redact_tables_keeps_everything_on_request() -> None:
    frames = _frames()
    out = redact_tables(frames, include_contacts=True)
    assert out["contacts"] is frames["contacts"]
    assert out["findings"].loc[0, "quote"] == LINE


def test_raw_seeds_lose_only_their_contacts() -> None:
    """On the real source texts, the generic patterns remove the persons, e-mails and phones the
    contacts extractor recognised, and nothing else but the persons it names and does not
    list: a vice-mayor who took part in a seed's event and shared her views is no contact of
    the project (round 14b), and is still redacted."""
    contacts = pd.read_csv(paths.CLEAN_DIR / "contacts.csv", dtype=str)
    expected = sorted(
        (kind, value) for kind in ("name", "email", "phone") for value in contacts[kind].dropna()
    )
    found = []
    for path in sorted(paths.RAW_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found += [(m.kind, m.text) for m in Redactor().find(text)]
    if not expected:
        pytest.skip("no raw seed with a contact person")
    guests = [("name", "Edita Tamošiūnaitė")]
    assert sorted(found) == sorted(expected + guests)


# --------------------------------------------------------------------------- hostile forms


@pytest.mark.parametrize(
    "text",
    [
        "info＠vilnius.lt",
        "jonas [at] kaunas [dot] lt",
        "jonas(eta)kaunas(dot)lt",
        "vardas [eta] domenas.lt",
        "rasa (at) kultura (taškas) lt",
        "Rasa.Petraityte@kultura.vilnius.lt",
    ],
)
def test_obfuscated_emails_are_found(text: str) -> None:
    assert Redactor().redact(f"Rašykite: {text}, ačiū.") == "Rašykite: [e-mail removed], ačiū."


@pytest.mark.parametrize(
    "text",
    [
        "00370 612 34567",
        "37061234567",
        "370 612 34567",
        "+370 5 211 2000",
        "612 34567",
        "+37061234567",
    ],
)
def test_international_and_local_phone_forms_are_found(text: str) -> None:
    assert Redactor().redact(f"Skambinkite {text}, ačiū.") == "Skambinkite [phone removed], ačiū."


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Jono asmens kodas 39001011234.", "39001011234"),
        ("Gimusi 1999 m.: 49912319999.", "49912319999"),
        ("a. k. 12345678901", "12345678901"),  # any eleven digits after the words
    ],
)
def test_personal_codes_are_found(text: str, code: str) -> None:
    assert Redactor().redact(text) == text.replace(code, "[personal code removed]")


@pytest.mark.parametrize(
    "text",
    [
        "Sąskaita 12345678901.",  # no birth date in it
        "Iš viso 10000000000 Eur.",
        "Vertė 3000 000 Eur, ES lėšos – 612 345 Eur.",
        "612 34567 Eur",
        "Projektas Nr. LT-LV-2016-3/045, 2016–2020.",
    ],
)
def test_figures_are_not_codes_or_phones(text: str) -> None:
    assert Redactor().find(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Projekto vadovė rasa petraitienė pristatė rezultatus.", "rasa petraitienė"),
        ("Direktorius jonas kazlauskas pasveikino svečius.", "jonas kazlauskas"),
        ("Contact: Tomas Žemaitis, project manager.", "Tomas Žemaitis"),
    ],
)
def test_names_after_a_position_word_in_any_case(text: str, name: str) -> None:
    assert Redactor().redact(text) == text.replace(name, "[name removed]")


def test_a_person_named_in_a_quoted_sentence_of_another_project() -> None:
    """Persons the parser recognised anywhere are removed everywhere, also from a selection."""
    every = _frames()
    other = pd.DataFrame(
        {
            "project_id": pd.Series(["q"], dtype="string"),
            "severity": pd.Categorical(["info"], categories=["error", "warning", "info"]),
            "message": pd.Series(["Dockevičiūtei padėkota"], dtype="string"),
            "difference": [float("nan")],
            "quote": pd.Series(["Renginį vedė Aušra Dockevičiūtė."], dtype="string"),
        }
    )
    selection = {"contacts": every["contacts"].iloc[0:0], "findings": other}
    out = redact_tables(selection, known=every)
    assert list(out["findings"]["quote"]) == ["Renginį vedė [name removed]."]
    assert list(out["findings"]["message"]) == ["[name removed] padėkota"]


def test_organisation_names_are_never_cut() -> None:
    assert Redactor().find("Kontaktai: Matera Basilicata 2019 fondas, Italija") == []
    r = Redactor.from_names(["Matera Basilicata"], organisations=["Fondazione Matera Basilicata"])
    for text in ("Partneris Matera Basilicata 2019 fondas.", "Fondazione Matera Basilicata (IT)"):
        assert r.redact(text) == text
    assert r.redact("Kalbėjo Matera Basilicata.") == "Kalbėjo [name removed]."


def test_invisible_characters_neither_hide_nor_survive() -> None:
    r = Redactor.from_names([NAME])
    assert r.redact("Dėkojame Aušrai\u200b Dockevičiūtei") == "Dėkojame [name removed]"
    assert r.redact("Tel. +370\u2060 612 34567") == "Tel. [phone removed]"
    assert r.redact("Suma \u202e48 000 Eur\u202c") == "Suma 48 000 Eur"


def test_contacts_extractor_finds_obfuscated_addresses() -> None:
    from cwlib.parse.contacts import extract_contacts
    from cwlib.parse.document import Document

    text = (
        "Projekto vadovė Rasa Petraitienė, el. p. rasa(eta)kaunas.lt, tel. 00370 612 34567.\n"
        "Informacija: info [at] kaunas [dot] lt, 37061234568."
    )
    rows = extract_contacts(Document(text, "a.txt"))
    assert [(r.name, r.email, r.phone) for r in rows] == [
        ("Rasa Petraitienė", "rasa(eta)kaunas.lt", "00370 612 34567"),
        (None, "info [at] kaunas [dot] lt", "37061234568"),
    ]
    assert Redactor().find("Kontaktai Matera Basilicata 2019 fondas") == []
    assert extract_contacts(Document("Kontaktai: Matera Basilicata 2019 fondas.", "b.txt")) == []


# --------------------------------------------------------------------------- a whole brief

HOSTILE = """Projekto pavadinimas: Kūrybinės dirbtuvės Šilutėje

Projektą finansuoja Interreg Lietuvos ir Lenkijos bendradarbiavimo per sieną programa.
Bendra projekto vertė – 48 000 Eur, iš jų ES lėšos – 40 800 Eur.
Projekto trukmė – 24 mėn., nuo 2019 m. sausio 1 d. iki 2020 m. gruodžio 31 d.
Projekto partneriai:
• Šilutės kultūros centras (vadovė rasa petraitienė, tel. 00370 612 34567) | LT
• Matera Basilicata 2019 fondas | IT
• Gdansko miesto savivaldybė (a. k. 38001011234, mob. 37061234567) | PL
Projekto rezultatai: surengta 12 seminarų, juos vedė Jonas Jonaitis, jonas [at] silute [dot] lt.
Kontaktai: Jonas Jonaitis, koordinatorius, jonas＠silute.lt.
"""
SECRETS = ("petraitien", "Jonait", "34567", "1234567", "silute [dot]", "silute.lt", "38001011234")


def test_the_default_brief_holds_no_personal_data(tmp_path) -> None:
    from openpyxl import load_workbook

    from cwlib.build.load import load
    from cwlib.build.pipeline import build
    from cwlib.export.brief import write_brief

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    build(raw, tmp_path / "clean", time_limit=None)
    tables = load(tmp_path / "clean", include_contacts=True)
    kept = " ".join(
        " ".join(frame[c].dropna().astype(str))
        for name, frame in tables.items()
        if name != "contacts"
        for c in frame.columns
    )
    # the tables keep them, in quotes of other facts
    assert all(s in kept for s in ("petraitien", "34567", "38001011234", "37061234567"))
    for lang in ("en", "lt"):
        path = write_brief(tables, tmp_path / f"brief_{lang}.xlsx", lang=lang)
        seen = []
        for ws in load_workbook(path):
            for row in ws.iter_rows():
                for cell in row:
                    seen.append(str(cell.value or ""))
                    if cell.comment is not None:
                        seen.append(cell.comment.text)
        text = "\n".join(seen)
        leaks = [s for s in SECRETS if s in text]
        assert leaks == [], lang
        assert "Matera Basilicata 2019 fondas" in text  # an organisation, kept whole


@pytest.mark.parametrize(
    "between", ["dr.", "doc. dr.", "Prof.", "habil. dr.", "yra", "is", "– lekt."]
)
def test_a_name_after_an_academic_title_or_is_is_removed(between: str) -> None:
    """Read as no name at all, a name after "dr." or "yra" went out whole."""
    text = f"Projekto vadovė {between} Rūta Jonaitienė, tel. 8 612 34567."
    assert Redactor().redact(text) == (
        f"Projekto vadovė {between} [name removed], tel. [phone removed]."
    )


def test_a_name_before_its_position_is_removed() -> None:
    """Staff lines put the name first ("Vardenė Pavardenė, … skyriaus vedėja, tel. …"):
    read only after positions, such names went out whole."""
    text = "Rasa Kazlauskienė, Kultūros skyriaus vedėja, tel. 8 459 51234"
    assert Redactor().redact(text) == (
        "[name removed], Kultūros skyriaus vedėja, tel. [phone removed]"
    )
    assert Redactor().redact("Rasa Kazlauskienė, tel. 8 459 51234") == (
        "[name removed], tel. [phone removed]"
    )
    # an organisation's line of the same shape keeps its name
    assert Redactor().redact("Telšių Universitetas, direktorius") == (
        "Telšių Universitetas, direktorius"
    )


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Susitiko su savivaldybės meru Tomu Žukausku ir vicemere Rasa Petraitiene.",
            "Susitiko su savivaldybės meru [name removed] ir vicemere [name removed].",
        ),
        (
            "Pagal direktoriaus Jono Jonaičio įsakymą",
            "Pagal direktoriaus [name removed] įsakymą",
        ),
        ("Skyriaus vedėjai Onai Kairienei padėkota.", "Skyriaus vedėjai [name removed] padėkota."),
        ("projekto vadovo dr. Tomo Žukausko", "projekto vadovo dr. [name removed]"),
        # an organisation after a genitive position keeps its name
        (
            "direktoriaus Kauno Kolegijos fondo vardu",
            "direktoriaus Kauno Kolegijos fondo vardu",
        ),
    ],
)
def test_names_after_a_position_in_another_case_are_removed(text: str, redacted: str) -> None:
    """News items name officials in the case the sentence needs ("su meru …"); read only
    in the nominative, those names went out whole."""
    assert Redactor().redact(text) == redacted


def test_the_contacts_list_leaves_officials_named_in_other_cases_out() -> None:
    from cwlib.parse.contacts import extract_contacts
    from cwlib.parse.document import Document

    text = "Susitiko su savivaldybės meru Tomu Žukausku."
    assert extract_contacts(Document(text)) == []


def test_an_initial_and_a_surname_are_removed() -> None:
    text = "Projekto vadovė R. Kazlauskienė, tel. 8 459 51234."
    assert Redactor().redact(text) == "Projekto vadovė [name removed], tel. [phone removed]."
    # a street or a school named after a person is no person
    kept = "Kontaktai: S. Daukanto g. 12; direktorius V. Kudirkos progimnazijos vardu."
    assert Redactor().redact(kept) == kept


@pytest.mark.parametrize(
    "text",
    [
        "Projekto vadovas Klaipėdos Universitetas pateikė ataskaitą.",
        "Kontaktai: Kauno Savivaldybė, Laisvės al. 96",
        "pagal direktoriaus Vilniaus Universiteto sutartį",
    ],
)
def test_an_organisation_after_a_position_is_no_person(text: str) -> None:
    """Persons only: two capitalised words after a position that hold an organisation word
    name the organisation, which an export must show."""
    assert Redactor().redact(text) == text


@pytest.mark.parametrize(
    ("contact", "kept"),
    [
        ("Tomas Žemaitis", "Kuršo ir Žemaitijos amatų keliai"),  # a region
        ("Giulia Ferrari", "The meeting was held in Ferrara."),  # a city
        ("Rasa Kudirkienė", "Kudirkos Naumiesčio kultūros centras"),  # a town
        ("Jonas Petrauskas", "Petrauskų kaimo bendruomenė"),  # a village
    ],
)
def test_a_contacts_name_spares_words_that_share_its_stem(contact: str, kept: str) -> None:
    """A contact's name is matched in the endings of its own declension only: with any five
    letters after its stem, a place or a school sharing the stem lost its name."""
    assert Redactor.from_names([contact]).redact(kept) == kept


@pytest.mark.parametrize(
    ("contact", "text"),
    [
        ("Jonas Jonaitis", "Pagal Jono Jonaičio įsakymą"),
        ("Ona Kairienė", "Padėkota Onai Kairienei"),
        ("Anna Berg", "Susitikta su Anna Bergu"),
        ("Tomas Vaitkus", "Tomo Vaitkaus pranešimas"),
    ],
)
def test_a_contacts_name_is_found_in_every_case(contact: str, text: str) -> None:
    found = Redactor.from_names([contact]).find(text)
    assert [m.kind for m in found] == ["name"], text


def test_a_school_named_after_a_person_keeps_the_name() -> None:
    r = Redactor.from_names(["Tomas Vaitkus"])
    kept = "Molėtų Liudo Vaitkaus progimnazijos ugdymo aplinka"
    assert r.redact(kept) == kept


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Projekto vadovė ONA PETRAITIENĖ.", "Projekto vadovė [name removed]."),
        ("Projekto vadovė Ona PETRAITIENĖ.", "Projekto vadovė [name removed]."),
        ("Deputy Mayor Gunārs Bērziņš opened it.", "Deputy Mayor [name removed] opened it."),
        ("koordinatorius J. Kowalski", "koordinatorius [name removed]"),
        ("Contact person: Ilze Kalniņa.", "Contact person: [name removed]."),
        (
            "rajono meras Tomas Žukas, savivaldybės administracijos direktorius",
            "rajono meras [name removed], savivaldybės administracijos direktorius",
        ),
        (
            "Kontaktai\nLaura, Pavardaitė\nCentrinė projektų valdymo agentūra",
            "Kontaktai\n[name removed]\nCentrinė projektų valdymo agentūra",
        ),
    ],
)
def test_capitals_foreign_letters_and_a_comma_after_a_position(text: str, redacted: str) -> None:
    """Names after a position that the redactor left whole or cut short: in capitals, with
    the neighbours' letters, after an initial with a foreign surname, before a comma and an
    organisation word, a contact card's "Vardas, Pavardė"."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "Kontaktai: S. Daukanto g. 12, Telšiai",
        "direktorius V. Kudirkos progimnazijos vardu",
        "Panevėžio apskrities G. Petkevičaitės-Bitės viešoji biblioteka",
        "Kudirkos Naumiestis\nNaujoji Akmenė\nKazlų Rūda\n",
        "Vilniaus Gedimino technikos universitetas\n",
        "Interreg V-A Latvija–Lietuva\n",
        "Contact: EU PROJECT OFFICE",
        "Projekto vadovas KLAIPĖDOS UNIVERSITETAS",
        "Nacionalinis M. K. Čiurlionio dailės muziejus",
        "Europos Sąjungos fondų investicijų veiksmų programa\nKūrybiška Europa\n",
        "Foto: Vilniaus Universitetas",
        "Projekto vadovas – Kauno Kolegija, savivaldybės partnerė.",
        # a menu's last item, a blank line, the page's heading
        "Home | Projects | Contact\n\nBaltic Sound Hubs – music in small ports",
        "Pradžia | Projektai | Kontaktai\n\nAtnaujinamos Jonavos kultūros centro erdvės",
    ],
)
def test_places_schools_programmes_and_organisations_stay(text: str) -> None:
    """Places, schools, streets, programmes and organisations with capitalised words stay."""
    assert Redactor().redact(text) == text


@pytest.mark.parametrize(
    "name", ["Jonas Jonaitis", "Ona Kairienė", "Rūta Dapkutė", "Kęstutis Vaitkus", "Asta Žukė"]
)
def test_a_contacts_name_is_found_in_every_form_of_its_declension(name: str) -> None:
    """The invariant of the case endings: every case form the declension of each word gives is
    found, the two words in either order."""
    from cwlib.export.privacy import _PALATAL, _stem

    r = Redactor.from_names([name])
    forms = []
    for word in name.split():
        stem, endings = _stem(word)
        options = [stem + e for e in endings.split("|")]
        if stem[-1] in _PALATAL and endings.startswith(("is", "ys")):
            options += [stem[:-1] + "č" + e for e in ("io", "iui", "iu")]
        forms.append(options)
    for first in forms[0]:
        for last in forms[1]:
            for text in (f"{first} {last}", f"{last} {first}"):
                assert [m.kind for m in r.find(f"Dėkojame: {text}.")] == ["name"], text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Finansų ministras Tomas Žukas pasirašė.", "Finansų ministras [name removed] pasirašė."),
        (
            "Anot ministro Tomo Žuko, keliai svarbūs.",
            "Anot ministro [name removed], keliai svarbūs.",
        ),
        ("– sakė vicemerė Ona Onaitė.", "– sakė vicemerė [name removed]."),
        ("socialinė pedagogė Ona Onaitė", "socialinė pedagogė [name removed]"),
        ("socialinė darbuotoja Ona Onaitė, tel.", "socialinė darbuotoja [name removed], tel."),
        ("leidinio redaktorė Ona Onaitė", "leidinio redaktorė [name removed]"),
        ("žurnalistas Tomas Žukas", "žurnalistas [name removed]"),
        ("konfederacijos prezidentas Tomas Žukas", "konfederacijos prezidentas [name removed]"),
        ("The group: principal Ona Onaitė.", "The group: principal [name removed]."),
    ],
)
def test_the_positions_of_staff_officials_and_guests(text: str, redacted: str) -> None:
    """Teachers, ministers, deputy mayors, social workers, editors: named after their
    position on school and news pages, and left whole before."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        # a list that a position opens
        (
            "Vyko mokytojai Rasa Rasaitė, Ona Onaitienė ir Eglė Eglaitė bei mokiniai.",
            "Vyko mokytojai [name removed], [name removed] ir [name removed] bei mokiniai.",
        ),
        # an initial and a surname after the first mention
        (
            "„Darbai baigti“, – pasakoja R. Pavardaitė.",
            "„Darbai baigti“, – pasakoja [name removed].",
        ),
        ("Administracijos direktorius R.Jonaitis", "Administracijos direktorius [name removed]"),
        # a byline alone on its line, the surname maybe in capitals
        ("Darbai baigti.\n\nOna PAVARDĖ\n", "Darbai baigti.\n\n[name removed]\n"),
        ("Darbai baigti.\n   Jolanta Pavardienė\n", "Darbai baigti.\n   [name removed]\n"),
        # photo credits, either side of the mark
        ("Tomo PAVARDŽIO nuotr.", "[name removed] nuotr."),
        ("Aikštė / Jonas Jonaitis/Fotobankas nuotr.", "Aikštė / [name removed]/Fotobankas nuotr."),
        ("Asociatyvi T. Pavardžio / BNS nuotr.", "Asociatyvi [name removed] / BNS nuotr."),
        ("Nuotr. Ona Onaitė", "Nuotr. [name removed]"),
    ],
)
def test_names_without_a_position_are_removed(text: str, redacted: str) -> None:
    """Names no position introduces: the rest of a list, a person named by an initial after
    the first mention, an article's author, a photographer. Redaction only: the contacts
    list keeps the project's contacts."""
    assert Redactor().redact(text) == redacted


def test_names_without_a_position_are_no_contacts() -> None:
    from cwlib.parse.contacts import extract_contacts
    from cwlib.parse.document import Document

    # (not "Vyko …": a visit makes the teachers guests, no contacts, since round 14b)
    text = "Projekte dirba mokytojai Rasa Rasaitė, Ona Onaitienė.\n\nTomo PAVARDŽIO nuotr.\n\nOna PAVARDĖ\n"
    assert [c.name for c in extract_contacts(Document(text))] == ["Rasa Rasaitė"]


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Renginį vedė aktorė Ona Onaitė.", "Renginį vedė aktorė [name removed]."),
        ("Spektaklį statė režisierius Tomas Žukas.", "Spektaklį statė režisierius [name removed]."),
        ("Parodos kuratorė Rasa Rasaitė pristatė.", "Parodos kuratorė [name removed] pristatė."),
        (
            "Piešė dailininkė Ona Onaitė ir menininkas Tomas Žukas.",
            "Piešė dailininkė [name removed] ir menininkas [name removed].",
        ),
        # an organisation after the word stays
        (
            "Dalyvavo menininkai iš Kauno Menininkų namų.",
            "Dalyvavo menininkai iš Kauno Menininkų namų.",
        ),
    ],
)
def test_the_artists_an_event_names(text: str, redacted: str) -> None:
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Užsiėmimus ves Ona Jakštienė, keramikai Rūta Varnienė ir Paulius Kazlauskas.",
            "Užsiėmimus ves [name removed], keramikai [name removed] ir [name removed].",
        ),
        ("„Bus gražu“, – sakė Tomas Jankevičius.", "„Bus gražu“, – sakė [name removed]."),
        ("Dalyvavo Eglė Vaičiulytė-Rimkė.", "Dalyvavo [name removed]."),
    ],
)
def test_a_name_with_a_telling_surname_ending_is_removed_anywhere(text: str, redacted: str) -> None:
    """Only surnames end in -ienė, -aitė, -ytė, -auskas, -evičius …: such a name is a person's
    wherever it stands, also where no position introduces it."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "Vilniaus Jono Jablonskio gimnazija",  # a school named after a person: genitive
        "Kauno Antano Kazlausko progimnazijos mokiniai",
        "Gatvė pavadinta Onos Jakštienės vardu.",
        "Naujoji Akmenė ir Kazlų Rūda",  # places
        "Petraitienės kaimo bendruomenė",
    ],
)
def test_a_telling_surname_ending_spares_genitives_and_places(text: str) -> None:
    assert Redactor().redact(text) == text


def test_a_list_goes_on_past_a_surname_without_a_telling_ending() -> None:
    text = "Vyko mokytojai Rasa Rasaitė, Vytautas Urba ir Paulius Gaidys bei mokiniai."
    assert Redactor().redact(text) == (
        "Vyko mokytojai [name removed], [name removed] ir [name removed] bei mokiniai."
    )
    # an organisation after a name in a list is no name
    kept = "koordinatorė [x] ir Kauno Kolegija, Vilniaus Universitetas"
    assert Redactor().redact(
        "koordinatorė Rasa Rasaitė ir Kauno Kolegija, Vilniaus Universitetas"
    ) == (kept.replace("[x]", "[name removed]"))


STAFF_NEWS_NAMES = (
    "Rimkevič",  # the mayor: after his position, then after "– sakė" (the contacts table)
    "Bērziņ",  # the partner's head: an initial and a Latvian surname
    "Jakštien",  # craftsmen with no position: telling surname endings, then a list
    "Varnien",
    "Gaidys",
    "Ozoliņ",  # a trade word between the list's "bei" and her name
    "Stankūnien",  # "pavaduotoja ugdymui …"
    "Vaičiulyt",
    "BALČIŪNIEN",  # the contact, in capitals
    "VAIČIULIO",  # the photographer
    "PAKALNIEN",  # the author
    "ona.balciuniene",
    "53 121",
)


def _briefs_text(source: Path, tmp_path: Path, langs: tuple[str, ...] = ("en",)) -> str:
    """Every cell and comment of the briefs (one per language) built from one genre text:
    what a reader of the workbooks would see."""
    import shutil

    from openpyxl import load_workbook

    from cwlib.build.load import load
    from cwlib.build.pipeline import build
    from cwlib.export.brief import write_brief

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(source, raw / source.name)
    build(raw, tmp_path / "clean", time_limit=None)
    tables = load(tmp_path / "clean", include_contacts=True)
    cells = []
    for lang in langs:
        path = write_brief(tables, tmp_path / f"brief_{lang}.xlsx", lang=lang)
        for ws in load_workbook(path):
            for row in ws.iter_rows():
                for cell in row:
                    cells.append(str(cell.value or ""))
                    if cell.comment is not None:
                        cells.append(cell.comment.text)
    return "\n".join(cells)


def _staff_news_brief(tmp_path: Path) -> str:
    return _briefs_text(GENRE_DIR / "r7_privacy_staff_news.txt", tmp_path)


def test_a_news_items_names_stay_out_of_its_brief(tmp_path) -> None:
    """Every fact of the genre text is stated in a sentence that names people; the brief
    quotes those sentences, and must show no name, e-mail or phone of them."""
    text = _staff_news_brief(tmp_path)
    assert [s for s in STAFF_NEWS_NAMES if s in text] == []
    for kept in ("Zarasų rajono savivaldybės administracija", "Ilūkstės novado savivaldybė"):
        assert kept in text  # the organisations stay
    assert "Ežerų krašto amatų dirbtuvės" in text


def test_a_name_after_a_trade_word_in_a_list() -> None:
    text = "Užsiėmimus ves keramikė Rūta Varnienė bei audėja Inga Ozoliņa."
    assert "Ozoliņ" not in Redactor().redact(text)


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "„Keliai svarbūs“, – pranešime teigė E. Pavardys.",
            "„Keliai svarbūs“, – pranešime teigė [name removed].",
        ),
        ("Pasak E. Pavardžio, keliai svarbūs.", "Pasak [name removed], keliai svarbūs."),
        ("kaip sakė A. Bērziņš, darbai baigti", "kaip sakė [name removed], darbai baigti"),
    ],
)
def test_a_speaker_named_by_an_initial_is_removed(text: str, redacted: str) -> None:
    """After the first mention a news item names the speaker by an initial and the surname,
    in any case and with any ending."""
    assert Redactor().redact(text) == redacted


def test_a_street_after_a_speech_word_is_no_speaker() -> None:
    text = "Renginys vyko S. Daukanto gatvėje, kalbėjo svečiai."
    assert Redactor().redact(text) == text


def test_a_position_of_a_place_before_the_name() -> None:
    text = "The Deputy Mayor of Liepāja Gunārs Bērziņš greeted the partners."
    assert Redactor().redact(text) == (
        "The Deputy Mayor of Liepāja [name removed] greeted the partners."
    )
    kept = "The Director of Kaunas City Municipality greeted the partners."
    assert Redactor().redact(kept) == kept


# --------------------------------------------------------------------------- round 9


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Three partners – Mr. Peter Olsen, Chief Operating Officer of an association,"
            " Mr. Gints Ozols, Deputy Port Master at the Port Authority, and Ms Rita Lapa – met.",
            "Three partners – Mr. [name removed], Chief Operating Officer of an association,"
            " Mr. [name removed], Deputy Port Master at the Port Authority, and Ms [name removed]"
            " – met.",
        ),
        ("Ms Doe said so.", "Ms [name removed] said so."),
        ("Dr Anna Schmidt spoke.", "Dr [name removed] spoke."),
    ],
)
def test_a_name_after_a_form_of_address_is_removed_anywhere(text: str, redacted: str) -> None:
    """Only a person is addressed "Mr." or "Ms"; the titles after the names stay (a list of
    names stops at a position title: "…, Chief Operating Officer")."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Project manager Ms Jane Doe presented the plan.",
            "Project manager Ms [name removed] presented the plan.",
        ),
        (
            "Contact: Head of Culture Division John Smith, tel. 8 612 34567",
            "Contact: Head of Culture Division [name removed], tel. [phone removed]",
        ),
        (
            "The Deputy Director of Regional Development Department of the Ministry of Interior"
            " of the Republic of Lithuania Tomas Kairys stressed the point.",
            "The Deputy Director of Regional Development Department of the Ministry of Interior"
            " of the Republic of Lithuania [name removed] stressed the point.",
        ),
        (
            "greeted by the Head of European Territorial – Cooperation Unit of the European"
            " Commission Marta Rossi.",
            "greeted by the Head of European Territorial – Cooperation Unit of the European"
            " Commission [name removed].",
        ),
        (
            "Head of International Relations Unit Ms Rasa Vaitkienė",
            "Head of International Relations Unit Ms [name removed]",
        ),
        ("Senior Expert Ilze Ozola presented it.", "Senior Expert [name removed] presented it."),
        (
            "Project Officer Anna Berg, tel. +46 8 123 456",
            "Project Officer [name removed], tel. [phone removed]",
        ),
        (
            "Photos by two Latvian photographers Aivars Liepiņš and Jānis Kļaviņš were shown.",
            "Photos by two Latvian photographers [name removed] and [name removed] were shown.",
        ),
    ],
)
def test_english_titles_with_words_before_the_name(text: str, redacted: str) -> None:
    """An English title names its unit between the position and the name ("Head of …
    Division John Smith"): the name is the run's last two capitalised words. A form of
    address ("Ms") before the name left the surname whole."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Jānis Bērziņš, tel. +371 2612 3456", "[name removed], tel. [phone removed]"),
        (
            "Ilze Kalniņa, +371 2612 3456, ilze@example.lv",
            "[name removed], [phone removed], [e-mail removed]",
        ),
        (
            "Edgars Liepiņš, project manager, e-mail: edgars@example.lv",
            "[name removed], project manager, e-mail: [e-mail removed]",
        ),
        (
            "Līga Ozola, projekta vadītāja, tel. +371 2612 3456",
            "[name removed], projekta vadītāja, tel. [phone removed]",
        ),
        ("projekta vadītāja Līga Ozola", "projekta vadītāja [name removed]"),
        (
            "Daina Krūmiņa\nReģionālās attīstības departamenta\nvecākā eksperte\n"
            "Tālr.: +371 6702 1111",
            "[name removed]\nReģionālās attīstības departamenta\nvecākā eksperte\n"
            "Tālr.: [phone removed]",
        ),
    ],
)
def test_latvian_names_on_a_staff_line(text: str, redacted: str) -> None:
    """A Latvian name heads a staff line or card, before a phone, an e-mail or a position:
    no Lithuanian surname ending tells it, a Latvian letter does."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "Liepājas Universitāte, tel. +371 6342 3568",
        "Rīgas Tehniskā universitāte, tel. +371 6708 9999",
        "Daugavpils Novads, tel. +371 6542 2222",
        "Jēkabpils Muzejs, e-mail: muzejs@example.lv",
        "Kuldīgas Centrs, tel. +371 2222 2222",
        "Latgales Reģions, tel. +371 6542 3801",
        "Vidzemes Augstskola, tel. +371 6420 0000",
        "Liepājas Universitāte\nTālr.: +371 6342 3568",
        "Projekta Vadītāja\nTālr.: +371 6542 3801",
        "Contact Information\nPhone: +371 2612 3456",
        "projekta vadītājs Rīgas Domē",
        "The Director of Kaunas City Municipality greeted the partners.",
        "The Head of Marketing Department announced the call.",
        "the Head of the Joint Secretariat Office presented",
        "Project Officer of the Joint Secretariat",
        "Officer Training Programme",
        "Expert Panel Report",
        "The meeting was attended by Mr. and Mrs. partners.",
        "Dr. Anna's Foundation",
        "Renginys vyko Dr. Jono Basanavičiaus gatvėje.",
        "Mokiniai ir audėja iš Kauno pristatė darbus.",
    ],
)
def test_latvian_and_english_bodies_and_headings_stay(text: str) -> None:
    """Organisations, places, streets and headings in the same shapes keep their words (the
    phone numbers go, as always)."""
    assert "[name removed]" not in Redactor().redact(text)


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Dėl informacijos kreiptis į socialinę darbuotoją Rasą Petraitytę",
            "Dėl informacijos kreiptis į socialinę darbuotoją [name removed]",
        ),
        (
            "Kreiptis į projektų vadybininkę Rasą Liutkutę.",
            "Kreiptis į projektų vadybininkę [name removed].",
        ),
        (
            "Projektų vadybininkė Rasa Liutkutė, tel. 8 612 34567",
            "Projektų vadybininkė [name removed], tel. [phone removed]",
        ),
        (
            "Užsiėmimus ves keramikė Rūta Varnienė bei audėja Inga Ozoliņa.",
            "Užsiėmimus ves keramikė [name removed] bei audėja [name removed].",
        ),
    ],
)
def test_lithuanian_titles_in_other_cases_and_trades_in_a_list(text: str, redacted: str) -> None:
    """The accusative after "kreiptis į" ("… darbuotoją Vardę Pavardę"); a trade word
    between a list's "bei" and the next name."""
    assert Redactor().redact(text) == redacted


CONTACT_FORMS_NAMES = (
    "Kairys",
    "Gints",
    "Ozols",
    "Varnien",
    "Ozoliņ",
    "Dobil",
    "Vaitkut",
    "Bērziņ",
    "Kalniņ",
    "Krūmiņ",
    "Liutkut",
    "Ozola",
    "2612 3456",
    "6702 1111",
    "612 34567",
    "rasa.liutkute",
    "janis.berzins",
)


def test_contact_forms_stay_out_of_the_brief(tmp_path) -> None:
    """A project page whose facts are stated beside English titles, forms of address, Latvian
    staff lines and cards, and Lithuanian titles in other cases: its brief shows none of the
    persons, phones or personal e-mails; the organisations stay."""
    text = _briefs_text(GENRE_DIR / "r9_privacy_contact_forms.txt", tmp_path, ("en", "lt"))
    assert [s for s in CONTACT_FORMS_NAMES if s in text] == []
    for kept in ("Rēzeknes novada pašvaldība", "Utenos rajono savivaldybės administracija"):
        assert kept in text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "After that, Mikas Balkevicius made a review.",
            "After that, [name removed] made a review.",
        ),
        ("Rasa Petraitiene presented it.", "[name removed] presented it."),
        ("with Egle Jonaityte and Ruta Kazlauskaite", "with [name removed] and [name removed]"),
        ("Vaida Petrulyte spoke.", "[name removed] spoke."),
    ],
)
def test_a_telling_surname_written_without_diacritics(text: str, redacted: str) -> None:
    """English pages write Lithuanian surnames without their letters ("-iene", "-yte",
    "-evicius"): after the first mention, the name stood whole."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    "text", ["Food Hygiene Rules", "Total Megabyte", "Sports Electrolyte", "The Baltic Institute"]
)
def test_english_words_with_the_endings_stay(text: str) -> None:
    assert Redactor().redact(text) == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Project manager, Laura Smith", "Project manager, [name removed]"),
        (
            "The project coordinator, Marta Rossi, presented the results.",
            "The project coordinator, [name removed], presented the results.",
        ),
        (
            "Contact person, Ms Jane Doe, tel. +44 20 1234 5678",
            "Contact person, Ms [name removed], tel. [phone removed]",
        ),
        (
            "said the Mayor of Jēkabpils, Gunārs Ozols.",
            "said the Mayor of Jēkabpils, [name removed].",
        ),
        (
            "The Director of the museum, Peter Brown, welcomed the guests.",
            "The Director of the museum, [name removed], welcomed the guests.",
        ),
        (
            "Head of the Culture Division, Inga Ozola (tel. +371 2612 3456)",
            "Head of the Culture Division, [name removed] (tel. [phone removed])",
        ),
    ],
)
def test_a_name_after_an_english_title_and_a_comma(text: str, redacted: str) -> None:
    """English writes the name in apposition after its title ("Project manager, Jane Doe,
    …"): two capitalised words that close the apposition."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "Project manager, Lead Partner, Klaipėda",
        "Project manager, Jelgava Municipality",
        "The project coordinator, Rīgas Tehniskā Universitāte, reported.",
        "Head of Unit, European Commission, said",
        "the Head of the Department of Culture, Vilnius City Municipality, said",
        "Project coordinator, Šiauliai Tourism information centre, is responsible",
        "The project coordinator, Kaunas District, reported.",
        "The financial manager, Lithuanian Ornithological Society, reports.",
        "Project manager, Project Coordinator and accountant",
        "Projekto vadovas, Kauno Technologijos Universitetas",
    ],
)
def test_an_english_title_and_a_comma_before_a_body_keep_it(text: str) -> None:
    """A comma after a title introduces a body or a role as often as a name: organisation
    words, a third word or a position title keep the words."""
    assert Redactor().redact(text) == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Lūdzam sazināties ar programmas pārstāvi Jāni Vanagu pa e-pastu.",
            "Lūdzam sazināties ar programmas pārstāvi [name removed] pa e-pastu.",
        ),
        (
            "Tikšanās ar projekta vadītāju Ilzi Ozoliņu notika Rīgā.",
            "Tikšanās ar projekta vadītāju [name removed] notika Rīgā.",
        ),
        (
            "Paldies domes priekšsēdētājam Gunāram Kalniņam par atbalstu.",
            "Paldies domes priekšsēdētājam [name removed] par atbalstu.",
        ),
        (
            "Projekta koordinatores Lienes Kalniņas vadībā notika seminārs.",
            "Projekta koordinatores [name removed] vadībā notika seminārs.",
        ),
        (
            "Pateicamies speciālistei Annai Bērziņai par darbu.",
            "Pateicamies speciālistei [name removed] par darbu.",
        ),
        ("Sveiciens mēra Jāņa Ozola vārdā.", "Sveiciens mēra [name removed] vārdā."),
        (
            "Pasākumu atklāja domes priekšsēdētāja vietnieks Pēteris Liepa.",
            "Pasākumu atklāja domes priekšsēdētāja vietnieks [name removed].",
        ),
        (
            "Padėkojome Latvijos partnerio koordinatorei Ilzei Ozoliņai.",
            "Padėkojome Latvijos partnerio koordinatorei [name removed].",
        ),
    ],
)
def test_latvian_names_in_other_cases(text: str, redacted: str) -> None:
    """A Latvian position in the genitive, dative or accusative, and the name in the same
    case after it ("… pārstāvi Jāni Vanagu", "… vadītājai Annai Kalniņai")."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "Ar domes priekšsēdētāju Rīgas Domē tikās delegācija.",
        "Sadarbībā ar projekta vadītāju Liepājas Universitātē.",
        "Tikās ar pārstāvi Eiropas Komisijā.",
        "Informāciju sniegs koordinatoru Rīgas Tehniskajā universitātē.",
        "Projekta vadītāja Latvijas Republikas Saeimā ziņoja.",
        "Projekta vadītāja Latgales Plānošanas reģionā.",
        "Pārstāvji Jelgavas novada pašvaldībā piedalījās.",
        "Kuldīgas novada pašvaldībai un Talsu novadam",
    ],
)
def test_latvian_bodies_after_a_position_in_any_case_stay(text: str) -> None:
    """A body or a place after a Latvian position stands in another case than the position
    (a genitive, a locative), or holds an organisation word: it keeps its words."""
    assert Redactor().redact(text) == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "(project manager Rasa Petraitiene, experts Dalia\nKairiene and Lina Jankauskiene)",
            "(project manager [name removed], experts [name removed] and [name removed])",
        ),
        (
            "Renginyje dalyvavo Ona\nPetraitienė ir jos mokiniai.",
            "Renginyje dalyvavo [name removed] ir jos mokiniai.",
        ),
        (
            "Renginį vedė Ona\n  Jonaitytė.",
            "Renginį vedė [name removed].",
        ),
    ],
)
def test_a_name_wrapped_over_a_line_break(text: str, redacted: str) -> None:
    """Prose wrapped at a fixed width (a PDF's text layer, a mail) breaks a line between a
    first name and its surname; the surname's ending still tells the name."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize("text", ["Kontaktai\nJonaitienė", "Mokytoja\nPetraitienė pasakojo"])
def test_a_word_alone_on_its_line_over_a_surname_stays(text: str) -> None:
    """A heading or a label alone on its line is no first name of the surname under it."""
    assert text.split("\n")[0] in Redactor().redact(text)


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Kilus klausimams, kreipkitės į Rūtą Pavardienę, tel. 8 612 34567.",
            "Kilus klausimams, kreipkitės į [name removed], tel. [phone removed].",
        ),
        (
            "Ačiū vykdytojams (V. Pavardienei, R. Jonaitytei, A. Kazlauskui).",
            "Ačiū vykdytojams ([name removed], [name removed], [name removed]).",
        ),
        ("Padėką įteikė Jonui Jonaičiui.", "Padėką įteikė [name removed]."),
        ("Pakvietėme Kęstutį Petraitį.", "Pakvietėme [name removed]."),
        ("Mokytojai Petraitienei įteikta padėka.", "Mokytojai [name removed] įteikta padėka."),
    ],
)
def test_a_telling_surname_in_the_dative_or_accusative(text: str, redacted: str) -> None:
    """Thanks and "kreipkitės į …" name a person in the dative or the accusative, with a first
    name or an initial; the surname's ending still tells it."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Dėkojame profesoriui Vardui Ąžuoliui ir rašytojui Jonui Karkliui už knygas.",
            "Dėkojame profesoriui [name removed] ir rašytojui [name removed] už knygas.",
        ),
        (
            "Įrengimai perduoti pirmininkui S. Uosiui ir valdybos nariui D. Klevui.",
            "Įrengimai perduoti pirmininkui [name removed] ir valdybos nariui [name removed].",
        ),
        (
            "Padėkos įteiktos Rūtai Liepaitei, Tomui Beržui.",
            "Padėkos įteiktos [name removed], [name removed].",
        ),
    ],
)
def test_a_mans_name_in_the_dative_whatever_its_ending(text: str, redacted: str) -> None:
    """Thanks and awards name a man in the dative ("Vardui Pavardžiui", "V. Karkliui"); his
    surname's dative ends in -ui whatever its nominative, so no telling ending is needed
    (round 17: such names stayed in the redacted text of three surveyed pages)."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Atidaryme dalyvavo Seimo narys Tomas Smilgys ir meras.",
            "Atidaryme dalyvavo Seimo narys [name removed] ir meras.",
        ),
        (
            "Delegacijoje vyko tarybos narė Ona Gluosnė.",
            "Delegacijoje vyko tarybos narė [name removed].",
        ),
        (
            "Bendruomenė yra asociacijos narė. Valdybos narys Petras Karklys kalbėjo.",
            "Bendruomenė yra asociacijos narė. Valdybos narys [name removed] kalbėjo.",
        ),
        (
            "Asociacija „Kaimo Tinklas“ yra tarybos narė.",
            "Asociacija „Kaimo Tinklas“ yra tarybos narė.",
        ),
        (
            "Su gyventojais bendravo merės patarėjas Tomas Putinas ir mero patarėja Ona Gluosnė.",
            "Su gyventojais bendravo merės patarėjas [name removed] ir mero patarėja "
            "[name removed].",
        ),
    ],
)
def test_a_member_of_the_seimas_or_a_council(text: str, redacted: str) -> None:
    """News of an opening or a delegation names a member of the Seimas, a council or a board
    ("Seimo narys Vardas Pavardys") or a mayor's adviser ("mero patarėjas …"): the name after
    their words goes, whatever its surname's ending (round 17: four surveyed pages kept such
    names)."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "Dėkojame Kauno rajonui ir Europos Parlamentui.",
        "Padėka Lietuvos Respublikos Seimui ir Sporto Departamentui.",
        "Dėkojame Jonui už pagalbą.",
    ],
)
def test_bodies_and_a_first_name_alone_in_the_dative_stay(text: str) -> None:
    """A body or a place in the dative has a genitive or lower case before it, and a first
    name alone is no full name: the masculine dative reads two capitalised -ui words only."""
    assert Redactor().redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Vardės Pavardienės gimnazija",
        "Marijos Pečkauskaitės g. 5",
        "Jono Basanavičiaus gimnazijoje",
    ],
)
def test_genitives_of_a_person_naming_a_place_stay(text: str) -> None:
    """A school or a street named after a person writes the name in the genitive."""
    assert Redactor().redact(text) == text


@pytest.mark.parametrize(
    "text", ["Sveikiname Petraitienę su jubiliejumi.", "Dėkojame Jonaitienei už darbą."]
)
def test_a_verb_before_a_surname_in_another_case_is_no_first_name(text: str) -> None:
    """A verb opening the sentence does not stand in the surname's case: it is no first name
    and keeps its word (the surname alone is not read: a known gap)."""
    assert Redactor().redact(text).startswith(text.split()[0] + " ")


OTHER_CASES_NAMES = (
    "Ramun",
    "Pavasari",
    "Kazlausk",
    "Godą",
    "Žvirblyt",
    "Gunta",
    "Liepiņ",
    "Edgars",
    "Vītol",
    "Ingu",
    "Ozolu",
    "Pēteri",
    "Kalnu",
    "Eglė",
    "Pavasaryt",
    "Zariņ",
    "65612345",
    "65612346",
    "612 45678",
    "egle.pavasaryte",
    "anna.zarina",
)
OTHER_CASES_TEXT = GENRE_DIR / "r10_privacy_other_cases.txt"


def test_other_cases_and_appositions_stay_out_of_the_text_and_the_brief(tmp_path) -> None:
    """A project page whose names stand in the dative and the accusative (Lithuanian telling
    surnames, Latvian names after Latvian positions) and after an English title's comma:
    neither the whole text redacted nor its briefs show a name, a phone or a personal
    e-mail; the organisations stay."""
    from cwlib.read.source import read_source

    redacted = Redactor().redact(read_source(OTHER_CASES_TEXT))
    assert [s for s in OTHER_CASES_NAMES if s in redacted] == []
    text = _briefs_text(OTHER_CASES_TEXT, tmp_path, ("en", "lt"))
    assert [s for s in OTHER_CASES_NAMES if s in text] == []
    for kept in ("Krāslavas novada pašvaldība", "Zarasų rajono savivaldybės administracija"):
        assert kept in text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "The Minister of Culture Jonas Kairys opened the exhibition.",
            "The Minister of Culture [name removed] opened the exhibition.",
        ),
        (
            "the Ambassador of Norway to Lithuania, Leif Moen, said",
            "the Ambassador of Norway to Lithuania, [name removed], said",
        ),
        (
            "Representative of the Department of Cultural Heritage, Anta Jomantė",
            "Representative of the Department of Cultural Heritage, [name removed]",
        ),
        (
            "The Chairperson of the Board Rita Liepa signed.",
            "The Chairperson of the Board [name removed] signed.",
        ),
        ("Director General Elisabeth Moen spoke.", "Director General [name removed] spoke."),
        ("Deputy Minister Evaldas Kairys spoke.", "Deputy Minister [name removed] spoke."),
        (
            "The Dean of the Faculty of Arts, Inga Ozola, said.",
            "The Dean of the Faculty of Arts, [name removed], said.",
        ),
        ("Minister Pavardytė commended them.", "Minister [name removed] commended them."),
    ],
)
def test_english_titles_of_officials(text: str, redacted: str) -> None:
    """Programme and donor pages name ministers, ambassadors, representatives, chairs and
    deans before their names; a title standing in a first name's place stays ("Minister
    Pavardytė")."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary General of the Council of Europe opened.",
        "The chairs and tables were bought.",
        "The President of the Republic of Lithuania opened the museum.",
        "The Ministry of Culture and the Minister of Culture Office",
        "The Representative Office of Norway",
        "Dean Street Studios",
    ],
)
def test_english_titles_before_a_body_keep_it(text: str) -> None:
    assert Redactor().redact(text) == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Representative of the Department of Cultural Heritage, A. Jomantas",
            "Representative of the Department of Cultural Heritage, [name removed]",
        ),
        (
            "Representative of the project, Mgr. Branislav Novák",
            "Representative of the project, Mgr. [name removed]",
        ),
        (
            "Programme partners' representatives, Vegard Berg and Rannveig Moen",
            "Programme partners' representatives, [name removed] and [name removed]",
        ),
        (
            "Opening the event, Mr. Leif Arne Moen, Ambassador of Norway, spoke.",
            "Opening the event, Mr. [name removed], Ambassador of Norway, spoke.",
        ),
    ],
)
def test_an_initial_a_title_a_list_and_a_middle_name_after_the_comma(
    text: str, redacted: str
) -> None:
    """The name after an English title's comma may be an initial and a surname, follow an
    academic title, open a list ("…, Vardas Pavardė and …"); after a form of address, a
    middle name that closes the clause is the name's too."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "Project coordinator, V. Kudirkos progimnazija, reported.",
        "The project manager, Lead Partner and Klaipėda University, reported.",
    ],
)
def test_an_initial_or_a_list_of_bodies_after_the_comma_stays(text: str) -> None:
    assert Redactor().redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "koordinatorius Istituto Comprensivo „Dante Alighieri“",
        "Projekto partneriai: Escola Secundaria „Camoes“, Szkoła Podstawowa „Nr 2“.",
        "projekto koordinatorė Scoala Gimnaziala „Mihai Eminescu“",
    ],
)
def test_a_foreign_schools_kind_after_a_position_stays(text: str) -> None:
    """Erasmus+ partner lists write a school's kind in its own language before its quoted
    name; after a position word its two capitalised words were taken for a person's."""
    assert Redactor().redact(text) == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Lina Petrova, Head of Communications, said the event was a success.",
            "[name removed], Head of Communications, said the event was a success.",
        ),
        (
            "Agnes Moller, Project Manager at the Joint Secretariat, presented the call.",
            "[name removed], Project Manager at the Joint Secretariat, presented the call.",
        ),
        (
            "Leif Arne Hansen, Deputy Mayor of Bergen, signed the agreement.",
            "[name removed], Deputy Mayor of Bergen, signed the agreement.",
        ),
        (
            "Maria Rossi, coordinator of the project, thanked the partners.",
            "[name removed], coordinator of the project, thanked the partners.",
        ),
        (
            "Anna Berg, Senior Advisor, Ministry of Culture",
            "[name removed], Senior Advisor, Ministry of Culture",
        ),
        (
            "Rasa Jonaitienė, Commissioner General of the section, left.",
            "[name removed], Commissioner General of the section, left.",
        ),
        (
            "10:00 Partners - Ana Popescu, Project Manager | Town Municipality - Jan Novak, "
            "Managing Director | Development Agency",
            "10:00 Partners - [name removed], Project Manager | Town Municipality - "
            "[name removed], Managing Director | Development Agency",
        ),
    ],
)
def test_a_name_before_its_english_title_is_removed(text: str, redacted: str) -> None:
    """A name before its English title and a comma, as English news and meeting reports
    write their guests and speakers; a list after a name stops at such a title."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Ambassador Hansen opened the conference.",
            "Ambassador [name removed] opened the conference.",
        ),
        (
            "The speech of Ambassador Karlsson was followed by a concert.",
            "The speech of Ambassador [name removed] was followed by a concert.",
        ),
        ("Mayor Olsen thanked the partners.", "Mayor [name removed] thanked the partners."),
        (
            "Consul Pavardaitis mentioned the ties.",
            "Consul [name removed] mentioned the ties.",
        ),
        (
            "Professor Kowalski presented the study.",
            "Professor [name removed] presented the study.",
        ),
    ],
)
def test_a_surname_alone_after_an_english_title_is_removed(text: str, redacted: str) -> None:
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        # a clause's first word, a body, a country, a place or an event before a title
        "In Vilnius, Head of the Department of Culture welcomed the guests.",
        "The Joint Secretariat, Project Officer for Lithuania",
        "Kaunas District, Director of Administration",
        "Latvia Lithuania, Director General",
        "Interreg Europe, Head of Secretariat",
        "Kaunas Castle, director of the museum, said.",
        "Summer School, Project Manager",
        # a title before a body, a rank or a prize
        "Ambassador of Norway to Lithuania opened the event.",
        "Ambassador Programme was launched.",
        "The Mayor Cup was held in June.",
        "Director General of the agency",
    ],
)
def test_bodies_places_and_ranks_beside_an_english_title_stay(text: str) -> None:
    assert Redactor().redact(text) == text


ENGLISH_TITLES_TEXT = GENRE_DIR / "r11_privacy_english_titles.txt"
ENGLISH_TITLES_NAMES = (
    "Erik Lindqvist",
    "Lindqvist",
    "Lina Sorensen",
    "Sorensen",
    "Halvorsen",
    "Marta Kowalczyk",
    "Kowalczyk",
    "Anders Holm",
    "Jurgita",
    "Pavasarienė",
    "+370 46 123456",
)


def test_english_titles_stay_out_of_the_text_and_the_brief(tmp_path) -> None:
    """An English project page whose fact sentences name people before their English titles
    and by a title and the surname alone: neither the whole text redacted nor its briefs
    show a name; the partners stay."""
    from cwlib.read.source import read_source

    redacted = Redactor().redact(read_source(ENGLISH_TITLES_TEXT))
    assert [s for s in ENGLISH_TITLES_NAMES if s in redacted] == []
    text = _briefs_text(ENGLISH_TITLES_TEXT, tmp_path, ("en", "lt"))
    assert [s for s in ENGLISH_TITLES_NAMES if s in text] == []
    for kept in ("Gdańsk Regional Library", "Klaipėda District Municipality Administration"):
        assert kept in text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Dalia Grybė\nProjektų valdymo skyriaus vyriausioji specialistė\n"
            "Tel. +370 5 212 3456\nEl. p. dalia@example.lt",
            "[name removed]\nProjektų valdymo skyriaus vyriausioji specialistė\n"
            "Tel. [phone removed]\nEl. p. [e-mail removed]",
        ),
        (
            "Jonas Kazla\nDirektorius\nMob. +370 612 34567",
            "[name removed]\nDirektorius\nMob. [phone removed]",
        ),
        (
            "Andrius Valys\nvyr. specialistas\nEl. p. andrius@example.lt",
            "[name removed]\nvyr. specialistas\nEl. p. [e-mail removed]",
        ),
        (
            "Eglė Puodžiūnė-Kalnė\nProjektų koordinatorė\nTel. 8 612 00000",
            "[name removed]\nProjektų koordinatorė\nTel. [phone removed]",
        ),
        (
            # an office's line between the name and the position
            "Rasa Lukšė\nKultūros skyrius\nvyriausioji specialistė\nTel.: 8 5 219 1234",
            "[name removed]\nKultūros skyrius\nvyriausioji specialistė\nTel.: [phone removed]",
        ),
        (
            "Laima Juška\nProjekto vadovė\nEl. paštas laima@example.lt",
            "[name removed]\nProjekto vadovė\nEl. paštas [e-mail removed]",
        ),
        (
            "Darius Lukša\nDirektoriaus pavaduotojas, tel. +370 37 000 000",
            "[name removed]\nDirektoriaus pavaduotojas, tel. [phone removed]",
        ),
        (
            # on one line: the name, its position and the phone
            "Vita Stonkė, projekto koordinatorė, tel. 8 612 34567",
            "[name removed], projekto koordinatorė, tel. [phone removed]",
        ),
    ],
)
def test_a_lithuanian_staff_card_whose_surname_has_no_telling_ending(
    text: str, redacted: str
) -> None:
    """A name line over a position line and a phone or an e-mail (or all three on one line):
    the card's shape tells a person where the surname's ending does not (round 12)."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        # a genitive first word, an organisation, a position, a place, a programme's brand
        "Kauno Pilis\nInformacijos centras\nTel. 8 37 000000",
        "Lietuvos Respublika\nvyriausybės atstovas\nTel. 8 5 000 0000",
        "Jaunimo Centras\nDirektorius\nTel. 8 612 34567",
        "Kultūros Centras\nDirektorė\nTel. 8 612 34567",
        "Projektų Vadovė\nTel. 8 612 34567",
        "Vyriausiasis Specialistas\nKoordinatorius\nTel. 8 612 34567",
        "Vilnius Tech\nRektorius\nTel. 8 5 274 5030",
        "Kaunas Arena\nRenginių vadovas\nTel. 8 37 000 000",
        "Marijampolė Lietuva\nKoordinatorius\nTel. 8 612 34567",
        "Druskininkai Spa\nvadybininkė\nTel. 8 612 34567",
        "Horizontas Europa\nNacionalinis koordinatorius\nEl. p. info@example.lt",
        "Erasmus Plus\nkoordinatorius\nTel. 8 612 34567",
        # a heading's adjective (a suffix no first name has)
        "Techninė Pagalba\nProjektų vadovų konsultacijos\nTel. 8 800 00000",
        "Kontaktinė Informacija\nDirektorė\nTel. 8 612 34567",
        "Regioninis Padalinys\nvedėjas\nTel. 8 612 34567",
    ],
)
def test_card_shaped_lines_of_bodies_places_and_headings_keep_their_words(text: str) -> None:
    """Lines of the staff card's shape that name no person: the words stay (the phone
    numbers go, as always)."""
    assert "[name removed]" not in Redactor().redact(text)


STAFF_CARDS_TEXT = GENRE_DIR / "r12_privacy_lt_staff_cards.txt"
STAFF_CARDS_NAMES = ("Dalia", "Grybė", "Tomas", "Kazla", "+370 612 40 101")


def test_lithuanian_staff_cards_stay_out_of_the_text_and_the_brief(tmp_path) -> None:
    """A Lithuanian project page whose contact block holds staff cards with surnames of no
    telling ending: neither the whole text redacted nor its briefs (en, lt) show a name; the
    body's card-shaped line and the applicant stay."""
    from cwlib.read.source import read_source

    redacted = Redactor().redact(read_source(STAFF_CARDS_TEXT))
    assert [s for s in STAFF_CARDS_NAMES if s in redacted] == []
    assert "Garliavos Seniūnija" in redacted
    text = _briefs_text(STAFF_CARDS_TEXT, tmp_path, ("en", "lt"))
    assert [s for s in STAFF_CARDS_NAMES if s in text] == []
    assert "Kauno rajono savivaldybės administracija" in text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Olimpiadoje gimnazijos mokinė Rūta Grybė laimėjo medalį.",
            "Olimpiadoje gimnazijos mokinė [name removed] laimėjo medalį.",
        ),
        (
            "Padėką atsiėmė licėjaus mokinys Tomas Kazla.",
            "Padėką atsiėmė licėjaus mokinys [name removed].",
        ),
        (
            "Nugalėtoju tapo progimnazijos abiturientas Lukas Gaidys.",
            "Nugalėtoju tapo progimnazijos abiturientas [name removed].",
        ),
        ("Darbą pristatė gimnazistė Eglė Kazla.", "Darbą pristatė gimnazistė [name removed]."),
    ],
)
def test_a_pupil_named_by_a_schools_news_item(text: str, redacted: str) -> None:
    """A pupil is named after "mokinė", "mokinys", "gimnazistė", "abiturientas" on the news
    pages of schools' projects and contests; a surname with no telling ending ("Kazla",
    "Gaidys") was left whole."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "Projekte dalyvavo mokiniai ir jų tėvai.",
        "Šiemet gimnazistė iš Alytaus laimėjo konkursą.",
        "Mokinys Klaipėdos Vydūno gimnazijos vardu padėkojo.",
        "Mokinės Rūtos piešinys laimėjo.",
    ],
)
def test_pupils_words_without_a_name_keep_the_words_after_them(text: str) -> None:
    """A pupil's word before no name: the words after it stay."""
    assert "[name removed]" not in Redactor().redact(text)


def test_a_pupil_is_no_contact() -> None:
    """Redaction only: a pupil a news item names is no contact of the project."""
    from cwlib.parse.contacts import extract_contacts
    from cwlib.parse.document import Document

    text = "Olimpiadoje gimnazijos mokinė Rūta Grybė laimėjo medalį. Mokykla, tel. 8 612 34567."
    assert [c.name for c in extract_contacts(Document(text, "pupil.txt"))] == [None]


SCHOOL_TEXT = GENRE_DIR / "r13_results_privacy_school_certificates.txt"
SCHOOL_NAMES = ("Ugnė", "Kazla", "Matas", "Gaidys", "Vaitkienė")


def test_a_schools_pupils_stay_out_of_the_text_and_the_brief(tmp_path) -> None:
    """A school's project page naming two pupils after "mokinė" and "abiturientas" (surnames
    of no telling ending): neither the whole text redacted nor its briefs (en, lt) show a
    name; the school stays."""
    from cwlib.read.source import read_source

    redacted = Redactor().redact(read_source(SCHOOL_TEXT))
    assert [s for s in SCHOOL_NAMES if s in redacted] == []
    assert "Rokiškio Ąžuolo gimnazija" in redacted
    text = _briefs_text(SCHOOL_TEXT, tmp_path, ("en", "lt"))
    assert [s for s in SCHOOL_NAMES if s in text] == []
    assert "Rokiškio Ąžuolo gimnazija" in text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Į mainus išvyko keturios merginos: Rūta Grybė, Eglė Kazla ir Ona Novak.",
            "Į mainus išvyko keturios merginos: [name removed], [name removed] ir [name removed].",
        ),
        (
            "Į susitikimą vyko du mokytojai ir 3 mokiniai: Tomas Urba, Lina Kazla, Jonas Gaidys.",
            "Į susitikimą vyko du mokytojai ir 3 mokiniai: [name removed], [name removed], "
            "[name removed].",
        ),
        (
            "Komandą sudarė 4 mokiniai: Lukas Gaidys, Ema Smilga, Matas Vėtra ir Ugnė Kazla.",
            "Komandą sudarė 4 mokiniai: [name removed], [name removed], [name removed] ir "
            "[name removed].",
        ),
        (
            "Konkurse atstovavo dvi mūsų gimnazijos mokinės: Ieva Novik ir Ema Kazla.",
            "Konkurse atstovavo dvi mūsų gimnazijos mokinės: [name removed] ir [name removed].",
        ),
        (
            "Stovykloje dalyvavo penki savanoriai: Ieva Novik ir Kostas Šilingas.",
            "Stovykloje dalyvavo penki savanoriai: [name removed] ir [name removed].",
        ),
        (
            "Medalius pelnė gimnazijos mokiniai Jurgis Berželis (III gimn. kl.), Titas Gaidys "
            "(IV gimn. kl.) ir Ema Smilga.",
            "Medalius pelnė gimnazijos mokiniai [name removed] (III gimn. kl.), "
            "[name removed] (IV gimn. kl.) ir [name removed].",
        ),
        (
            "Dalyvavę mokiniai: Renaldas Kazla (8b), Justas Smilga (8b), Nojus Gaidys (7a).",
            "Dalyvavę mokiniai: [name removed] (8b), [name removed] (8b), [name removed] (7a).",
        ),
        (
            "Į Lenkiją išvyko mokyklos mokiniai Erika Smilga (6b), Marija Novik (7a) ir "
            "Gabrielė Ivanova (8b).",
            "Į Lenkiją išvyko mokyklos mokiniai [name removed] (6b), [name removed] (7a) ir "
            "[name removed] (8b).",
        ),
    ],
)
def test_people_counted_then_named(text: str, redacted: str) -> None:
    """A list of names after people counted and a colon, or after pupils in the plural, on
    schools' pages about a mobility or a contest: surnames with no telling ending ("Urba",
    "Smilga", "Vėtra") were left whole."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "Projekte dalyvauja 5 mokyklos: Elektrėnų gimnazija, Vievio gimnazija ir kitos.",
        "Renginyje dalyvavo 40 mokinių: Vilniaus Licėjaus ir Kauno gimnazijos.",
        "Atvyko 3 dalyviai: Kauno Menų Centras, Vilniaus Dailės Akademija ir kiti.",
        "Gimnazijos mokiniai Vilniaus Rotušėje, Kauno pilyje ir Trakuose rengė parodas.",
        "Projekto mokiniai Lietuvos Respublikos Seime lankėsi pernai.",
        "Lietuvos mokiniai Paryžiaus Olimpiadoje, Romos varžybose dalyvavo.",
        "Projekte dalyvauja 3 šalys: Lietuva, Latvija ir Estija.",
        "Susitikime dalyvavo 25 nariai: Lietuvos Dailininkų Sąjunga ir kiti.",
    ],
)
def test_people_counted_before_no_names_keep_the_words_after_them(text: str) -> None:
    """Schools, places, organisations and countries after people counted or pupils stay."""
    assert "[name removed]" not in Redactor().redact(text)


COUNTED_TEXT = GENRE_DIR / "r14_pages_privacy_counted_pupils.txt"
COUNTED_NAMES = ("Urba", "Smilga", "Gaidys", "Kazla", "Vėtra", "Novik", "Berželis", "Rokas")


def test_people_counted_then_named_stay_out_of_the_text_and_the_brief(tmp_path) -> None:
    """A school's project page naming pupils after people counted and a colon, and after
    pupils in the plural with their classes (surnames of no telling ending): neither the whole
    text redacted nor its briefs (en, lt) show a name; the school stays."""
    from cwlib.read.source import read_source

    redacted = Redactor().redact(read_source(COUNTED_TEXT))
    assert [s for s in COUNTED_NAMES if s in redacted] == []
    assert "Panevėžio Vyturio progimnazija" in redacted
    text = _briefs_text(COUNTED_TEXT, tmp_path, ("en", "lt"))
    assert [s for s in COUNTED_NAMES if s in text] == []
    assert "Panevėžio Vyturio progimnazija" in text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Bronzos medalį pelnė Lukas Urba (IV gimn. kl., mokyt. Ona Kazla).",
            "Bronzos medalį pelnė Lukas Urba (IV gimn. kl., mokyt. [name removed]).",
        ),
        (
            "Olimpiadoje dalyvavo Ema Gaidys (mokyt. Rasa Smilga, Jonas Vėtra).",
            "Olimpiadoje dalyvavo Ema Gaidys (mokyt. [name removed], [name removed]).",
        ),
        ("Mokyt. Ieva Novik parengė mokinius.", "Mokyt. [name removed] parengė mokinius."),
    ],
)
def test_a_teacher_after_the_abbreviated_position(text: str, redacted: str) -> None:
    """Olympiads' and schools' news name each pupil's teacher after "mokyt." in brackets; a
    surname with no telling ending was left whole (the pupil before it is another form)."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "Renginys vyko 2021–2022 mok. m. Vilniaus Rotušėje.",
        "Darbus parengė mokyt. Vilniaus Licėjus ir kitos mokyklos.",
    ],
)
def test_the_abbreviation_before_no_name_keeps_the_words_after_it(text: str) -> None:
    """The school year's "mok." and a school after "mokyt." stay."""
    assert "[name removed]" not in Redactor().redact(text)


APPEALS_TEXT = GENRE_DIR / "r15_privacy_contact_appeals.txt"
APPEALS_NAMES = (
    "Girdenė",
    "Klevaitė",
    "Ąžuolas",
    "Ąžuolą",
    "Lazdauskienę",
    "Beržaitę",
    "8 600 12345",
    "inga.lazdauskiene",
)


def test_people_to_turn_to_stay_out_of_the_text_and_the_brief(tmp_path) -> None:
    """A project's news naming the people to turn to ("kreipkitės į projekto vadovę …", in
    the accusative), its coordinators under one plural role and an elder in the news: the
    contacts list now reads some of them, and neither the whole text redacted nor its briefs
    (en, lt) show a name, the phone or the e-mail; the centre stays."""
    from cwlib.read.source import read_source

    redacted = Redactor().redact(read_source(APPEALS_TEXT))
    assert [s for s in APPEALS_NAMES if s in redacted] == []
    assert "Ąžuolyno bendruomenės centras" in redacted
    text = _briefs_text(APPEALS_TEXT, tmp_path, ("en", "lt"))
    assert [s for s in APPEALS_NAMES if s in text] == []
    assert "Ąžuolyno bendruomenės centras" in text


SIGNATURES_TEXT = GENRE_DIR / "r16_results_camps_years_signature.txt"
SIGNATURES_NAMES = (
    "Uosis",
    "Šermukšnienė",
    "Liepkalnis",
    "8 600 54321",
    "egle.sermuksniene",
)


def test_signers_and_guests_left_out_of_contacts_stay_redacted(tmp_path) -> None:
    """A project's news whose contacts list now leaves out a unit's head who took part and a
    mayor's signature line at the end (round 16): neither the whole text redacted nor its
    briefs (en, lt) show their names, nor the project manager's name, phone or e-mail."""
    from cwlib.read.source import read_source

    redacted = Redactor().redact(read_source(SIGNATURES_TEXT))
    assert [s for s in SIGNATURES_NAMES if s in redacted] == []
    assert "Pušaičių kultūros centras" in redacted
    text = _briefs_text(SIGNATURES_TEXT, tmp_path, ("en", "lt"))
    assert [s for s in SIGNATURES_NAMES if s in text] == []


THANKS_TEXT = GENRE_DIR / "r17_privacy_thanks_and_signing.txt"
THANKS_NAMES = (
    "Gluosnis",
    "Ąžuolas",
    "Smilgys",
    "Liepienė",
    "Beržienė",
    "Karkliui",
    "Klevui",
    "Uosiui",
    "Kadagienė",
    "8 600 12345",
    "egle.kadagiene",
)


def test_officials_who_greeted_thanked_or_signed_and_men_thanked_stay_redacted(
    tmp_path,
) -> None:
    """A municipality's news whose contacts list now leaves out officials who greeted,
    thanked or signed (round 17), and which names a member of the Seimas and men thanked in
    the dative: neither the whole text redacted nor its briefs (en, lt) show a name, the
    project manager's phone or e-mail."""
    from cwlib.read.source import read_source

    redacted = Redactor().redact(read_source(THANKS_TEXT))
    assert [s for s in THANKS_NAMES if s in redacted] == []
    assert "Šilagirio rajono savivaldybės administracija" in redacted
    text = _briefs_text(THANKS_TEXT, tmp_path, ("en", "lt"))
    assert [s for s in THANKS_NAMES if s in text] == []


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Skyriaus vedėjas Tomas Kalvas pristatė projektus. Baigiant susitikimą gerb. "
            "Tomas Kalvas priminė planus.",
            "Skyriaus vedėjas [name removed] pristatė projektus. Baigiant susitikimą gerb. "
            "[name removed] priminė planus.",
        ),
        (
            "Projekto vadovė Rūta Rimša kalbėjo. Pasak Rūtos Rimšos, darbai baigti.",
            "Projekto vadovė [name removed] kalbėjo. Pasak [name removed], darbai baigti.",
        ),
        (
            "Seniūnas Petras Kalvas atidarė aikštę. Aikštę pašventinus P. Kalvas padėkojo.",
            "Seniūnas [name removed] atidarė aikštę. Aikštę pašventinus [name removed] padėkojo.",
        ),
    ],
)
def test_a_name_found_once_is_removed_wherever_the_text_repeats_it(
    text: str, redacted: str
) -> None:
    """A news item names a person with a position once and later with none ("gerb. Vardas
    Pavardas", "Pasak Vardo Pavardo", "V. Pavardas"): the later mentions go too (round 18:
    five surveyed pages kept such a repeated name)."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        # no position, no telling ending: nothing found, nothing repeated
        "Tomas Kalvas pristatė projektą. Tomas Kalvas priminė planus.",
        # an organisation named after the person is kept whole
        "Direktorė Ona Gluosnė kalbėjo. Ona Gluosnė fondas remia projektą.",
        # a surname alone is not looked for again
        "Direktorius Tomas Kalvas kalbėjo. Kalvas pažymėjo, kad darbai baigti.",
    ],
)
def test_only_full_names_outside_organisations_are_looked_for_again(text: str) -> None:
    """The repeated name is a full name's or its initial's, never a surname alone, and never
    inside an organisation's name."""
    redacted = Redactor().redact(text)
    assert redacted.count("[name removed]") == (0 if text.startswith("Tomas") else 1)


NAMED_AGAIN_TEXT = GENRE_DIR / "r18_results_named_again.txt"
NAMED_AGAIN_NAMES = ("Kalv", "Rimš", "Beržaitė", "8 600 45678", "lina.berzaite")


def test_officials_named_again_without_a_position_stay_redacted(tmp_path) -> None:
    """A news item that names two officials with a position and again with none ("gerb. …",
    a name as a sentence's subject, a name in the genitive): neither the redacted text nor
    its briefs (en, lt) show a name (round 18)."""
    from cwlib.read.source import read_source

    redacted = Redactor().redact(read_source(NAMED_AGAIN_TEXT))
    assert [s for s in NAMED_AGAIN_NAMES if s in redacted] == []
    text = _briefs_text(NAMED_AGAIN_TEXT, tmp_path, ("en", "lt"))
    assert [s for s in NAMED_AGAIN_NAMES if s in text] == []


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Mainuose dalyvavusią komandą sudarė Tomas Kalvas, Lukas Pavardauskas ir Jonas "
            "Liepulis.",
            "Mainuose dalyvavusią komandą sudarė [name removed], [name removed] ir [name removed].",
        ),
        (
            "Ansamblis (iš kairės): Rokas Gedvilas, Ona Kalvaitytė, Rūta Liepienė ir Tomas Kalvas.",
            "Ansamblis (iš kairės): [name removed], [name removed], [name removed] ir "
            "[name removed].",
        ),
        (
            "Mokiniai Paulius ir Rokas Gedvilai, Ona Kalvaitytė ir Rūta Liepaitė vyko į Rygą.",
            "Mokiniai Paulius ir [name removed], [name removed] ir [name removed] vyko į Rygą.",
        ),
    ],
)
def test_the_first_name_of_a_list_of_names_found_is_removed(text: str, redacted: str) -> None:
    """A list of three names or more whose first has no telling surname ending ("komandą
    sudarė Vardas Pavardas, Vardas Pavardauskas ir …", a photo's caption "(iš kairės): …"):
    the names after it show the list to be of persons, and the first goes too (round 18:
    three surveyed pages kept a list's first name)."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Partneriai: Kauno Kolegija, Jonas Petraitis, Ona Kalvaitytė.", "Kauno Kolegija"),
        ("Dalyvavo Pušynės Gimnazija, Jonas Petraitis ir Ona Kalvaitytė.", "Pušynės Gimnazija"),
        ("Renginyje koncertavo Tomas Kalvas, Lukas Pavardauskas.", "Tomas Kalvas"),
    ],
)
def test_no_list_or_an_organisation_before_it_keeps_the_words(text: str, kept: str) -> None:
    """Two capitalised words before a name found are read as a list's first name only where
    the list goes on after that name, and never when they hold an organisation word or
    start with a genitive."""
    assert kept in Redactor().redact(text)


NAME_LISTS_TEXT = GENRE_DIR / "r18_results_name_lists.txt"
NAME_LISTS_NAMES = ("Kalvas", "Pavardausk", "Gedvil", "Liepul", "Kalvaityt", "Klevait", "56789")


def test_lists_of_names_whose_first_has_no_telling_ending_stay_redacted(tmp_path) -> None:
    """A youth exchange's news with a team's list and a photo caption, each opened by a name
    with no telling surname ending: neither the redacted text nor its briefs (en, lt) show a
    name (round 18)."""
    from cwlib.read.source import read_source

    redacted = Redactor().redact(read_source(NAME_LISTS_TEXT))
    assert [s for s in NAME_LISTS_NAMES if s in redacted] == []
    text = _briefs_text(NAME_LISTS_TEXT, tmp_path, ("en", "lt"))
    assert [s for s in NAME_LISTS_NAMES if s in text] == []


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Knygą pristatys kultūros istorikas Tomas Kalvas ir architektas Rokas Gedvilas.",
            "Knygą pristatys kultūros istorikas [name removed] ir architektas [name removed].",
        ),
        (
            "Vyko popietė su rašytoju Jonu Kalvu, dalyvavo teatro kritikė Ona Rimša.",
            "Vyko popietė su rašytoju [name removed], dalyvavo teatro kritikė [name removed].",
        ),
        (
            "Koncertavo ansamblis „Sodžius“ (vad. Jonas Kalvas) ir etnologas dr. Rokas Gedvilas.",
            "Koncertavo ansamblis „Sodžius“ (vad. [name removed]) ir etnologas dr. [name removed].",
        ),
    ],
)
def test_a_name_after_a_profession_or_a_leaders_abbreviation(text: str, redacted: str) -> None:
    """News of a book's presentation or a concert names guests by a profession ("kultūros
    istorikas …", "su rašytoju …", "muzikologė …") and an ensemble's leader as "(vad. …)":
    the name after them goes whatever its surname's ending (round 18: three surveyed pages
    kept such names)."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "Biologijos kabinete įrengta nauja technologijų laboratorija „Gamtos Pažinimas“.",
        "Straipsnyje pateikta kritika Vyriausybės Nutarimui.",
        "Fotografijos paroda „Senieji Kaimai“ atidaryta bibliotekoje.",
    ],
)
def test_words_that_only_begin_like_a_profession_keep_the_capitals(text: str) -> None:
    """A subject ("biologijos", "technologijų"), criticism ("kritika") or photography
    ("fotografijos") is no profession: the capitalised words after them stay."""
    assert Redactor().redact(text) == text


GUESTS_TEXT = GENRE_DIR / "r18_results_guests_professions.txt"
GUESTS_NAMES = ("Kalv", "Gedvil", "Rimš", "Karklė", "67890", "lina.karkle")


def test_guests_named_by_a_profession_stay_redacted(tmp_path) -> None:
    """A library's news that names its guests by a profession and an ensemble's leader as
    "(vad. …)": neither the redacted text nor its briefs (en, lt) show a name (round 18)."""
    from cwlib.read.source import read_source

    redacted = Redactor().redact(read_source(GUESTS_TEXT))
    assert [s for s in GUESTS_NAMES if s in redacted] == []
    text = _briefs_text(GUESTS_TEXT, tmp_path, ("en", "lt"))
    assert [s for s in GUESTS_NAMES if s in text] == []


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Į atidarymą atvyko Seimo nariai: Tomas Smilgys, Rokas Karklys ir Jonas Putinas.",
            "Į atidarymą atvyko Seimo nariai: [name removed], [name removed] ir [name removed].",
        ),
        (
            "Knygas padovanojo fondas „Skaitykime“ (steigėjai Mindaugas Gedvilas ir Paulius Kalvas).",
            "Knygas padovanojo fondas „Skaitykime“ (steigėjai [name removed] ir [name removed]).",
        ),
        (
            "Renginyje dalyvavo rajono vicemerai Andrius Kalvas ir Rokas Gedvilas.",
            "Renginyje dalyvavo rajono vicemerai [name removed] ir [name removed].",
        ),
    ],
)
def test_names_listed_after_a_position_in_the_plural(text: str, redacted: str) -> None:
    """News of openings and visits list officials and guests after a position or members' word
    in the plural ("Seimo nariai: …", "vicemerai … ir …", "(steigėjai … ir …)"): the whole
    list goes, whatever the surnames' endings (round 19: two surveyed pages kept such lists)."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "Asociacijos nariai Kauno Technologijos universitetas ir Vilniaus kolegija pasirašė sutartį.",
        "Tarybos nariai Vilniaus Rotušėje aptarė planą.",
        "Steigėjai Vilniaus Universitetas ir Kauno kolegija pasirašė sutartį.",
        "Seimo nariai Vilniaus Rotušėje, Kaune ir Alytuje susitiko su rinkėjais.",
    ],
)
def test_a_plural_position_before_no_list_of_names_keeps_the_words(text: str) -> None:
    """A plural position before an organisation's or a place's words, or before two
    capitalised words that open no list, keeps them."""
    assert Redactor().redact(text) == text


OFFICIALS_TEXT = GENRE_DIR / "r19_results_officials_listed.txt"
OFFICIALS_NAMES = ("Smilgys", "Karklys", "Putinas", "Kalvas", "Beržė", "Gedvilas", "Ąžuolas")


def test_officials_listed_after_a_plural_position_stay_redacted(tmp_path) -> None:
    """A culture house's opening news that lists members of the Seimas, deputy mayors and a
    fund's founders after their plural words: neither the redacted text nor its briefs (en, lt)
    show a name (round 19)."""
    from cwlib.read.source import read_source

    redacted = Redactor().redact(read_source(OFFICIALS_TEXT))
    assert [s for s in OFFICIALS_NAMES if s in redacted] == []
    assert "Ąžuolynės seniūnija" in redacted
    text = _briefs_text(OFFICIALS_TEXT, tmp_path, ("en", "lt"))
    assert [s for s in OFFICIALS_NAMES if s in text] == []


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Renginyje kalbėjo gydytojas Tomas Smilgys ir miškininkas Rokas Karklys.",
            "Renginyje kalbėjo gydytojas [name removed] ir miškininkas [name removed].",
        ),
        (
            "Ekskursiją vedė lektorius Jonas Putinas, knygą padovanojo mecenatas Paulius Kalvas.",
            "Ekskursiją vedė lektorius [name removed], knygą padovanojo mecenatas [name removed].",
        ),
        (
            "Su užsiėmimų svečiu Andriumi Gedvilu kalbėjosi Prezidentės patarėja Rūta Beržė.",
            "Su užsiėmimų svečiu [name removed] kalbėjosi Prezidentės patarėja [name removed].",
        ),
        ("Nuotraukų autorė Ieva Klevaitė", "Nuotraukų autorė [name removed]"),
    ],
)
def test_a_name_after_a_role_or_a_trade(text: str, redacted: str) -> None:
    """News name guests, authors and owners by a role or a trade ("gydytojas …", "miškininkas
    …", "lektorius …", "mecenatas …", "svečias …", "Prezidentės patarėja …", "Nuotraukų
    autorė …"): the name after them goes whatever its surname's ending (round 19: thirteen surveyed
    pages kept such names)."""
    assert Redactor().redact(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "Autorių Teisių Agentūra pranešė apie naujas taisykles.",
        "Svečias iš Latvijos kalbėjo apie bendrą projektą.",
        "Savininkas Kauno Technologijos universitetas pasirašė sutartį.",
    ],
)
def test_role_words_before_no_name_keep_the_words_after_them(text: str) -> None:
    """A role word before an organisation's words, or before no name, keeps them."""
    assert Redactor().redact(text) == text
