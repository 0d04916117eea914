"""A contents page printed as a table ("Item Content Page") whose entry wraps onto the next line with
its page after its last words, on a snippet cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Plymouth City Council, Youth Justice Plan 2012-13 (a document-sharing site's transcript of the PDF),
#: https://cupdf.com/document/new-plymouth-youth-justice-plan-2012-13-2017-2-20-plymouth-youth-justice-plan.html
PLYMOUTH = "\n\n".join(
    [
        "Item Content Page",
        "1. Plymouth Youth Offending Service Pledge 2",
        "2. Executive Summary 3",
        "8. Delivery against Local Targets 11",
        "9. Activities that Support Key Performance Indicators &",
        "National Standards 17",
        "10. Youth Justice Plan sign off 19",
        "1. Plymouth Youth Offending Team Pledge",
        "We will provide a fair and equitable service that embraces the diversity of young people.",
        "We will encourage and support young people to repair the harm they have done to their victims.",
    ]
)


def test_a_wrapped_entry_keeps_the_contents_page_open_to_its_last_entry() -> None:
    extraction = read(PLYMOUTH)
    assert not extraction.priorities
    assert [a.label[:30] for a in extraction.actions] == [
        "We will provide a fair and equ",
        "We will encourage and support ",
    ]
    assert all(extraction.placed[line] == "contents" for line in (1, 3, 9, 13))
