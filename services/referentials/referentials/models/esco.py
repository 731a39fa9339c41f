"""esco tables (to be written)."""

__all__: list[str] = []
