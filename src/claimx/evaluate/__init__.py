"""Scoring claimx against labelled corpora (PolNeAR, NewsQuant, MeasEval). Data stays outside the repo."""
