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
    "about.built": {"en": "Built", "lt": "Sukurta"},
    "about.version": {"en": "cwlib version", "lt": "cwlib versija"},
    "about.rate": {"en": "Litas rate used", "lt": "Naudotas lito kursas"},
    "about.rate_text": {
        "en": "LTL per 1 EUR: the official irrevocable rate (Council Regulation (EU) No 851/2014)",
        "lt": "LTL už 1 EUR: oficialus neatšaukiamas kursas (Tarybos reglamentas (ES) Nr. 851/2014)",
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
    "about.inputs": {"en": "Input files", "lt": "Įvesties failai"},
    "about.source_texts": {"en": "Source texts", "lt": "Šaltinių tekstai"},
    "about.file": {"en": "File", "lt": "Failas"},
    "about.sha256": {"en": "SHA-256", "lt": "SHA-256"},
    "about.bytes": {"en": "Bytes", "lt": "Baitai"},
    "about.not_found": {"en": "(file not found)", "lt": "(failas nerastas)"},
    "about.in_memory": {
        "en": "(tables passed in memory; no files to hash)",
        "lt": "(lentelės perduotos atmintyje; failų nėra)",
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
    "chart.note": {
        "en": (
            "The charts read their numbers from the overview sheet: edit a number there and "
            "the chart follows. Empty cells (a sum the texts do not state) are left out."
        ),
        "lt": (
            "Diagramos skaičius ima iš apžvalgos lapo: pakeitus skaičių ten, pasikeičia ir "
            "diagrama. Tušti langeliai (tekstuose nenurodytos sumos) nerodomi."
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
    "charts": {
        "en": "charts drawn from the overview sheet's cells",
        "lt": "diagramos, nubraižytos iš apžvalgos lapo langelių",
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
    "messages": {
        "en": "Quotes are in the language of the source texts (usually Lithuanian).",
        "lt": (
            "Citatos pateikiamos šaltinių kalba (dažniausiai lietuvių); patikros pranešimai – "
            "anglų kalba."
        ),
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

# Lithuanian column descriptions for the About sheet's glossary. The English ones are the
# schema's descriptions themselves (cwlib.schema), so they are not repeated here; the overview's
# computed columns are not in the schema and are described in both languages.
DESCRIPTIONS: dict[str, dict[str, str]] = {
    "overview.total_eur": {
        "en": "The project's total budget in euro as a text states it (project scope, item total).",
        "lt": "Viso projekto biudžetas eurais, kaip jį nurodo tekstas (projekto lygmuo, iš viso).",
    },
    "overview.eu_eur": {
        "en": "EU funds for the whole project in euro (project scope, item EU).",
        "lt": "Viso projekto ES lėšos eurais (projekto lygmuo, ES lėšos).",
    },
    "overview.eu_share_pct": {
        "en": "EU funds as a share of the project total: as stated, else computed.",
        "lt": "ES lėšų dalis nuo viso projekto biudžeto: nurodyta, kitaip apskaičiuota.",
    },
    "overview.eu_national_eur": {
        "en": "EU funds and state budget given as one sum (not split), in euro.",
        "lt": "ES lėšos ir valstybės biudžetas, nurodyti viena suma (neskaidoma), eurais.",
    },
    "overview.eu_national_share_pct": {
        "en": "That joint sum as a share of the project total.",
        "lt": "Ta bendra suma kaip viso projekto biudžeto dalis.",
    },
    "overview.eur_basis": {
        "en": "Whether the total's euro figure is stated or converted from litas.",
        "lt": "Ar bendros sumos eurais nurodytos tekste, ar perskaičiuotos iš litų.",
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
        "en": "Stable identifier of the project: an ASCII slug of its short title.",
        "lt": "Pastovus projekto identifikatorius: trumpo pavadinimo ASCII forma.",
    },
    "source": {
        "en": "File name in data/raw of the text that states the value.",
        "lt": "Teksto, kuriame nurodyta reikšmė, failo pavadinimas kataloge data/raw.",
    },
    "quote": {
        "en": "Exact substring of the source text that states the value (provenance).",
        "lt": "Tiksli šaltinio teksto ištrauka, kurioje nurodyta reikšmė (kilmė).",
    },
    "projects.title": {"lt": "Pavadinimas teksto kalba (dažniausiai lietuvių)."},
    "projects.programme": {"lt": "Finansavimo programa, suvienodintu pavadinimu."},
    "projects.period": {
        "lt": (
            "ES programavimo laikotarpis: nurodytas tekste, kitaip pagal ankstyviausią projekto "
            "datą, kitaip pagal programos pavadinimą."
        )
    },
    "projects.start_date": {
        "lt": "Projekto pradžia tokiu tikslumu, kokiu ją nurodo tekstas (ISO 8601)."
    },
    "projects.end_date": {"lt": "Projekto pabaiga tokiu tikslumu, kokiu ją nurodo tekstas."},
    "projects.duration_months": {
        "lt": "Trukmė, kaip nurodyta, kitaip apskaičiuota iš pilnų pradžios ir pabaigos datų."
    },
    "projects.sources": {"lt": "Visų tekstų apie projektą failų pavadinimai."},
    "project_facts.field": {"lt": "Apžvalgos stulpelis, kurį reikšmė užpildo."},
    "project_facts.value": {"lt": "Reikšmė, kaip ji įrašyta į lentelę."},
    "budgets.scope": {
        "lt": "projektas: viso projekto biudžetas; partneris: vieno partnerio jo dalis."
    },
    "budgets.party": {"lt": "Partnerio lygmens sumai – partneris, kurio tai biudžetas."},
    "budgets.item": {
        "lt": (
            "iš viso; ES lėšos; valstybės biudžetas; nuosavas įnašas (partnerio ar savivaldybės); "
            "ES ir valstybės lėšos (viena suma); kita."
        )
    },
    "budgets.amount": {"lt": "Suma, kaip nurodyta, nurodyta valiuta."},
    "budgets.currency": {"lt": "Sumos valiuta: EUR arba LTL (litai)."},
    "budgets.amount_eur": {
        "lt": (
            "Suma eurais: kaip nurodyta; litams – greta nurodyta suma eurais, kitaip suma / "
            f"{LTL_PER_EUR} (oficialus kursas)."
        )
    },
    "budgets.eur_basis": {"lt": "Kaip gauta suma eurais: nurodyta ar perskaičiuota iš litų."},
    "budgets.share_pct": {
        "lt": (
            "Kokią bendros sumos dalį sudaro ši suma: kaip nurodyta, kitaip apskaičiuota, jei "
            "žinoma to paties lygmens bendra suma."
        )
    },
    "budgets.share_basis": {"lt": "Kaip gauta dalis: nurodyta ar apskaičiuota."},
    "partners.name": {"lt": "Pavadinimas, kaip jį pateikia tekstas."},
    "partners.role": {"lt": "vadovaujantis partneris, partneris ar pareiškėjas."},
    "partners.org_type": {"lt": "Organizacijos rūšis, nustatyta pagal pavadinimą."},
    "partners.city": {"lt": "Miestas, vietovardžių žinyno (anglišku) pavadinimu."},
    "partners.country": {"lt": "Šalies kodas pagal ISO 3166-1 alpha-2."},
    "partners.lat": {"lt": "Miesto arba šalies centro platuma (WGS84)."},
    "partners.lon": {"lt": "Ilguma (WGS84), kaip ir platuma."},
    "partners.geo_precision": {
        "lt": (
            "miestas: koordinatės miesto; regionas: partneris yra regionas, koordinatės – jo "
            "centras; šalis: žinoma tik šalis, koordinatės – jos centras."
        )
    },
    "events.event": {"lt": "Kas įvyko tą dieną."},
    "events.date": {
        "lt": (
            "Data tokiu tikslumu, kokiu ją nurodo tekstas: MMMM-MM-DD, MMMM-MM, MMMM arba --MM-DD "
            "(diena ir mėnuo be metų)."
        )
    },
    "events.precision": {"lt": "Kaip tiksliai tekstas nurodo datą."},
    "events.earliest": {"lt": "Pirmoji diena, kurią gali reikšti data (tuščia, jei nėra metų)."},
    "events.latest": {"lt": "Paskutinė diena, kurią gali reikšti data (tuščia, jei nėra metų)."},
    "results.count": {"lt": "Kiek."},
    "results.indicator": {"lt": "Kas skaičiuojama, tekste vartojamais žodžiais."},
    "results.qualifier": {"lt": "tiksliai; ne mažiau kaip (bent); apie (apytiksliai)."},
    "findings.check": {"lt": "Patikros, kuri rado problemą, pavadinimas."},
    "findings.severity": {
        "lt": "klaida: tekstas prieštarauja pats sau; įspėjimas: abejotina; pastaba: išlyga."
    },
    "findings.message": {"lt": "Kas negerai ir kiek (anglų kalba)."},
    "findings.difference": {"lt": "Neatitikimo dydis, jei tai skaičius."},
    "contacts.name": {"lt": "Asmens vardas ir pavardė, kaip parašyta."},
    "contacts.position": {"lt": "Pareigos ar vaidmuo, kaip parašyta."},
    "contacts.email": {"lt": "El. pašto adresas."},
    "contacts.phone": {"lt": "Telefono numeris, kaip parašytas."},
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
        "no_year": {"en": "no year", "lt": "be metų"},
    },
    "qualifier": {
        "exact": {"en": "exact", "lt": "tiksliai"},
        "at_least": {"en": "at least", "lt": "ne mažiau kaip"},
        "about": {"en": "about", "lt": "apie"},
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


def _pick(entry: Mapping[str, str], lang: str, key: str) -> str:
    check_lang(lang)
    try:
        return entry[lang]
    except KeyError:
        raise KeyError(f"no {lang!r} translation for {key!r}") from None


_FALLBACK_TABLES = {"overview": "projects"}
"""The overview repeats projects.csv columns; their labels are the projects' ones."""


def _lookup(
    entries: Mapping[str, dict[str, str]], table: str, column: str
) -> dict[str, str] | None:
    keys = [f"{table}.{column}"]
    if table in _FALLBACK_TABLES:
        keys.append(f"{_FALLBACK_TABLES[table]}.{column}")
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


def description(table: str, column: str, lang: str, default: str | None = None) -> str | None:
    """What a column means, for the About sheet's glossary.

    English falls back to ``default`` (the schema's own description); Lithuanian comes from
    :data:`DESCRIPTIONS` only, and is ``None`` when missing (tests require none to be missing).
    """
    entry = _lookup(DESCRIPTIONS, table, column)
    if entry and lang in entry:
        return entry[lang]
    return default if lang == "en" else None


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
    """One caveat text with its ``{placeholders}`` filled in."""
    return _pick(CAVEATS[key], lang, f"caveat.{key}").format(**fields)
