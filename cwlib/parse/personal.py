"""What personal data looks like in the genre's texts: e-mails, phones, personal codes, persons.

One set of patterns for the two modules that need them: the contacts extractor
(:mod:`cwlib.parse.contacts`), which puts personal data in its own table, and the redactor
(:mod:`cwlib.export.privacy`), which keeps it out of every export. Written once, so that what
the parser recognises and what an export hides cannot drift apart.

The forms, read off municipal pages and the ways people hide addresses from harvesters:

- e-mail addresses, also written ``vardas(eta)domenas.lt``, ``vardas [at] domenas [dot] lt``,
  ``vardas＠domenas.lt`` (a full-width at sign);
- phone numbers: international (``+370 673 82349``, ``00370 612 34567``, ``37061234567``),
  Lithuanian domestic (``8 687 12345``, ``(8 5) 211 2000``, ``868712345``, and with the
  trunk prefix 0 that replaced 8 in 2025: ``0 687 12345``, ``061234567``), a mobile number
  without its prefix (``612 34567``), and any number after ``tel.``, ``mob.``, ``faks.``,
  ``phone`` and the Latvian ``tālr.``, ``tālrunis``, ``fakss``, ``zvanot`` (a Latvian number
  has no prefix at home: ``tālr. 67012345``);
- Lithuanian personal codes (asmens kodas): 11 digits, the first 1-6, then a birth date
  (``39001011234``), or any 11 digits after the words ``asmens kodas`` / ``a. k.``;
- a person's name after a position word (``projekto vadovė Aušra Dockevičiūtė``), also written
  in lower case when the surname has a Lithuanian surname ending (``vadovė rasa
  petraitienė``), but never words that begin an organisation's name (``Kontaktai: Matera
  Basilicata 2019 fondas``);
- for redaction, the names listed after people counted and a colon (``vyko penki mokiniai:
  …``) or after pupils in the plural (``gimnazijos mokiniai Vardas Pavardys (6b), …``).

Figures stay figures: a sum of money (``812 345 678 Eur``), a date range, a project or
measure number, a post code or a street number matches none of these.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cwlib.lexicon import load as lexicon
from cwlib.parse.anchored import matches_at
from cwlib.patterns import compiled

__all__ = [
    "ADDRESSED_NAME",
    "AT_SIGNS",
    "CONTACT_APPEAL",
    "DIGIT_RUN",
    "EMAIL",
    "EMAIL_MARKS",
    "LATVIAN_CARD",
    "LATVIAN_IN_OTHER_CASES",
    "LITHUANIAN_CARD",
    "MASCULINE_DATIVE_NAME",
    "NAME_FIRST",
    "NAME_IN_OTHER_CASES",
    "PERSON",
    "PERSONAL_CODE",
    "PERSON_IN_OTHER_CASES",
    "SPELLED_AT_ENDS",
    "Personal",
    "digit_run_spans",
    "find_addressees",
    "find_codes",
    "find_emails",
    "find_personal",
    "find_persons",
    "find_phones",
    "find_role_lists",
    "may_hold_email",
    "may_hold_phone",
    "organisation_follows",
    "resolve_overlaps",
    "spelled_at_before",
]

_DOT = r"(?:\.|\s*[\[(]\s*(?i:dot|taškas|\.)\s*[\])]\s*)"
"""A dot in a domain: ``.``, or spelled out in brackets (``[dot]``, ``(taškas)``)."""

EMAIL = compiled(
    rf"""
    (?<![\w.+-])                        # not the tail of a longer token
    [\w.+-]*\w                          # local part, ending in a word character
    \s*(?:[@＠]|[\[(]\s*(?i:at|eta)\s*[\])])\s*   # @, full-width @, [at], (at), (eta), [eta]
    [\w-]+(?:{_DOT}[\w-]+)*             # domain labels
    {_DOT}[A-Za-z]{{2,24}}              # top-level domain
    (?![\w-])                           # the whole of it
    """,
    re.VERBOSE,
)

_SEP = r"[ \u00a0\u202f().\-/]"
"""Characters allowed between the digit groups of a phone number."""

_INTERNATIONAL = compiled(
    rf"""
    (?:                                 # + or 00 (even glued to a word), its first character
                                        # first so that the search skips to one; neither a
                                        # group of a code or a date ("05-001-01-05") ...
        \+(?<!\d[\-./]\+)(?<!\+\+)        # ... a + not after another,
      | 0(?<!\d[\-./]0)(?<![\d+]0)0      # ... nor 00 after a digit or a +
    )                                   # and then
    [1-9]\d{{0,2}}                      # the country code
    {_SEP}{{0,3}}\d+                    # the first digit group
    (?:{_SEP}{{1,3}}\d+){{0,5}}         # more groups, each after a separator
    (?![,.]?\d)                         # not followed by more digits or decimals
    (?!{_SEP}?(?i:eur|lt\b|ltl|€|mln|tūkst))   # and not a sum of money
    """,
    re.VERBOSE,
)
_TOKEN_START = r"(?<![\w+,.][\s\S])(?<!\d[ \u00a0][\s\S])(?<!\d[\-/][\s\S])"
"""Written after a number's first character: that character starts a token, not inside a
figure (no letter, digit, +, comma or dot before it), nor a digit group of a longer spaced
number, nor a group of a code ("10-001-04-06-03"). After the first character rather than
before it, so that a search skips straight to the characters a number can begin with."""
_LITHUANIAN = compiled(
    rf"""
    [3(860]{_TOKEN_START}               # the first character (then told apart looking back):
    (?:
        (?<=3)70[ \u00a0\-]?\(?[1-9]\d{{0,2}}\)?[ \u00a0\-]?\d{{2,3}}[ \u00a0\-]?\d{{2,5}}
                                        # the country code without + (37061234567)
      | (?:(?<=\()8|(?<=8)(?<!-[A-Z]-8))   # the trunk prefix 8, maybe in brackets, not a
                                        # measure code's (a project number's "-R-821-91-0002",
                                        # "-K-808-01-0012": the measure's letter) ...
        \)?[ \u00a0\-]?\(?\d{{1,3}}\)?[ \u00a0\-]?\d{{2,3}}[ \u00a0\-]?\d{{2,5}}
                                        # ... (8 687 12345, (8 5) 211 2000)
      | (?:(?<=\()0|(?<=0)(?<!\w[\-/]0))   # the trunk prefix 0 (since 2025), maybe in
                                        # brackets, not a code's part ("V-018-01-0012"),
        (?=(?:[ \u00a0\-()]{{0,2}}\d){{8}}(?!\d))   # eight digits after it, as a number has
        \)?[ \u00a0\-]?\(?[1-9]\d{{0,2}}\)?[ \u00a0\-]?\d{{2,3}}[ \u00a0\-]?\d{{2,5}}
                                        # (0 687 12345, (0 5) 211 2000, 061234567; no area
                                        # or mobile code begins with 0)
      | (?<=6)\d{{2}}[ \u00a0\-]\d{{5}}    # a mobile number without its prefix (612 34567)
    )
    (?![,.]?\d|[ \u00a0]\d)             # not followed by decimals or another digit group
    (?!\s*(?i:eur|lt\b|ltl|€|mln|tūkst|proc|%))   # and not a sum of money or a share
    """,
    re.VERBOSE,
)
_NO_LETTER_BEFORE = r"(?<![^\W\d_][\s\S])"
"""Written after a word's first character: no letter before the word (a digit may be glued
on). After the first character, so that a search skips straight to the word's first letters."""
_KEYWORD_PHONE = compiled(
    rf"""
    [TtMmFfPpZz]{_NO_LETTER_BEFORE}     # a phone word in any case, its first letter, then
    (?:                                 # the rest of it (the first letter read looking back):
        (?<=[Tt])(?i:el|elefonas|elefono|elefonu)   # tel, telefonas, telefono, telefonu
      | (?<=[Tt])(?i:ālrunis|ālruni|ālr|alr)        # Latvian: tālrunis, pa tālruni, tālr.
      | (?<=[Mm])(?i:ob|obilus|obiliojo)            # mob, mobilus, mobiliojo
      | (?<=[Ff])(?i:aks|aksas|akss|ax)             # faks, faksas, fakss (Latvian), fax
      | (?<=[Pp])(?i:hone|h)                        # phone, ph
      | (?<=[Zz])(?i:vanot)                         # Latvian: "zvanot …" (calling)
    )
    \.?\s*(?i:nr\.?)?\s*[:.]?\s*        # "tel. nr.:", "Phone:"
    (?P<number>\+?\(?\d[\d \u00a0().\-/]{{4,}}\d)   # the number itself
    (?!\d|\s*(?i:eur|lt\b|ltl|€|mln|tūkst))   # whole, and not a sum of money
    """,
    re.VERBOSE,
)

_PHONE_WORDS = ("tel", "mob", "faks", "fax", "ph", "tālr", "talr", "zvanot")
"""Every word of _KEYWORD_PHONE begins with one of these (compared case-folded, as its
case-insensitive match compares): a text with none is not searched for them."""

PERSONAL_CODE = compiled(
    r"""
    (?<![\d.,])                         # eleven digits of their own, not inside a figure
    [1-6]\d{2}                          # century and sex, year of birth
    (?:0[1-9]|1[0-2])                   # month
    (?:0[1-9]|[12]\d|3[01])             # day
    \d{4}                               # serial number and check digit
    (?![\d,]|\.\d)                       # not followed by more digits or decimals
    """,
    re.VERBOSE,
)
"""A Lithuanian personal code (asmens kodas): 1-6, a birth date as YYMMDD, four digits."""
_CODE_AFTER_WORD = compiled(
    r"""
    (?i:\basmens\s+kodas|\ba\.\s?k\.)    # "asmens kodas", "a. k."
    \s*:?\s*                            # maybe a colon
    (?P<code>\d{11})(?!\d)              # any eleven digits
    """,
    re.VERBOSE,
)

