"""The one translation table of the exports: sheet names, headers, category values, texts.

Every word a brief shows that does not come from a source text is looked up here, in English
(``en``) and Lithuanian (``lt``), so that the two briefs say the same thing and a test can check
that no label is missing in either language. Lithuanian strings keep their diacritics (ą č ę ė
į š ų ū ž); nothing here may be transliterated.

Pure Python on purpose, like ``cwlib.schema``: importing it must not pull pandas or openpyxl.

>>> label("sheet.overview", "lt")
'Apžvalga'
>>> category("item", "eu_national", "en")
'EU + national'
>>> header("budgets", "amount_eur", "lt")
'Suma (EUR)'
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TypeVar

from cwlib.analyse.theme import LANGS
from cwlib.errors import CwlibError
from cwlib.schema import LTL_PER_EUR


class UnknownLanguageError(CwlibError, ValueError):
    """Raised for a language code the translation table does not have."""


def check_lang(lang: str) -> str:
    """Return ``lang`` if it is known, else raise an error that lists the known codes.

    >>> check_lang("lt")
    'lt'
    >>> check_lang("fr")
    Traceback (most recent call last):
    ...
    cwlib.export.i18n.UnknownLanguageError: unknown language 'fr'; valid languages: en, lt
    """
    if lang not in LANGS:
        raise UnknownLanguageError(
            f"unknown language {lang!r}; valid languages: {', '.join(LANGS)}"
        )
    return lang


# --- Labels: sheet names, titles and fixed texts ------------------------------------------------
# Sheet names must stay within 31 characters and avoid []:*?/\ (Excel's rules).
LABELS: dict[str, dict[str, str]] = {
    "sheet.about": {"en": "About", "lt": "Apie"},
    "sheet.overview": {"en": "Overview", "lt": "Apžvalga"},
    "sheet.details": {"en": "Project details", "lt": "Projektų duomenys"},
    "sheet.charts": {"en": "Charts", "lt": "Diagramos"},
    "sheet.budgets": {"en": "Budgets", "lt": "Biudžetai"},
    "sheet.partners": {"en": "Partners", "lt": "Partneriai"},
    "sheet.events": {"en": "Events", "lt": "Įvykiai"},
    "sheet.results": {"en": "Results", "lt": "Rezultatai"},
    "sheet.findings": {"en": "Findings", "lt": "Pastabos"},
    "sheet.sources": {"en": "Sources", "lt": "Šaltiniai"},
    "sheet.contacts": {"en": "Contacts", "lt": "Kontaktai"},
    "about.title": {
        "en": "Brief: EU-funded creative-industry projects",
        "lt": "Santrauka: ES finansuojami kūrybinių industrijų projektai",
    },
    "about.what": {
        "en": "What this is",
        "lt": "Kas tai",
    },
    "about.what_text": {
        "en": (
            "Facts about EU-funded projects as Lithuanian web pages state them, extracted by "
            "cwlib into tidy tables. Every sum, date, partner and result comes with the file "
            "it was read from and the exact quote that states it, so each figure can be checked "
            "against its sentence. Figures are shown as the texts give them, not corrected; "
            "problems found in the texts are listed on the findings sheet."
        ),
        "lt": (
            "Faktai apie ES finansuojamus projektus, kaip juos pateikia lietuviški tinklalapiai; "
            "cwlib juos surinko į tvarkingas lenteles. Prie kiekvienos sumos, datos, partnerio ir "
            "rezultato nurodytas failas, iš kurio jis paimtas, ir tiksli citata, todėl kiekvieną "
            "skaičių galima patikrinti pagal sakinį. Skaičiai pateikti taip, kaip juos nurodo "
            "tekstai, jie netaisyti; tekstuose rastos problemos išvardytos pastabų lape."
        ),
    },
    "about.projects": {"en": "Projects", "lt": "Projektai"},
    "about.language": {"en": "Language", "lt": "Kalba"},
    "about.language_value": {"en": "English", "lt": "lietuvių"},
    "about.built": {"en": "Written on", "lt": "Sukurta"},
    "about.version": {"en": "Written by", "lt": "Sukūrė"},
    "about.built_with": {"en": "Tables built with", "lt": "Lentelės sukurtos su"},
    "about.built_with_unknown": {
        "en": "(not recorded in datapackage.json)",
        "lt": "(neįrašyta į datapackage.json)",
    },
    "about.rate": {"en": "Litas rate used", "lt": "Naudotas lito kursas"},
    "about.rate_text": {
        "en": (
            "{rate} LTL per 1 EUR: the official irrevocable rate "
            "(Council Regulation (EU) No 851/2014)"
        ),
        "lt": (
            "{rate} LTL už 1 EUR: oficialus neatšaukiamas kursas "
            "(Tarybos reglamentas (ES) Nr. 851/2014)"
        ),
    },
    "about.numbers": {"en": "How numbers are shown", "lt": "Kaip rodomi skaičiai"},
    "about.numbers_text": {
        "en": (
            "Sums, shares and counts in the tables are numbers: your spreadsheet program shows "
            "them with its own thousands and decimal separators, and they can be added up and "
            "filtered. Numbers written in texts (this sheet, the findings messages, the cell "
            "comments) are written in English style: {money}, {percent}."
        ),
        "lt": (
            "Sumos, dalys ir kiekiai lentelėse yra skaičiai: skaičiuoklė juos rodo su savo "
            "tūkstančių ir dešimtainiais skyrikliais, juos galima sudėti ir filtruoti. "
            "Tekstuose (šiame lape, pastabų pranešimuose, langelių komentaruose) skaičiai "
            "parašyti lietuviškai: {money}, {percent}."
        ),
    },
    "about.contacts": {"en": "Personal data", "lt": "Asmens duomenys"},
    "about.contacts_removed": {
        "en": (
            "Removed: names of contact persons, e-mail addresses and phone numbers are replaced "
            "by a placeholder in every cell (cwlib brief --include-contacts keeps them)."
        ),
        "lt": (
            "Pašalinti: kontaktinių asmenų vardai, el. pašto adresai ir telefono numeriai visuose "
            "langeliuose pakeisti žyma (cwlib brief --include-contacts juos palieka)."
        ),
    },
    "about.contacts_included": {
        "en": (
            "INCLUDED: this brief contains names, e-mail addresses and phone numbers of contact "
            "persons (--include-contacts). Do not pass it on without a lawful basis."
        ),
        "lt": (
            "ĮTRAUKTI: šioje santraukoje yra kontaktinių asmenų vardai, el. pašto adresai ir "
            "telefono numeriai (--include-contacts). Neperduokite jos be teisinio pagrindo."
        ),
    },
    "about.inputs": {"en": "Tables", "lt": "Lentelės"},
    "about.source_texts": {"en": "Source texts", "lt": "Šaltinių tekstai"},
    "about.other_sources": {"en": "Other sources", "lt": "Kiti šaltiniai"},
    "about.file": {"en": "File", "lt": "Failas"},
    "about.sha256": {"en": "SHA-256", "lt": "SHA-256"},
    "about.bytes": {"en": "Bytes", "lt": "Baitai"},
    "about.url": {"en": "Web address", "lt": "Interneto adresas"},
    "about.not_recorded": {
        "en": "(not recorded in datapackage.json)",
        "lt": "(neįrašyta į datapackage.json)",
    },
    "about.no_datapackage": {
        "en": (
            "(the tables' folder has no datapackage.json, so their source texts are not "
            "recorded; rebuild the tables with cwlib build)"
        ),
        "lt": (
            "(lentelių aplanke nėra datapackage.json, todėl jų šaltinių tekstai neįrašyti; "
            "sukurkite lenteles iš naujo komanda cwlib build)"
        ),
    },
    "about.no_sources_recorded": {
        "en": (
            "(datapackage.json records no source files; rebuild the tables with cwlib build "
            "to record their names, SHA-256 and web addresses)"
        ),
        "lt": (
            "(datapackage.json neįrašyti šaltinių failai; sukurkite lenteles iš naujo komanda "
            "cwlib build, kad būtų įrašyti jų pavadinimai, SHA-256 ir interneto adresai)"
        ),
    },
    "about.in_memory": {
        "en": "(tables passed in memory; no files to hash and no record of their sources)",
        "lt": "(lentelės perduotos atmintyje; nėra nei failų, nei jų šaltinių įrašo)",
    },
    "about.caveats": {"en": "Caveats", "lt": "Išlygos"},
    "about.sheets": {"en": "Sheets", "lt": "Lapai"},
    "about.columns": {"en": "Columns", "lt": "Stulpeliai"},
    "about.none": {"en": "(none)", "lt": "(nėra)"},
    "about.no_rows": {
        "en": "No rows for the selected projects.",
        "lt": "Pasirinktiems projektams eilučių nėra.",
    },
    "chart.budget": {
        "en": "Budget per project in euro (project scope)",
        "lt": "Projektų biudžetai eurais (viso projekto lygmuo)",
    },
    "chart.share": {
        "en": "EU share per project (project scope)",
        "lt": "ES dalis pagal projektą (viso projekto lygmuo)",
    },
    "chart.partners": {
        "en": "Partners and countries per project",
        "lt": "Partneriai ir šalys pagal projektą",
    },
    "chart.axis_millions": {"en": "million €", "lt": "mln. €"},
    "chart.axis_thousands": {"en": "thousand €", "lt": "tūkst. €"},
    "chart.axis_euro": {"en": "€", "lt": "€"},
    "chart.other.budget": {
        "en": (
            "The {n} largest budgets; {label}: their sums added up. That bar runs past the end "
            "of the axis, which is scaled to the projects shown."
        ),
        "lt": (
            "Didžiausi biudžetai ({n}); {label}: jų sumos sudėtos. Tas stulpelis išeina už ašies "
            "galo, nes ašis pritaikyta rodomiems projektams."
        ),
    },
    "chart.other.share": {
        "en": (
            "The EU shares of the {n} projects with the largest budgets, highest first; "
            "{label}: their EU funds over their totals, for those that state both (not an "
            "average of their shares)."
        ),
        "lt": (
            "Didžiausio biudžeto projektų ({n}) ES dalys, didžiausios pirmos; {label}: jų ES "
            "lėšos, padalytos iš jų bendrų sumų, tiems, kurie nurodo abi (ne jų dalių vidurkis)."
        ),
    },
    "chart.other.partners": {
        "en": (
            "The {n} projects with the most partners; {label}: their partners added up, each "
            "country counted once. That bar runs past the end of the axis."
        ),
        "lt": (
            "Projektai, turintys daugiausia partnerių ({n}); {label}: jų partneriai sudėti, "
            "kiekviena šalis skaičiuojama kartą. Tas stulpelis išeina už ašies galo."
        ),
    },
    "redacted.email": {"en": "[e-mail removed]", "lt": "[el. paštas pašalintas]"},
    "redacted.phone": {"en": "[phone removed]", "lt": "[telefonas pašalintas]"},
    "redacted.name": {"en": "[name removed]", "lt": "[vardas pašalintas]"},
    "redacted.code": {"en": "[personal code removed]", "lt": "[asmens kodas pašalintas]"},
    "footer": {"en": "Page &P of &N", "lt": "&P psl. iš &N"},
}

# What one row of each sheet is (the About sheet lists them).
SHEET_ROWS: dict[str, dict[str, str]] = {
    "overview": {
        "en": "one project; sums are project scope only, partner sums are on the budgets sheet",
        "lt": "vienas projektas; sumos tik viso projekto lygmens, partnerių sumos – biudžetų lape",
    },
    "details": {
        "en": "one project: the overview's other columns (dates, codes, EU sums, web address)",
        "lt": "vienas projektas: kiti apžvalgos stulpeliai (datos, kodai, ES sumos, adresas)",
    },
    "charts": {
        "en": (
            "charts, each beside the table it is drawn from: at most {bars}, the others summed "
            "into the last one; projects the texts give no figure for are left out"
        ),
        "lt": (
            "diagramos, kiekviena greta lentelės, pagal kurią nubraižyta: ne daugiau kaip "
            "{bars}, kiti sudedami į paskutinį; projektai, kuriems tekstuose skaičiaus nėra, "
            "nerodomi"
        ),
    },
    "budgets": {
        "en": "one stated sum of money (a sum given in litas and euro together is one row)",
        "lt": "viena nurodyta pinigų suma (litais ir eurais kartu nurodyta suma – viena eilutė)",
    },
    "partners": {
        "en": "one organisation or place taking part in a project",
        "lt": "viena projekte dalyvaujanti organizacija ar vietovė",
    },
    "events": {"en": "one dated event of a project", "lt": "vienas datuotas projekto įvykis"},
    "results": {
        "en": "one promised or achieved result with a count",
        "lt": "vienas žadėtas ar pasiektas rezultatas su skaičiumi",
    },
    "findings": {
        "en": "one problem or caveat the audit found in a text",
        "lt": "viena problema ar išlyga, kurią patikra rado tekste",
    },
    "sources": {
        "en": "one project-level value (overview columns) with the sentence that states it",
        "lt": "viena projekto lygmens reikšmė (apžvalgos stulpeliai) su ją nurodančiu sakiniu",
    },
    "contacts": {
        "en": "one contact person named in a text (personal data)",
        "lt": "vienas tekste nurodytas kontaktinis asmuo (asmens duomenys)",
    },
}

# --- Caveats ------------------------------------------------------------------------------------
# ``{rate}`` and ``{converted}`` are filled in by the writer.
CAVEATS: dict[str, dict[str, str]] = {
    "scope": {
        "en": (
            "Partner and project sums are never mixed. A budget row's scope says whether the sum "
            "is the whole project's budget (project) or one partner's part of it (partner). The "
            "overview and the charts show project-scope sums only; partner sums are on the "
            "budgets sheet and must not be added to project sums."
        ),
        "lt": (
            "Partnerių ir projektų sumos niekada nemaišomos. Biudžeto eilutės lygmuo nurodo, ar "
            "suma yra viso projekto biudžetas (projektas), ar vieno partnerio dalis (partneris). "
            "Apžvalgoje ir diagramose rodomos tik viso projekto sumos; partnerių sumos yra "
            "biudžetų lape ir jų negalima pridėti prie projektų sumų."
        ),
    },
    "litas": {
        "en": (
            "Converted litas: sums stated only in litas are converted to euro at the official "
            "rate of {rate} LTL per EUR (euro basis: converted from litas); where a text gives "
            "the euro figure beside the litas one, that figure is used (stated). Converted rows "
            "in this brief: {converted}."
        ),
        "lt": (
            "Perskaičiuoti litai: tik litais nurodytos sumos perskaičiuotos į eurus oficialiu "
            "{rate} LTL už 1 EUR kursu (euro suma: perskaičiuota iš litų); jei tekste greta litų "
            "nurodyta suma eurais, naudojama ji (nurodyta). Perskaičiuotų eilučių šioje "
            "santraukoje: {converted}."
        ),
    },
    "dates": {
        "en": (
            "Unknown dates: dates are given at the precision the text states them. A year or "
            "month alone is shown as text (2017, 2017-05); a day without a year (--12-03) never "
            "gets an invented year and has no earliest or latest date. Empty start or end means "
            "the texts do not say."
        ),
        "lt": (
            "Nežinomos datos: datos pateikiamos tokiu tikslumu, kokiu jas nurodo tekstas. Vien "
            "metai ar mėnuo rodomi kaip tekstas (2017, 2017-05); dienai be metų (--12-03) metai "
            "niekada neišgalvojami, ji neturi ankstyviausios ir vėliausios datos. Tuščia pradžia "
            "ar pabaiga reiškia, kad tekstai jos nenurodo."
        ),
    },
    "eu_national": {
        "en": (
            "Where a text gives EU funds and the state budget as one sum, it is shown as "
            "EU + national and is not split; it is not an EU share."
        ),
        "lt": (
            "Jei tekstas ES lėšas ir valstybės biudžetą nurodo viena suma, ji rodoma kaip ES ir "
            "valstybės lėšos ir neskaidoma; tai nėra ES dalis."
        ),
    },
    "shares": {
        "en": (
            "Shares are as the text states them, else computed from the total of the same scope "
            "(share basis). A project without a stated total has no computed share."
        ),
        "lt": (
            "Dalys nurodytos taip, kaip jas pateikia tekstas, kitaip apskaičiuotos nuo to paties "
            "lygmens bendros sumos (dalies pagrindas). Projektas be nurodytos bendros sumos "
            "apskaičiuotos dalies neturi."
        ),
    },
    "findings": {
        "en": (
            "Figures are not corrected. Where a text contradicts itself (sums that do not add "
            "up, a scale word on a written-out figure), the figure is shown as stated and the "
            "problem is listed on the findings sheet."
        ),
        "lt": (
            "Skaičiai netaisomi. Jei tekstas prieštarauja pats sau (sumos nesutampa, prie "
            "išrašyto skaičiaus pridėtas „mln.“), skaičius rodomas kaip nurodytas, o problema "
            "išvardyta pastabų lape."
        ),
    },
    "several": {
        "en": (
            "A sum marked * on the overview or the project details: the texts state more than "
            "one figure for it. The first (in file order) is shown; the cell's comment quotes "
            "every one, and all are rows of the budgets sheet."
        ),
        "lt": (
            "Suma, pažymėta *, apžvalgoje ar projektų duomenyse: tekstuose jai nurodytas ne "
            "vienas skaičius. Rodomas pirmasis (pagal failų tvarką); langelio komentare "
            "cituojami visi, visi jie yra biudžetų lapo eilutės."
        ),
    },
    "messages": {
        "en": "Quotes are in the language of the source texts (usually Lithuanian).",
        "lt": "Citatos pateikiamos šaltinių kalba (dažniausiai lietuvių).",
    },
}

# --- Headers --------------------------------------------------------------------------------------
# Keyed "table.column"; a bare "column" key is the fallback for every table.
HEADERS: dict[str, dict[str, str]] = {
    "project_id": {"en": "Project", "lt": "Projektas"},
    "source": {"en": "Source file", "lt": "Šaltinio failas"},
    "quote": {"en": "Quote", "lt": "Citata"},
    # projects (also the values of project_facts.field)
    "projects.title": {"en": "Title", "lt": "Pavadinimas"},
    "projects.title_en": {"en": "Title in English", "lt": "Pavadinimas anglų k."},
    "projects.programme": {"en": "Programme", "lt": "Programa"},
    "projects.programme_basis": {"en": "Programme basis", "lt": "Programos pagrindas"},
    "projects.period": {"en": "Period", "lt": "Laikotarpis"},
    "projects.period_basis": {"en": "Period basis", "lt": "Laikotarpio pagrindas"},
    "projects.fund": {"en": "Fund", "lt": "Fondas"},
    "projects.project_number": {"en": "Project number", "lt": "Projekto numeris"},
    "projects.measure_code": {"en": "Measure code", "lt": "Priemonės kodas"},
    "projects.start_date": {"en": "Start", "lt": "Pradžia"},
    "projects.end_date": {"en": "End", "lt": "Pabaiga"},
    "projects.duration_months": {"en": "Duration (months)", "lt": "Trukmė (mėn.)"},
    "projects.url": {"en": "Web address", "lt": "Interneto adresas"},
    "projects.sources": {"en": "Source files", "lt": "Šaltinių failai"},
    "projects.project_id": {"en": "Project", "lt": "Projektas"},
    # overview (computed columns)
    "overview.total_eur": {"en": "Total (EUR)", "lt": "Iš viso (EUR)"},
    "overview.eu_eur": {"en": "EU funds (EUR)", "lt": "ES lėšos (EUR)"},
    "overview.eu_share_pct": {"en": "EU share", "lt": "ES dalis"},
    "overview.eu_national_eur": {"en": "EU + national (EUR)", "lt": "ES ir valstybės (EUR)"},
    "overview.eu_national_share_pct": {"en": "EU + national share", "lt": "ES ir valstybės dalis"},
    "overview.eur_basis": {"en": "Euro basis", "lt": "Euro suma"},
    "overview.partners": {"en": "Partners", "lt": "Partneriai"},
    "overview.countries": {"en": "Countries", "lt": "Šalys"},
    "overview.findings": {"en": "Findings", "lt": "Pastabos"},
    "overview.errors": {"en": "Of which errors", "lt": "Iš jų klaidų"},
    # project_facts
    "project_facts.field": {"en": "Field", "lt": "Laukas"},
    "project_facts.value": {"en": "Value", "lt": "Reikšmė"},
    # budgets
    "budgets.scope": {"en": "Scope", "lt": "Lygmuo"},
    "budgets.party": {"en": "Partner", "lt": "Partneris"},
    "budgets.item": {"en": "Item", "lt": "Straipsnis"},
    "budgets.amount": {"en": "Amount as stated", "lt": "Nurodyta suma"},
    "budgets.currency": {"en": "Currency", "lt": "Valiuta"},
    "budgets.qualifier": {"en": "Bound", "lt": "Riba"},
    "budgets.amount_eur": {"en": "Amount (EUR)", "lt": "Suma (EUR)"},
    "budgets.eur_basis": {"en": "Euro basis", "lt": "Euro suma"},
    "budgets.share_pct": {"en": "Share", "lt": "Dalis"},
    "budgets.share_basis": {"en": "Share basis", "lt": "Dalies pagrindas"},
    # partners
    "partners.name": {"en": "Organisation", "lt": "Organizacija"},
    "partners.role": {"en": "Role", "lt": "Vaidmuo"},
    "partners.org_type": {"en": "Type", "lt": "Tipas"},
    "partners.city": {"en": "City", "lt": "Miestas"},
    "partners.country": {"en": "Country", "lt": "Šalis"},
    "partners.lat": {"en": "Latitude", "lt": "Platuma"},
    "partners.lon": {"en": "Longitude", "lt": "Ilguma"},
    "partners.geo_precision": {"en": "Located to", "lt": "Vietos tikslumas"},
    # events
    "events.event": {"en": "Event", "lt": "Įvykis"},
    "events.date": {"en": "Date as stated", "lt": "Nurodyta data"},
    "events.precision": {"en": "Precision", "lt": "Tikslumas"},
    "events.earliest": {"en": "Earliest", "lt": "Anksčiausiai"},
    "events.latest": {"en": "Latest", "lt": "Vėliausiai"},
    # results
    "results.count": {"en": "Count", "lt": "Kiekis"},
    "results.indicator": {"en": "Indicator", "lt": "Rodiklis"},
    "results.qualifier": {"en": "Qualifier", "lt": "Tikslumas"},
    # findings
    "findings.check": {"en": "Check", "lt": "Patikra"},
    "findings.severity": {"en": "Severity", "lt": "Svarba"},
    "findings.message": {"en": "Message", "lt": "Pranešimas"},
    "findings.difference": {"en": "Difference", "lt": "Skirtumas"},
    # contacts
    "contacts.name": {"en": "Name", "lt": "Vardas, pavardė"},
    "contacts.position": {"en": "Position", "lt": "Pareigos"},
    "contacts.email": {"en": "E-mail", "lt": "El. paštas"},
    "contacts.phone": {"en": "Phone", "lt": "Telefonas"},
}

# What each column shown in a brief means, for the About sheet's glossary, in both languages.
# Written for the reader: no internal column names or codes (a test checks), values named as
# the sheets show them. ``{rate}`` is filled in with the litas rate in the brief's language.
DESCRIPTIONS: dict[str, dict[str, str]] = {
    "overview.total_eur": {
        "en": "The whole project's budget in euro, as a text states it.",
        "lt": "Viso projekto biudžetas eurais, kaip jį nurodo tekstas.",
    },
    "overview.eu_eur": {
        "en": "EU funds for the whole project, in euro.",
        "lt": "Viso projekto ES lėšos eurais.",
    },
    "overview.eu_share_pct": {
        "en": "EU funds as a share of the project's total: as stated, else computed.",
        "lt": "ES lėšų dalis nuo viso projekto biudžeto: nurodyta, kitaip apskaičiuota.",
    },
    "overview.eu_national_eur": {
        "en": "EU funds and state budget given as one sum (not split), in euro.",
        "lt": "ES lėšos ir valstybės biudžetas, nurodyti viena suma (neskaidoma), eurais.",
    },
    "overview.eu_national_share_pct": {
        "en": "That joint sum as a share of the project's total.",
        "lt": "Ta bendra suma kaip viso projekto biudžeto dalis.",
    },
    "overview.eur_basis": {
        "en": "Whether the total in euro is stated in the text or converted from litas.",
        "lt": "Ar bendra suma eurais nurodyta tekste, ar perskaičiuota iš litų.",
    },
    "overview.partners": {
        "en": "Organisations taking part, lead partner and applicant included.",
        "lt": "Dalyvaujančios organizacijos, įskaitant vadovaujantį partnerį ir pareiškėją.",
    },
    "overview.countries": {
        "en": "Different countries of those organisations.",
        "lt": "Skirtingų tų organizacijų šalių skaičius.",
    },
    "overview.findings": {
        "en": "Problems and caveats the audit found in the project's texts.",
        "lt": "Patikros projekto tekstuose rastos problemos ir išlygos.",
    },
    "overview.errors": {
        "en": "Findings where a text contradicts itself.",
        "lt": "Pastabos, kai tekstas prieštarauja pats sau.",
    },
    "project_id": {
        "en": "Stable identifier of the project: a short form of its title in Latin letters.",
        "lt": "Pastovus projekto identifikatorius: trumpa pavadinimo forma lotyniškomis raidėmis.",
    },
    "source": {
        "en": "File name of the text that states the value (listed on this sheet with its SHA-256).",
        "lt": "Teksto, kuriame nurodyta reikšmė, failo pavadinimas (šiame lape išvardytas su SHA-256).",
    },
    "quote": {
        "en": "The exact words of the source text that state the value.",
        "lt": "Tiksli šaltinio teksto ištrauka, kurioje nurodyta reikšmė.",
    },
    "projects.title": {
        "en": "Title in the language of the text (usually Lithuanian).",
        "lt": "Pavadinimas teksto kalba (dažniausiai lietuvių).",
    },
    "projects.title_en": {
        "en": "English title or acronym, where the text gives one.",
        "lt": "Pavadinimas anglų kalba ar akronimas, jei tekstas jį pateikia.",
    },
    "projects.programme": {
        "en": "Funding programme, under one agreed name.",
        "lt": "Finansavimo programa, suvienodintu pavadinimu.",
    },
    "projects.programme_basis": {
        "en": (
            "How the programme was found: stated (the text names it), from a code (a project "
            "number or measure code implies it) or inferred (from other words, such as the "
            "region, the period and the partners' countries)."
        ),
        "lt": (
            "Kaip nustatyta programa: nurodyta (tekstas ją įvardija), pagal kodą (ją rodo "
            "projekto numeris ar priemonės kodas) arba numanoma (iš kitų žodžių, pvz., regiono, "
            "laikotarpio ir partnerių šalių)."
        ),
    },
    "projects.period": {
        "en": (
            "EU programming period: stated in the text, else the period of the project's "
            "earliest date, else the one the programme's name implies."
        ),
        "lt": (
            "ES programavimo laikotarpis: nurodytas tekste, kitaip pagal ankstyviausią projekto "
            "datą, kitaip pagal programos pavadinimą."
        ),
    },
    "projects.fund": {
        "en": "EU fund named in the text (such as ERDF or ESF).",
        "lt": "Tekste nurodytas ES fondas (pvz., ERPF ar ESF).",
    },
    "projects.project_number": {
        "en": "Project or contract number, as stated.",
        "lt": "Projekto ar sutarties numeris, kaip nurodytas.",
    },
    "projects.measure_code": {
        "en": "Code of the funding measure the project was selected under; not a project number.",
        "lt": "Finansavimo priemonės, pagal kurią atrinktas projektas, kodas; ne projekto numeris.",
    },
    "projects.start_date": {
        "en": "Start of the project, at the precision the text states it (2020-01-01, 2020-01, 2020).",
        "lt": "Projekto pradžia tokiu tikslumu, kokiu ją nurodo tekstas (2020-01-01, 2020-01, 2020).",
    },
    "projects.end_date": {
        "en": "End of the project, at the precision the text states it.",
        "lt": "Projekto pabaiga tokiu tikslumu, kokiu ją nurodo tekstas.",
    },
    "projects.duration_months": {
        "en": "Duration in months as stated, else computed from full start and end dates.",
        "lt": "Trukmė mėnesiais, kaip nurodyta, kitaip apskaičiuota iš pilnų pradžios ir pabaigos datų.",
    },
    "projects.url": {
        "en": "Web address the text gives for the project (a link).",
        "lt": "Tekste nurodytas projekto interneto adresas (nuoroda).",
    },
    "projects.sources": {
        "en": "File names of all texts about the project.",
        "lt": "Visų tekstų apie projektą failų pavadinimai.",
    },
    "project_facts.field": {
        "en": "The project column the value fills (overview and project details sheets).",
        "lt": "Kurį projekto stulpelį (apžvalgos ir projektų duomenų lapuose) užpildo reikšmė.",
    },
    "project_facts.value": {
        "en": "The value as written into the tables.",
        "lt": "Reikšmė, kaip ji įrašyta į lenteles.",
    },
    "budgets.scope": {
        "en": "project: the whole project's budget; partner: one partner's part of it.",
        "lt": "projektas: viso projekto biudžetas; partneris: vieno partnerio jo dalis.",
    },
    "budgets.party": {
        "en": "For a partner's sum, the partner whose budget it is.",
        "lt": "Partnerio sumai – partneris, kurio tai biudžetas.",
    },
    "budgets.item": {
        "en": (
            "total; EU; national (state budget); own contribution (the partner's or "
            "municipality's); EU + national (EU and state budget given as one sum); other."
        ),
        "lt": (
            "iš viso; ES lėšos; valstybės biudžetas; nuosavas įnašas (partnerio ar savivaldybės); "
            "ES ir valstybės lėšos (viena suma); kita."
        ),
    },
    "budgets.amount": {
        "en": "The sum as stated, in the stated currency (€ or Lt); empty for a share without a sum.",
        "lt": "Suma, kaip nurodyta, nurodyta valiuta (€ arba Lt); tuščia, kai nurodyta tik dalis.",
    },
    "budgets.currency": {
        "en": "Currency of the stated sum: EUR, or LTL (Lithuanian litas).",
        "lt": "Nurodytos sumos valiuta: EUR arba LTL (litai).",
    },
    "budgets.qualifier": {
        "en": (
            "Whether the sum is stated exactly or as a bound: about (apie, beveik), at least "
            "(per, virš, daugiau kaip), at most (iki, ne daugiau kaip)."
        ),
        "lt": (
            "Ar suma nurodyta tiksliai, ar kaip riba: apie (apie, beveik), ne mažiau kaip (per, "
            "virš, daugiau kaip), ne daugiau kaip (iki, ne daugiau kaip)."
        ),
    },
    "budgets.amount_eur": {
        "en": (
            "Sum in euro: as stated; for litas, the euro figure stated beside it, else the sum "
            "divided by {rate} (the official rate)."
        ),
        "lt": (
            "Suma eurais: kaip nurodyta; litams – greta nurodyta suma eurais, kitaip suma, "
            "padalyta iš {rate} (oficialus kursas)."
        ),
    },
    "budgets.eur_basis": {
        "en": "How the sum in euro was found: stated, or converted from litas.",
        "lt": "Kaip gauta suma eurais: nurodyta ar perskaičiuota iš litų.",
    },
    "budgets.share_pct": {
        "en": (
            "Share of the total this sum is: as stated, else computed where the total of the "
            "same scope is known."
        ),
        "lt": (
            "Kokią bendros sumos dalį sudaro ši suma: kaip nurodyta, kitaip apskaičiuota, jei "
            "žinoma to paties lygmens bendra suma."
        ),
    },
    "budgets.share_basis": {
        "en": "How the share was found: stated or computed.",
        "lt": "Kaip gauta dalis: nurodyta ar apskaičiuota.",
    },
    "partners.name": {
        "en": "Name as the text gives it.",
        "lt": "Pavadinimas, kaip jį pateikia tekstas.",
    },
    "partners.role": {
        "en": "lead partner, partner or applicant.",
        "lt": "vadovaujantis partneris, partneris ar pareiškėjas.",
    },
    "partners.org_type": {
        "en": "Kind of organisation, from its name.",
        "lt": "Organizacijos rūšis, nustatyta pagal pavadinimą.",
    },
    "partners.city": {
        "en": "City, as the gazetteer (GeoNames) names it in English.",
        "lt": "Miestas, vietovardžių žinyno (GeoNames) anglišku pavadinimu.",
    },
    "partners.country": {
        "en": "Country code (ISO 3166-1 alpha-2).",
        "lt": "Šalies kodas (ISO 3166-1 alpha-2).",
    },
    "partners.lat": {
        "en": "Latitude (WGS84) of the city, or of the country's centre.",
        "lt": "Miesto arba šalies centro platuma (WGS84).",
    },
    "partners.lon": {
        "en": "Longitude (WGS84), as the latitude.",
        "lt": "Ilguma (WGS84), kaip ir platuma.",
    },
    "partners.geo_precision": {
        "en": (
            "city: the coordinates are the city's; region: the partner is a region and the "
            "coordinates are its centre; country: only the country is known and the "
            "coordinates are its centre."
        ),
        "lt": (
            "miestas: koordinatės miesto; regionas: partneris yra regionas, koordinatės – jo "
            "centras; šalis: žinoma tik šalis, koordinatės – jos centras."
        ),
    },
    "events.event": {"en": "What happened on the date.", "lt": "Kas įvyko tą dieną."},
    "events.date": {
        "en": (
            "The date at the precision the text states it: YYYY-MM-DD, YYYY-MM, YYYY, or "
            "--MM-DD (a day and month without a year)."
        ),
        "lt": (
            "Data tokiu tikslumu, kokiu ją nurodo tekstas: MMMM-MM-DD, MMMM-MM, MMMM arba --MM-DD "
            "(diena ir mėnuo be metų)."
        ),
    },
    "events.precision": {
        "en": "How precisely the text states the date.",
        "lt": "Kaip tiksliai tekstas nurodo datą.",
    },
    "events.earliest": {
        "en": "First day the stated date can mean (empty without a year).",
        "lt": "Pirmoji diena, kurią gali reikšti data (tuščia, jei nėra metų).",
    },
    "events.latest": {
        "en": "Last day the stated date can mean (empty without a year).",
        "lt": "Paskutinė diena, kurią gali reikšti data (tuščia, jei nėra metų).",
    },
    "results.count": {"en": "How many.", "lt": "Kiek."},
    "results.indicator": {
        "en": "What is counted, in the text's words.",
        "lt": "Kas skaičiuojama, tekste vartojamais žodžiais.",
    },
    "results.qualifier": {
        "en": "exact; at least; about.",
        "lt": "tiksliai; ne mažiau kaip (bent); apie (apytiksliai).",
    },
    "findings.check": {
        "en": "The check that found the problem.",
        "lt": "Patikra, kuri rado problemą.",
    },
    "findings.severity": {
        "en": "error: the text contradicts itself; warning: doubtful; info: a caveat.",
        "lt": "klaida: tekstas prieštarauja pats sau; įspėjimas: abejotina; pastaba: išlyga.",
    },
    "findings.message": {
        "en": "What is wrong and by how much.",
        "lt": "Kas negerai ir kiek.",
    },
    "findings.difference": {
        "en": "Size of the discrepancy, with its unit (€, Lt, percentage points or months).",
        "lt": "Neatitikimo dydis su matavimo vienetu (€, Lt, procentiniai punktai ar mėnesiai).",
    },
    "contacts.name": {
        "en": "Person's name as written.",
        "lt": "Asmens vardas ir pavardė, kaip parašyta.",
    },
    "contacts.position": {
        "en": "Position or role as written.",
        "lt": "Pareigos ar vaidmuo, kaip parašyta.",
    },
    "contacts.email": {"en": "E-mail address.", "lt": "El. pašto adresas."},
    "contacts.phone": {"en": "Phone number as written.", "lt": "Telefono numeris, kaip parašytas."},
}

# --- Category values ------------------------------------------------------------------------------
# Keyed by the column that holds them; every value of every enumerated schema column is here
# (tests/test_brief.py checks it against cwlib.schema).
CATEGORIES: dict[str, dict[str, dict[str, str]]] = {
    "scope": {
        "project": {"en": "project", "lt": "projektas"},
        "partner": {"en": "partner", "lt": "partneris"},
    },
    "item": {
        "total": {"en": "total", "lt": "iš viso"},
        "eu": {"en": "EU", "lt": "ES lėšos"},
        "national": {"en": "national", "lt": "valstybės biudžetas"},
        "own": {"en": "own contribution", "lt": "nuosavas įnašas"},
        "eu_national": {"en": "EU + national", "lt": "ES ir valstybės lėšos"},
        "other": {"en": "other", "lt": "kita"},
    },
    "currency": {
        "EUR": {"en": "EUR", "lt": "EUR"},
        "LTL": {"en": "LTL", "lt": "LTL"},
    },
    "eur_basis": {
        "stated": {"en": "stated", "lt": "nurodyta"},
        "converted": {"en": "converted from litas", "lt": "perskaičiuota iš litų"},
    },
    "share_basis": {
        "stated": {"en": "stated", "lt": "nurodyta"},
        "computed": {"en": "computed", "lt": "apskaičiuota"},
    },
    "role": {
        "lead": {"en": "lead partner", "lt": "vadovaujantis partneris"},
        "partner": {"en": "partner", "lt": "partneris"},
        "applicant": {"en": "applicant", "lt": "pareiškėjas"},
    },
    "org_type": {
        "municipality": {"en": "municipality", "lt": "savivaldybė"},
        "region": {"en": "region", "lt": "regionas"},
        "university": {"en": "university", "lt": "universitetas"},
        "school": {"en": "school", "lt": "mokykla"},
        "agency": {"en": "agency", "lt": "agentūra"},
        "association": {"en": "association", "lt": "asociacija"},
        "cultural": {"en": "cultural organisation", "lt": "kultūros įstaiga"},
        "company": {"en": "company", "lt": "įmonė"},
        "other": {"en": "other", "lt": "kita"},
    },
    "geo_precision": {
        "city": {"en": "city", "lt": "miestas"},
        "region": {"en": "region", "lt": "regionas"},
        "country": {"en": "country", "lt": "šalis"},
    },
    "event": {
        "approved": {"en": "approved", "lt": "patvirtintas"},
        "start": {"en": "start", "lt": "pradžia"},
        "end": {"en": "end", "lt": "pabaiga"},
        "completed": {"en": "completed", "lt": "įgyvendintas"},
        "presented": {"en": "presented", "lt": "pristatytas"},
        "signed": {"en": "signed", "lt": "pasirašytas"},
        "other": {"en": "other", "lt": "kita"},
    },
    "precision": {
        "day": {"en": "day", "lt": "diena"},
        "month": {"en": "month", "lt": "mėnuo"},
        "year": {"en": "year", "lt": "metai"},
        "part_of_year": {
            "en": "quarter, half-year or season",
            "lt": "ketvirtis, pusmetis ar sezonas",
        },
        "no_year": {"en": "no year", "lt": "be metų"},
    },
    "qualifier": {
        "exact": {"en": "exact", "lt": "tiksliai"},
        "at_least": {"en": "at least", "lt": "ne mažiau kaip"},
        "about": {"en": "about", "lt": "apie"},
        "at_most": {"en": "at most", "lt": "ne daugiau kaip"},
    },
    "repair": {
        "space-beside-decimal-comma": {
            "en": "space beside decimal comma",
            "lt": "tarpas prie dešimtainio kablelio",
        },
        "misplaced-space": {"en": "misplaced space", "lt": "tarpas ne vietoje"},
        "letter-for-digit": {"en": "letter for digit", "lt": "raidė vietoj skaitmens"},
        "line-break": {"en": "line break", "lt": "eilutės lūžis skaičiaus viduje"},
        "compound-parts-disagree": {
            "en": "compound parts disagree",
            "lt": "sudėtinio skaičiaus dalys nesiderina",
        },
        "words-disagree": {
            "en": "figure and words disagree",
            "lt": "skaičius ir žodžiai nesutampa",
        },
    },
    "severity": {
        "error": {"en": "error", "lt": "klaida"},
        "warning": {"en": "warning", "lt": "įspėjimas"},
        "info": {"en": "info", "lt": "pastaba"},
    },
    "period": {
        "2007-2013": {"en": "2007–2013", "lt": "2007–2013"},
        "2014-2020": {"en": "2014–2020", "lt": "2014–2020"},
        "2021-2027": {"en": "2021–2027", "lt": "2021–2027"},
    },
    "period_basis": {
        "stated": {"en": "stated", "lt": "nurodytas"},
        "from_dates": {"en": "from dates", "lt": "pagal datas"},
        "from_programme": {"en": "from programme", "lt": "pagal programą"},
    },
    "programme_basis": {
        "stated": {"en": "stated", "lt": "nurodyta"},
        "code": {"en": "from a code", "lt": "pagal kodą"},
        "inferred": {"en": "inferred", "lt": "numanoma"},
    },
}


# --- Findings ---------------------------------------------------------------------------------
# The audit's checks, by the code it writes into findings.csv: a name for the Check column and
# the message, as a template whose fields ``cwlib.export.messages`` reads back from the stored
# (English) message and fills in formatted for the brief's language. ``{who}`` is whose sum it
# is in the nominative, ``{who_gen}`` in the genitive (Lithuanian needs both).
CHECKS: dict[str, dict[str, dict[str, str]]] = {
    "scale_word": {
        "name": {"en": "scale word on a full figure", "lt": "mastelio žodis prie pilno skaičiaus"},
        "message": {
            "en": (
                "'{scale_word}' after {number_text}, a figure already written out in full, "
                "would make it {scaled}; the figure is kept as written ({amount})."
            ),
            "lt": (
                "Žodis „{scale_word}“ po skaičiaus „{number_text}“, kuris jau parašytas visas, jį "
                "paverstų {scaled}; skaičius paliktas toks, koks parašytas ({amount})."
            ),
        },
    },
    "currency_conversion": {
        "name": {"en": "litas and euro disagree", "lt": "litai ir eurai nesutampa"},
        "message": {
            "en": (
                "{amount} is {converted} at the official rate {rate}, but the text states "
                "{stated} ({difference})."
            ),
            "lt": (
                "{amount} oficialiu kursu {rate} yra {converted}, bet tekste nurodyta {stated} "
                "({difference})."
            ),
        },
    },
    "litas_converted": {
        "name": {"en": "converted from litas", "lt": "perskaičiuota iš litų"},
        "message": {
            "en": (
                "{amount} converted to {converted} at the official rate {rate}; the text gives "
                "no euro figure."
            ),
            "lt": (
                "{amount} perskaičiuota į {converted} oficialiu kursu {rate}; suma eurais "
                "tekste nenurodyta."
            ),
        },
    },
    "share_mismatch": {
        "name": {"en": "share against its sums", "lt": "dalis nesutampa su sumomis"},
        "message": {
            "en": (
                "Stated share {share} of {who_gen}, but {amount} of {total} is {computed} "
                "({difference})."
            ),
            "lt": (
                "Nurodyta {who_gen} dalis – {share}, bet {amount} iš {total} sudaro {computed} "
                "({difference})."
            ),
        },
    },
    "parts_exceed_total": {
        "name": {"en": "parts above the total", "lt": "dalys viršija bendrą sumą"},
        "message": {
            "en": (
                "The parts of {who_gen} add up to {parts}, {difference} more than its total "
                "{total}."
            ),
            "lt": (
                "Sudėjus {who_gen} dalis, gaunama {parts}, t. y. {difference} daugiau nei "
                "bendra suma {total}."
            ),
        },
    },
    "parts_sum_mismatch": {
        "name": {"en": "parts short of the total", "lt": "dalys nesudaro bendros sumos"},
        "message": {
            "en": (
                "The parts of {who_gen} stated ({items}) add up to {parts}, {difference} less "
                "than its total {total}: a part is missing or misstated."
            ),
            "lt": (
                "Sudėjus nurodytas {who_gen} dalis ({items}), gaunama {parts}, t. y. "
                "{difference} mažiau nei bendra suma {total}: kurios nors dalies trūksta arba "
                "ji nurodyta klaidingai."
            ),
        },
    },
    "partner_exceeds_project": {
        "name": {
            "en": "partner's budget above the project's",
            "lt": "partnerio biudžetas viršija projekto",
        },
        "message": {
            "en": "{who} ({partner_total}) exceeds the whole project's ({project_total}) by {difference}.",
            "lt": (
                "{who} ({partner_total}) yra {difference} didesnis nei viso projekto biudžetas "
                "({project_total})."
            ),
        },
    },
    "share_above_cap": {
        "name": {
            "en": "EU share above the programme's cap",
            "lt": "ES dalis viršija programos normą",
        },
        "message": {
            "en": (
                "An EU share of {share} ({basis}) is above the highest co-financing rate of "
                "{programme} {period} ({cap}, data/reference/cofinancing_caps.csv) by "
                "{difference}."
            ),
            "lt": (
                "ES dalis {share} ({basis}) viršija didžiausią programos {programme} {period} "
                "bendrojo finansavimo normą ({cap}, data/reference/cofinancing_caps.csv); "
                "skirtumas {difference}."
            ),
        },
    },
    "end_before_start": {
        "name": {"en": "end before start", "lt": "pabaiga anksčiau nei pradžia"},
        "message": {
            "en": "The end ({end}) is before the start ({start}).",
            "lt": "Pabaiga ({end}) yra anksčiau nei pradžia ({start}).",
        },
    },
    "duration_mismatch": {
        "name": {"en": "duration against the dates", "lt": "trukmė nesutampa su datomis"},
        "message": {
            "en": (
                "The stated duration is {months}, but {start} to {end} is {computed} "
                "({difference})."
            ),
            "lt": (
                "Nurodyta trukmė – {months}, bet nuo {start} iki {end} yra {computed} "
                "({difference})."
            ),
        },
    },
    "date_without_year": {
        "name": {"en": "date without a year", "lt": "data be metų"},
        "message": {
            "en": "The {event} date {date} is stated without a year; no year is assumed.",
            "lt": "Įvykio „{event}“ data {date} nurodyta be metų; metai nespėjami.",
        },
    },
    "malformed_figure": {
        "name": {"en": "malformed figure read whole", "lt": "netaisyklingas skaičius"},
        "message": {
            "en": "'{figure}' is not a well-formed figure ({repair}); it is read whole as {amount}.",
            "lt": (
                "Skaičius „{figure}“ parašytas netaisyklingai ({repair}); jis perskaitytas "
                "visas: {amount}."
            ),
        },
    },
    "call_for_proposals": {
        "name": {"en": "a call, not a project", "lt": "kvietimas, ne projektas"},
        "message": {
            "en": (
                "The text reads as a call for proposals (labels {labels}): its sums are the "
                "call's funds, not a project's budget."
            ),
            "lt": (
                "Tekstas atrodo kaip kvietimas teikti paraiškas (žymės {labels}): jo sumos yra "
                "kvietimo lėšos, o ne projekto biudžetas."
            ),
        },
    },
    "call_news": {
        "name": {
            "en": "a programme's call, not a project",
            "lt": "programos kvietimas, ne projektas",
        },
        "message": {
            "en": (
                "The text's headline is a programme's news of its call ({headline}): its sums "
                "and dates are the call's or the programme's, not a project's, and none is read."
            ),
            "lt": (
                "Teksto antraštė – programos naujiena apie jos kvietimą ({headline}): jo sumos ir "
                "datos yra kvietimo ar programos, o ne projekto, todėl neskaitomos."
            ),
        },
    },
    "programme_news": {
        "name": {
            "en": "a programme's consultation, maybe not a project",
            "lt": "programos konsultacija, galbūt ne projektas",
        },
        "message": {
            "en": (
                "The text's headline is a programme's public consultation or survey ({headline}): "
                "the page is the programme's news, so its facts may be the programme's, not one "
                "project's."
            ),
            "lt": (
                "Teksto antraštė – programos viešoji konsultacija ar apklausa ({headline}): "
                "puslapis yra programos naujiena, todėl jo faktai gali būti programos, o ne "
                "vieno projekto."
            ),
        },
    },
    "several_projects": {
        "name": {"en": "several projects on one page", "lt": "keli projektai viename puslapyje"},
        "message": {
            "en": (
                "The text lists several projects under their own names ({names}) with different "
                "sums; its facts are read as one project's, so its sums are no one project's "
                "budget."
            ),
            "lt": (
                "Tekste išvardyti keli projektai su savo pavadinimais ({names}) ir skirtingomis "
                "sumomis; jo duomenys skaitomi kaip vieno projekto, todėl jo sumos nėra "
                "vieno projekto biudžetas."
            ),
        },
    },
    "unreadable_figure": {
        "name": {"en": "malformed figure not read", "lt": "neperskaitytas skaičius"},
        "message": {
            "en": (
                "'{figure}' is not a well-formed figure ({repair}) and has no single reading; "
                "it is not read as a sum."
            ),
            "lt": (
                "Skaičius „{figure}“ parašytas netaisyklingai ({repair}) ir gali reikšti ne "
                "vieną sumą; jis nelaikomas suma."
            ),
        },
    },
}

# Whose sum a finding is about, in the nominative and the genitive.
WHO: dict[str, dict[str, str]] = {
    "project": {"en": "the project total", "lt": "viso projekto biudžetas"},
    "project_gen": {"en": "the project total", "lt": "viso projekto biudžeto"},
    "partner": {"en": "{party}'s budget", "lt": "Partnerio „{party}“ biudžetas"},
    "partner_gen": {"en": "{party}'s budget", "lt": "partnerio „{party}“ biudžeto"},
}

UNTRANSLATED = {
    "en": "{message}",
    "lt": "{message} (pranešimas anglų kalba: šios patikros vertimo dar nėra)",
}
"""A message whose check or wording the translation table does not know, shown as stored."""

# Units, with a form for each CLDR plural category the language uses (babel picks it).
PLURALS: dict[str, dict[str, dict[str, str]]] = {
    "unit.months": {
        "en": {"one": "{n} month", "other": "{n} months"},
        "lt": {"one": "{n} mėn.", "few": "{n} mėn.", "many": "{n} mėn.", "other": "{n} mėn."},
    },
    "chart.bars": {
        "en": {"one": "{n} bar", "other": "{n} bars"},
        "lt": {
            "one": "{n} stulpelis",
            "few": "{n} stulpeliai",
            "many": "{n} stulpelio",
            "other": "{n} stulpelių",
        },
    },
    "chart.other_projects": {
        "en": {"one": "{n} other project", "other": "{n} other projects"},
        "lt": {
            "one": "{n} kitas projektas",
            "few": "{n} kiti projektai",
            "many": "{n} kito projekto",
            "other": "{n} kitų projektų",
        },
    },
}

UNITS: dict[str, dict[str, str]] = {
    "points": {"en": "{n} pp", "lt": "{n} proc. p."},
}
"""Units without plural forms: percentage points."""

DIFFERENCE_FORMATS: dict[str, dict[str, str]] = {
    "EUR": {"en": '"€"', "lt": '"€"'},
    "LTL": {"en": '"Lt"', "lt": '"Lt"'},
    "points": {"en": '"pp"', "lt": '"proc. p."'},
    "months": {"en": '"months"', "lt": '"mėn."'},
}
"""The unit written after a Findings difference by its cell's number format."""


