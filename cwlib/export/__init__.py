"""Stage 5, exporting: Excel briefs (with translations and redaction of personal data) and the
notebook reports."""