_FOREIGN_UPPER = "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper() and c.isalpha())
_FOREIGN_LOWER = "".join(c for c in map(chr, range(0xDF, 0x250)) if c.islower() and c.isalpha())
_UPPER = "A-Z" + _FOREIGN_UPPER
"""Capital letters of names: Lithuanian's and those of the neighbours' names (Latvian ā, ņ,
Polish ł, ś, German ö, ß): without them "Ilze Kalniņa" was read as "Ilze Kalni", and "ņa"
stayed in every export."""
_LOWER = "a-z" + _FOREIGN_LOWER
_CAPITALISED = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_LT_LETTERS = "a-ząčęėįšųūž"
_FOREIGN_SURNAME = rf"""
    (?=[{_UPPER}][{_LOWER}]*(?:[{_LOWER}](?<![{_LT_LETTERS}])   # a letter Lithuanian lacks
        | (?<=[bcdfghjklmnpqrtvwxz])(?![{_LOWER}])   # or a consonant but s last
        | (?:ski|cki|ska|cka)(?![{_LOWER}])))                  # or a Polish ending
    [{_UPPER}][{_LOWER}]+                    # the surname ("Kowalski", "Bērziņš", "Nowak")
"""
"""A surname no Lithuanian word is: a letter Lithuanian lacks, or an ending no Lithuanian
noun has (a consonant other than s: "Nowak", "Schmidt"; "-ski", "-cka"). Lithuanian streets
and schools named after a person write the surname in the genitive ("S. Daukanto g."),
which ends in a vowel or s, so an initial before such a surname names a person."""
_CAPS = rf"[{_UPPER}]{{2,}}(?:-[{_UPPER}]{{2,}})?"
_CAPS_SURNAME = rf"[{_UPPER}]{{2,}}(?:IENĖ|AITĖ|YTĖ|UTĖ|ŪTĖ|AS|IS|YS|US|Ė|A)(?![{_UPPER}{_LOWER}])"
"""A surname in capitals with a nominative ending ("PETRAITIENĖ", "MILAŠĖ", "JONAITIS"):
an acronym or an English word in capitals ("PROJECT", "LEADER") has none."""
_SURNAME_ENDINGS = (
    "aitienė|ienė|aitė|iūtė|ytė|utė|ūtė|aitis|ytis|evičius|avičius|iauskas|auskas|inskas"
    "|ickas|ūnas|ėnas|onis|elis|ulis|kus"
)
_SURNAME = rf"[{_UPPER}][{_LOWER}]*(?:{_SURNAME_ENDINGS})(?:-[{_UPPER}][{_LOWER}]+)?"
"""A capitalised surname with a Lithuanian surname ending ("Pavardenė", "Rukšienė-Jonaitė")."""
_LOWER_NAME = rf"[{_LOWER}]{{3,}}\s+[{_LOWER}]{{2,}}(?:{_SURNAME_ENDINGS})"
_GAP = r"[^\S\n]*[:–\-]?[^\S\n]*\n?[^\S\n]*"
"""What stands between a position and its name: maybe a colon or a dash, and white space
with one line break at most: a menu's last
item ("… | Kontaktai") and the heading under it, after a blank line, are no contact."""
_POSITIONS = lexicon.fragment("personal", "positions")
_TITLES = lexicon.alternation(lexicon.words("personal", "academic_titles"))
_LINKING = lexicon.alternation(lexicon.words("personal", "linking_words"))
_HONORIFIC = rf"(?:{lexicon.alternation(lexicon.words('personal', 'honorifics'))})\.?[ \t\u00a0]+"
"""A form of address and the space after it ("Ms ", "Mr. "), capitalised as written."""
_ENGLISH_UNIT = rf"""
    [ \t]+(?:of|for|at)                 # the unit or place an English title names
    (?:[ \t]+(?:the|and|of|for|at|to|in|[–-]|{_CAPITALISED})){{0,13}}?   # in a few words
                                        # ("of the Ministry of Interior"), as few as
    [ \t]+{_CAPITALISED}                # ending in a capitalised one (never "of": the
                                        # words after a preposition are the unit's)
    (?=[ \t]+(?:{_HONORIFIC})?          # leave the name (maybe addressed "Ms")
        {_CAPITALISED}[ \t]+{_CAPITALISED}(?![^\W\d_])   # as the run's last two words:
        (?![ \t]+(?:(?:of|for|at|to|in|[–-])[ \t]+(?:the[ \t]+)?)?[{_UPPER}]))
                                        # no capitalised word after them, nor the unit
                                        # going on ("… Department of the Ministry …")
"""
"""What an English title names between its position word and the name: "Head of Culture
Division John Smith", "Deputy Mayor of Liepāja Gunārs Bērziņš". The name is the last two
capitalised words of the run; the words before it are the unit's."""
_APPOSITION = rf"""
    (?:(?<=(?i:er))|(?<=(?i:or))|(?<=(?i:son))|(?<=(?i:pal))|(?<=(?i:ert))|(?<=(?i:head))
      |(?<=(?i:ent))|(?<=(?i:ive))|(?<=(?i:ives))|(?<=(?i:ary))|(?<=(?i:ean))|(?<=(?i:air))
      |(?<=(?i:man)))                   # after an English position ("manager", "director",
                                        # "contact person", "principal", "expert", "Head of
                                        # …", "president", "representative", "secretary",
                                        # "dean", "chair", "chairman"; no Lithuanian or
                                        # Latvian one ends so)
    (?:[ \t]+(?:of|for|at|to)           # maybe the unit it is of, in a few words
        (?:[ \t]+[^\W\d_]+(?:[-'’][^\W\d_]+)?){{1,8}}?   # ("Director of the museum, …",
    )?                                  # "Head of the Culture Division, …")
    ,[ \t]+                             # a comma: the name stands in apposition
    (?=(?:(?i:{_TITLES})\.[ \t]*){{0,3}}   # (maybe academic titles: "Mgr.", "dr.")
        (?:{_HONORIFIC})?               # (maybe addressed "Ms")
        (?:{_CAPITALISED}[ \t]+{_CAPITALISED}   # two capitalised words,
          | [{_UPPER}]\.[ \t\u00a0]?[{_UPPER}][{_LOWER}]+)   # or an initial and a surname,
        (?:[ \t]*(?:[,;.(]|\n|$)        # closed by a comma, a stop, a bracket or the line's
                                        # end ("…, Šiauliai Tourism information centre"
                                        # goes on, so it is no name),
          | [ \t]+(?:and|ir|un)[ \t]+[{_UPPER}])   # or by "and" and the next name
    )                                   # ("representatives, Vardas Pavardė and …")
"""
"""A comma between an English title and its name ("Project manager, Jane Doe, tel. …", "The
project coordinator, John Smith, presented …", "the Director of the museum, John Smith,
said"): the two words must close the apposition, and
are checked for organisation words like every name after a position ("Project manager,
Jelgava Municipality")."""
PERSON = compiled(
    rf"""
    (?<![^\W\d_])                      # no letter before (a digit may be glued on)
    (?P<position>(?i:{_POSITIONS}))     # a position, in any case
    (?:[ \t]+(?i:general)(?![^\W\d_]))?  # maybe "General" ("Director General …")
    (?:{_ENGLISH_UNIT})?                # maybe the unit or place it is of ("Deputy Mayor
                                        # of Liepāja …", "Head of Culture Division …")
    (?:{_GAP}                           # a colon or a dash maybe, one line break at most,
      | {_APPOSITION})                  # or an English title's comma ("Project manager, …")
    (?:(?:{_LINKING})\s+)?              # maybe "is", "yra"
    (?:[{_LT_LETTERS}]{{3,}}(?:ui|ai|ams)(?![^\W\d_]){_GAP})?   # maybe what the position is
                                        # for, in the dative ("atstovas spaudai –",
                                        # "pavaduotoja ugdymui", "… ūkio reikalams")
    (?:(?i:{_TITLES})\.\s*){{0,3}}       # maybe academic titles: "dr.", "doc. dr."
    (?:{_HONORIFIC})?                   # maybe a form of address: "Ms", "Mr."
    (?!                                 # the name is no position title, capitalised
        (?:{_CAPITALISED}\s+)?          # ("Direktorius …", "Projekto Vadovė …",
        (?i:{_POSITIONS})(?![^\W\d_])   # "Project Manager …"): the search goes on to
    )                                   # its position word, and the name after that
    (?P<name>
        {_CAPITALISED}\s+{_CAPITALISED}                 # a capitalised first name and surname
      | [{_UPPER}]\.[ \u00a0]?[{_UPPER}][{_LOWER}]+(?:as|is|ys|(?<!a)us|ė|a)(?![^\W\d_])
                                        # or an initial and a surname in the nominative ("A.
                                        # Pavardenė"; a genitive names a street or a school
                                        # after a person: "J. Basanavičiaus g.")
      | [{_UPPER}]\.[ \u00a0]?{_FOREIGN_SURNAME}(?![^\W\d_])
                                        # or an initial and a foreign surname ("J. Kowalski")
      | (?:{_CAPITALISED}|{_CAPS})\s+{_CAPS_SURNAME}
                                        # or a surname in capitals ("Ona PETRAITIENĖ",
                                        # "ONA PETRAITIENĖ")
      | {_CAPITALISED},[ \t]+{_SURNAME}(?![^\W\d_])
                                        # or a first name, a comma and a surname, as a
                                        # contact card's fields give them ("Laura, Pavardaitė")
      | {_LOWER_NAME}(?![^\W\d_])                      # or lower case, with a surname ending
    )
    """,
    re.VERBOSE,
)
"""A person's name right after a position word (case matters for the name, not the position).

Two capitalised words after a position are a name unless one of them is a position word
itself: "Kontaktinis asmuo: Direktorius Jonas Jonaitis" names Jonas Jonaitis, not
"Direktorius Jonas" (which would leave the surname in every redacted export). A linking
verb ("is", "yra") and academic titles ("dr.", "doc. dr.") between the position and the name
are read over: missed, they left the whole name in every redacted export."""

