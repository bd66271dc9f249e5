"""Contacts: a sentence → its contact rows (name, e-mail, phone). Personal data, kept apart."""

from __future__ import annotations

import pytest
from casetable import case, doc

from cwlib.parse.contacts import extract_contacts

N = None

CASES = [
    case(
        "position-name-phone-email",
        "Projekto vadovė Rūta Jonaitienė, tel. +370 5 211 2000, el. p. ruta.jonaitiene@rietavas.lt",
        [("Rūta Jonaitienė", "ruta.jonaitiene@rietavas.lt", "+370 5 211 2000")],
    ),
    case(
        "contact-person-label",
        "Kontaktinis asmuo: Jonas Petraitis, jonas.petraitis@example.lt",
        [("Jonas Petraitis", "jonas.petraitis@example.lt", N)],
    ),
    case("email-alone", "Daugiau informacijos: info@kultura.lt", [(N, "info@kultura.lt", N)]),
    case(
        "phone-with-area-code-in-brackets",
        "Tel. 8 (46) 31 00 00",
        [(N, N, "8 (46) 31 00 00")],
    ),
    case(
        "two-digit-country-code",
        "Project manager: Anna Berg, anna.berg@umea.se, +46 90 161000",
        [("Anna Berg", "anna.berg@umea.se", "+46 90 161000")],
    ),
    case(
        "position-before-name",
        "Direktorius Petras Kazlauskas kuruoja projektą.",
        [("Petras Kazlauskas", N, N)],
    ),
    case("money-is-no-phone", "Projekto vertė – 48 000 Eur.", []),
    case(
        "phone-and-email-labels",
        "Telefonas: 8 686 12345; el. paštas: centras@example.lt",
        [(N, "centras@example.lt", "8 686 12345")],
    ),
    case(
        "two-persons",
        "Savivaldybės meras Antanas Vaitkus ir vedėja Asta Žukienė kuruoja projektą.",
        [("Antanas Vaitkus", N, N), ("Asta Žukienė", N, N)],
    ),
    # issue 9, class 10: a speaker or a guest in a news text is no contact of the project
    case(
        "guests-at-an-event-are-no-contacts",
        "Savivaldybės meras Antanas Vaitkus ir vedėja Asta Žukienė dalyvavo renginyje.",
        [],
    ),
    case(
        "a-quoted-mayor-is-no-contact",
        "„Parkas taps miesto traukos centru“, – sakė rajono meras Jonas Petraitis.",
        [],
    ),
    case(
        "according-to-the-director",
        "Pasak muziejaus direktorės Ritos Vaitkienės, lankytojų padaugėjo.",
        [],
    ),
    case(
        "english-speaker",
        "The new hall is a gift to our youth, said the Mayor Inese Kalnina.",
        [],
    ),
    # round 14: "minėjo" (mentioned), an official quoted in a municipality's news
    case(
        "an-official-who-mentioned-is-no-contact",
        "„Darbai baigti laiku“, – minėjo administracijos direktoriaus pavaduotojas Tomas Petraitis.",
        [],
    ),
    case(
        "as-the-specialist-mentioned",
        "Kaip minėjo skyriaus specialistė Rūta Jankauskienė, renginių bus daug.",
        [],
    ),
    case(
        "a-project-manager-who-mentioned-stays-a-contact",
        "Projekto vadovė Asta Rimkienė minėjo, kad mokymai vyks vasarą.",
        [("Asta Rimkienė", N, N)],
    ),
    case(
        "one-who-mentioned-with-an-email-stays-a-contact",
        "Kaip minėjo vedėja Rūta Jankauskienė (ruta@example.lt), darbai vyks vasarą.",
        [("Rūta Jankauskienė", "ruta@example.lt", N)],
    ),
    case(
        "project-manager-speaking-stays-a-contact",
        "Projekto vadovė Asta Rimkienė pasakojo apie mokymus.",
        [("Asta Rimkienė", N, N)],
    ),
    case(
        "a-speaker-with-a-phone-stays-a-contact",
        "Daugiau pasakojo skyriaus vedėja Rūta Jankauskienė, tel. 8 612 34567.",
        [("Rūta Jankauskienė", N, "8 612 34567")],
    ),
    case("address-is-no-contact", "Adresas: Vilniaus g. 5, LT-01100 Vilnius.", []),
    case(
        "email-in-brackets",
        "Projekto koordinatorius – Tomas Lukšys (tomas.luksys@example.lt).",
        [("Tomas Lukšys", "tomas.luksys@example.lt", N)],
    ),
    case(
        "english-position-of-a-place",
        "Mayor of Umeå Hans Lindberg signed the partnership agreement.",
        [("Hans Lindberg", N, N)],
    ),
    case(
        "english-position-of-a-place-opening-is-a-guest",
        "Mayor of Umeå Hans Lindberg opened the exhibition.",
        [],
    ),
    case(
        "english-position-of-an-organisation",
        "Director of Kaunas City Municipality, tel. +370 37 424 242",
        [(N, N, "+370 37 424 242")],
    ),
    case("codes-and-dates-are-no-phones", "Nr. 07.1.1-CPVA-V-906, sutartis 2017-05-02.", []),
    case(
        "specialist-with-phone",
        "Specialistė Eglė Stonienė, tel. 8 440 55555.",
        [("Eglė Stonienė", N, "8 440 55555")],
    ),
    case(
        "contacts-label",
        "Kontaktai: projektai@kaunas.lt, +370 37 424 242",
        [(N, "projektai@kaunas.lt", "+370 37 424 242")],
    ),
    case("email-after-label", "El. paštas info@muziejus.lt", [(N, "info@muziejus.lt", N)]),
    case(
        "double-surname",
        "Koordinatorė Ieva Kairytė-Bražė koordinuoja veiklas.",
        [("Ieva Kairytė-Bražė", N, N)],
    ),
    case(
        "word-between-position-and-name",
        "Atstovas spaudai – Mindaugas Gudelis.",
        [("Mindaugas Gudelis", N, N)],
    ),
    case(
        "deputy-for-education",
        "Projekte dalyvaus direktoriaus pavaduotoja ugdymui Ona Onaitienė, tel. 8 612 34567",
        [("Ona Onaitienė", N, "8 612 34567")],
    ),
    case(
        "press-officer-of-an-organisation",
        "Atstovas spaudai – Kauno Kolegija, tel. 8 612 34567",
        [(N, N, "8 612 34567")],
    ),
    case(
        "email-or-phone",
        "Visi klausimai: kultura@example.lt arba tel. 8 5 219 4411.",
        [(N, "kultura@example.lt", "8 5 219 4411")],
    ),
    case("manager-dash", "Projekto vadovas – Kęstutis Rimkus.", [("Kęstutis Rimkus", N, N)]),
    case(
        "english-contact-person-is",
        "The contact person is Maria Nowak.",
        [("Maria Nowak", N, N)],
    ),
    case(
        "chair",
        "Pirmininkė Laima Petrauskienė parengė kvietimą.",
        [("Laima Petrauskienė", N, N)],
    ),
    case(
        "chair-opening-a-conference-is-no-contact",
        "Pirmininkė Laima Petrauskienė atidarė konferenciją.",
        [],
    ),
    case("phone-without-spaces", "Skambinkite +37061234567.", [(N, N, "+37061234567")]),
    case(
        "elder",
        "Seniūnas Vytautas Jankauskas kuruoja projektą.",
        [("Vytautas Jankauskas", N, N)],
    ),
    case(
        "projects-manager",
        "Projektų vadovė Aistė Gedvilė, tel. +370 612 34567.",
        [("Aistė Gedvilė", N, "+370 612 34567")],
    ),
    case(
        "academic-title",
        "Direktorė: dr. Jurgita Mačiulienė",
        [("Jurgita Mačiulienė", N, N)],
    ),
    case("label-alone", "Kontaktai:", []),
    case("write-to", "Rašykite el. paštu info@ekspo.lt.", [(N, "info@ekspo.lt", N)]),
    case(
        "phone-beside-a-sum",
        "Projekto vertė 1 200 000 Eur, telefonas 8 5 123 4567.",
        [(N, N, "8 5 123 4567")],
    ),
    case("head-of-unit", "Vedėjas Ričardas Baltrušaitis.", [("Ričardas Baltrušaitis", N, N)]),
    case(
        "english-coordinator",
        "Coordinator Lars Nielsen, lars@kolding.dk",
        [("Lars Nielsen", "lars@kolding.dk", N)],
    ),
    # a code of digit groups joined by hyphens is a measure or project number, not a phone
    case(
        "measure-code-is-no-phone",
        "Lėšos skirtos pagal priemonę Nr. 10-001-04-06-03 „Viešųjų erdvių sutvarkymas“.",
        [],
    ),
    case("project-number-is-no-phone", "Projekto Nr.: 05-001-01-05-07-0017", []),
    case(
        "phone-after-a-code-still-read",
        "Projekto Nr. 05-001-01-05-07-0017, tel. 8 620 12345",
        [(N, N, "8 620 12345")],
    ),
    # an organisation whose first words look like a name, followed by its name in quotes
    case(
        "coordinator-abroad-in-quotes",
        "Projekto koordinatorius – Liceo Scientifico „Galileo Galilei“ iš Pizos (Italija).",
        [],
    ),
    # the present tense of a speech is a speech too; a project role keeps its person
    case(
        "a-chairwoman-who-says-is-no-contact",
        "„Kiemas pagaliau atgijo“, – sako bendruomenės pirmininkė Ona Kairienė.",
        [],
    ),
    case(
        "the-project-manager-who-says-stays",
        "„Darbai baigti laiku“, – sako projekto vadovė Ona Kairienė.",
        [("Ona Kairienė", N, N)],
    ),
    # a capitalised position title between the label and the name is no part of the name
    case(
        "label-then-capitalised-position",
        "Kontaktinis asmuo: Direktorius Tomas Žukauskas, tel. 8 612 34567",
        [("Tomas Žukauskas", N, "8 612 34567")],
    ),
    case(
        "label-then-two-word-title",
        "Kontaktai: Projekto Koordinatorė Laima Vaitkutė, laima.vaitkute@example.lt",
        [("Laima Vaitkutė", "laima.vaitkute@example.lt", N)],
    ),
    case(
        "lithuanian-is",
        "Projekto koordinatorė yra doc. dr. Laima Vaitkutė.",
        [("Laima Vaitkutė", N, N)],
    ),
    # an English form of address is no sentence end, so its name stays in the sentence
    case(
        "form-of-address-mr-inside-a-sentence",
        "Projektą kuruoja Cēsu novada pašvaldības atstovas Mr. Andris Kalniņš.",
        [("Andris Kalniņš", N, N)],
    ),
    # a staff line: the name first, then the department and position
    case(
        "name-then-department-and-position",
        "Rasa Kazlauskienė, Kultūros ir turizmo skyriaus vyr. specialistė, tel. 8 459 51234",
        [("Rasa Kazlauskienė", N, "8 459 51234")],
    ),
    case(
        "name-then-english-position",
        "Jurgita Stankevičiūtė, project manager, jurgita.s@example.lt",
        [("Jurgita Stankevičiūtė", "jurgita.s@example.lt", N)],
    ),
    case(
        "initial-and-surname",
        "Projekto vadovė R. Kazlauskienė, tel. 8 459 51234",
        [("R. Kazlauskienė", N, "8 459 51234")],
    ),
    case(
        "initial-and-a-street-named-after-a-person",
        "Kontaktai: S. Daukanto g. 12, Telšiai, tel. 8 444 12345",
        [(N, N, "8 444 12345")],
    ),
    case(
        "name-then-phone",
        "Asmuo kontaktams:\nGintarė Paulauskienė, 8 614 20 315, el. paštas: g.p@example.lt",
        [("Gintarė Paulauskienė", "g.p@example.lt", "8 614 20 315")],
    ),
    case(
        "organisation-then-phone-is-no-name",
        "Kauno Kolegija, +370 37 352 324",
        [(N, N, "+370 37 352 324")],
    ),
    case(
        "organisation-then-position-is-no-name",
        "Telšių Universitetas, direktorius, tel. 8 444 12345",
        [(N, N, "8 444 12345")],
    ),
    # round 7: names the redactor missed (foreign letters and surnames, capitals, a comma
    # before an organisation word, more positions) and what must stay
    case(
        "initial-and-a-polish-surname",
        "Projekto koordinatorius J. Kowalski, tel. +48 58 320 26 18",
        [("J. Kowalski", N, "+48 58 320 26 18")],
    ),
    case(
        "initial-and-a-latvian-surname",
        "Projekta vadītāja: koordinatorė A. Bērziņa, a.berzina@example.lv",
        [("A. Bērziņa", "a.berzina@example.lv", N)],
    ),
    case(
        "latvian-letters-in-a-name",
        "Contact person: Ilze Kalniņa, ilze.kalnina@example.lv",
        [("Ilze Kalniņa", "ilze.kalnina@example.lv", N)],
    ),
    case(
        "name-in-capitals",
        "Projekto vadovė ONA PETRAITIENĖ, tel. 8 612 34567",
        [("ONA PETRAITIENĖ", N, "8 612 34567")],
    ),
    case(
        "surname-in-capitals",
        "Projekto vadovė Ona PETRAITIENĖ, tel. 8 612 34567",
        [("Ona PETRAITIENĖ", N, "8 612 34567")],
    ),
    case(
        "a-comma-then-an-organisation-word-ends-the-name",
        "Savivaldybės meras Tomas Žukas, savivaldybės administracijos direktorė Ona Onaitė "
        "kuruoja projektą.",
        [("Tomas Žukas", N, N), ("Ona Onaitė", N, N)],
    ),
    case(
        "teacher",
        "Projekto koordinatorė – anglų kalbos mokytoja Rasa Rasaitė, tel. 8 612 34567",
        [("Rasa Rasaitė", N, "8 612 34567")],
    ),
    case(
        "vice-minister",
        "Finansų viceministrė Rūta Rutaitė kuruoja programą.",
        [("Rūta Rutaitė", N, N)],
    ),
    case(
        "a-minister-speaking-is-no-contact",
        "„Keliai bus sutvarkyti“, – sakė ministras Tomas Žukas.",
        [],
    ),
    case(
        "a-street-after-an-initial-stays",
        "Kontaktai: J. Basanavičiaus g. 5, tel. 8 444 12345",
        [(N, N, "8 444 12345")],
    ),
    case(
        "an-acronym-in-capitals-is-no-name",
        "Contact: EU PROJECT OFFICE, info@eu-office.eu",
        [(N, "info@eu-office.eu", N)],
    ),
    case(
        "an-organisation-in-capitals-is-no-name",
        "Projekto vadovas KLAIPĖDOS UNIVERSITETAS pateikė ataskaitą.",
        [],
    ),
    # a menu's last item and the heading under it are no position and name
    case(
        "menu-contact-item-then-heading",
        "Pradžia | Projektai | Kontaktai\n\nAtnaujinamos Jonavos erdvės, tel. 8 349 50 112",
        [(N, N, "8 349 50 112")],
    ),
    case(
        "position-line-then-name-line",
        "Projekto koordinatorė\nOna Onaitienė, tel. 8 612 34567",
        [("Ona Onaitienė", N, "8 612 34567")],
    ),
    case(
        "english-label-then-title",
        "Contact person: Project Manager Eva Lind, eva.lind@example.se",
        [("Eva Lind", "eva.lind@example.se", N)],
    ),
    # round 9: English titles with words before the name, forms of address, Latvian names
    case(
        "form-of-address-after-a-position",
        "Project manager Ms Jane Doe, jane.doe@example.org",
        [("Jane Doe", "jane.doe@example.org", N)],
    ),
    case(
        "english-head-of-a-unit",
        "Contact: Head of Culture Division John Smith, john.smith@example.org",
        [("John Smith", "john.smith@example.org", N)],
    ),
    case(
        "english-title-with-a-long-unit",
        "Contact: Deputy Director of the Regional Policy Department of the Ministry of the"
        " Interior Tomas Kairys, tel. 8 612 34567",
        [("Tomas Kairys", N, "8 612 34567")],
    ),
    case(
        "english-unit-with-no-name",
        "Contact: Head of the Joint Secretariat Office, info@example.org",
        [(N, "info@example.org", N)],
    ),
    case(
        "english-title-of-an-organisation",
        "Contact: Director of Kaunas City Municipality, tel. 8 612 34567",
        [(N, N, "8 612 34567")],
    ),
    case(
        "english-officer-and-expert",
        "Project Officer Anna Berg and Senior Expert Ilze Ozola signed the report.",
        [("Anna Berg", N, N), ("Ilze Ozola", N, N)],
    ),
    case(
        "an-english-heading-after-a-title-word-is-no-name",
        "Officer Training Programme, tel. 8 612 34567",
        [(N, N, "8 612 34567")],
    ),
    case(
        "latvian-name-before-a-phone",
        "Jānis Bērziņš, tel. +371 2612 3456",
        [("Jānis Bērziņš", N, "+371 2612 3456")],
    ),
    case(
        "latvian-name-before-an-english-position",
        "Līga Kalniņa, project manager, e-mail: liga.kalnina@example.lv",
        [("Līga Kalniņa", "liga.kalnina@example.lv", N)],
    ),
    case(
        "latvian-position-before-a-name",
        "Projekta vadītāja Ilze Ozola, tālr. +371 2612 3456",
        [("Ilze Ozola", N, "+371 2612 3456")],
    ),
    case(
        "a-latvian-organisation-before-a-phone-is-no-name",
        "Liepājas Universitāte, tel. +371 6342 3568",
        [(N, N, "+371 6342 3568")],
    ),
    case(
        "a-latvian-museum-before-an-email-is-no-name",
        "Jēkabpils Muzejs, e-mail: muzejs@example.lv",
        [(N, "muzejs@example.lv", N)],
    ),
    case(
        "lithuanian-project-manager-title",
        "Projektų vadybininkė Rasa Liutkutė, tel. 8 612 34567",
        [("Rasa Liutkutė", N, "8 612 34567")],
    ),
    # round 10: an English title, a comma, and the name in apposition
    case(
        "english-title-comma-name",
        "Project manager, Laura Smith, laura.smith@example.org",
        [("Laura Smith", "laura.smith@example.org", N)],
    ),
    case(
        "english-title-of-a-unit-comma-name",
        "Contact: Head of the Culture Division, Inga Ozola, tel. +371 2612 3456",
        [("Inga Ozola", N, "+371 2612 3456")],
    ),
    case(
        "english-title-comma-organisation",
        "Project coordinator, Jelgava Municipality, tel. +371 6302 1111",
        [(N, N, "+371 6302 1111")],
    ),
    case(
        "english-title-comma-a-longer-name-of-a-body",
        "Project coordinator, Šiauliai Tourism information centre, tel. 8 612 34567",
        [(N, N, "8 612 34567")],
    ),
    case(
        "english-title-comma-lead-partner",
        "Project manager, Lead Partner, tel. 8 612 34567",
        [(N, N, "8 612 34567")],
    ),
    # round 10: English titles of officials and guests
    case(
        "english-representative-of-a-unit-comma-name",
        "Contact: Representative of the Joint Secretariat, Anna Berg, anna.berg@example.org",
        [("Anna Berg", "anna.berg@example.org", N)],
    ),
    case(
        "english-director-general",
        "Director General Elisabeth Moen, tel. +47 22 24 36 00",
        [("Elisabeth Moen", N, "+47 22 24 36 00")],
    ),
    case(
        "english-representative-office-is-no-name",
        "The Representative Office of Norway, tel. +47 22 24 36 00",
        [(N, N, "+47 22 24 36 00")],
    ),
    # round 10: Latvian phone words before a number without its prefix
    case(
        "latvian-phone-word",
        "Projekta vadītāja Ilze Ozola, tālr.: 27012345, e-pasts: ilze@example.lv",
        [("Ilze Ozola", "ilze@example.lv", "27012345")],
    ),
    case(
        "latvian-phone-word-in-full",
        "Projekta vadītāja Ilze Ozola, tālrunis 27012345",
        [("Ilze Ozola", N, "27012345")],
    ),
    case(
        "latvian-phone-word-abbreviated",
        "Projekta vadītāja Ilze Ozola, tālr. 27012345, e-pasts: ilze@example.lv",
        [("Ilze Ozola", "ilze@example.lv", "27012345")],
    ),
    case(
        "a-latvian-sum-is-no-phone",
        "Projekta budžets 67012345 EUR.",
        [],
    ),
    # round 10: Latvian deputies, representatives and mayors
    case(
        "latvian-representative-before-a-name",
        "Programmas pārstāvis Gints Vanags, tālr. +371 6702 1234",
        [("Gints Vanags", N, "+371 6702 1234")],
    ),
    case(
        "latvian-deputy-before-a-name",
        "Domes priekšsēdētāja vietniece Rita Liepa, e-pasts: rita.liepa@example.lv",
        [("Rita Liepa", "rita.liepa@example.lv", N)],
    ),
    case(
        "latvian-position-before-a-body-in-the-genitive",
        "Projekta vadītāja Latvijas Republikas Saeimā, tālr. +371 6702 1234",
        [(N, N, "+371 6702 1234")],
    ),
    case(
        "a-latvian-position-in-another-case-makes-no-contact",
        "Sazināties ar programmas pārstāvi Jāni Vanagu.",
        [],
    ),
    # round 14b: the other verbs of municipal news that name an official at an event
    case(
        "a-director-who-presented-is-no-contact",
        "Direktorius Petras Kazlauskas pristatė projektą.",
        [],
    ),
    case(
        "a-manager-who-presented-stays",
        "Projekto vadovė Rūta Jonaitienė pristatė projekto rezultatus.",
        [("Rūta Jonaitienė", N, N)],
    ),
    case(
        "an-official-who-presented-with-a-phone-stays",
        "Projektą pristatė skyriaus vedėja Dalia Darienė, tel. 8 612 34567.",
        [("Dalia Darienė", N, "8 612 34567")],
    ),
    case(
        "a-deputy-who-represented-is-no-contact",
        "Savivaldybei renginyje atstovavo mero pavaduotojas Tomas Petraitis.",
        [],
    ),
    case(
        "a-chair-who-introduced-is-no-contact",
        "Grupės pirmininkė Laima Kazlauskienė supažindino svečius su strategija.",
        [],
    ),
    case(
        "a-host-is-no-contact",
        "Renginį vedė kultūros centro direktorė Aistė Vaitkutė.",
        [],
    ),
    case(
        "a-head-of-unit-is-no-host",
        "Skyriaus vedėja Aistė Vaitkutė, el. p. aiste@example.lt",
        [("Aistė Vaitkutė", "aiste@example.lt", N)],
    ),
    case(
        "a-minister-who-will-take-part-is-no-contact",
        "Konferencijoje dalyvaus ministras Jonas Jonaitis.",
        [],
    ),
    case(
        "an-official-at-a-press-event-is-no-contact",
        "Tą patį prisipažino ir administracijos direktorius Rolandas Rimkus.",
        [],
    ),
    case(
        "an-official-who-missed-something-is-no-contact",
        "Vicemeras Šarūnas Šarkis pasigedo gyventojų iniciatyvos.",
        [],
    ),
    case(
        "officials-who-went-to-a-meeting-are-no-contacts",
        "Į susitikimą vyko skyriaus vedėja Dalia Darienė ir specialistė Vika Vaitienė.",
        [],
    ),
    case(
        "teachers-who-left-for-a-visit-are-no-contacts",
        "Į Ispaniją išvyko mokytoja Rasa Rasaitė ir mokytojas Tomas Tomaitis.",
        [],
    ),
    case(
        "a-coordinator-who-went-stays",
        "Į partnerių susitikimą vyko projekto koordinatorė Rasa Rasaitė.",
        [("Rasa Rasaitė", N, N)],
    ),
    case(
        "an-official-who-arrived-is-no-contact",
        "Į Alytų atvyko partnerių savivaldybės specialistė Marta Mažeikienė.",
        [],
    ),
    case(
        "a-coordinator-who-arrived-stays",
        "Į susitikimą atvyko projekto koordinatorius Jonas Jonaitis.",
        [("Jonas Jonaitis", N, N)],
    ),
    case(
        "a-mayor-who-shared-is-no-contact",
        "Įspūdžiais iš vizito pasidalijo meras Bronius Bronaitis.",
        [],
    ),
    case(
        "a-chair-who-shared-is-no-contact",
        "Grupės pirmininkė Nijolė Nijolaitė pasidalino tinklo posėdžio naujienomis.",
        [],
    ),
    case(
        "english-guests-are-no-contacts",
        "Among the guests were Vice-Minister Jonas Jonaitis and Mayor Anna Berg.",
        [],
    ),
    # round 20: English news of officials at a project's events
    case(
        "english-officials-speeches-name-no-contacts",
        "The celebration started after the speeches of Deputy Mayor Ona Onaitė and Mayor "
        "Jonas Jonaitis.",
        [],
    ),
    case(
        "an-english-official-happy-with-results-is-no-contact",
        "Mayor Jonas Jonaitis was happy with the new park by the lake.",
        [],
    ),
    case(
        "an-english-head-who-wished-is-no-contact",
        "Ona Onaitė, head of the Youth Department of Riverton municipality, wished the "
        "schools every success.",
        [],
    ),
    case(
        "an-english-official-with-a-phone-stays-a-contact",
        "The Mayor Jonas Jonaitis was happy to help, tel. +370 612 34567",
        [("Jonas Jonaitis", N, "+370 612 34567")],
    ),
    case(
        "an-english-project-manager-who-thanked-stays-a-contact",
        "Project manager Ona Onaitė thanked the partners.",
        [("Ona Onaitė", N, N)],
    ),
    # round 14b: a photo's caption that lists officials from the left, with no verb
    case(
        "a-caption-of-officials-names-no-contacts",
        "Nuotraukoje iš kairės: administracijos direktorius Petras Petraitis ir meras Jonas"
        " Jonaitis.",
        [],
    ),
    case(
        "a-caption-over-several-lines-names-no-contacts",
        "Mero komanda (iš kairės): posėdžių sekretorė Ona Onaitienė,\nmero patarėja Rasa"
        " Rasaitė, administracijos direktorė Laima Laimutienė,\nmeras Jonas Jonaitis.",
        [],
    ),
    case(
        "a-caption-ends-at-its-paragraph",
        "Nuotr.: (iš kairės) meras Jonas Jonaitis.\n\nSkyriaus vedėja Dalia Darienė"
        " organizavo projekto mokymus.",
        [("Dalia Darienė", N, N)],
    ),
    case(
        "a-manager-in-a-caption-stays",
        "Nuotraukoje iš kairės: projekto vadovė Rūta Jonaitienė ir meras Jonas Jonaitis.",
        [("Rūta Jonaitienė", N, N)],
    ),
    case(
        "an-official-who-organised-stays",
        "Skyriaus vedėja Dalia Darienė organizavo projekto mokymus.",
        [("Dalia Darienė", N, N)],
    ),
    # round 15: the person an appeal to contact points to, in the accusative or instrumental
    case(
        "turn-to-the-coordinator-with-a-phone",
        "Daugiau informacijos kreipkitės į projekto koordinatorę Aušrą Vilkienę, tel. 8 600 11111.",
        [("Aušrą Vilkienę", N, "8 600 11111")],
    ),
    case(
        "turn-to-a-person-with-no-position",
        "Dėl registracijos kreipkitės į Jurgą Kalnaitę.",
        [("Jurgą Kalnaitę", N, N)],
    ),
    case(
        "get-in-touch-with-the-manager",
        "Susisiekite su projekto vadove Inga Beržiene el. paštu inga@pavyzdys.lt.",
        [("Inga Beržiene", "inga@pavyzdys.lt", N)],
    ),
    case(
        "residents-who-turned-to-the-mayor-name-no-contact",
        "Gyventojai kreipėsi į merą Joną Petraitį dėl kelio remonto.",
        [],
    ),
    case(
        "turn-to-an-office-names-no-person",
        "Kreipkitės į savivaldybės Kultūros skyrių, tel. 8 600 22222.",
        [(N, N, "8 600 22222")],
    ),
    # round 15: a project's role in the plural before two names or more
    case(
        "project-coordinators-in-the-plural",
        "Projekto koordinatorės Milda Saulė ir Jurgita Beržaitė pristatė veiklas.",
        [("Milda Saulė", N, N), ("Jurgita Beržaitė", N, N)],
    ),
    case(
        "project-team-after-where-it-works",
        "Projekto koordinatoriai ir vykdytojai Kauno Ąžuolyno gimnazijoje Rasa Vėjienė,"
        " Tomas Upelis.",
        [("Rasa Vėjienė", N, N), ("Tomas Upelis", N, N)],
    ),
    case(
        "heads-of-schools-are-no-project-role",
        "Mokyklų vadovai Jonas Ąžuolas ir Petras Klevas aptarė planus.",
        [],
    ),
    # round 15: "pasidžiaugė" (was glad of) makes an official a speaker
    case(
        "an-official-who-was-glad-is-no-contact",
        "Rajono meras Jonas Beržas atidaryme pasidžiaugė bendruomenės darbu.",
        [],
    ),
    case(
        "a-manager-who-was-glad-stays",
        "Projekto vadovė Rasa Liepienė pasidžiaugė rezultatais.",
        [("Rasa Liepienė", N, N)],
    ),
    case(
        "a-coordinator-in-the-genitive-names-one-person",
        "Projekto koordinatorės Rūtos Vilkienės teigimu, darbai baigti.",
        [],
    ),
    # round 16: a head ("vadovas") is a project role only with the project named
    case(
        "a-units-head-who-took-part-is-no-contact",
        "Renginyje dalyvavo ministerijos Švietimo skyriaus vadovas Tomas Gluosnis.",
        [],
    ),
    case(
        "a-project-manager-who-took-part-stays",
        "Renginyje dalyvavo projekto vadovė Asta Uosienė.",
        [("Asta Uosienė", N, N)],
    ),
    case(
        "a-named-projects-manager-who-spoke-stays",
        "„Darbai baigti laiku“, – sakė projekto „Žalias kiemas“ vadovė Ieva Klevienė.",
        [("Ieva Klevienė", N, N)],
    ),
    case(
        "a-coordinator-who-spoke-stays",
        "„Susitikimas pavyko“, – sakė koordinatorė Ona Berželienė.",
        [("Ona Berželienė", N, N)],
    ),
    # round 16: more news verbs of officials (announced, invited, shares, handed, met)
    case(
        "an-official-who-announced-is-no-contact",
        "„Lėšos bus paskirstytos greitai“, – pranešė ministerijos vadovas Tomas Gluosnis.",
        [],
    ),
    case(
        "an-official-who-invites-is-no-contact",
        "„Teikite paraiškas“, – kviečia mero pavaduotoja Rūta Liepaitė.",
        [],
    ),
    case(
        "an-official-who-shares-thoughts-is-no-contact",
        "Mintimis dalijasi rajono merė Ona Berželienė.",
        [],
    ),
    case(
        "an-elder-who-handed-an-award-is-no-contact",
        "Seniūnijos seniūnė Asta Uosienė įteikė padėką bendruomenei.",
        [],
    ),
    case(
        "officials-who-met-are-no-contacts",
        "Rajono meras Petras Klevas susitiko su ministru.",
        [],
    ),
    case(
        "a-mayor-who-proclaims-is-no-contact",
        "„Sėkmės naujuose darbuose“, – skelbia rajono meras Jonas Beržas.",
        [],
    ),
    case(
        "a-minister-who-allocated-money-is-no-contact",
        "Kultūros ministras Tomas Žukas įsakymu skyrė 120 tūkst. eurų finansavimą.",
        [],
    ),
    case(
        "a-coordinator-who-announced-stays",
        "Projekto koordinatorė Ieva Klevienė pranešė apie naują kvietimą.",
        [("Ieva Klevienė", N, N)],
    ),
    case(
        "an-official-with-a-phone-who-invites-stays",
        "Dalyvauti kviečia seniūnė Asta Uosienė, tel. 8 600 11111",
        [("Asta Uosienė", N, "8 600 11111")],
    ),
    # round 16: an official's signature line (position and name, nothing else) is no contact
    case(
        "a-ministers-signature-is-no-contact",
        "Tvirtinu aprašą.\n\nKultūros ministras\t\tJonas Ąžuolas\n\nPATVIRTINTA",
        [],
    ),
    case(
        "a-mayors-signature-is-no-contact",
        "Sveikiname bendruomenę su naujais namais.\n\nMeras Petras Klevas",
        [],
    ),
    case(
        "a-chairs-signature-stays",
        "Bendruomenė įsigijo 40 kėdžių.\n\nBendruomenės pirmininkė Rūta Liepaitė",
        [("Rūta Liepaitė", N, N)],
    ),
    case(
        "a-mayor-in-a-sentence-stays",
        "Meras Petras Klevas kuruoja projektą.",
        [("Petras Klevas", N, N)],
    ),
    # round 17: who thanked, said a word of greeting or signed a document is no contact
    case(
        "an-official-who-thanked-is-no-contact",
        "Už pagalbą dėkojo ir mero pavaduotoja Rasa Liepienė.",
        [],
    ),
    case(
        "a-director-who-thanks-in-a-quote-is-no-contact",
        "„Ačiū visiems žiūrovams“, – nuoširdžiai dėkoja teatro vadovas Tomas Ąžuolas.",
        [],
    ),
    case(
        "a-mayor-who-thanked-the-elder-is-no-contact",
        "Savivaldybės meras Jonas Beržas padėkojo seniūnei už ataskaitą.",
        [],
    ),
    case(
        "officials-who-said-a-word-of-greeting-are-no-contacts",
        "Sveikinimo žodį tarė administracijos direktorius Petras Klevas ir federacijos "
        "prezidentas Tomas Uosis.",
        [],
    ),
    case(
        "officials-who-signed-an-agreement-are-no-contacts",
        "Rajono merė Ona Gluosnienė pasirašė bendradarbiavimo sutartį su partneriais.",
        [],
    ),
    case(
        "signers-listed-after-a-colon-are-no-contacts",
        "Protokolą pasirašė: sporto centro direktorius Jonas Uosis, klubo prezidentas Tomas "
        "Klevas.",
        [],
    ),
    case(
        "a-first-name-ending-like-the-verb-stays",
        "Apie atliktus darbus kalba bendruomenės pirmininkė Gintarė Liepienė.",
        [("Gintarė Liepienė", N, N)],
    ),
    case(
        "a-project-manager-who-signed-stays",
        "Sutartį pasirašė projekto vadovė Rūta Liepaitė.",
        [("Rūta Liepaitė", N, N)],
    ),
    case(
        "a-director-who-signed-with-a-phone-stays",
        "Paraišką pasirašė direktorius Jonas Uosis, tel. 8 600 22222",
        [("Jonas Uosis", N, "8 600 22222")],
    ),
    case(
        "a-mayor-with-a-phone-stays",
        "Meras Petras Klevas, tel. 8 600 00000",
        [("Petras Klevas", N, "8 600 00000")],
    ),
    # round 19: a measure's code inside a project number ("-R-821-…") is no phone
    case(
        "a-measure-code-in-a-project-number-is-no-phone",
        "Projektas Nr. 05.4.1-LVPA-R-823-77-0004 įgyvendintas 2021 metais.",
        [],
    ),
    case(
        "a-national-measure-code-is-no-phone",
        "Įgyvendinamas projektas „Žalias kiemas“ (Nr. 05.4.1-LVPA-K-806-02-0031).",
        [],
    ),
    case(
        "a-phone-after-a-project-number-stays",
        "Projektas Nr. 05.4.1-LVPA-V-802-03-0009, tel. 8 612 44444",
        [(N, N, "8 612 44444")],
    ),
    case(
        "a-phone-glued-to-its-word-by-a-hyphen-stays",
        "Informacija mob-8 612 55555",
        [(N, N, "8 612 55555")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_contact_rows(text: str, expected: list[tuple[str | None, ...]]) -> None:
    rows = extract_contacts(doc(text))
    assert [(c.name, c.email, c.phone) for c in rows] == expected
    assert all(c.quote in text for c in rows)
