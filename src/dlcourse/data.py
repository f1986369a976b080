"""Dataset plumbing shared by chapters: names and small conveniences, never the lesson."""

from __future__ import annotations

import re
import zipfile

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


# The UCI data sets the text chapters read, fetched once into the Keras cache (KERAS_HOME/datasets).
UCI_SENTENCES = {
    "fname": "sentiment_labelled_sentences.zip",
    "origin": "https://archive.ics.uci.edu/ml/machine-learning-databases/00331/sentiment%20labelled%20sentences.zip",
    "file_hash": "afc26626d710899948693e1a61405dce197f57ffa719fa1130d346b4cc095343",
}
SMS_SPAM = {
    "fname": "smsspamcollection.zip",
    "origin": "https://archive.ics.uci.edu/ml/machine-learning-databases/00228/smsspamcollection.zip",
    "file_hash": "1587ea43e58e82b14ff1f5425c88e17f8496bfcdb67a583dbff9eefaf9963ce3",
}
_SENTENCE_LINE = re.compile(r"(.+?)\t([01])\s*$", flags=re.MULTILINE | re.DOTALL)


def _cached(dataset: dict) -> str:
    import keras

    return keras.utils.get_file(cache_subdir="datasets", **dataset)


def uci_sentences() -> tuple[list[str], np.ndarray]:
    """The UCI Sentiment Labelled Sentences: 1000 Amazon, then 1000 IMDb, then 1000 Yelp reviews.

    Returns the sentences, each with its runs of whitespace joined into one space (one sentence of
    the files is broken over two lines), and their labels (1 positive, 0 negative).
    """
    sentences, labels = [], []
    with zipfile.ZipFile(_cached(UCI_SENTENCES)) as archive:
        for source in ("amazon_cells", "imdb", "yelp"):
            raw = archive.read(f"sentiment labelled sentences/{source}_labelled.txt").decode("utf-8")
            for text, label in _SENTENCE_LINE.findall(raw):
                sentences.append(" ".join(text.split()))
                labels.append(int(label))
    return sentences, np.array(labels)


def sms_spam() -> tuple[list[str], list[str]]:
    """The UCI SMS Spam Collection, in the file's order: the labels ("ham" or "spam") and the messages."""
    with zipfile.ZipFile(_cached(SMS_SPAM)) as archive:
        lines = archive.read("SMSSpamCollection").decode("utf-8").splitlines()
    labels, messages = zip(*(line.split("\t", 1) for line in lines))
    return list(labels), list(messages)