_OTHER_CASES = lexicon.table("personal", "positions_in_other_cases")
_PUPILS = lexicon.table("personal", "pupils")
_MEMBERS = lexicon.table("personal", "members_and_advisers")
_ABBREVIATED = lexicon.table("personal", "abbreviated_positions")
_PROFESSIONS = lexicon.table("personal", "professions")
_OTHER_CASE_STEMS: tuple[str, ...] = (
    *_OTHER_CASES["stems"],
    *_PUPILS["stems"],
    *_MEMBERS["stems"],
    *_ABBREVIATED["stems"],
    *_PROFESSIONS["stems"],
)
PERSON_IN_OTHER_CASES = compiled(
    rf"""
    (?<![^\W\d_])                      # no letter before
    (?P<position>(?i:{lexicon.fragment_of(_OTHER_CASES)}   # a position in another case,
      | {lexicon.fragment_of(_PUPILS)}     # or a pupil ("licėjaus mokinė …"),
      | {lexicon.fragment_of(_MEMBERS)}    # or a member, an adviser ("Seimo narys …"),
      | {lexicon.fragment_of(_PROFESSIONS)}     # or a profession ("istorikas …"),
      | {lexicon.fragment_of(_ABBREVIATED)}))   # or abbreviated ("mokyt. …")
    {_GAP}                              # a colon or a dash maybe, one line break at most
    (?:(?i:{_TITLES})\.\s*){{0,3}}       # maybe academic titles
    (?!                                 # no position title ("mero Pavaduotojai …"):
        (?:{_CAPITALISED}\s+)?          # maybe a capitalised word, then
        (?i:{_POSITIONS}|{lexicon.fragment_of(_OTHER_CASES)})   # a position in any case
    )
    (?P<name>{_CAPITALISED}\s+{_CAPITALISED})   # a capitalised name, in the same case
    """,
    re.VERBOSE,
)
"""A name after a position in another case than the nominative ("su meru Vardu Pavardžiu"),
after a pupil's word ("gimnazijos mokinė Vardė Pavardė") or after an abbreviated position
("mokyt. Vardė Pavardė"). Only redaction reads these
(:func:`find_personal`): a news item names officials and pupils this way, and the contacts
list wants the project's contacts, not everyone a page mentions."""

_COUNTED_WORDS = frozenset(lexicon.words("personal", "counted_people"))
_COUNTED = lexicon.alternation(lexicon.longest_first(_COUNTED_WORDS))
_COUNT = rf"""(?:\d{{1,3}}|(?i:{lexicon.alternation(lexicon.words("personal", "count_words"))}))"""
_COUNT_AND_WORDS = rf"""{_COUNT}[ \t\u00a0]+(?:[{_LT_LETTERS}]+[ \t\u00a0]+){{0,2}}"""
"""A count ("5", "penki") and maybe two lower-case words after it ("mūsų gimnazijos"), before
the people counted: one fragment for the three patterns that read a count."""
_COUNT_BEFORE = compiled(
    rf"""
    (?<![^\W\d_])                      # no letter before
    {_COUNT_AND_WORDS}                  # a count ("5", "penki"), maybe lower-case words
    \Z                                 # right before the people counted
    """,
    re.VERBOSE,
)
"""A count right before people counted (searched in the few characters before them)."""
COUNTED_NAMES = compiled(
    rf"""
    (?i:{_COUNTED})(?![^\W\d_])         # people counted ("mokytojai", "merginos"),
    (?:[ \t\u00a0]+(?:ir|bei)[ \t\u00a0]+   # maybe more ("ir penki mokiniai"):
      {_COUNT_AND_WORDS}                  # a count, maybe lower-case words,
      (?i:{_COUNTED})(?![^\W\d_]))?       # people counted
    [ \t\u00a0]*:[ \t\u00a0]*             # a colon
    (?P<name>{_CAPITALISED}[ \t\u00a0]+{_CAPITALISED})   # the first name of the list
    (?![^\W\d_])                        # (the whole word)
    """,
    re.VERBOSE,
)
"""The first name of a list after people counted and a colon ("Į mainus išvyko keturios
merginos: Vardė Pavardė, …"), matched where the people stand, the count before them read by
:data:`_COUNT_BEFORE`; :func:`find_personal` reads the rest of the list (:data:`NAME_NEXT`).
Redaction only."""

_PUPILS_LISTED_WORDS = tuple(
    lexicon.longest_first(
        [
            *lexicon.words("personal", "pupils_listed"),
            *lexicon.words("personal", "positions_listed"),
        ]
    )
)
"""Pupils, and positions or members, in the plural, before the names of a list (round 19 added
the positions: "Seimo nariai: …", "vicemerai …")."""
PUPILS_LISTED = compiled(
    rf"""
    (?i:{lexicon.alternation(_PUPILS_LISTED_WORDS)})   # pupils in the plural,
    (?:[ \t\u00a0]*:)?[ \t\u00a0]+         # maybe a colon ("Dalyvavę mokiniai: …")
    (?P<name>{_CAPITALISED}[ \t\u00a0]+{_CAPITALISED})   # a first name and a surname
    (?![^\W\d_])                        # (the whole word)
    (?<!oje)(?<!ėje)(?<!yje)(?<!uje)(?<!ose)   # (no place in the locative: "… Rotušėje")
    (?=[ \t\u00a0]*(?:\(                # and the list goes on: a bracket ("(6b)"),
      | ,[ \t\u00a0]*[{_UPPER}]            # a comma and a capital,
      | [ \t\u00a0](?:ir|bei)[ \t\u00a0]+[{_UPPER}]))   # or "ir" and a capital
    """,
    re.VERBOSE,
)
"""The first of pupils named in the plural one after another ("gimnazijos mokiniai Vardas
Pavardys (…), Vardė Pavardė ir …", "Dalyvavę mokiniai: Vardas Pavardys (8b), …"), matched where the pupils' word stands;
:func:`find_personal` reads the rest of the list. Redaction only. A list must go on after
the first name: "mokiniai" before a place's or a school's two words is no list of names."""

_LV_OTHER_CASES = lexicon.table("personal", "latvian_positions_in_other_cases")
_LV_OTHER_CASE_STEMS: tuple[str, ...] = tuple(_LV_OTHER_CASES["stems"])
LATVIAN_IN_OTHER_CASES = compiled(
    rf"""
    (?<![^\W\d_])                      # no letter before
    (?i:{lexicon.fragment_of(_LV_OTHER_CASES)})   # a Latvian position in another case
    [ \t\u00a0]+                         # then, on the same line,
    (?P<name>{_CAPITALISED}[ \t\u00a0]+{_CAPITALISED})   # two capitalised words (the case
                                        # of their endings is checked against the position's)
    (?![^\W\d_]|[ \t\u00a0]+[{_UPPER}])   # and no third: "… Latvijas Republikas Saeimā"
    """,
    re.VERBOSE,
)
"""A name after a Latvian position in the genitive, dative or accusative ("sazināties ar
programmas pārstāvi Jāni Vanagu", "pateicība vadītājai Annai Kalniņai"). Redaction only."""
_LV_AGREEMENT: dict[str, tuple[str, ...]] = {
    "am": ("am", "im", "um"),  # the dative, masculine: "Jānim Bērziņam"
    "im": ("am", "im", "um"),
    "ai": ("ai", "ei"),  # the dative, feminine: "Annai Kalniņai", "Ilzei Ozolai"
    "ei": ("ai", "ei"),
    "as": ("as", "es"),  # the genitive, feminine: "Lienes Kalniņas"
    "es": ("as", "es"),
    "ja": ("a",),  # the genitive, masculine: "Jāņa Bērziņa" ("vadītāja" is also a
    "a": ("a",),  # feminine nominative: "Latvijas Republikas" after it is no name)
    "u": ("u", "i"),  # the accusative: "Jāni Vanagu", "Ilzi Ozoliņu"
    "i": ("u", "i"),
}
"""The endings a name's two words may have after a Latvian position's case ending: the name
stands in the position's case, a body or a place in the genitive does not ("vadītāju
Liepājas Universitātē")."""


def _latvian_names_in_other_cases(text: str) -> list[Personal]:
    """Names after a Latvian position in another case (:data:`LATVIAN_IN_OTHER_CASES`), for
    redaction, when both words end as the position's case wants."""
    folded = text.casefold()
    if not any(stem in folded for stem in _LV_OTHER_CASE_STEMS):
        return []
    found = []
    for m in LATVIAN_IN_OTHER_CASES.finditer(text):
        endings = _LV_AGREEMENT[m.group("lv_case").casefold()]
        name = m.group("name")
        if (
            all(word.casefold().endswith(endings) for word in name.split())
            and not organisation_follows(text, m.end("name"))
            and not _names_an_organisation(name)
        ):
            found.append(Personal("name", m.start("name"), m.end("name"), name))
    return found


