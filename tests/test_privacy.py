"""Personal data stays out of exports: what the redactor removes, and what it must leave alone."""

from __future__ import annotations

import pandas as pd
import pytest

from cwlib import paths
from cwlib.export.privacy import PLACEHOLDERS, Redactor, redact_tables

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
    ],
)
def test_numbers_after_a_phone_word_are_found(text: str, number: str) -> None:
    assert Redactor().redact(text) == text.replace(number, PLACEHOLDERS["phone"])


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
                [f"Skambinti {NAME.split()[1]}ei 8 686 00000", None], dtype="string"
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


def test_raw_seeds_lose_only_the_contact_line() -> None:
    """On the real source texts, the generic patterns remove the contact person and nothing else."""
    found = []
    for path in sorted(paths.RAW_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found += [(m.kind, m.text) for m in Redactor().find(text)]
    if not found:
        pytest.skip("no raw seed with a contact person")
    assert sorted(found) == sorted([("name", NAME), ("email", EMAIL), ("phone", PHONE)])
