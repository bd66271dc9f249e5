"""Stage 0, the words: every vocabulary list the parsers match against, with its source.

Plain data, importing only the standard library, so that any stage can use it for free.
"""