_Entry = TypeVar("_Entry")
"""A translation: a text, or a text for each plural category."""


def _pick(entry: Mapping[str, _Entry], lang: str, key: str) -> _Entry:
    check_lang(lang)
    try:
        return entry[lang]
    except KeyError:
        raise KeyError(f"no {lang!r} translation for {key!r}") from None


_FALLBACK_TABLES = {"overview": ("projects",), "details": ("overview", "projects")}
"""The overview and details sheets repeat projects.csv columns and share computed ones."""


def _lookup(
    entries: Mapping[str, dict[str, str]], table: str, column: str
) -> dict[str, str] | None:
    keys = [f"{table}.{column}"]
    keys += [f"{other}.{column}" for other in _FALLBACK_TABLES.get(table, ())]
    keys.append(column)
    for key in keys:
        if key in entries:
            return entries[key]
    return None


def label(key: str, lang: str) -> str:
    """A fixed label or text (sheet names, About texts, chart titles) in ``lang``."""
    return _pick(LABELS[key], lang, key)


def sheet_name(sheet: str, lang: str) -> str:
    """The name of one of the brief's sheets (``overview``, ``budgets``, ...) in ``lang``."""
    return label(f"sheet.{sheet}", lang)


def header(table: str, column: str, lang: str) -> str:
    """The header of ``column`` on ``table``'s sheet: a table-specific label, else the shared one.

    Raises ``KeyError`` for a column with no label, so a new schema column cannot reach a brief
    with its raw name by accident.
    """
    entry = _lookup(HEADERS, table, column)
    if entry is None:
        raise KeyError(f"no header label for {table}.{column}")
    return _pick(entry, lang, f"{table}.{column}")


