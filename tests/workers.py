"""Annotators for the Dask tests, importable by worker processes (which get the test's sys.path)."""

from __future__ import annotations

import os
import time

from quotes.nlp.samples import SampleAnnotator


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
