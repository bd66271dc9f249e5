"""The project-fields step makes its Project, programme mentions and codes without their
frozen class's ``__init__`` (:mod:`cwlib.parse.frozen`): each must be the instance the class
itself makes."""

from __future__ import annotations

import dataclasses

from conftest import assert_made_as_own, sample_texts

from cwlib.parse import programme, project
from cwlib.parse.document import Document

TEXT = (
    "„Kūrybinės dirbtuvės“\n\n"
    "INTERREG EUROPE programa 2014–2020, projekto Nr. LLI-101\n"
    "Projektas įgyvendinamas pagal Interreg V-A Latvijos ir Lietuvos programą (2014–2020 m.), "
    "priemonė 07.1.1-CPVA-V-906. Bendra projekto vertė – 100 000 Eur.\n"
)


def test_fields_made_without_init_equal_the_class_own() -> None:
    kinds: set[type] = set()
    for text in (TEXT, *sample_texts(seed=3)):
        doc = Document(text, "t.txt")
        fields = project.extract_fields(doc)
        own = project.Project(
            **{
                f.name: getattr(fields, f.name)
                for f in dataclasses.fields(project.Project)
                if f.name != "durations"  # (its default: extract_fields leaves it to complete)
            }
        )
        assert fields == own and repr(fields) == repr(own)
        assert list(vars(fields)) == list(vars(own))
        kinds.add(type(fields))
        for made in (*programme.mentions(doc), *programme.codes(doc)):
            assert_made_as_own(made)
            kinds.add(type(made))
    assert kinds == {project.Project, programme.Mention, programme.Code}
