"""The benchmark harness: `python -m bench` (see bench/__main__.py and bench/RESULTS.md)."""