_LATVIAN = "āēīņļķģ"
"""Letters Latvian writes and Lithuanian does not."""
_LATVIAN_NAME = rf"""
    (?=[^\s,]*[{_LATVIAN}]|[{_UPPER}][{_LOWER}]+[ \t]+[^\s,]*[{_LATVIAN}])
                                        # a Latvian letter in one of the two words
    [{_UPPER}][{_LOWER}]+(?<!as)(?<!es)(?<!os)(?<!ės)(?<![uųo])   # a first name, no genitive ("Rīgas",
                                        # "Cēsu", "Kauno": a place's, before its body)
    [ \t]+
    [{_UPPER}][{_LOWER}]*(?:s|š|a|e)     # a surname in the nominative ("Bērziņš",
    (?:-[{_UPPER}][{_LOWER}]+)?          # "Kalniņa", "Ozols", "Liepiņa-Krūze")
    (?![^\W\d_])
"""
"""A Latvian first name and surname ("Jānis Bērziņš", "Ilze Kalniņa"): a Latvian letter in
either word, the first not in a genitive. Read only where a line begins with it and a phone,
an e-mail or a position follows (:data:`NAME_FIRST`): Latvian organisations' names are
capitalised too ("Liepājas Universitāte", kept by its organisation word)."""

NAME_FIRST = compiled(
    rf"""
    ^[ \t]*                             # at a line's start (or the start of the text
                                        # searched: the contacts extractor's sentence)
    (?P<name>
        {_CAPITALISED}[ \t]+            # a capitalised first name and
        [{_UPPER}][{_LOWER}]*(?:{_SURNAME_ENDINGS})   # a surname with a surname ending
        (?:-[{_UPPER}][{_LOWER}]+)?      # (maybe a second one: "Rukšienė-Jonaitė")
      | {_LATVIAN_NAME}                 # or a Latvian name ("Jānis Bērziņš")
    )
    ,[ \t]+                             # then a comma,
    (?=                                 # and before the clause ends
        [^\n,\d@]{{0,100}}?              # ("…, Architektūros skyriaus vyr. specialistė")
        (?<![^\W\d_])(?P<position>(?i:{_POSITIONS}))(?![^\W\d_])   # a position,
      | (?:\+|\(?\d|(?i:tel|mob|el\.\s?p|e-mail)\b)   # or right away a phone or e-mail
    )
    """,
    re.VERBOSE | re.MULTILINE,
)
"""A person's name at a line's start, before the position ("Ona Petraitienė, Kultūros
skyriaus vyr. specialistė, tel. …") or before the phone number ("Ona Petraitienė, 8 612
34567, el. p. …"), the way a municipality's staff list signs a page. The surname must have a
Lithuanian surname ending: two capitalised words and a comma also begin organisations' and
places' lines. The position is None when none is stated."""

_TRADE_ENDINGS = lexicon.alternation(lexicon.words("personal", "trade_endings"))
NAME_NEXT = compiled(
    rf"""
    (?:[ \t]*\([^()\n]{{1,80}}\))?        # (maybe a bracket after it: "(6b)", "(mokyt. …)")
    [ \t]*(?:[,;]|[ \t](?:ir|bei|and))[ \t]+   # after a name: a comma, "ir", "bei" or "and",
    (?:[{_LT_LETTERS}]{{2,}}(?:{_TRADE_ENDINGS})[ \t]+)?   # maybe a trade ("bei audėja …")
    (?P<name>{_CAPITALISED}[ \t]+(?:{_SURNAME}|{_CAPITALISED}))   # another first name and
                                                # surname (or two capitalised words)
    (?![^\W\d_])                               # (the whole word)
    (?![ \t]+[{_UPPER}][{_LOWER}])               # and no third capitalised word: "…, Deputy
                                                # Port Master at …" is a title
    """,
    re.VERBOSE,
)
"""The next name of a list that a position opens ("mokytojai Vardenė Pavardenė, Vardenė
Pavardienė ir Vardas Pavardys"): two capitalised words after a name found (and maybe a
bracket after it: a pupil's class, "(6b)", or teacher), unless they hold or precede an
organisation word. For redaction only (:func:`find_personal`)."""

NAME_ALONE = compiled(
    rf"""
    ^[ \t]*                             # a line's start
    (?P<name>{_CAPITALISED}[ \t]+(?:{_SURNAME}|{_CAPS_SURNAME}))   # a first name and a surname
    [ \t]*$                             # and nothing else on the line
    """,
    re.VERBOSE | re.MULTILINE,
)
"""A name alone on its line: an article's author ("Vardenė Pavardienė", "Vardenė PAVARDĖ" at
its end) or a staff card's name line. The surname must have a surname ending."""

LATVIAN_CARD = compiled(
    rf"""
    ^[ \t]*                             # a line's start
    (?P<name>{_LATVIAN_NAME})           # a Latvian name
    [ \t]*$                             # alone on its line,
    (?=(?:\n[^\n]*){{0,3}}?\n[ \t]*     # and on one of the next four lines
        (?i:tālr|talr|tel|phone|mob|e-pasts|e-mail|el\.\s?p)   # a phone or e-mail label
    )
    """,
    re.VERBOSE | re.MULTILINE,
)
"""A staff card that begins with a Latvian name on its own line ("Vārds Uzvārds" over the
department, the position and "Tālr.: …"): Latvian surnames have no ending that tells them
from other words, so the card's phone or e-mail lines must follow. Redaction only."""

_CARD_LABEL = r"(?i:tel|mob|el\.\s?p|e-mail|faks)"
"""The labels of a card's phone or e-mail lines ("Tel.:", "Mob.", "El. p.", "El. paštas")."""
_CARD_LABEL_WORDS = ("tel", "mob", "el.", "e-mail", "faks")
"""What every match of :data:`_CARD_LABEL` holds, lower-cased: the cards' cheap test."""
_NOT_FIRST = tuple(lexicon.words("personal", "not_first_names"))
LITHUANIAN_CARD = compiled(
    rf"""
    ^[ \t]*                             # a line's start
    (?P<name>
        (?P<first>[{_UPPER}][{_LOWER}]+(?:a|ė|as|is|ys|us)(?<!aus))   # a first name's
                                        # nominative (not a genitive: "Kauno", "Alytaus")
        [ \t]+
        [{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?   # a surname, whatever its ending
    )
    (?:
        [ \t]*$                         # alone on its line,
        (?=
            (?:\n[^\n]*)??              # (maybe an office's line)
            \n[^\n]{{0,60}}?              # then a line holding
            (?<![^\W\d_])(?i:{_POSITIONS})(?![^\W\d_])   # a position
            [^\n]*(?:\n[^\n]*){{0,2}}?    # and, on it or on the next three lines,
            [\n,][ \t]*{_CARD_LABEL}      # a phone's or an e-mail's label
        )
      | ,[ \t]+                          # or a comma, then on the same line
        (?=
            [^\n,\d@]{{0,60}}?             # ("…, projekto koordinatorė, tel. …")
            (?<![^\W\d_])(?i:{_POSITIONS})(?![^\W\d_])   # a position
            [^\n\d@]{{0,40}}?,[ \t]*{_CARD_LABEL}   # and a phone's or an e-mail's label
        )
    )
    """,
    re.VERBOSE | re.MULTILINE,
)
"""A Lithuanian staff card whose surname has no surname ending ("Vardė Pavardė" over her
position and "Tel.: …", or "Vardė Pavardė, position, tel. …" on one line): the card's shape
says it is a person, where two capitalised words alone would not. Redaction only; neither word
may be an organisation's, a position's or a place's (:func:`_lithuanian_cards`)."""

PHOTO_CREDIT = compiled(
    rf"""
    (?P<name>(?:{_CAPITALISED}|[{_UPPER}]\.)[ \t]*(?:{_CAPITALISED}|{_CAPS}))   # a name, any case
    [ \t]*(?:/[ \t]*[^\W\d_]+[ \t]*/?[ \t]*)?   # maybe an agency ("/ BNS", "/Fotobankas")
    (?i:nuotr\.|nuotrauka)             # before the photo mark ("Vardo PAVARDĖS nuotr.")
  | (?i:nuotr\.|nuotrauka|foto)[ \t]*:?[ \t]*   # or after it ("Nuotr. Vardas Pavardė",
    (?P<after>(?:{_CAPITALISED}|[{_UPPER}]\.)[ \t]*(?:{_CAPITALISED}|{_CAPS}))   # "Foto: V. Pavardė")
    """,
    re.VERBOSE,
)
"""A photographer named beside the photo mark, in any case and in capitals too."""

_TELLING_SURNAME = (
    "ienė|aitė|iūtė|ytė|utė|ūtė"  # a woman's: married, unmarried
    "|aitis|ytis|evičius|avičius|iauskas|auskas|inskas|ickas"  # a man's
    "|iene|aite|iute|yte|evicius|avicius"  # the same without diacritics (English pages)
)
NAME_ANYWHERE = compiled(
    rf"""
    (?<![^\W\d_])                      # no letter before
    (?P<name>
        {_CAPITALISED}                  # a capitalised first name and
        (?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)   # (maybe a line break: prose wrapped)
        [{_UPPER}][{_LOWER}]*(?:{_TELLING_SURNAME})   # a surname with a telling ending, in
        (?<![Hh]ygiene)(?<![Bb]yte)(?<!olyte)(?<!elyte)(?<!phyte)   # (no English word:
                                        # "Food Hygiene", "Megabyte", "Electrolyte")
        (?:-[{_UPPER}][{_LOWER}]+)?      # the nominative (maybe a second one)
    )
    (?![^\W\d_])                        # (the whole word)
    """,
    re.VERBOSE,
)
"""A first name and a surname whose nominative ending only surnames have (Petraitienė,
Jonaitytė, Kazlauskas, Jankevičius), anywhere (also wrapped over a line break in prose): a
list of guests or teachers, a speaker after "– sakė". Redaction only. Places and organisations write such a surname in the
genitive ("Vardo Pavardžio gimnazija"), and their words end otherwise."""

