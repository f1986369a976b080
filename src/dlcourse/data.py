"""Dataset plumbing shared by chapters: names and small conveniences, never the lesson."""

from __future__ import annotations

import numpy as np

FASHION_MNIST_CLASSES = (
    "T-shirt/top",
    "Trouser",
    "Pullover",
    "Dress",
    "Coat",
    "Sandal",
    "Shirt",
    "Sneaker",
    "Bag",
    "Ankle boot",
)


def stratified_subset(labels: np.ndarray, per_class: int, seed: int = 0) -> np.ndarray:
    """Return sorted indices of ``per_class`` examples of each label, drawn without replacement."""
    rng = np.random.default_rng(seed)
    labels = np.asarray(labels).reshape(-1)
    chosen = []
    for label in np.unique(labels):
        candidates = np.flatnonzero(labels == label)
        if len(candidates) < per_class:
            raise ValueError(f"label {label} has only {len(candidates)} examples")
        chosen.append(rng.choice(candidates, size=per_class, replace=False))
    return np.sort(np.concatenate(chosen))
