"""The upstream-sections checker's own rules (tests/upstream_sections_check.py), fast: what it does not count
against the client, and that its list of upstream's errata cannot go stale."""

from __future__ import annotations

from .upstream_sections_check import _errata, elided_paths

LABEL = "vector_store_search: searchVectorStore (POST /vector_stores/{vector_store_id}/search) response example"
ERRATA = [{"example": "searchVectorStore response", "reads": "search_query: expected array", "reason": "A  reason."}]


def test_an_elided_value_is_found_where_unknown_values_names_it() -> None:
    example = {"chunking_strategy": {"...": None}, "content": [{"type": "text"}, "..."], "filters": {"type": "eq"}}
    assert elided_paths(example) == ["chunking_strategy", "content[1]"]
    assert elided_paths({"filters": {"type": "and", "filters": []}}) == []


def test_a_listed_erratum_is_reported_apart_and_any_other_failure_is_kept() -> None:
    listed = f"{LABEL}: InvalidPayloadError: search_query: expected array, got string"
    other = f"{LABEL}: InvalidPayloadError: data[0].score: expected number, got string"  # the same example, not listed
    kept, errata = _errata([listed, other], ERRATA)
    assert errata == [f"{listed} (erratum: A reason.)"]
    assert other in kept


def test_an_erratum_that_no_longer_fails_as_it_says_is_a_failure() -> None:
    kept, errata = _errata([], ERRATA)
    assert errata == []
    assert kept == [
        "errata.yaml: searchVectorStore response no longer fails with 'search_query: expected array': "
        "update or remove it"
    ]
