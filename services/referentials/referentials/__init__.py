"""The referentials service."""