NAME_IN_OTHER_CASES = compiled(
    rf"""
    (?<![^\W\d_.])                      # no letter or dot right before
    (?P<name>
        (?:(?P<first>[{_UPPER}][{_LOWER}]+)[ \t\u00a0]+   # a first name (its case checked)
          | [{_UPPER}]\.[ \u00a0]?(?:[{_UPPER}]\.[ \u00a0]?)?)   # or an initial or two
        [{_UPPER}][{_LOWER}]*           # and a surname with a telling ending
        (?P<case>
            ienei | aitei | ytei | iūtei   # in the dative, a woman's ("Pavardienei")
          | aičiui | yčiui | evičiui | avičiui | auskui   # a man's ("Pavardaičiui")
          | ienę | aitę | ytę | iūtę        # in the accusative, a woman's ("Pavardienę")
          | aitį | ytį | evičių | avičių | auską   # a man's ("Pavardaitį")
        )
    )
    (?![^\W\d_])                        # (the whole word)
    """,
    re.VERBOSE,
)
"""A first name or an initial and a surname with a telling ending in the dative or the
accusative ("kreipkitės į Vardę Pavardienę", "ačiū V. Pavardienei"), anywhere. Redaction
only. Never the genitive: streets and schools are named after a person in it ("Vardės
Pavardienės gimnazija"). A first name must stand in the surname's case, so that a verb or a
word opening the sentence is no first name ("Sveikiname Pavardienę")."""
_CASE_ENDINGS_OF_FIRST_NAMES = {
    "dative": ("ai", "ei", "ui"),  # "Rūtai", "Agnei", "Jonui", "Kęstučiui"
    "accusative": ("ą", "ę", "į", "ų"),  # "Rūtą", "Agnę", "Joną", "Kęstutį"
}
_OTHER_CASE_MARKS = (
    "ienei",
    "ienę",
    "aite",
    "aitę",
    "yte",
    "ytę",
    "iūte",
    "iūtę",
    "čiui",
    "aitį",
    "ytį",
    "vičių",
    "ausk",
)
"""One of these stands in every match of :data:`NAME_IN_OTHER_CASES` (the cheap test)."""

MASCULINE_DATIVE_NAME = compiled(
    rf"""
    (?<![^\W\d_.])                      # no letter or dot right before
    (?P<name>
        (?:[{_UPPER}][{_LOWER}]+ui[ \t\u00a0]+   # a first name in the dative ("Jonui",
                                        #   "Kęstučiui"): a man's, it ends in -ui
          | [{_UPPER}]\.[ \u00a0]?(?:[{_UPPER}]\.[ \u00a0]?)?)   # or an initial or two
        [{_UPPER}][{_LOWER}]+ui          # and a surname in the dative ("Pavardžiui", "Karkliui")
    )
    (?![^\W\d_])                        # (the whole word)
    """,
    re.VERBOSE,
)
"""A man's first name (or an initial) and surname, both in the dative, whatever the surname's
ending ("dėkojame Vardui Pavardžiui", "valdybos nariui V. Pavardžiui", "padėkos įteiktos
Jonui Karkliui"): thanks and awards name people so. :data:`NAME_IN_OTHER_CASES` reads only
surnames with a telling ending; read on three stored public pages (a library's thanks for
books given, a district's awards, a community's news), where such names stayed in the
redacted text. Two capitalised words ending in -ui are a man's name: a body or a place in
the dative has a genitive before it ("Kauno rajonui", "Europos Parlamentui"). Redaction only."""


INITIAL_NAME = compiled(
    rf"""
    (?<![^\W\d_.])                      # no letter or dot right before
    (?P<name>
        [{_UPPER}]\.[ \u00a0]?          # an initial ("R. ", "R.")
        (?:[{_UPPER}]\.[ \u00a0]?)?      # maybe a second one
        {_SURNAME}                      # a surname with a surname ending, in the nominative
    )
    (?![^\W\d_])                        # (the whole word)
    """,
    re.VERBOSE,
)
"""An initial and a surname anywhere ("– pasakoja R. Pavardienė"): news items name a person
so after the first mention. A surname ending in the nominative only: a street or a school
named after a person writes it in the genitive ("V. Kudirkos progimnazija")."""

ADDRESSED_NAME = compiled(
    rf"""
    (?<![^\W\d_])                      # no letter before
    {_HONORIFIC}                        # a form of address ("Mr. ", "Ms ")
    (?P<name>(?>                        # (atomic: the genitive test below reads the
                                        # name's last word, never a shorter name)
        {_CAPITALISED}                  # a capitalised name,
        (?:[ \t\u00a0]+{_CAPITALISED}    # maybe a first name and a surname,
            (?:[ \t\u00a0]+{_CAPITALISED}(?=[ \t]*(?:[,;.(]|\n|$)))?   # and a middle name
        )?                              # ("Mr. Leif Arne Moen,"), the third word closing
    ))                                  # the clause ("Mr. John Brown Chief Officer": two)
    (?![^\W\d_]|['’]s(?![^\W\d_]))      # (the whole word, no possessive: "Dr. Anna's …")
    (?<!aus)(?<!ės)(?<![iI][oO])(?<![ųŲ])   # no Lithuanian genitive: a street or a school
                                        # named after a doctor ("Dr. Jono Basanavičiaus g.")
    """,
    re.VERBOSE,
)
"""A name after a form of address ("Mr. John Brown, Chief Officer of …", "Ms Doe"), anywhere:
only a person is so addressed. Redaction only."""

_TITLES_BEFORE = lexicon.alternation(lexicon.words("personal", "titles_before_surname"))
_TITLE_BEFORE_SET = frozenset(lexicon.words("personal", "titles_before_surname"))
_NOT_SURNAMES = lexicon.alternation(
    lexicon.table("personal", "titles_before_surname")["not_surnames"]
)
TITLED_SURNAME = compiled(
    rf"""
    (?<![^\W\d_])                      # no letter before
    (?:{_TITLES_BEFORE})[ \t\u00a0]+    # an English title, capitalised ("Ambassador ")
    (?!(?:{_NOT_SURNAMES})(?![^\W\d_]))   # (not a rank's or a prize's word: "Director
                                        # General", "the Mayor Cup")
    (?P<name>{_CAPITALISED})            # and a surname alone ("Hansen")
    (?![^\W\d_]|['’]s(?![^\W\d_]))      # (the whole word, no possessive)
    (?![ \t\u00a0]+[{_UPPER}])           # no capitalised word after it: two words after
                                        # a title are read as a name after a position
    """,
    re.VERBOSE,
)
"""A surname alone after an English title ("Ambassador Hansen opened …", "Mayor Olsen
thanked …"), anywhere: only a person is so titled. Redaction only."""

_AFTER_NAME = lexicon.table("personal", "titles_after_name")
NAME_BEFORE_TITLE = compiled(
    rf"""
    (?<![^\W\d_])                      # no letter before
    (?!(?:{lexicon.alternation(_AFTER_NAME["not_first"])})(?![^\W\d_]))   # no word that
                                        # opens a clause ("In Vilnius, Head of …")
    (?P<name>{_CAPITALISED}(?:[ \t\u00a0]+{_CAPITALISED}){{1,2}})   # two or three
                                        # capitalised words ("Jane Doe", "Leif Arne Hansen")
    ,[ \t]+                             # a comma: the title stands in apposition
    (?:(?:{_CAPITALISED}|(?:{lexicon.alternation(_AFTER_NAME["modifiers"])}))[ \t]+){{0,2}}
                                        # maybe what kind ("Deputy", "Project", "senior")
    (?i:{lexicon.alternation(_AFTER_NAME["words"])})   # an English title
    (?![^\W\d_])                       # (the whole word)
    (?:[ \t]+(?i:general)(?![^\W\d_]))?   # maybe "General" ("Commissioner General")
    (?=[ \t]*(?:[,.;:)|]|\n|$)          # closing the apposition (an agenda's bar too:
                                        # "Jane Doe, Project Manager | Town Municipality"),
      | [ \t]+[–—-][ \t]                  # or a dash before the body,
      | [ \t]+(?:of|for|at|to|in|on|from|and)(?![^\W\d_]))   # or going on with its unit
                                        # ("Head of …")
    """,
    re.VERBOSE,
)
"""A name before its English title and a comma ("Jane Doe, Head of Communications, said",
"John Smith, Project Manager at the Joint Secretariat"): the title must close the apposition
or name its unit, so that a capitalised event or place before a title and its name
("Culture Night, Project Manager Jonas …") is no name. Redaction only."""

SPEAKER_INITIAL = compiled(
    rf"""
    (?<![^\W\d_])                      # no letter before
    (?i:{lexicon.fragment("personal", "speech")})   # a word of speech ("teigė", "pasak")
    [ \t\u00a0]+
    (?P<name>
        [{_UPPER}]\.[ \u00a0]?          # an initial,
        (?:[{_UPPER}]\.[ \u00a0]?)?      # maybe a second one,
        [{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?   # and a surname in any case
    )
    (?![^\W\d_])                        # (the whole word)
    """,
    re.VERBOSE,
)
"""A speaker named by an initial and a surname right after a word of speech ("– teigė V.
Pavardė", "Pasak V. Pavardės"), whatever the surname's ending: a street or a school is
never the subject of a speech."""

_NOMINATIVE: dict[str, str] = lexicon.table("organisations", "genitive_nouns")["nominative"]
_ORG_WORDS = lexicon.longest_first(  # (the same pattern text in every process)
    [*lexicon.words("personal", "organisation_words"), *_NOMINATIVE, *_NOMINATIVE.values()]
)
_ORG_AFTER = compiled(
    rf"""
    \s*(?:\d{{2,4}}\s+)?               # maybe a year or number ("Basilicata 2019 fondas");
                                        # not after a comma, which ends a name ("meras
                                        # Vardas Pavardė, savivaldybės direktorius …")
    (?i:{lexicon.alternation(_ORG_WORDS)})\b   # an organisation word
    """,
    re.VERBOSE,
)
"""What follows the words of an organisation's name, not a person's."""
_ORG_WORD_SET = frozenset(w.casefold() for w in _ORG_WORDS)


