"""Benchmarks (``make bench``): each ``bench/bench_*.py`` module has a ``main()`` that prints its results."""
