"""Each chapter teaches the concepts its issue lists, in its own text."""

import re

import nbformat
import pytest

from course import REPO

# Chapter folder under book/ -> regular expressions (case-insensitive) its text must contain.
CHAPTER_CONCEPTS = {
    "ann": [
        r"artificial neural network", r"perceptron", r"multi-?layer perceptron", r"XOR", r"logistic regression",
        r"sigmoid", r"tanh", r"\bReLU\b", r"leaky ReLU", r"dying ReLU", r"softmax", r"activation function",
        r"loss function", r"MSE", r"mean_squared_error", r"binary_crossentropy", r"cross-entropy",
        r"gradient descent", r"learning rate", r"chain rule", r"backpropagation", r"forward propagation",
        r"feed-?forward", r"vanishing gradient", r"normali[sz]", r"/ ?255", r"\bepoch", r"batch size",
        r"iteration", r"\bweights?\b", r"\bbias\b",
    ],
    "dnn": [
        r"Sequential", r"compile\(", r"\.fit\(", r"evaluate\(", r"predict\(", r"summary\(",
        r"binary_crossentropy", r"\bcategorical_crossentropy", r"sparse_categorical_crossentropy",
        r"mean_squared_error", r"\bMSE\b", r"Flatten", r"Dense", r"\bSGD\b", r"momentum", r"Adagrad", r"RMSprop",
        r"\bAdam\b", r"ModelCheckpoint", r"EarlyStopping", r"learning rate", r"\bepoch", r"batch size",
        r"accuracy", r"precision", r"recall", r"\bF1\b", r"softmax", r"relu", r"/ ?255",
    ],
    "regularization": [
        r"overfitting", r"underfitting", r"Dropout", r"weight decay", r"\bL2\b", r"batch normali[sz]ation",
        r"layer normali[sz]ation", r"internal covariate shift", r"EarlyStopping", r"early stopping",
        r"data augmentation", r"cross-?validation", r"k-?fold", r"hyperparameter", r"learning rate schedul",
        r"batch size", r"generali[sz]ation gap", r"AdamW", r"kernel_regularizer",
    ],
}


def chapter_text(chapter: str) -> str:
    folder = REPO / "book" / chapter
    parts = [path.read_text() for path in sorted(folder.glob("*.md"))]
    for path in sorted(folder.glob("*.ipynb")):
        parts.extend(cell.source for cell in nbformat.read(path, as_version=4).cells)
    return "\n".join(parts)


@pytest.mark.parametrize("chapter", sorted(CHAPTER_CONCEPTS))
def test_chapter_teaches_its_concepts(chapter):
    text = chapter_text(chapter)
    missing = [concept for concept in CHAPTER_CONCEPTS[chapter] if not re.search(concept, text, re.IGNORECASE)]
    assert not missing, f"book/{chapter} never mentions: {missing}"
