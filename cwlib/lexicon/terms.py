"""Position words that introduce a person's name (personal data, for the contacts table).

The rest of the parser's vocabulary is in the TOML files beside this module, read with
``cwlib.lexicon.load``. These position words stay here, as a pattern fragment matched
case-insensitively, until they are unified with the privacy module's own (issue 12).

Source: read off the contact lines of municipal project pages of the genre (the seeds in
data/raw and the genre texts in tests/genre).
"""

from __future__ import annotations

# Positions that introduce a person's name (personal data, for the contacts table).
PERSON_POSITIONS = (
    r"vadovė|vadovas|koordinatorė|koordinatorius|pavaduotoja|pavaduotojas|direktorė|direktorius|merė|meras"
    r"|specialistė|specialistas|vedėja|vedėjas|atstovė|atstovas|kontaktinis\s+asmuo|kontaktai|pirmininkė|pirmininkas"
    r"|seniūnė|seniūnas|manager|coordinator|contact\s+person|director|mayor|projektų\s+vadovė|projektų\s+vadovas"
)
