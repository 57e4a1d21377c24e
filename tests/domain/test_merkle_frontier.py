"""Frontiers (compact ranges): they fold to the same tree head as the whole tree, and extending
one from any size to any larger size equals building from scratch."""

from __future__ import annotations

import hashlib
import random

import pytest

from optin_desk.domain.merkle import (
    EMPTY_ROOT,
    MerkleLevels,
    extend_frontier,
    frontier_fits,
    frontier_root,
    tree_root,
)


def leaves(n: int) -> list[bytes]:
    """n distinct 32-byte leaves, like the events' chain hashes."""
    return [hashlib.sha256(f"event {i}".encode()).digest() for i in range(n)]


ALL = leaves(300)
ALL_LEVELS = MerkleLevels(ALL)


def test_every_size_up_to_300_folds_to_the_tree_head() -> None:
    for size in range(301):
        built = extend_frontier([], 0, ALL[:size])
        assert frontier_fits(built, size)
        assert built == ALL_LEVELS.frontier(size)
        assert frontier_root(built) == ALL_LEVELS.root(size) == tree_root(ALL[:size])


def test_extending_from_any_size_to_any_larger_size_equals_building_from_scratch() -> None:
    items = ALL[:70]
    levels = MerkleLevels(items)
    for old in range(71):
        for new in range(old, 71):
            extended = extend_frontier(levels.frontier(old), old, items[old:new])
            assert extended == levels.frontier(new)
            assert frontier_root(extended) == levels.root(new)


def test_random_sizes_up_to_100000_in_random_steps() -> None:
    chooser = random.Random(9162)
    items = leaves(100_000)
    levels = MerkleLevels(items)
    for size in [*chooser.sample(range(100_001), 12), 100_000, 65_536, 65_535]:
        assert frontier_root(levels.frontier(size)) == levels.root(size)
    nodes: list[bytes] = []
    size = 0
    while size < len(items):
        step = min(chooser.choice([1, 2, 7, 64, 1000, 9999]), len(items) - size)
        nodes = extend_frontier(nodes, size, items[size : size + step])
        size += step
        assert frontier_root(nodes) == levels.root(size)
    assert frontier_root(nodes) == tree_root(items)


def test_the_empty_frontier_is_the_empty_tree() -> None:
    assert frontier_root([]) == EMPTY_ROOT
    assert frontier_fits([], 0)
    assert MerkleLevels([]).frontier() == []


def test_a_frontier_of_the_wrong_shape_is_refused() -> None:
    nodes = ALL_LEVELS.frontier(5)  # two roots: 4 leaves and 1
    assert not frontier_fits(nodes, 7)
    assert not frontier_fits([nodes[0][:31], nodes[1]], 5)
    with pytest.raises(ValueError, match="not the frontier of 7 leaves"):
        extend_frontier(nodes, 7, ALL[7:9])
    with pytest.raises(ValueError, match="no prefix of 301"):
        ALL_LEVELS.frontier(301)


def test_a_changed_root_in_the_frontier_changes_the_head() -> None:
    nodes = ALL_LEVELS.frontier(200)
    forged = [nodes[0], hashlib.sha256(b"forged").digest(), *nodes[2:]]
    assert frontier_root(forged) != ALL_LEVELS.root(200)
    assert frontier_root(extend_frontier(forged, 200, ALL[200:])) != ALL_LEVELS.root()
