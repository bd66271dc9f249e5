"""Stage 1, reading: raw files (plain text in any of the genre's encodings, saved HTML) to text.

The text returned here is the one every quote is a substring of.
"""
