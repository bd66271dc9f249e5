"""Results: a sentence or a results section → its counted results (count, qualifier, what)."""

from __future__ import annotations

import pytest
from casetable import case, doc

from cwlib.parse.results import extract_results

X, MIN, ABOUT = "exact", "at_least", "about"

CASES = [
    case("future-passive", "Projekto metu bus surengti 5 seminarai.", [(5, X, "seminarai")]),
    case("at-least", "Bus įkurti ne mažiau kaip 3 klasteriai.", [(3, MIN, "klasteriai")]),
    case(
        "bullets-in-a-results-section",
        "Projekto rezultatai:\n• 24 gerųjų praktikų aprašymai\n• 2 tarptautinės konferencijos",
        [(24, X, "gerųjų praktikų aprašymai"), (2, X, "tarptautinės konferencijos")],
    ),
    case(
        "a-section-ends-at-another-sections-header",
        "Laukiami rezultatai\n3 edukacinės programos\nPartneriai\n4 savivaldybių mokyklos",
        [(3, X, "edukacinės programos")],
    ),
    case(
        "a-section-ends-at-a-header-after-a-bullet",
        "Projekto rezultatai\n• 2 mokymų ciklai\n\nKontaktai\n• 5 konsultantai",
        [(2, X, "mokymų ciklai")],
    ),
    case(
        "a-list-item-with-a-section-word-ends-no-section",
        "Projekto rezultatai\n• 3 edukacinės programos\n• Partnerių mokytojams 2 seminarai",
        [(3, X, "edukacinės programos"), (2, X, "seminarai")],
    ),
    case(
        "a-count-opening-a-paragraph-takes-no-verb-from-the-last",
        "Šventėje dalyvavo daug svečių\n\n12 nuotraukų galerija",
        [],
    ),
    case("about", "Renginiuose dalyvaus apie 300 lankytojų.", [(300, ABOUT, "lankytojų")]),
    case(
        "two-counts-joined-by-ir",
        "Parengta 12 mokymo programų ir 4 metodinės priemonės.",
        [(12, X, "mokymo programų"), (4, X, "metodinės priemonės")],
    ),
    case("money-is-no-count", "Projekto vertė – 48 000 Eur.", []),
    case("supplemented", "Socialinio būsto fondas papildytas 9 butais.", [(9, X, "butais")]),
    case("equipped-with", "Naujais baldais aprūpinta 7 mokyklos.", [(7, X, "mokyklos")]),
    case("founded", "Įsteigti 2 nauji jaunimo centrai.", [(2, X, "nauji jaunimo centrai")]),
    case("opened", "Atidaryti 3 bendruomenės centrai.", [(3, X, "bendruomenės centrai")]),
    case("adapted", "Pritaikytos 4 patalpos senjorams.", [(4, X, "patalpos senjorams")]),
    case("insulated", "Apšiltinti 2 mokyklų pastatai.", [(2, X, "mokyklų pastatai")]),
    case("received", "Socialines paslaugas gavo 130 asmenų.", [(130, X, "asmenų")]),
    case("will-receive", "Konsultacijas gaus 60 ūkininkų.", [(60, X, "ūkininkų")]),
    case("improved-for", "Pagerintos sąlygos 280 gyventojų.", [(280, X, "gyventojų")]),
    case("expanded", "Išplėsti 2 darželiai.", [(2, X, "darželiai")]),
    case("trained-up", "Paruošta 18 savanorių.", [(18, X, "savanorių")]),
    case("rebuilt", "Pertvarkytos 3 gatvės.", [(3, X, "gatvės")]),
    case("laid", "Nutiesti 2 pėsčiųjų takai.", [(2, X, "pėsčiųjų takai")]),
    case("integrated", "Į darbo rinką integruota 25 bedarbiai.", [(25, X, "bedarbiai")]),
    case("distributed", "Išplatinta 900 lankstinukų.", [(900, X, "lankstinukų")]),
    case("printed", "Išspausdinta 400 knygų.", [(400, X, "knygų")]),
    case("supported", "Paremta 10 smulkiųjų verslų.", [(10, X, "smulkiųjų verslų")]),
    case(
        "ordinal-numeral-o-before-the-noun",
        "Bus nupirkti 6 1-o kambario butai ir 9 2-jų kambarių butai.",
        [(6, X, "kambario butai"), (9, X, "kambarių butai")],
    ),
    case("carried-out", "Projekto metu atlikti 3 tyrimai.", [(3, X, "tyrimai")]),
    case("acquired-skills", "Naujų kompetencijų įgijo 40 jaunuolių.", [(40, X, "jaunuolių")]),
    case("received-money-is-no-count", "Savivaldybė gavo 85 000 Eur paramą.", []),
    case(
        "projectors-are-no-projects",
        "Nupirkta 12 kompiuterių, 2 projektoriai.",
        [(12, X, "kompiuterių"), (2, X, "projektoriai")],
    ),
    case("projects-are-no-outputs", "Parengti 14 projektų.", []),
    case(
        "day-centres-are-no-days",
        "Įrengti 3 vaikų dienos centrai ir 2 dienos užimtumo centrai.",
        [(3, X, "vaikų dienos centrai"), (2, X, "dienos užimtumo centrai")],
    ),
    case("days-are-no-output", "Surengtos 3 dienos stovyklos centre.", []),
    case(
        "noun-in-mo-is-no-verb",
        "Parengti 4 bandomieji kiemų atnaujinimo planai.",
        [(4, X, "bandomieji kiemų atnaujinimo planai")],
    ),
    case("more-than", "Apmokyta daugiau kaip 150 specialistų.", [(150, MIN, "specialistų")]),
    case("english-will", "The project will train 40 teachers.", [(40, X, "teachers")]),
    case(
        "english-coordinated-verb-ends-the-indicator",
        "The project will create 3 new cultural routes and train 40 local guides.",
        [(3, X, "new cultural routes"), (40, X, "local guides")],
    ),
    case(
        "english-coordinated-verb-without-a-count",
        "Partners will build 2 bird towers and install information boards.",
        [(2, X, "bird towers")],
    ),
    case(
        "lithuanian-coordinated-verb-ends-the-indicator",
        "Projektas sukurs 3 naujus maršrutus ir apmokys 40 gidų.",
        [(3, X, "naujus maršrutus"), (40, X, "gidų")],
    ),
    case(
        "a-coordinated-verb-before-an-infinitive-ends-the-indicator",
        "Bendruomenė įsteigs 3 naujas darbo vietas ir pradės teikti skalbimo paslaugas.",
        [(3, X, "naujas darbo vietas")],
    ),
    case(
        "a-coordinated-modal-before-an-infinitive-ends-the-indicator",
        "Įrengtos 2 salės ir galės naudotis visi gyventojai.",
        [(2, X, "salės")],
    ),
    case(
        "two-nouns-joined-by-ir-stay",
        "Sukurti 3 maršrutai ir turistų lankymo taisyklės.",
        [(3, X, "maršrutai ir turistų lankymo taisyklės")],
    ),
    case(
        "two-counted-nouns-joined-by-and",
        "The project organised 3 exhibitions and 2 conferences.",
        [(3, X, "exhibitions"), (2, X, "conferences")],
    ),
    case(
        "english-and-an-item-with-no-count-ends-the-indicator",
        "The partners published 3 guides and an online map.",
        [(3, X, "guides")],
    ),
    case(
        "english-and-the-item-ends-the-indicator-before-the-verb",
        "12 info boards and the mobile app were produced.",
        [(12, X, "info boards")],
    ),
    case(
        "english-adjectives-joined-by-and-stay",
        "The project restored 4 wooden and stone chapels.",
        [(4, X, "wooden and stone chapels")],
    ),
    case(
        "a-verbs-noun-after-and-stays",
        "Partners held 3 workshops and train-the-trainer sessions.",
        [(3, X, "workshops and train-the-trainer sessions")],
    ),
    case(
        "a-verb-stems-noun-after-ir-stays",
        "Surengti 4 seminarai ir dalyvių susitikimai.",
        [(4, X, "seminarai ir dalyvių susitikimai")],
    ),
    case(
        "a-count-written-as-a-word",
        "Įgyvendinus projektą bus sukurtos dvi naujos darbo vietos.",
        [(2, X, "naujos darbo vietos")],
    ),
    case(
        "counts-written-as-words-in-the-accusative",
        "Planuojama sukurti tris darbo vietas ir įsigyti dvi priekabas.",
        [(3, X, "darbo vietas"), (2, X, "priekabas")],
    ),
    case(
        "a-word-count-with-a-qualifier",
        "Bus įrengtos net keturios aikštelės, suorganizuota apie dešimt renginių.",
        [(4, X, "aikštelės"), (10, ABOUT, "renginių")],
    ),
    case("an-english-count-as-a-word", "The project created two new jobs.", [(2, X, "new jobs")]),
    case(
        "a-word-count-then-a-digit-count",
        "Surengti du seminarai ir 3 konferencijos.",
        [(2, X, "seminarai"), (3, X, "konferencijos")],
    ),
    case("a-word-count-of-days-is-no-output", "Renginiai vyko dvi dienas.", []),
    case("a-word-count-of-times-is-no-output", "Mokyklos sporto salė atnaujinta du kartus.", []),
    case("lithuanian-ten-is-there", "Vėliau buvo įrengta ten pat stovinti pavėsinė.", []),
    case("lithuanian-ten-after-a-verb", "Renginiai organizuojami ten kasmet.", []),
    case("a-word-count-of-towns-taking-part", "Projekte dalyvauja septyni miestai.", []),
    case(
        "a-word-before-hundreds-is-no-count",
        "Surengti du šimtai renginių, įrengta dvi su puse aikštelės.",
        [],
    ),
    case("a-genitive-word-count-counts-no-output", "Bus sukurtas keturių šalių tinklas.", []),
    case("a-word-count-without-a-verb-before-it", "Dvi naujos salės jau veikia.", []),
    case("one-is-no-count", "Surengta viena konferencija, sukurtas vienas filmas.", []),
    case(
        "jobs-in-full-time-posts",
        "Įsigijusi techniką, bendruomenė įsteigė 2,5 naujos darbo vietos.",
        [(2.5, X, "naujos darbo vietos")],
    ),
    case(
        "jobs-with-posts-in-brackets",
        "Baigtų projektų metu sukurtos 11,2 (etato) darbo vietos.",
        [(11.2, X, "darbo vietos")],
    ),
    case("english-jobs-in-fractions", "The project created 1.5 new jobs.", [(1.5, X, "new jobs")]),
    case(
        "a-headings-number-before-jobs-is-no-count",
        "Bus įsteigtos naujos paslaugos.\n1.5 Darbo vietos kaime\nĮsteigta 2 darbo vietos.",
        [(2, X, "darbo vietos")],
    ),
    case(
        "other-decimals-are-no-count",
        "Įrengta 2,5 km takų, sukurtų darbo vietų padaugėjo 1,5 karto.",
        [],
    ),
    case(
        "english-took-place",
        "18 workshops took place in both countries.",
        [(18, X, "workshops")],
    ),
    case("english-took-place-over-days", "The camp took place over 3 days.", []),
    case("duration-is-no-count", "Projektas truks 24 mėn.", []),
    case("area-is-no-count", "Sukurta 1 200 kv. m naujų erdvių.", []),
    case(
        "grouped-thousands",
        "Surengtos 3 parodos, kuriose apsilankė 2 500 lankytojų.",
        [(3, X, "parodos"), (2500, X, "lankytojų")],
    ),
    case(
        "year-after-the-indicator",
        "Įrengtos 2 dirbtuvės 2020 m.",
        [(2, X, "dirbtuvės")],
    ),
    case(
        "numbered-list-numbers-are-no-counts",
        "Laukiami rezultatai:\n1. Įkurtas inovacijų centras\n2. 10 naujų darbo vietų",
        [(10, X, "naujų darbo vietų")],
    ),
    case(
        "print-run",
        "Išleista knyga, jos tiražas – 500 egzempliorių.",
        [(500, X, "egzempliorių")],
    ),
    case("partners-and-countries", "Projekte dalyvavo 7 partneriai iš 5 šalių.", []),
    case(
        "dash-bullets-under-a-header",
        "Projekto metu bus pasiekti šie rezultatai:\n- 15 renginių;\n- 200 dalyvių.",
        [(15, X, "renginių"), (200, X, "dalyvių")],
    ),
    case(
        "planned",
        "Planuojama sukurti 2 virtualias parodas.",
        [(2, X, "virtualias parodas")],
    ),
    case("age-range-is-no-count", "Nuo 16 iki 29 metų jaunimas bus apmokytas.", []),
    case("one", "Atnaujintas 1 pastatas.", [(1, X, "pastatas")]),
    case(
        "two-kinds",
        "Parengti 3 leidiniai ir 1 interneto svetainė.",
        [(3, X, "leidiniai"), (1, X, "interneto svetainė")],
    ),
    case(
        "articles-published",
        "Publikuoti 6 straipsniai.",
        [(6, X, "straipsniai")],
    ),
    case("phone-is-no-count", "Tel. 8 612 34567.", []),
    case(
        "two-clauses",
        "Surengta 40 edukacinių užsiėmimų, juose dalyvavo 850 moksleivių.",
        [(40, X, "edukacinių užsiėmimų"), (850, X, "moksleivių")],
    ),
    case(
        "english-outputs-on-the-header-line",
        "Outputs: 3 pilot actions, 1 joint strategy",
        [(3, X, "pilot actions"), (1, X, "joint strategy")],
    ),
    case(
        "planned-figure-in-brackets",
        "Sukurtos 8 naujos paslaugos (planuota – 6).",
        [(8, X, "naujos paslaugos")],
    ),
    case("percentage-is-no-count", "ES lėšos sudaro 85 proc.", []),
    case(
        "object-first",
        "Kvalifikaciją kėlė 25 muziejų darbuotojai.",
        [(25, X, "muziejų darbuotojai")],
    ),
    case(
        "attracted-visitors",
        "Pritraukta 1 000 naujų lankytojų.",
        [(1000, X, "naujų lankytojų")],
    ),
    case(
        "approximately",
        "Bus organizuoti maždaug 20 susitikimų.",
        [(20, ABOUT, "susitikimų")],
    ),
    case("measure-and-priority-are-no-counts", "Priemonė Nr. 07.1.1, prioritetas 5.", []),
    case(
        "indicator-table-rows",
        "Surengti festivaliai\tvnt.\t6\nParengti leidiniai\t4",
        [(6, X, "Surengti festivaliai"), (4, X, "Parengti leidiniai")],
    ),
    # issue 9: counted outputs anywhere in the text, in the forms of real pages
    case("held-past", "Vasarą surengta 12 renginių.", [(12, X, "renginių")]),
    case("took-part", "Šventėse dalyvavo 150 dalyvių.", [(150, X, "dalyvių")]),
    case(
        "trained-past", "Apmokyta 15 bibliotekos darbuotojų.", [(15, X, "bibliotekos darbuotojų")]
    ),
    case("rooms-equipped", "Mokykloje įrengtos 3 klasės.", [(3, X, "klasės")]),
    case(
        "future-acquired",
        "Bus įsigyta 64 socialiniai būstai.",
        [(64, X, "socialiniai būstai")],
    ),
    case("planned-involve", "Numatoma įtraukti 150 gyventojų.", [(150, X, "gyventojų")]),
    case(
        "able-to-connect",
        "Nutiesus tinklus, sudaryta galimybė prisijungti 140 būstų.",
        [(140, X, "būstų")],
    ),
    case(
        "count-after-the-noun",
        "Trupės parengė 3 spektaklius ir parodė juos 18 kartų.",
        [(3, X, "spektaklius"), (18, X, "kartų")],
    ),
    case(
        "english-passive",
        "During the project 12 craft workshops were held and 2 exhibitions were produced.",
        [(12, X, "craft workshops"), (2, X, "exhibitions")],
    ),
    case(
        "english-at-least-residents",
        "The partners will reach at least 2,000 residents.",
        [(2000, MIN, "residents")],
    ),
    case(
        "count-on-the-next-line",
        "Per projektą bus įrengtos 6\nmokomosios dirbtuvės ir apmokyti 32 mokytojai.",
        [(6, X, "mokomosios dirbtuvės"), (32, X, "mokytojai")],
    ),
    case(
        "capital-on-the-next-line-is-no-noun",
        "Planuojama išleisti 500\nKontaktai: tel. 8 5 212 3456",
        [],
    ),
    case(
        "vnt-list-under-a-verb-line",
        "Įsigyta įranga:\nPlanšetiniai kompiuteriai – 30 vnt.\nInteraktyvūs ekranai (4 vnt.)",
        [(30, X, "Planšetiniai kompiuteriai"), (4, X, "Interaktyvūs ekranai")],
    ),
    case(
        "vnt-noun-after-the-verb",
        "Įgyvendindama projektą bendruomenė įsigijo kėdžių – 60 vnt., stalų – 10 vnt.",
        [(60, X, "kėdžių"), (10, X, "stalų")],
    ),
    case(
        "vnt-in-brackets-after-the-verb",
        "Įsigyti lauko treniruokliai (6 vnt.), suoliukai (4 vnt.).",
        [(6, X, "lauko treniruokliai"), (4, X, "suoliukai")],
    ),
    case("vnt-right-after-the-verb-counts-nothing-named", "Įsigyta 5 vnt.", []),
    case(
        "vnt-in-brackets-after-a-count",
        "Įsigyti 6 butai (3 vnt. vieno kambario, 3 vnt. dviejų kambarių).",
        [(6, X, "butai"), (3, X, "vieno kambario"), (3, X, "dviejų kambarių")],
    ),
    case(
        "of-them",
        "Sutvarkyta 40 objektų, iš jų – 29 statiniai.",
        [(40, X, "objektų"), (29, X, "statiniai")],
    ),
    case(
        "total-with-a-breakdown",
        "Iš viso bus įsigyta 30 butų (12 vieno kambario, 14 dviejų kambarių).",
        [(30, X, "butų"), (12, X, "vieno kambario"), (14, X, "dviejų kambarių")],
    ),
    case(
        "in-all-without-a-verb",
        "Darbai vyko ilgai (viso 40 objektų, iš jų - 29 statiniai).",
        [(40, X, "objektų"), (29, X, "statiniai")],
    ),
    case("per-is-over", "Šventėje dalyvavo per 2 500 žmonių.", [(2500, MIN, "žmonių")]),
    case("virš", "Koncertuose apsilankė virš 800 žiūrovų.", [(800, MIN, "žiūrovų")]),
    case("almost", "Renginiuose apsilankė beveik 900 žmonių.", [(900, ABOUT, "žmonių")]),
    case(
        "a-list-after-one-verb",
        "Parke bus įrengta 2,4 km takų, 3 apžvalgos aikštelės, 40 suoliukų, pasodinta per "
        "200 medžių.",
        [(3, X, "apžvalgos aikštelės"), (40, X, "suoliukų"), (200, MIN, "medžių")],
    ),
    case(
        "during-the-project",
        "Per projektą 126 kultūros darbuotojai tobulino kvalifikaciją.",
        [(126, X, "kultūros darbuotojai")],
    ),
    case(
        "expected-participants",
        "Baigiamojoje mugėje tikimasi ne mažiau kaip 150 dalyvių.",
        [(150, MIN, "dalyvių")],
    ),
    case(
        "a-place-after-the-noun-is-not-counted",
        "Surengta 10 koncertų abiejose šalyse.",
        [(10, X, "koncertų")],
    ),
    case(
        "grade-range-before-the-noun",
        "Klasėmis naudosis apie 420 5–8 klasių mokinių.",
        [(420, ABOUT, "klasių mokinių")],
    ),
    case(
        "rooms-numeral-before-the-noun",
        "Nutiesta apie 950 metrų tako ir įrengti 4 2-jų kambarių butai.",
        [(4, X, "kambarių butai")],
    ),
    case(
        "hours-given-are-an-output",
        "Apie 750 valandų bus skirta konsultacijoms.",
        [(750, ABOUT, "valandų")],
    ),
    case(
        "result-word-in-a-sentence",
        "Pagrindinis projekto rezultatas – 2 naujos darbo vietos.",
        [(2, X, "naujos darbo vietos")],
    ),
    case(
        "english-result-word", "Main result: 3 youth clubs in rural areas.", [(3, X, "youth clubs")]
    ),
    # not results
    case("search-counter", "Paieškos rezultatų: 15\nRodyti po 10", []),
    case("partnership-size", "Projekte dalyvauja 3 vietos veiklos grupės.", []),
    case(
        "partners-from-countries",
        "Dalyvavo 140 muzikantų iš 6 muzikos mokyklų.",
        [(140, X, "muzikantų")],
    ),
    case("age", "Stovykloje dalyvavo vaikai nuo 7 iki 14 metų.", []),
    case("ages-in-a-range", "Įrengta erdvė 14–16 metų jaunimui.", []),
    case("street-number", "Įrengta salė Vilniaus g. 15, Kaune.", []),
    case("floors", "Buvusiame 4 aukštų pastate bus įrengta studija.", []),
    case("seats", "Įrengta 220 vietų salė.", []),
    case("length", "Nutiesta 400 m pėsčiųjų tako.", []),
    case("length-km-decimal", "Nutiesta 4,318 km vamzdynų.", []),
    case("area", "Sutvarkyta 640 kv. m teritorijos.", []),
    case("page-counter", "Puslapis 1 iš 1", []),
    case("view-counter", "Peržiūrų: 412", []),
    case("read-counter", "Naujiena skaityta 308 kartus", []),
    case("visitor-counter", "Jūs esate 27 115 lankytojas.", []),
    case("training-length", "Kiekvieną ciklą sudarys 40 akademinių valandų.", []),
    case(
        "days-of-training", "10 dienų mokymuose dalyvavo 6 specialistai.", [(6, X, "specialistai")]
    ),
    case("capacity-up-to", "Prieplaukose gali stovėti iki 14 valčių.", []),
    case("in-all-of-them", "Aikštelės bus įrengtos visose 23 seniūnijose.", []),
    case("other-projects", "Pagal kvietimą finansavimą gavo 14 projektų.", []),
    case("key-action", "Mokykla dalyvauja Erasmus+ 2 pagrindinio veiksmo projekte.", []),
    case("money-in-thousands", "Įrengta už 280 tūkst. Eur.", []),
    case("existing-collection", "Rinkiniuose saugoma daugiau nei 40 tūkst. eksponatų.", []),
    case("english-partners", "The municipality is one of 10 partners.", []),
    case("ordinal-century", "The 19th-century granary was renovated.", []),
    case("covid", "Dėl COVID-19 renginiai vyko nuotoliu.", []),
    case(
        "will-settle-in",
        "Įgyvendinus projektą, centre įsikurs ne mažiau kaip 12 jaunų įmonių.",
        [(12, MIN, "jaunų įmonių")],
    ),
    case(
        "settled-elsewhere-is-no-output",
        "Kaimyniniame mieste jau veikia inkubatorius, kuriame įsikūrė 30 įmonių.",
        [],
    ),
    case("priority", "Prioritetas 2 „Aplinka“ – įrengta 3 stotelės.", [(3, X, "stotelės")]),
    case(
        "contractors-are-no-output",
        "Remonto darbus atliko 2 rangovai, sutvarkyta 5 kiemai.",
        [(5, X, "kiemai")],
    ),
    case("towns-taking-part-are-the-partnership", "Tinkle dalyvauja 7 miestai.", []),
    case(
        "municipalities-before-took-part-are-the-partnership",
        "3 municipalities took part in the project.",
        [],
    ),
    case("schools-before-dalyvavo-are-the-partnership", "5 mokyklos dalyvavo mokymuose.", []),
    case(
        "pupils-before-took-part-are-counted",
        "During the project 3 schools were renovated and 200 pupils took part in workshops.",
        [(3, X, "schools"), (200, X, "pupils")],
    ),
    case(
        "schools-renovated-before-a-member-verb-are-counted",
        "Renovuotos 3 mokyklos dalyvaus konkurse.",
        [(3, X, "mokyklos")],
    ),
    case(
        "regions-taking-part-are-the-partnership",
        "Projekte dalyvauja 4 uostamiesčiai ir 2 regionai.",
        [],
    ),
    case(
        "towns-given-something-are-counted",
        "Naujus suoliukus gavo 3 miestai.",
        [(3, X, "miestai")],
    ),
    case("subcontractors-are-no-output", "Statybas vykdė 3 subrangovai.", []),
    case(
        "share-with-auxiliary-after-figure",
        "Suremontuota 8 klasės, iš kurių 2 bus pritaikytos neįgaliems mokiniams.",
        [(8, X, "klasės")],
    ),
    case(
        "share-of-them-after-figure",
        "Nupirkti 6 autobusai, 4 iš jų bus elektriniai.",
        [(6, X, "autobusai")],
    ),
    case(
        "english-auxiliary-after-figure",
        "Of the 9 halls renovated, 3 were equipped with stages.",
        [(9, X, "halls")],
    ),
    # round 10: a long list of counted items after one verb
    case(
        "a-long-list-after-one-verb",
        "Bendruomenės namams įsigyta: 12 sulankstomų kėdžių, 4 dideli stalai, 1 šaldytuvas, "
        "1 elektrinė viryklė, 2 drabužių spintos, 3 knygų lentynos, 2 nešiojamieji "
        "kompiuteriai, 1 projektorius ir 5 palapinės.",
        [
            (12, X, "sulankstomų kėdžių"),
            (4, X, "dideli stalai"),
            (1, X, "šaldytuvas"),
            (1, X, "elektrinė viryklė"),
            (2, X, "drabužių spintos"),
            (3, X, "knygų lentynos"),
            (2, X, "nešiojamieji kompiuteriai"),
            (1, X, "projektorius"),
            (5, X, "palapinės"),
        ],
    ),
    case(
        "a-long-vnt-list-after-one-verb",
        "Įsigyta: kėdžių – 60 vnt., stalų – 10 vnt., spintų – 4 vnt., lentynų – 6 vnt., "
        "palapinių – 3 vnt., šaldytuvų – 2 vnt., prožektorių – 8 vnt.",
        [
            (60, X, "kėdžių"),
            (10, X, "stalų"),
            (4, X, "spintų"),
            (6, X, "lentynų"),
            (3, X, "palapinių"),
            (2, X, "šaldytuvų"),
            (8, X, "prožektorių"),
        ],
    ),
    case(
        "a-long-english-list-with-words-after-its-items",
        "The partners organised 4 study visits, 3 seminars for staff from both sides of the "
        "border, 2 conferences on heritage tourism, 6 guided walks along the routes and "
        "12 press releases.",
        [
            (4, X, "study visits"),
            (3, X, "seminars"),
            (2, X, "conferences"),
            (6, X, "guided walks along the routes"),
            (12, X, "press releases"),
        ],
    ),
    case(
        "a-count-after-a-clause-is-no-list-item",
        "Bendruomenės namuose buvo suremontuotos 3 patalpos, o kaimo aikštėje, kurioje kasmet "
        "per šventes susirenka daug žmonių iš visos seniūnijos ir kaimyninių kaimų, telpa "
        "400 žmonių.",
        [(3, X, "patalpos")],
    ),
    case(
        "a-list-in-the-next-sentence-is-no-list-item",
        "Bus įrengta 3 aikštelės ir 40 suoliukų. Kaime gyvena 450 gyventojų, 120 vaikų.",
        [(3, X, "aikštelės"), (40, X, "suoliukų")],
    ),
    # round 10: a count written as a word before its passive verb
    case(
        "a-word-count-before-a-passive",
        "Eight local action plans were adopted.",
        [(8, X, "local action plans")],
    ),
    case(
        "word-counts-before-a-perfect-passive-and-took-place",
        "During the project two new jobs have been created and three workshops took place.",
        [(2, X, "new jobs"), (3, X, "workshops")],
    ),
    case(
        "lithuanian-word-counts-before-buvo-and-bus",
        "Dvi naujos darbo vietos buvo sukurtos, trys salės bus atnaujintos.",
        [(2, X, "naujos darbo vietos"), (3, X, "salės")],
    ),
    case(
        "a-word-count-before-its-verb-after-years",
        "In two years five exhibitions were held.",
        [(5, X, "exhibitions")],
    ),
    case("the-two-points-back", "The two schools were renovated.", []),
    case("lithuanian-these-two-point-back", "Šios dvi salės bus atnaujintos.", []),
    case("two-of-the-partners", "Two of the partners were involved.", []),
    case(
        "a-word-count-before-an-active-verb",
        "Two volunteers planted 300 trees.",
        [(300, X, "trees")],
    ),
    case("a-word-count-before-took-part", "Three municipalities took part in the project.", []),
    case("a-word-count-of-days-before-a-passive", "Two days were devoted to trainings.", []),
    case("a-word-before-hundreds-before-a-passive", "Two hundred trees were planted.", []),
    case("a-word-count-before-a-participle-alone", "Trys klasės atnaujintos.", [(3, X, "klasės")]),
    # round 10: English pasts of cross-border projects' pages
    case(
        "english-attracted",
        "The festival attracted about 150 participants.",
        [(150, ABOUT, "participants")],
    ),
    case(
        "english-opened", "The library opened 3 new reading rooms.", [(3, X, "new reading rooms")]
    ),
    case(
        "english-adopted-after-the-count",
        "8 local action plans were adopted.",
        [(8, X, "local action plans")],
    ),
    case(
        "english-identified-and-carried-out",
        "Partners identified more than 40 good practices and carried out 3 studies.",
        [(40, MIN, "good practices"), (3, X, "studies")],
    ),
    case(
        "english-a-participle-after-the-noun-ends-it",
        "Expected results:\n- at least 12 good practices identified and shared;",
        [(12, MIN, "good practices")],
    ),
    case("english-welcomed", "The museum welcomed over 2,000 visitors.", [(2000, MIN, "visitors")]),
    case(
        "english-will-attract",
        "The renewed park will attract at least 5,000 visitors.",
        [(5000, MIN, "visitors")],
    ),
    case(
        "english-purchased-and-upgraded",
        "The school purchased 20 laptops and upgraded 2 laboratories.",
        [(20, X, "laptops"), (2, X, "laboratories")],
    ),
    case(
        "a-programmes-applications-and-projects-are-no-output",
        "The programme received 112 applications and supported 16 projects.",
        [],
    ),
    case(
        "english-a-preposition-after-the-figure-counts-nothing",
        "The tool was piloted with 24 pupils aged 10 and 11 from a local school.",
        [(24, X, "pupils")],
    ),
    case(
        "lithuanian-į-after-the-figure-stays",
        "Surengta 12 į jaunimą orientuotų renginių.",
        [(12, X, "į jaunimą orientuotų renginių")],
    ),
    case(
        "a-programmes-calls-and-applications-are-no-output",
        "In 2023 the programme opened 2 calls for proposals and 131 applications were submitted.",
        [],
    ),
    case("lithuanian-applications-are-no-output", "Per kvietimą gautos 45 paraiškos.", []),
    case("what-a-renovated-place-has", "The renovated school has 450 pupils.", []),
    case("lithuanian-what-a-renovated-place-has", "Atnaujinta mokykla turi 12 klasių.", []),
    case(
        "a-result-after-has-has-its-participle",
        "The partners have trained 40 teachers.",
        [(40, X, "teachers")],
    ),
    case(
        "a-second-item-of-what-a-place-has",
        "The renovated school has 450 pupils and 12 classrooms.",
        [],
        gap="only the first figure after 'has' is blocked; the verb before still reports the "
        "item joined by 'and'",
    ),
    case(
        "a-rate-counts-no-noun",
        "Expected results:\n- case studies (5 per country);\n- 12 workshops per year.",
        [(12, X, "workshops")],
    ),
    case("english-opened-on-a-date", "The centre was opened on 4 May 2021.", []),
    case("english-reconstructed-over-years", "The bridge was reconstructed over 2 years.", []),
    case(
        "a-part-named-after-iš-jų-stays",
        "Apmokyta 30 savanorių, iš jų 11 jaunuolių.",
        [(30, X, "savanorių"), (11, X, "jaunuolių")],
    ),
    # round 11: a genitive list before the counted noun
    case(
        "a-genitive-list-before-the-head-noun",
        "Per projektą 126 kultūros centro, bibliotekos ir meno mokyklos darbuotojai tobulino "
        "kvalifikaciją.",
        [(126, X, "kultūros centro, bibliotekos ir meno mokyklos darbuotojai")],
    ),
    case(
        "a-genitive-list-after-a-ten",
        "Apmokyta 120 seniūnijos, bendruomenės ir jaunimo centro darbuotojų.",
        [(120, X, "seniūnijos, bendruomenės ir jaunimo centro darbuotojų")],
    ),
    case(
        "a-plural-genitive-list-before-the-head-noun",
        "Mokymuose dalyvavo 34 mokyklų, darželių bei bibliotekų specialistai.",
        [(34, X, "mokyklų, darželių bei bibliotekų specialistai")],
    ),
    case(
        "a-genitive-list-before-an-accusative-head",
        "Projektas apmokys 45 muziejaus, archyvo ir bibliotekos darbuotojus.",
        [(45, X, "muziejaus, archyvo ir bibliotekos darbuotojus")],
    ),
    case(
        "a-list-of-counted-genitives-stays-cut",
        "Surengta 10 seminarų, konferencijų ir parodų.",
        [(10, X, "seminarų")],
    ),
    case(
        "a-list-of-nominatives-stays-cut",
        "Atnaujintos 2 salės, bibliotekos ir mokyklos patalpos.",
        [(2, X, "salės")],
    ),
    case(
        "a-list-of-other-nouns-stays-cut",
        "Įrengta 16 kabinetų, koridorius ir sporto salė.",
        [(16, X, "kabinetų")],
    ),
    case(
        "a-genitive-list-without-a-head-stays-cut",
        "Pasodinti 24 ąžuolo, klevo ir liepos.",
        [(24, X, "ąžuolo")],
    ),
    case(
        "a-genitive-list-whose-head-disagrees-stays-cut",
        "Apmokyti 12 mokyklos, darželio ir centro darbuotojai.",
        [(12, X, "mokyklos")],
    ),
    case(
        "a-second-count-after-the-comma-stays-its-own",
        "Įsigyta 12 kompiuterių, 2 projektoriai ir 4 ekranai.",
        [(12, X, "kompiuterių"), (2, X, "projektoriai"), (4, X, "ekranai")],
    ),
    # round 11: a number written as a word before a participle with no auxiliary
    case(
        "a-masculine-word-count-before-a-participle",
        "Du nauji pėsčiųjų takai nutiesti.",
        [(2, X, "nauji pėsčiųjų takai")],
    ),
    case(
        "word-counts-before-participles-in-two-clauses",
        "Per projektą du kabinetai įrengti, o keturios klasės pritaikytos ir aprūpintos.",
        [(2, X, "kabinetai"), (4, X, "klasės")],
    ),
    case("an-infinitive-after-a-verb-is-no-participle", "Du darbuotojai padės įrengti.", []),
    case("a-determiner-before-the-word-count", "Šios dvi salės atnaujintos.", []),
    case(
        "a-participle-before-a-noun-is-no-result-verb",
        "Trys klasės atnaujintos mokyklos korpuse turi naujus baldus.",
        [],
    ),
    case("an-accusative-word-count-is-no-subject", "Matėme tris klases atnaujintas.", []),
    # round 11: members named with where they come from
    case(
        "members-from-a-region-before-their-verb",
        "35 organisations from the region participate in the project.",
        [],
    ),
    case(
        "lithuanian-members-from-a-region-before-their-verb",
        "12 organizacijų iš Latvijos ir Lietuvos dalyvauja projekte.",
        [],
    ),
    case(
        "people-from-a-region-before-took-part-stay-counted",
        "200 pupils from the region participated in the workshops.",
        [(200, X, "pupils")],
    ),
    # round 11: the nouns the stem "organiz" begins are no verbs
    case("organisations-are-no-result-verb", "Tinkle veikia 5 jaunimo organizacijos.", []),
    case(
        "a-network-uniting-organisations",
        "Šiandien tinklas jungia 18 apskrities jaunimo organizacijas.",
        [],
    ),
    case(
        "a-count-after-organisations-takes-no-verb-from-them",
        "Mieste veikia 7 nevyriausybinės organizacijos ir 2 klubai.",
        [],
    ),
    case("organised-stays-a-result-verb", "Bus organizuojami 3 mokymai.", [(3, X, "mokymai")]),
    case("organisers-are-no-result-verb", "Veikia 4 renginių organizatoriai.", []),
    # round 12: nouns that begin with a result verb's stem, told from the verb by their ending
    case(
        "female-participants-end-no-counted-phrase",
        "Stovykloje dalyvavo 6 užsienio dalyvės.",
        [(6, X, "užsienio dalyvės")],
    ),
    case(
        "devices-end-no-counted-phrase",
        "Bendrovė įsigijo 3 modulinius įrenginius.",
        [(3, X, "modulinius įrenginius")],
    ),
    case(
        "surveys-end-no-counted-phrase",
        "Atliktos 2 vietos gyventojų apklausos.",
        [(2, X, "vietos gyventojų apklausos")],
    ),
    case(
        "founders-end-no-counted-phrase",
        "Mokymuose dalyvavo 14 jaunų verslo įkūrėjų.",
        [(14, X, "jaunų verslo įkūrėjų")],
    ),
    case(
        "additional-ends-no-counted-phrase",
        "Įmonėje sukurtos 3 naujos papildomos darbo vietos.",
        [(3, X, "naujos papildomos darbo vietos")],
    ),
    case(
        "participants-are-no-verb-of-a-clause",
        "Konferencijoje buvo 8 užsienio dalyvės.",
        [],
    ),
    case(
        "a-device-is-no-verb-of-a-clause",
        "Naujo įrenginio našumas – 250 vienetų per valandą.",
        [],
    ),
    case(
        "a-survey-is-no-verb-of-a-clause",
        "Apklausos duomenis aptarė 12 ekspertų.",
        [],
    ),
    case(
        "participants-in-the-dative-are-no-verb",
        "Su dalyviais susitiko 4 savivaldybės atstovai.",
        [],
    ),
    case(
        "devices-counted-after-another-count",
        "Salėje yra 12 įrenginių ir 2 kompiuterių klasės.",
        [],
    ),
    case(
        "participated-stays-a-result-verb",
        "Dalyvaus 40 jaunuolių iš trijų mokyklų.",
        [(40, X, "jaunuolių")],
    ),
    case(
        "equipped-stays-a-result-verb",
        "Įrengtos 2 naujos sporto aikštelės.",
        [(2, X, "naujos sporto aikštelės")],
    ),
    case(
        "inclusion-ends-no-counted-phrase",
        "Įrengtos 3 skaitmeninės įtraukties erdvės.",
        [(3, X, "skaitmeninės įtraukties erdvės")],
    ),
    case(
        "inclusion-is-no-verb-of-a-clause",
        "Socialinės įtraukties centre lankosi 40 vaikų.",
        [],
    ),
    case(
        "included-stays-a-result-verb",
        "Į veiklas įtraukti 25 jaunuoliai.",
        [(25, X, "jaunuoliai")],
    ),
    case(
        "surveyed-stays-a-result-verb",
        "Apklausta 150 rajono gyventojų.",
        [(150, X, "rajono gyventojų")],
    ),
    case(
        "certificates-are-no-verb-of-a-clause",
        "Kursų pabaigoje 25 seminaro dalyviams buvo įteikti pažymėjimai.",
        [],
    ),
    case(
        "achievements-are-no-verb-of-a-clause",
        "Jaunųjų sportininkų pasiekimai: 5 prizinės vietos regiono varžybose.",
        [],
    ),
    case(
        "achievements-before-a-clause-of-their-own",
        "Sporto pasiekimai gerėja: 12 mokinių laimėjo medalius.",
        [],
    ),
    case(
        "a-visit-in-a-churchs-name-is-no-verb",
        "Apsilankymo bažnyčia po restauracijos talpins 150 žmonių.",
        [],
    ),
    case(
        "certificates-counted-stay-whole",
        "Parengti 3 pažymėjimų šablonai.",
        [(3, X, "pažymėjimų šablonai")],
    ),
    case(
        "marked-stays-a-result-verb",
        "Pažymėtos 4 lankytinos vietos.",
        [(4, X, "lankytinos vietos")],
    ),
    case(
        "reached-stays-a-result-verb",
        "Pasiekta 120 jaunuolių.",
        [(120, X, "jaunuolių")],
    ),
    case(
        "visited-stays-a-result-verb",
        "Muziejuje apsilankė 400 lankytojų.",
        [(400, X, "lankytojų")],
    ),
    # round 14b: a range's second figure after a spaced dash
    case("a-spaced-range-gives-no-count", "Stovykloje dalyvavo 3 – 7 klasių moksleiviai.", []),
    case("a-range-spaced-before-its-dash", "Užsiėmimus lankė 2 -6 klasių vaikai.", []),
    case("a-range-spaced-after-its-dash", "Užsiėmimus lankė 2– 6 klasių vaikai.", []),
    case(
        "a-dash-between-words-is-no-range",
        "Įsigyta 12 suoliukų – 4 stalai.",
        [(12, X, "suoliukų"), (4, X, "stalai")],
    ),
    case(
        "a-count-after-a-spaced-range-is-read",
        "Stovykloje 3 – 7 klasių moksleiviams surengta 6 žygiai.",
        [(6, X, "žygiai")],
    ),
    # round 14b: "ir" before a second count written as a word ends the first
    case(
        "a-second-count-in-words-ends-the-first",
        "Stovykloje dalyvavo aštuoni treneriai ir trys savanoriai.",
        [(8, X, "treneriai")],
    ),
    case(
        "a-second-count-in-words-after-digits",
        "Surengta 14 ekskursijų ir dvi parodos.",
        [(14, X, "ekskursijų")],
    ),
    case(
        "a-word-beginning-like-a-numeral-is-no-count",
        "Įsigyta 4 stalai ir dvivietės palapinės.",
        [(4, X, "stalai ir dvivietės palapinės")],
    ),
    case(
        "english-second-count-in-words",
        "The camp welcomed 40 pupils and three volunteers.",
        [(40, X, "pupils")],
    ),
    # round 14b: those who wish to take part and applications in other cases are no output
    case(
        "candidates-wishing-to-take-part",
        "Atrankoje dalyvavo 26 norintys mokiniai, iš jų atrinkta 12 dalyvių.",
        [(12, X, "dalyvių")],
    ),
    case("wishing-in-the-genitive", "Atrankoje dalyvavo 18 norinčių jaunuolių.", []),
    case("wishing-before-an-infinitive", "Užsiregistravo 9 norinčios dalyvauti grupės.", []),
    case(
        "applications-in-the-dative",
        "Net 5 paraiškoms vertinimo metu buvo sumažintas finansavimas.",
        [],
    ),
    case(
        "participants-who-took-part-stay-counted",
        "Stovykloje dalyvavo 26 mokiniai, norintys tobulinti kalbos žinias.",
        [(26, X, "mokiniai")],
    ),
    # round 14b: collective numerals (nouns with no singular)
    case(
        "collective-numeral-after-a-verb",
        "Pavasarį surengti net treji kalbos mokymai.",
        [(3, X, "kalbos mokymai")],
    ),
    case(
        "collective-numeral-before-a-passive",
        "Dveji vasaros mokymai buvo suorganizuoti kaime.",
        [(2, X, "vasaros mokymai")],
    ),
    case("collective-numeral-of-years-is-no-count", "Projektas vyko dvejus metus.", []),
    case(
        "collective-numeral-before-a-figure",
        "Įgyvendinti dveji 3 dienų mokymai.",
        [(2, X, "mokymai")],
    ),
    # round 15: "pravesti" (to hold trainings, seminars)
    case(
        "held-trainings-neuter",
        "Per metus pravesta 16 mokymų ūkininkams.",
        [(16, X, "mokymų ūkininkams")],
    ),
    case(
        "held-seminars-active",
        "Asociacija pravedė 4 seminarus ir 2 išvykas.",
        [(4, X, "seminarus"), (2, X, "išvykas")],
    ),
    case("held-with-no-count", "Mokymus pravedė lektorė iš Kauno, 2023 m.", []),
    # round 15: those who went on a visit are no output
    case(
        "teachers-who-went-to-a-meeting",
        "Į partnerių susitikimą Ispanijoje vyko 5 mokytojai ir 8 mokiniai.",
        [],
    ),
    case("pupils-who-will-go", "Į vasaros stovyklą vyks 14 mokinių.", []),
    case("a-group-before-its-verb", "Rudenį 7 pedagogai vyko į Suomiją.", []),
    case(
        "events-that-took-place-stay-counted",
        "Projekto metu vyko 6 seminarai mokytojams.",
        [(6, X, "seminarai mokytojams")],
    ),
    case(
        "people-who-took-part-stay-counted",
        "Susitikimuose dalyvavo 35 mokiniai.",
        [(35, X, "mokiniai")],
    ),
    # round 15: a part of a total ("N iš M …") counts what follows the total
    case(
        "a-part-of-a-total",
        "Mokymų programą baigė 22 iš 25 dalyvių.",
        [(22, X, "dalyvių")],
    ),
    case(
        "a-part-of-a-total-in-english",
        "In the end 14 out of 16 trainees completed the course.",
        [(14, X, "trainees")],
    ),
    case("a-part-of-applications-is-no-output", "Finansuotos 6 iš 19 paraiškų.", []),
    case(
        "from-families-stays-as-it-was",
        "Stovykloje dalyvavo 12 iš nepasiturinčių šeimų vaikų.",
        [(12, X, "iš nepasiturinčių šeimų vaikų")],
    ),
    # round 15: a figure before a noun in the singular names a row's place, not a count
    case("a-meeting-numbered", "Gegužę vyko 3 tarptautinis susitikimas Latvijoje.", []),
    case("a-numbered-seminar-organised", "Organizuotas 2 tarptautinis seminaras.", []),
    case("a-numbered-conference", "Surengta 4 konferencija bibliotekininkams.", []),
    case(
        "a-plural-accusative-in-as-stays",
        "Bendruomenė išleido 3 knygas apie kaimo istoriją.",
        [(3, X, "knygas")],
    ),
    case("a-count-ending-in-one-stays", "Įvyko 21 renginys.", [(21, X, "renginys")]),
    case("an-instrumental-plural-stays", "Fondas papildytas 6 butais.", [(6, X, "butais")]),
    # round 15: an English verb after the plural noun ends what is counted
    case(
        "english-past-after-the-noun",
        "The exchange involved 18 young volunteers joined by local guides.",
        [(18, X, "young volunteers")],
    ),
    case(
        "english-participle-after-the-noun",
        "The school hosted 22 teachers attending the summer course.",
        [(22, X, "teachers")],
    ),
    case(
        "english-participle-before-the-noun-stays",
        "Partners published 4 illustrated guides and held 3 training sessions.",
        [(4, X, "illustrated guides"), (3, X, "training sessions")],
    ),
    # round 15: "po N" gives a number each, no total
    case("a-number-each", "Bus surengtos stovyklos po 24 dalyvius.", []),
    case(
        "a-number-each-after-a-count",
        "Surengti 3 mokymai po 15 dalyvių.",
        [(3, X, "mokymai")],
    ),
    case(
        "a-total-stays",
        "Stovyklose dalyvavo 48 vaikai.",
        [(48, X, "vaikai")],
    ),
    # round 16: a year in the instrumental or before Christ is no count
    case("a-year-in-the-instrumental", "Dvaras buvo pastatytas 1812 metais.", []),
    case("a-year-before-christ", "Piliakalnis įrengtas 800 prieš Kristų.", []),
    case("a-year-before-christ-abbreviated", "Šventykla pastatyta 450 pr. Kr.", []),
    case(
        "a-count-before-a-year-stays",
        "Pastatyti 3 paviljonai, o 2019 metais atnaujinti 2 tiltai.",
        [(3, X, "paviljonai"), (2, X, "tiltai")],
    ),
    # round 16: a numeral in words before how long each event lasts counts the events
    case(
        "a-collective-numeral-before-a-length",
        "Įgyvendinti dveji 3 dienų regioniniai mokymai.",
        [(2, X, "regioniniai mokymai")],
    ),
    case(
        "a-numeral-before-a-length-after-a-verb",
        "Surengtos dvi 4 dienų kūrybinės stovyklos.",
        [(2, X, "kūrybinės stovyklos")],
    ),
    case(
        "a-numeral-before-one-days-length",
        "Suorganizuotos trys 1 dienos išvykos.",
        [(3, X, "išvykos")],
    ),
    case(
        "implemented-before-digits-is-no-verb",
        "Bendrovės planuoja įgyvendinti 12 projektų ir įgyvendinti 6 priemones.",
        [],
    ),
    case("a-length-alone-stays-no-count", "Mokymai truko 3 dienas.", []),
    # round 16: a site's visitor counter is no count
    case("a-visitor-counter-in-total", "Projekto naujienos\n120 lankytojai aplankė iš viso", []),
    case("a-visitor-counter-today", "Projekto naujienos\n4 lankytojai aplankė šiandien", []),
    case("a-site-visited-by", "Svetainę aplankė 3456 lankytojai.", []),
    case(
        "an-exhibitions-visitors-stay",
        "Parodą aplankė 3456 lankytojai.",
        [(3456, X, "lankytojai")],
    ),
    # round 16: a cap in a funding rule is no count
    case(
        "a-cap-after-may-not-exceed",
        "Subsidija vienai darbo vietai įsteigti negali viršyti 30 minimaliųjų mėnesinių algų.",
        [],
    ),
    case(
        "a-cap-after-a-participle",
        "Parama darbo vietoms pritaikyti (neviršijanti 25 minimalių algų) skiriama darbdaviams.",
        [],
    ),
    case(
        "jobs-created-beside-a-cap-stay",
        "Įsteigtos 12 naujų darbo vietų, o parama neviršija 20 algų.",
        [(12, X, "naujų darbo vietų")],
    ),
    # round 17: an age range between the count and the noun is part of who is counted
    case(
        "an-age-range-in-years-before-the-noun",
        "Mainuose dalyvavo 36 16-25 m. jaunuoliai iš penkių šalių.",
        [(36, X, "jaunuoliai")],
    ),
    case(
        "an-age-range-with-its-age-word",
        "Stovykloje dalyvavo 24 14–29 metų amžiaus jaunuoliai.",
        [(24, X, "jaunuoliai")],
    ),
    case(
        "an-age-range-spaced-around-its-dash",
        "Mokymuose dalyvavo 18 20 - 35 m. bedarbiai.",
        [(18, X, "bedarbiai")],
    ),
    case(
        "an-age-range-alone-is-no-count",
        "Stovyklose dalyvavo 14–29 metų jaunuoliai iš visos apskrities.",
        [],
    ),
    # round 18: a place's capitalised genitives before its locative name the place, not what
    # is counted
    case(
        "a-country-genitive-before-the-locative",
        "Surengti šeši kilnojamieji seminarai Lietuvos miestuose: Alytuje ir Utenoje.",
        [(6, X, "kilnojamieji seminarai")],
    ),
    case(
        "an-eldership-and-villages-before-the-locative",
        "Įrengtos dvi sporto aikštelės Pušynės seniūnijos Alksnėnų ir Beržėnų kaimuose.",
        [(2, X, "sporto aikštelės")],
    ),
    case(
        "a-town-genitive-after-a-capitalised-first-word",
        "Surengti 3 Erasmus+ seminarai Kauno mokyklose.",
        [(3, X, "Erasmus+ seminarai")],
    ),
    case(
        "countries-before-the-noun-stay",
        "Įrengtos 4 Lietuvos ir Latvijos mokyklų laboratorijos Rygoje.",
        [(4, X, "Lietuvos ir Latvijos mokyklų laboratorijos")],
    ),
    case(
        "a-lower-case-genitive-before-the-locative-stays",
        "Įrengti 5 kaimo bendruomenių stendai seniūnijose.",
        [(5, X, "kaimo bendruomenių stendai")],
    ),
    # round 19: the teens and the tens written as words count as the small numerals do
    case(
        "a-teen-written-as-a-word",
        "Projekto metu įrengta keturiolika informacinių stendų.",
        [(14, X, "informacinių stendų")],
    ),
    case(
        "a-ten-before-an-age-range",
        "Vasaros stovykloje dalyvavo trisdešimt 14–19 metų amžiaus jaunuolių.",
        [(30, X, "jaunuolių")],
    ),
    case(
        "a-ten-and-a-unit-are-one-count",
        "Parke pasodinti dvidešimt trys nauji ąžuolai.",
        [(23, X, "nauji ąžuolai")],
    ),
    case(
        "a-teen-after-and-ends-the-first-count",
        "Surengta 11 ekskursijų ir dvylika parodų.",
        [(11, X, "ekskursijų")],
    ),
    case(
        "a-ten-before-an-ordinal-is-no-count",
        "Rugpjūtį įvyko dvidešimt antrasis folkloro festivalis.",
        [],
    ),
    case(
        "a-ten-before-one-is-no-count",
        "Konkurse dalyvavo dvidešimt vienas jaunas atlikėjas.",
        [],
    ),
    case(
        "a-ten-of-thousands-is-no-count",
        "Bibliotekai įsigyta dvidešimt tūkstančių leidinių.",
        [],
    ),
    # round 19: a capacity (how many fit) is no count of what was made or who came
    case(
        "what-racks-will-hold-is-no-count",
        "Prie mokyklų įrengta 40 naujų dviračių stovų, kurie talpins 80 dviračių.",
        [(40, X, "naujų dviračių stovų")],
    ),
    case(
        "what-a-stand-holds-is-no-count",
        "Stadione pastatyta nauja tribūna, kurioje telpa 250 žiūrovų.",
        [],
    ),
    case(
        "a-tank-bought-is-still-counted",
        "Ūkiui įsigytos 2 talpyklos ir 3 priekabos.",
        [(2, X, "talpyklos"), (3, X, "priekabos")],
    ),
    # round 20: two counts of one noun, the first's modifier alone before "ir"
    case(
        "a-modifier-before-ir-takes-the-second-counts-noun",
        "Surengti 6 nuotoliniai ir 2 kontaktiniai darbo grupės posėdžiai.",
        [
            (6, X, "nuotoliniai darbo grupės posėdžiai"),
            (2, X, "kontaktiniai darbo grupės posėdžiai"),
        ],
    ),
    case(
        "two-compound-modifiers-share-the-noun",
        "Bus suorganizuoti 12 dvišalių ir 4 daugiašalių jaunimo mainų.",
        [(12, X, "dvišalių jaunimo mainų"), (4, X, "daugiašalių jaunimo mainų")],
    ),
    case(
        "a-noun-before-ir-keeps-its-own-row",
        "Edukacijose dalyvavo 40 mokinių ir 6 kaimyninių mokyklų mokytojai.",
        [(40, X, "mokinių"), (6, X, "kaimyninių mokyklų mokytojai")],
    ),
    case(
        "a-noun-a-kind-is-read-from-is-no-modifier",
        "Surengti 9 renginiai ir 3 tarptautiniai renginiai.",
        [(9, X, "renginiai"), (3, X, "tarptautiniai renginiai")],
    ),
    # round 20: a number inside a quoted name is the name's, no count
    case(
        "a-festivals-quoted-name-is-no-count",
        "Bendruomenė surengė vasaros šventę „50 rudens spalvų“.",
        [],
    ),
    case(
        "a-projects-quoted-name-with-a-number-is-no-count",
        "Įgyvendintas projektas „Natura 2000 buveinių apsauga Pušynėje”, kurio metu parengti "
        "3 tvarkymo planai.",
        [(3, X, "tvarkymo planai")],
    ),
    case(
        "names-listed-in-quotes-are-no-counts",
        "Mokiniai sukūrė filmus „Kodas 4 Tau“ ir „Menai 3.0“.",
        [],
    ),
    case(
        "a-quoted-speech-still-reports-its-count",
        "„Per vasarą įrengėme 6 naujas aikšteles“, – džiaugėsi seniūnas.",
        [(6, X, "naujas aikšteles")],
    ),
    case(
        "a-quoted-speech-after-a-colon-still-reports-its-count",
        "Meras sakė: „Šiemet atnaujinome 12 sporto aikštynų. Tai didelis darbas.“",
        [(12, X, "sporto aikštynų")],
    ),
    case(
        "people-counted-are-no-modifier",
        "Stovykloje dalyvavo 25 moksleivių ir 5 užsienio šalių moksleivių.",
        [(25, X, "moksleivių"), (5, X, "užsienio šalių moksleivių")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_result_rows(text: str, expected: list[tuple[float, str, str]]) -> None:
    rows = extract_results(doc(text))
    assert [(r.count, r.qualifier, r.indicator) for r in rows] == [
        (float(c), q, i) for c, q, i in expected
    ]
    assert all(r.quote in text for r in rows)