def _names_an_organisation(name: str) -> bool:
    """True when a word of a would-be name is an organisation word ("Klaipėdos Universitetas"
    after "Projekto vadovas"): no person's name holds one."""
    return any(word.casefold() in _ORG_WORD_SET for word in name.split())


_GENITIVE_ENDINGS = ("as", "es", "u")
"""How Latvian ends a place's or a body's name in the genitive ("Latvijas", "Latgales",
"Cēsu"): a first name in the nominative never ends in one of these and the surname too."""


def _latvian_genitives(position: str, name: str) -> bool:
    """True when a Latvian position ("vadītāja", "speciālists") is followed by two genitives,
    a body's or a place's name rather than a person's ("Projekta vadītāja Latvijas Republikas
    Saeimā", "… Latgales Plānošanas reģionā")."""
    if not any(letter in position for letter in _LATVIAN):
        return False
    return all(word.casefold().endswith(_GENITIVE_ENDINGS) for word in name.split())


DIGIT_RUN = compiled(
    r"""
    [^\x00-/:-\u065f](?<=\d)   # a digit: 0-9 or a character from U+0660 that is one (no
                              # other decimal digit lies below U+0660; a set is one test a
                              # character, where \d asks each character's category)
    [\d\s().\-/]{5,}\d        # seven or more digits and gaps: what a phone number needs
    """,
    re.VERBOSE,
)
"""The cheap test before the phone patterns; a caller with many pieces of one text may run it
once over the whole text (a piece's run lies inside a run of the whole)."""

_RUN_GAP = compiled(
    r"""
    [\s().\-/]*               # only the gaps DIGIT_RUN reads between digits: white space,
                              # brackets, dots, dashes, slashes
    """,
    re.VERBOSE,
)


