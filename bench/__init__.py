"""Quality and speed benchmarks; each writes a report under bench/reports/."""
