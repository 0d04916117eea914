"""Presentation: interactive network views of thread graphs."""