def digit_run_spans(text: str, digit_runs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of ``DIGIT_RUN.finditer(text)``, from where the runs of digits of ``text``
    start and end (``Document.digit_runs``) instead of a scan of the text.

    ``DIGIT_RUN`` takes from a digit every digit and gap after it and gives back the gaps after
    the last digit, so a match is the runs joined by gaps of white space, brackets, dots,
    dashes and slashes alone (``_RUN_GAP``), from the first one's start to the last one's end,
    when that is seven characters or more (a shorter chain holds no match from any of its
    digits, and the scan goes on after a match, past the chain's end).
    """
    spans = []
    gap = _RUN_GAP.fullmatch
    i, n = 0, len(digit_runs)
    while i < n:
        start, end = digit_runs[i]
        i += 1
        while i < n and gap(text, end, digit_runs[i][0]) is not None:
            end = digit_runs[i][1]
            i += 1
        if end - start >= 7:
            spans.append((start, end))
    return spans


@dataclass(frozen=True)
class Personal:
    """One piece of personal data in a text: its kind (email, phone, code, name) and span."""

    kind: str
    start: int
    end: int
    text: str


AT_SIGNS = ("@", "\uff20")
"""An at sign, plain or full-width: a text holding one may hold an e-mail."""
SPELLED_AT_ENDS = (")", "]")
"""How every at sign spelled out ends ("[at]", "(eta)"): a text with none of these or of
:data:`AT_SIGNS` holds no e-mail, and nothing more of it is read."""
EMAIL_MARKS = AT_SIGNS + SPELLED_AT_ENDS
"""The characters one of which every e-mail holds; a caller with many pieces of one text may
look for them once over the whole text."""


_SPELLED_AT_END = compiled(
    r"""
    (?i:at|eta)\Z          # an at sign spelled out, ending where the search ends
    """,
    re.VERBOSE,
)


def spelled_at_before(text: str, end: int, start: int = 0) -> bool:
    """True when an at sign spelled out ("at", "eta", in any case) and only white space stand
    right before ``end`` (a closing bracket's place: "[at]", "(eta )"), in ``text[start:]``;
    read back from the bracket rather than searched for letter by letter."""
    j = end
    while j > start and text[j - 1].isspace():
        j -= 1
    return _SPELLED_AT_END.search(text, max(start, j - 3), j) is not None


def may_hold_email(text: str) -> bool:
    """A cheap test before :data:`EMAIL` runs: an at sign, plain or spelled out."""
    for sign in AT_SIGNS:
        if sign in text:
            return True
    for end in SPELLED_AT_ENDS:
        at = text.find(end)
        while at >= 0:
            if spelled_at_before(text, at):
                return True
            at = text.find(end, at + 1)
    return False


def may_hold_phone(text: str) -> bool:
    """A cheap test before the phone patterns run: a run of at least seven digits and gaps."""
    return DIGIT_RUN.search(text) is not None


def find_emails(text: str) -> list[Personal]:
    """Every e-mail address, plain or obfuscated.

    >>> [e.text for e in find_emails("Rašykite info(eta)vilnius.lt arba jonas [at] kaunas [dot] lt.")]
    ['info(eta)vilnius.lt', 'jonas [at] kaunas [dot] lt']
    """
    if not may_hold_email(text):
        return []
    return [
        Personal("email", m.start(), m.end(), m.group())
        for m in matches_at(EMAIL, text, _email_starts(text))
    ]


_EMAIL_OPENERS = ("@", "\uff20", "[", "(")
"""What the at sign of every e-mail begins with: a sign, or the bracket of a spelled one."""
_LOCAL_PUNCTUATION = "_.+-"
"""The characters of an e-mail's local part besides letters and digits (``[\\w.+-]``)."""


def _email_starts(text: str) -> list[int]:
    """Where :data:`EMAIL` may match, in order: the same matches as its search, tried at these
    places only. An e-mail's local part is the whole run of ``[\\w.+-]`` (its look-behind)
    that ends, but for white space, right before its at sign, so it begins where that run
    begins, found by reading back from each at sign or bracket."""
    starts = set()
    for opener in _EMAIL_OPENERS:
        at = text.find(opener)
        while at >= 0:
            j = at
            while j > 0 and text[j - 1].isspace():
                j -= 1
            k = j
            while k > 0 and (text[k - 1].isalnum() or text[k - 1] in _LOCAL_PUNCTUATION):
                k -= 1
            if k < j:
                starts.add(k)
            at = text.find(opener, at + 1)
    return sorted(starts)


def find_phones(text: str) -> list[Personal]:
    """Every phone number, overlaps resolved to the longest.

    >>> [p.text for p in find_phones("Tel. 8 687 12345, +370 5 211 2000, 00370 612 34567.")]
    ['8 687 12345', '+370 5 211 2000', '00370 612 34567']
    >>> find_phones("Vertė 812 345 678 Eur, 2016.03.01–2018.02.28, LT-31135")
    []
    """
    if not may_hold_phone(text):
        return []
    folded = text.casefold()
    found = []
    for word in _PHONE_WORDS:
        if word in folded:
            found = [
                Personal("phone", m.start("number"), m.end("number"), m.group("number"))
                for m in _KEYWORD_PHONE.finditer(text)
            ]
            break
    pos = 0
    international = "+" in text or "00" in text  # what an international number begins with
    while international and (m := _INTERNATIONAL.search(text, pos)) is not None:
        number = _at_most_15_digits(m.group())  # a longer run may hold two numbers
        if sum(map(str.isdigit, number)) >= 9:
            found.append(Personal("phone", m.start(), m.start() + len(number), number))
        pos = m.start() + max(len(number), 1)
    for m in _LITHUANIAN.finditer(text):
        digits = sum(map(str.isdigit, m.group()))
        if digits == (11 if m.group().startswith("370") else 9 if m.group()[0] in "80(" else 8):
            found.append(Personal("phone", m.start(), m.end(), m.group()))
    return resolve_overlaps(found)


_LAST_GROUP = compiled(
    r"""
    [^\d]+\d+$           # the last digit group of a number and the gap before it
    """,
    re.VERBOSE,
)


def _at_most_15_digits(number: str) -> str:
    """A number cut back, group by group, to the 15 digits a phone number has at most.

    >>> _at_most_15_digits("00370 00370 39001011234")
    '00370 00370'
    """
    while sum(map(str.isdigit, number)) > 15:
        cut = _LAST_GROUP.sub("", number)
        if cut == number:
            return ""
        number = cut
    return number


def find_codes(text: str) -> list[Personal]:
    """Every personal code.

    >>> [c.text for c in find_codes("a. k. 39001011234; a. k. 99999999999; sąskaita 12345678901")]
    ['39001011234', '99999999999']
    """
    found = [Personal("code", m.start(), m.end(), m.group()) for m in PERSONAL_CODE.finditer(text)]
    found += [
        Personal("code", m.start("code"), m.end("code"), m.group("code"))
        for m in _CODE_AFTER_WORD.finditer(text)
    ]
    return resolve_overlaps(found)


def find_persons(
    text: str, starts: Iterable[int] | None = None
) -> list[tuple[Personal, str | None]]:
    """Every person named after a position word (or before one or before a phone number, at
    a line's start: see :data:`NAME_FIRST`), with the position as written (None if none).

    ``starts``: where a match may begin, in order, from a caller that knows every place a
    position word begins (a Document's keyword hits): :data:`PERSON` is tried there only,
    with the same matches as its search (:data:`NAME_FIRST` is tried at every line's start).

    >>> [(p.text, pos) for p, pos in find_persons("Projekto vadovė Aušra Dockevičiūtė, tel.")]
    [('Aušra Dockevičiūtė', 'vadovė')]
    >>> find_persons("Kontaktai: Matera Basilicata 2019 fondas")
    []
    >>> [(p.text, pos) for p, pos in find_persons("Ona Petraitienė, Kultūros skyriaus vedėja")]
    [('Ona Petraitienė', 'vedėja')]
    """
    out: list[tuple[Personal, str | None]] = []
    for m in PERSON.finditer(text) if starts is None else matches_at(PERSON, text, starts):
        if (
            organisation_follows(text, m.end("name"))
            or _names_an_organisation(m.group("name"))
            or _latvian_genitives(m.group("position"), m.group("name"))
        ):
            continue  # an organisation's name, or its first words
        name = _name_at(m)
        out.append((name, m.group("position")))
    # A name first, then its position or phone, at a line's start (each line is tried: the
    # pattern fails at once elsewhere, and a phone number has no keyword to start from).
    firsts = [
        (_name_at(m), m.group("position"))
        for m in NAME_FIRST.finditer(text)
        if not any(m.start("name") < p.end and p.start < m.end("name") for p, _ in out)
        and not _names_an_organisation(m.group("name"))  # "Jēkabpils Muzejs, tel. …"
    ]
    if firsts:
        out = sorted(out + firsts, key=lambda found: found[0].start)
    return out


CONTACT_APPEAL = compiled(lexicon.fragment("personal", "contact_appeals"), re.VERBOSE)  # on lower
_ADDRESSEE_GAP = compiled(
    r"""
    [^.!?;\n]{0,60}?                    # a few words ("konsultacijai", "dėl informacijos")
    (?<![^\W\d_])(?:į|su)[ \t\u00a0]+  # "į" (to) or "su" (with) before the person
    """,
    re.VERBOSE,
)
"""What stands between an appeal to contact and the person it points to."""
_LEAD_WORD = compiled(
    r"""
    [^\W\d_]+[ \t\u00a0]+               # a word and its space
    """,
    re.VERBOSE,
)


def find_addressees(text: str) -> list[tuple[Personal, str | None]]:
    """The persons an appeal to contact points to ("kreipkitės į projekto koordinatorę Vardę
    Pavardienę", "kreiptis konsultacijai į Vardę Pavardienę"), with their position (None if
    none), as written: in the accusative or the instrumental. The first person after each
    appeal, by a position in another case (:data:`PERSON_IN_OTHER_CASES`) or by a surname
    with a telling ending (:data:`NAME_IN_OTHER_CASES`)."""
    lower = text.lower()
    out: list[tuple[Personal, str | None]] = []
    for appeal in CONTACT_APPEAL.finditer(lower):
        gap = _ADDRESSEE_GAP.match(lower, appeal.end())
        if gap is None:
            continue
        at = gap.end()
        person = PERSON_IN_OTHER_CASES.match(text, at)
        start = at
        for _ in range(2):  # or after one or two lead words ("projekto koordinatorę")
            if person is not None:
                break
            lead = _LEAD_WORD.match(text, start)
            if lead is None:
                break
            start = lead.end()
            person = PERSON_IN_OTHER_CASES.match(text, start)
        if person is not None:
            if not organisation_follows(text, person.end("name")) and not _names_an_organisation(
                person.group("name")
            ):
                found = Personal("name", person.start("name"), person.end("name"), person["name"])
                out.append((found, person.group("position")))
            continue
        named = NAME_IN_OTHER_CASES.match(text, at)
        if named is not None and not named.group("case").endswith("i"):  # not a dative
            first = named.group("first")
            if first is None or first.endswith(_CASE_ENDINGS_OF_FIRST_NAMES["accusative"]):
                found = Personal("name", named.start("name"), named.end("name"), named["name"])
                out.append((found, None))
    return out


ROLE_LIST = compiled(
    rf"""
    (?<![^\W\d_])(?i:projekt\w*)[ \t\u00a0]+   # the project's ("Projekto", "projektų")
    (?P<position>(?i:{lexicon.fragment("personal", "plural_roles")}))   # role, in the plural
    [^.;:!?\n]{{0,80}}?                  # perhaps more roles and where ("ir vykdytojai …
                                        #   gimnazijoje")
    (?<![^\W\d_])(?P<names>             # then two names or more
        {_CAPITALISED}[ \t\u00a0]+{_CAPITALISED}
        (?:[ \t\u00a0]*(?:,|ir|bei)[ \t\u00a0]+{_CAPITALISED}[ \t\u00a0]+{_CAPITALISED})+
    )
    (?![^\W\d_])                        # (the whole word)
    (?=[ \t\u00a0]*(?:[.,;:!?\n(]|$)     # and the list ends its clause,
      | [ \t\u00a0]+[{_LOWER}])            #   or a verb follows ("… pristatė …")
    """,
    re.VERBOSE,
)
"""A project's role in the plural and the names of those who hold it ("Projekto koordinatorės
Vardė Pavardė ir Vardė Pavardė")."""
_ROLE_LIST_NAME = compiled(
    rf"""
    {_CAPITALISED}[ \t\u00a0]+{_CAPITALISED}   # one name of a role list
    """,
    re.VERBOSE,
)


_NOMINATIVE_NAME_ENDS = ("as", "is", "ys", "us", "a", "ė")
"""The endings of Lithuanian first names and surnames in the nominative ("Jonas", "Kalnienė",
"Rūta"), which genitives of places and organisations do not have ("Vilniaus", "Gedimino",
"Technologijos"; "-aus" is left out apart)."""


def find_role_lists(text: str) -> list[tuple[Personal, str | None]]:
    """The persons named after a project's role in the plural (:data:`ROLE_LIST`), each with
    the role as written; not an organisation's words."""
    out: list[tuple[Personal, str | None]] = []
    for m in ROLE_LIST.finditer(text):
        names = list(_ROLE_LIST_NAME.finditer(text, m.start("names"), m.end("names")))
        if not all(
            word.endswith(_NOMINATIVE_NAME_ENDS) and not word.endswith("aus")
            for name in names
            for word in name.group().split()
        ):
            continue  # "… vadovai iš Kauno … ir Vilniaus Gedimino …": places in the genitive
        for name in names:
            if not _names_an_organisation(name.group()):
                found = Personal("name", name.start(), name.end(), name.group())
                out.append((found, m.group("position")))
    return out


def find_personal(text: str) -> list[Personal]:
    """Every e-mail, phone, personal code and person after a position word (in any case: see
    :data:`PERSON_IN_OTHER_CASES`), in order; what an export must not show.

    Overlapping matches are resolved to the longest (an e-mail's digits are no phone).
    """
    names = [
        *(person for person, _ in find_persons(text)),
        *_persons_in_other_cases(text),
        *_latvian_names_in_other_cases(text),
        *_more_names(text),
    ]
    names += _counted_names(text)
    names += _names_listed_after(text, names)
    names += _names_listed_before(text, names)
    names += _addressed_names(text)  # not a list's first: "Mr. X, Chief Officer, and …"
    names += _titled_names(text)
    found = [*find_emails(text), *find_phones(text), *find_codes(text), *names]
    return resolve_overlaps(found)


def _name_at(m: re.Match[str]) -> Personal:
    """The name a pattern's ``name`` group holds, as a name to redact."""
    return Personal("name", m.start("name"), m.end("name"), m.group("name"))


def _more_names(text: str) -> list[Personal]:
    """Names no position introduces, for redaction: alone on a line, beside a photo mark,
    after an initial (:data:`NAME_ALONE`, :data:`PHOTO_CREDIT`, :data:`INITIAL_NAME`)."""
    found = []
    for m in NAME_ALONE.finditer(text):
        if not _names_an_organisation(m.group("name")):
            found.append(_name_at(m))
    for m in LATVIAN_CARD.finditer(text):
        if not _names_an_organisation(m.group("name")) and not _POSITION_WORD.search(
            m.group("name")
        ):  # no organisation's name, no heading of a position ("Projekta Vadītāja")
            found.append(_name_at(m))
    found += _lithuanian_cards(text)
    if "nuotr" in text or "Nuotr" in text or "oto" in text:
        for m in PHOTO_CREDIT.finditer(text):
            group = "name" if m.group("name") else "after"
            if not _names_an_organisation(m.group(group)):
                found.append(Personal("name", m.start(group), m.end(group), m.group(group)))
    for m in NAME_ANYWHERE.finditer(text):
        if "\n" in m.group("name") and not _wrapped(text, m.start("name")):
            continue  # a line of its own over the surname: a heading or a label
        if not organisation_follows(text, m.end("name")) and not _names_an_organisation(
            m.group("name")
        ):
            found.append(_without_position(text, m.start("name"), m.end("name")))
    if "." in text:
        for m in INITIAL_NAME.finditer(text):
            if not organisation_follows(text, m.end("name")):
                found.append(_name_at(m))
        for m in SPEAKER_INITIAL.finditer(text):
            found.append(_name_at(m))
    if "ui" in text:
        for m in MASCULINE_DATIVE_NAME.finditer(text):
            found.append(_name_at(m))
    if any(mark in text for mark in _OTHER_CASE_MARKS):
        for m in NAME_IN_OTHER_CASES.finditer(text):
            case = "dative" if m.group("case").endswith(("i", "ui")) else "accusative"
            first = m.group("first")
            if first is not None and _POSITION_WORD.fullmatch(first) is not None:
                # a position opening the sentence ("Mokytojai Pavardienei …")
                found.append(_without_position(text, m.start("name"), m.end("name")))
            elif first is None or first.endswith(_CASE_ENDINGS_OF_FIRST_NAMES[case]):
                found.append(_name_at(m))
    return found


def _lithuanian_cards(text: str) -> list[Personal]:
    """Names that head a Lithuanian staff card (:data:`LITHUANIAN_CARD`), for redaction: not
    an organisation's, a position's or a place's words ("Kauno Kolegija", "Vyriausiasis
    Specialistas", "Vilnius Tech"), nor a heading's adjective ("Techninė Pagalba")."""
    lower = text.lower()
    if not any(label in lower for label in _CARD_LABEL_WORDS):
        return []  # (every card holds one of its labels)
    found = []
    for m in LITHUANIAN_CARD.finditer(text):
        name = m.group("name")
        if (
            m.group("first").endswith(_NOT_FIRST)
            or _names_an_organisation(name)
            or _POSITION_WORD.search(name) is not None
        ):
            continue
        from cwlib.parse.places import country_code, lookup_city  # (only where a card stands)

        if any(country_code(w) or lookup_city(w) for w in name.replace("-", " ").split()):
            continue  # a place ("Marijampolė Lietuva")
        found.append(Personal("name", m.start("name"), m.end("name"), name))
    return found


def _without_position(text: str, start: int, end: int) -> Personal:
    """The name ``text[start:end]``, less a position word or an English title that stands in
    a first name's place ("Minister Pavardytė", "Mokytojai Pavardienei", "Consul
    Pavardaitis"): the title stays, the surname goes."""
    first = text[start:end].split(None, 1)[0]
    if _POSITION_WORD.fullmatch(first) is not None or first in _TITLE_BEFORE_SET:
        start += len(first)
        while text[start].isspace():
            start += 1
    return Personal("name", start, end, text[start:end])


def _wrapped(text: str, start: int) -> bool:
    """True when words stand before ``start`` on its line: a name that goes on over a line
    break there is prose wrapped ("… experts Dalia⏎Kairiene and …"), where a word alone on
    its line over a surname is a heading or a card's label."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].isspace() and line_start < start


def _addressed_names(text: str) -> list[Personal]:
    """Names after a form of address (:data:`ADDRESSED_NAME`), for redaction."""
    if "M" not in text and "Dr" not in text and "Sir" not in text:
        return []  # every form of address holds one of these
    return [
        _name_at(m)
        for m in ADDRESSED_NAME.finditer(text)
        if not organisation_follows(text, m.end("name"))
        and not _names_an_organisation(m.group("name"))
    ]


def _titled_names(text: str) -> list[Personal]:
    """Names before an English title and a comma, and surnames after a title
    (:data:`NAME_BEFORE_TITLE`, :data:`TITLED_SURNAME`), for redaction; a name with an
    organisation word is none ("Vilnius University, Head of …")."""
    found = []
    lower = text.lower()
    if ", " in text and any(word in lower for word in _AFTER_NAME["words"]):
        from cwlib.parse.places import country_code  # (only where a match stands)

        for m in NAME_BEFORE_TITLE.finditer(text):
            words = m.group("name").split()
            if not _names_an_organisation(m.group("name")) and not any(map(country_code, words)):
                # (a country is no first name: "Latvia Lithuania, Director General")
                found.append(_name_at(m))
    if not any(title in text for title in _TITLE_BEFORE_SET):
        return found  # (every match holds a title as written)
    for m in TITLED_SURNAME.finditer(text):
        if not organisation_follows(text, m.end("name")) and not _names_an_organisation(
            m.group("name")
        ):
            found.append(_name_at(m))
    return found


_POSITION_WORD = compiled(
    rf"""
    (?<![^\W\d_])(?i:{_POSITIONS})(?![^\W\d_])   # a position word, whole
    """,
    re.VERBOSE,
)


_TITLE_WORD = compiled(
    rf"""
    (?<![^\W\d_])(?i:{lexicon.alternation(_AFTER_NAME["words"])})(?![^\W\d_])   # an English title
    """,
    re.VERBOSE,
)


def _names_listed_after(text: str, names: list[Personal]) -> list[Personal]:
    """The names that follow a name found, in a list (:data:`NAME_NEXT`); a position title
    ("…, Projekto Vadovė", "…, Chief Officer") ends the list."""
    more: list[Personal] = []
    for name in names:
        end = name.end
        while (m := NAME_NEXT.match(text, end)) is not None:
            if (
                organisation_follows(text, m.end("name"))
                or _names_an_organisation(m.group("name"))
                or _POSITION_WORD.search(m.group("name")) is not None
                or _TITLE_WORD.search(m.group("name")) is not None
            ):
                break
            more.append(_name_at(m))
            end = m.end("name")
    return more


NAME_BEFORE = compiled(
    rf"""
    (?<![^\W\d_])                            # a whole word
    (?P<name>{_CAPITALISED}[ \t]+{_CAPITALISED})   # a first name and a surname
    ,[ \t]+\Z                                  # then a comma, right before a name found
    """,
    re.VERBOSE,
)
"""The first name of a list whose next names were found ("… komandą sudarė Vardas Pavardas,
Vardas Pavardauskas ir …", a photo's caption "(iš kairės): Vardas Pavardas, Vardė
Pavardienė, …"): a surname with no telling ending is no name to the patterns alone, but it
opens a list the names after it show to be of persons. For redaction only."""
_CAPITALISED_BEFORE = compiled(
    rf"""
    (?<![^\W\d_]){_CAPITALISED}[ \t]+\Z     # a capitalised word right before ("Kauno Jonas …")
    """,
    re.VERBOSE,
)
_NOT_FIRST_NAME_ENDINGS = ("os", "ės", "ų", "o", "io", "aus", "ies", "ui", "ai")
"""Endings of a genitive or a dative, which the first word of a list's first name in the
nominative never has ("Lietuvos Respublika, …", "Kauno Rajonui, …")."""


def _names_listed_before(text: str, names: list[Personal]) -> list[Personal]:
    """The name right before a name found, after which the list goes on with another name
    (:data:`NAME_BEFORE`): a list of three names or more, its first left to the patterns."""
    more: list[Personal] = []
    starts = {name.start for name in names if name.kind == "name"}
    for name in names:
        if name.kind != "name" or NAME_NEXT.match(text, name.end) is None:
            continue  # no list goes on after the name found
        m = NAME_BEFORE.search(text, max(0, name.start - 80), name.start)
        if (
            m is None
            or m.start("name") in starts
            or _CAPITALISED_BEFORE.search(text, max(0, m.start("name") - 40), m.start("name"))
            or m.group("name").split()[0].endswith(_NOT_FIRST_NAME_ENDINGS)
            or organisation_follows(text, m.end("name"))
            or _names_an_organisation(m.group("name"))
            or _POSITION_WORD.search(m.group("name")) is not None
        ):
            continue
        more.append(_name_at(m))
    return more


def _persons_in_other_cases(text: str) -> list[Personal]:
    """Names after a position in another case (:data:`PERSON_IN_OTHER_CASES`), for redaction."""
    folded = text.casefold()
    if not any(stem in folded for stem in _OTHER_CASE_STEMS):
        return []
    return [
        _name_at(m)
        for m in PERSON_IN_OTHER_CASES.finditer(text)
        if not organisation_follows(text, m.end("name"))
        and not _names_an_organisation(m.group("name"))
    ]


def _counted_names(text: str) -> list[Personal]:
    """The first names of lists after people counted or pupils in the plural
    (:data:`COUNTED_NAMES`, :data:`PUPILS_LISTED`), for redaction. People counted are looked
    for before each colon, pupils where their word stands (the word's tail found, so that a
    capital at a sentence's start is found too)."""
    found = []
    colon = text.find(":")
    while colon >= 0:
        start = colon
        while start > 0 and text[start - 1] in " \t\u00a0":
            start -= 1
        word_end = start
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        if text[start:word_end].lower() in _COUNTED_WORDS:
            # the noun before the colon; the list's first noun may stand before an "ir"
            first = _first_counted(text, start)
            if first is not None and (m := COUNTED_NAMES.match(text, first)) is not None:
                found.append(m)
        colon = text.find(":", colon + 1)
    for word in _PUPILS_LISTED_WORDS:
        pos = text.find(word[1:])
        while pos > 0:
            if (
                text[pos - 1] in (word[0], word[0].upper())
                and (pos == 1 or not text[pos - 2].isalpha())  # (the whole word)
                and (m := PUPILS_LISTED.match(text, pos - 1)) is not None
            ):
                found.append(m)
            pos = text.find(word[1:], pos + 1)
    return [
        _name_at(m)
        for m in found
        if not organisation_follows(text, m.end("name"))
        and not _names_an_organisation(m.group("name"))
    ]


_COUNTED_PAIR = compiled(
    rf"""
    (?<![^\W\d_])(?i:{_COUNTED})          # people counted, then
    [ \t\u00a0]+(?:ir|bei)[ \t\u00a0]+      # "ir" or "bei",
    {_COUNT_AND_WORDS}                    # a count, maybe lower-case words,
    \Z                                   # right before the last people counted
    """,
    re.VERBOSE,
)
"""The first of two counts of people joined by "ir" ("devyni mokytojai ir penki mokiniai")."""


def _first_counted(text: str, start: int) -> int | None:
    """Where the people counted before a colon begin, the noun at ``start`` given: the first
    noun of "N <people> ir M <people>", else the noun itself; None unless a count stands
    right before it."""
    lo = max(0, start - 60)
    pair = _COUNTED_PAIR.search(text, lo, start)
    if pair is not None:
        start = pair.start()
        lo = max(0, start - 60)
    return start if _COUNT_BEFORE.search(text, lo, start) is not None else None


def organisation_follows(text: str, end: int) -> bool:
    """True when the words before ``end`` begin an organisation's name (an organisation word follows).

    >>> organisation_follows("Matera Basilicata 2019 fondas", 17)
    True
    """
    return _ORG_AFTER.match(text, end) is not None


def resolve_overlaps(found: list[Personal]) -> list[Personal]:
    """Matches in order; of overlapping ones, the first and longest, stretched over the others."""
    if len(found) < 2:
        return list(found)  # nothing to resolve
    found = sorted(found, key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Personal] = []
    for m in found:
        if kept and m.start < kept[-1].end:
            last = kept[-1]
            if m.end > last.end:
                kept[-1] = Personal(
                    last.kind, last.start, m.end, last.text + m.text[last.end - m.start :]
                )
            continue
        kept.append(m)
    return kept
