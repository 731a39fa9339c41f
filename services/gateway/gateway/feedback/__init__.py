"""Feedback: tenants' users say whether a suggestion was relevant; benchmarks read it back."""
