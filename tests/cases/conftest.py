"""Case tables of the extractors: sentence (or short page) → expected rows.

Each table is one parametrised test over many examples with readable ids (in the manner of
price-parser's tests): ``case(id, text, expected)``, and a known gap is a strict xfail with
its reason, ``case(id, text, expected, gap="…")``, so that fixing it fails the table until the
mark goes. The texts are written for these tests in the forms of the genre; none is copied
from a real page.
"""
