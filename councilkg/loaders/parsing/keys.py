"""Keys for a plan's items, unique within the plan for each kind of item."""

from __future__ import annotations


class UniqueKeys:
    """Hands out keys unique per kind: a repeated base gets ``-2``, ``-3``... in order.

    The next free suffix of each base is remembered, so a plan repeating one label ten thousand
    times (a fuzzed or broken plan) takes linear time, not quadratic.

    Example:
        >>> keys = UniqueKeys()
        >>> [keys.new("action", "audit"), keys.new("action", "audit"), keys.new("risk", "audit")]
        ['audit', 'audit-2', 'audit']
    """

    def __init__(self) -> None:
        self._taken: dict[str, set[str]] = {}
        self._next_suffix: dict[tuple[str, str], int] = {}

    def new(self, kind: str, base: str) -> str:
        """Return ``base``, or ``base-N`` with the lowest free N >= 2, and mark it taken for ``kind``."""
        taken = self._taken.setdefault(kind, set())
        key, number = base, self._next_suffix.get((kind, base), 2)
        while key in taken:
            key, number = f"{base}-{number}", number + 1
        self._next_suffix[(kind, base)] = number
        taken.add(key)
        return key
