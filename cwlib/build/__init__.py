"""Stage 3, building: the facts of every text merged into the clean tables, audited, checked,
written atomically, and loaded back with the schema's dtypes."""
