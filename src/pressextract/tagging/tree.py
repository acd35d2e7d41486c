"""Turn slovnet's head predictions into a tree.

slovnet picks each token's head by argmax, so a sentence can come back with no root, several roots or a cycle.
spaCy needs one tree per sentence; this keeps slovnet's arcs and mends only what breaks the tree.
"""

from __future__ import annotations


def repair_heads(heads: list[int], rels: list[str]) -> tuple[list[int], list[str]]:
    """Heads are 1-based with 0 for the root; return a tree with exactly one root and no cycles."""
    size = len(heads)
    heads = [h if 0 <= h <= size and h != i + 1 else 0 for i, h in enumerate(heads)]
    roots = [i for i, h in enumerate(heads) if h == 0]
    root = next((i for i in roots if rels[i] == "root"), roots[0] if roots else 0)
    rels = list(rels)
    heads[root] = 0
    rels[root] = "root"
    for i in roots:
        if i != root:
            heads[i] = root + 1
    for i in range(size):
        seen = set()
        node = i
        while heads[node] != 0 and node not in seen:
            seen.add(node)
            node = heads[node] - 1
        if heads[node] != 0:  # walked into a cycle: hang the node where it closes on the root
            heads[node] = root + 1
    return heads, rels
