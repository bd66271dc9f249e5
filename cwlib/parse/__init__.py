"""Stage 2, parsing: one text to typed facts, each with its quote.

The pure parsers of numbers, dates and places, the segmenting of a text, one module per kind
of fact (project fields, budgets, partners, events, results, contacts, tables in the text)
and the pipeline that runs them in order. Nothing here reads or writes files.
"""
