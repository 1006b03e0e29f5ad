"""Annotators for the Dask tests, importable by worker processes (which get the test's sys.path)."""

from __future__ import annotations

import os
import time

from quotes.model import ArticleText, Metadata
from quotes.nlp.samples import SampleAnnotator, sample_texts

DATES = ["2013-10-12", "2013-11-01", "2013-11-20", "2013-12-04", "2014-01-15"]


def dated_samples() -> list[ArticleText]:
    """The five sample articles, dated one apart, from two outlets."""
    return [
        ArticleText(id=doc, text=text, meta=Metadata(date=DATES[i], source="AP" if i % 2 else "Reuters", title=f"t{i}"))
        for i, (doc, text) in enumerate(sorted(sample_texts().items()))
    ]


class SlowSamples(SampleAnnotator):
    """The frozen sample annotations, a second a batch: slow enough to kill a worker mid-run."""

    def annotate(self, texts):
        time.sleep(1.0)
        return super().annotate(texts)


class CrashingSamples(SampleAnnotator):
    """Kills its own process on a text holding CRASH, as a segfault in stanza would."""

    def annotate(self, texts):
        if any("CRASH" in t for t in texts):
            os._exit(77)
        return super().annotate(texts)
