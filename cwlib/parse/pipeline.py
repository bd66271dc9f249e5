"""One text → every fact it states, each with the quote that states it: the order of the steps.

The parser's front door. Each step is one extractor module that takes the text's
:class:`~cwlib.parse.document.Document` and returns typed facts (``cwlib.parse.facts``); this
module only says in what order they run and why. It reads and writes no files, so the build,
the notebooks and the benchmarks all parse the same way; the audit (``cwlib.build.audit``)
runs after it.
"""

from __future__ import annotations

from cwlib.parse import project
from cwlib.parse.budgets import complete_shares, extract_budgets
from cwlib.parse.contacts import extract_contacts
from cwlib.parse.document import Document
from cwlib.parse.events import extract_durations, extract_events
from cwlib.parse.facts import TextFacts
from cwlib.parse.keys import merge_keys
from cwlib.parse.pagekind import call_headline
from cwlib.parse.partners import extract_partners
from cwlib.parse.results import extract_results

__all__ = ["TextFacts", "parse_text"]


def parse_text(text: str, source: str = "<text>") -> TextFacts:
    """Every fact one text states, with quotes; see TextFacts.

    >>> facts = parse_text("Projekto pavadinimas: Kūrybinės dirbtuvės. Bendra projekto vertė – 48 000 Eur.")
    >>> facts.project.title, facts.budgets[0].amount
    ('Kūrybinės dirbtuvės', 48000.0)
    """
    # 1. One Document: the text is segmented and scanned for sums, dates and keywords once.
    doc = Document(text, source)
    # 2. The fields the text states about the project itself: title, programme, fund,
    #    number, address. The programme decides step 4.
    fields = project.extract_fields(doc)
    # 3. Sums; then shares, computed only against the total of the same scope and party, so
    #    all sums of the text must be known first. A programme's news about its call states
    #    the call's money and deadlines, no project's: none is read (the audit says why).
    call_news = call_headline(doc.text, doc) is not None
    budgets = [] if call_news else complete_shares(extract_budgets(doc))
    # 4. Partners. The programme decides two things the text often leaves unsaid: the body
    #    that "carries the project out" is the applicant of a national programme but one
    #    partner of a cooperation programme, and a partner the text does not place is in
    #    Lithuania in a national programme.
    partners = extract_partners(doc, fields.programme)
    # 5. Dated events, the programming periods the text states, the durations it states.
    events, periods = extract_events(doc)
    durations = extract_durations(doc)
    if call_news:
        events, durations = [], []
    # 6. Results and contacts depend on nothing above.
    results = extract_results(doc)
    contacts = extract_contacts(doc)
    # 7. Last, the project's dates, duration, period, programme and id: read off the events,
    #    periods, durations, programme and partners found above (a programme may follow from
    #    the period, or from partners abroad).
    whole = project.complete(fields, events, periods, durations, partners)
    return TextFacts(
        source=source,
        text=doc.text,
        project=whole,
        budgets=tuple(budgets),
        partners=tuple(partners),
        events=tuple(events),
        results=tuple(results),
        contacts=tuple(contacts),
        unread_figures=doc.unread_figures,
        merge_keys=merge_keys(whole),
    )
