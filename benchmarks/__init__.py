"""Benchmarks: timings live here, never in tests. Run all with `make bench`."""