def description(table: str, column: str, lang: str) -> str:
    """What a column means, for the About sheet's glossary, with numbers in ``lang``.

    Raises ``KeyError`` for a column with no description, like :func:`header`.
    """
    entry = _lookup(DESCRIPTIONS, table, column)
    if entry is None:
        raise KeyError(f"no description for {table}.{column}")
    return _pick(entry, lang, f"{table}.{column}").format(rate=_rate(lang))


@cache
def _rate(lang: str) -> str:
    """The litas rate as ``lang`` writes it (asked for by every description and caveat)."""
    from cwlib.analyse.formats import format_number

    return format_number(LTL_PER_EUR, lang, decimals=4)


def plural(key: str, n: int, lang: str) -> str:
    """A counted phrase in the form ``lang`` uses for ``n`` (``3 kiti projektai``).

    The plural category (one, few, many, other) comes from CLDR's rules through Babel; the
    number is written by the shared formatter.
    """
    from cwlib.analyse.formats import format_number, plural_form

    forms = _pick(PLURALS[key], lang, key)
    form = plural_form(n, lang)
    return forms.get(form, forms["other"]).format(n=format_number(n, lang))


def unit(key: str, number: str, lang: str) -> str:
    """A number already written for ``lang`` with its unit (``+0,57 proc. p.``)."""
    return _pick(UNITS[key], lang, key).format(n=number)


def check_name(check: str, lang: str) -> str:
    """The name of an audit check for the Check column; an unknown code is shown as it is."""
    entry = CHECKS.get(check)
    return _pick(entry["name"], lang, check) if entry else check


def message_template(check: str, lang: str) -> str | None:
    """The message template of an audit check in ``lang``, or ``None`` for an unknown check."""
    entry = CHECKS.get(check)
    return _pick(entry["message"], lang, check) if entry else None


def category(column: str, value: object, lang: str) -> object:
    """The label of an enumerated value (``item``/``eu`` → ``ES lėšos``).

    A value the table does not know is returned unchanged rather than dropped: a new category
    from the extractor should show up as itself, not vanish from the brief.
    """
    values = CATEGORIES.get(column)
    if values is None or not isinstance(value, str) or value not in values:
        return value
    return _pick(values[value], lang, f"{column}={value}")


def caveat(key: str, lang: str, **fields: object) -> str:
    """One caveat text with its ``{placeholders}`` filled in (``{rate}`` in ``lang``)."""
    return _pick(CAVEATS[key], lang, f"caveat.{key}").format(rate=_rate(lang), **fields)
