"""Each chapter teaches the concepts its issue lists, in its own text."""

import re

import nbformat
import pytest

from dlcourse.book import chapters
from dlcourse.testing.course import REPO

# Chapter folder under book/ -> regular expressions (case-insensitive) its text must contain.
CHAPTER_CONCEPTS = {
    "ann": [
        r"artificial neural network",
        r"perceptron",
        r"multi-?layer perceptron",
        r"XOR",
        r"logistic regression",
        r"sigmoid",
        r"tanh",
        r"\bReLU\b",
        r"leaky ReLU",
        r"dying ReLU",
        r"softmax",
        r"activation function",
        r"loss function",
        r"MSE",
        r"mean_squared_error",
        r"binary_crossentropy",
        r"cross-entropy",
        r"gradient descent",
        r"learning rate",
        r"chain rule",
        r"backpropagation",
        r"forward propagation",
        r"feed-?forward",
        r"vanishing gradient",
        r"normali[sz]",
        r"/ ?255",
        r"\bepoch",
        r"batch size",
        r"iteration",
        r"\bweights?\b",
        r"\bbias\b",
    ],
    "dnn": [
        r"Sequential",
        r"compile\(",
        r"\.fit\(",
        r"evaluate\(",
        r"predict\(",
        r"summary\(",
        r"binary_crossentropy",
        r"\bcategorical_crossentropy",
        r"sparse_categorical_crossentropy",
        r"mean_squared_error",
        r"\bMSE\b",
        r"Flatten",
        r"Dense",
        r"\bSGD\b",
        r"momentum",
        r"Adagrad",
        r"RMSprop",
        r"\bAdam\b",
        r"ModelCheckpoint",
        r"EarlyStopping",
        r"learning rate",
        r"\bepoch",
        r"batch size",
        r"accuracy",
        r"precision",
        r"recall",
        r"\bF1\b",
        r"softmax",
        r"relu",
        r"/ ?255",
    ],
    "regularization": [
        r"overfitting",
        r"underfitting",
        r"Dropout",
        r"weight decay",
        r"\bL2\b",
        r"batch normali[sz]ation",
        r"layer normali[sz]ation",
        r"internal covariate shift",
        r"EarlyStopping",
        r"early stopping",
        r"data augmentation",
        r"cross-?validation",
        r"k-?fold",
        r"hyperparameter",
        r"learning rate schedul",
        r"batch size",
        r"generali[sz]ation gap",
        r"AdamW",
        r"kernel_regularizer",
    ],
    "cnn": [
        r"Conv2D",
        r"padding",
        r"\bsame\b",
        r"\bvalid\b",
        r"stride",
        r"MaxPooling2D",
        r"AveragePooling2D",
        r"feature map",
        r"ResNet",
        r"residual",
        r"VGG",
        r"Inception",
        r"vanishing gradient",
        r"1 ?\\?(×|x|times) ?1",
    ],
    "transfer": [
        r"transfer learning",
        r"feature extract",
        r"fine-?tun",
        r"ResNet",
        r"VGG",
        r"Inception",
        r"keras\.applications",
        r"MobileNet",
        r"training=False",
        r"BatchNorm",
        r"learning rate",
        r"from scratch",
    ],
    "rnn": [
        r"recurrent neural network",
        r"time ?step",
        r"feed-?forward",
        r"hidden state",
        r"\btanh\b",
        r"SimpleRNN",
        r"Embedding",
        r"one-?hot",
        r"LSTM",
        r"GRU",
        r"\bgates?\b",
        r"mask",
        r"padding",
        r"bag[- ]of[- ]words",
        r"vanishing gradient",
        r"exploding gradient",
        r"Word2Vec",
        r"CBOW",
        r"skip-?gram",
        r"GloVe",
        r"FastText",
        r"ELMo",
    ],
    "attention": [
        r"attention",
        r"\bquery\b",
        r"\bkeys?\b",
        r"\bvalues?\b",
        r"scaled dot-?product",
        r"softmax",
        r"MultiHeadAttention",
        r"multi-?head",
        r"self-attention",
        r"positional encoding",
        r"transformer",
        r"LayerNorm|layer normali[sz]ation",
        r"causal mask",
        r"BERT",
        r"GPT",
        r"seq(uence)?[- ]?to[- ]?seq",
        r"encoder",
        r"decoder",
    ],
}


def chapter_text(chapter: str) -> str:
    folder = REPO / "book" / chapter
    parts = [path.read_text() for path in sorted(folder.glob("*.md"))]
    for path in sorted(folder.glob("*.ipynb")):
        parts.extend(cell.source for cell in nbformat.read(path, as_version=4).cells)
    return "\n".join(parts)


@pytest.mark.parametrize("chapter", sorted(chapters(REPO)))
def test_chapter_teaches_its_concepts(chapter):
    assert chapter in CHAPTER_CONCEPTS, f"book/{chapter} has no entry in CHAPTER_CONCEPTS"
    text = chapter_text(chapter)
    missing = [concept for concept in CHAPTER_CONCEPTS[chapter] if not re.search(concept, text, re.IGNORECASE)]
    assert not missing, f"book/{chapter} never mentions: {missing}"


SEED_CONCEPTS = REPO.parent / "shared" / "seed-concepts.txt"


def seed_concepts() -> list[tuple[str, str]]:
    """(regex, Korean term) for each line of the source notes' concept list."""
    if not SEED_CONCEPTS.is_file():
        return []
    lines = [line.strip() for line in SEED_CONCEPTS.read_text(encoding="utf-8").splitlines()]
    return [tuple(line.rsplit("|", 1)) for line in lines if line and not line.startswith("#")]


@pytest.mark.skipif(not SEED_CONCEPTS.is_file(), reason=f"no concept list at {SEED_CONCEPTS}")
def test_book_teaches_every_seed_concept():
    concepts = seed_concepts()
    assert len(concepts) > 50
    text = "\n".join(chapter_text(folder.name) for folder in sorted((REPO / "book").iterdir()) if folder.is_dir())
    missing = [f"{pattern} ({korean})" for pattern, korean in concepts if not re.search(pattern, text, re.IGNORECASE)]
    assert not missing, f"the book never mentions: {missing}"


GLOSSARY = REPO / "book" / "glossary.md"
ROW = re.compile(
    r"^\| (?P<english>[^|]+) \| (?P<korean>[^|]+) \| (?P<definition>[^|]+) \| \{ref\}`(?P<label>[a-z0-9-]+)` \|$"
)


def glossary_rows() -> list[dict]:
    return [
        match.groupdict() for line in GLOSSARY.read_text(encoding="utf-8").splitlines() if (match := ROW.match(line))
    ]


def page_labels() -> dict[str, str]:
    """Label -> the text of the page that carries it."""
    labels = {}
    for path in sorted((REPO / "book").rglob("*.ipynb")) + sorted((REPO / "book").rglob("*.md")):
        text = (
            "\n".join(cell.source for cell in nbformat.read(path, as_version=4).cells)
            if path.suffix == ".ipynb"
            else path.read_text(encoding="utf-8")
        )
        for label in re.findall(r"^\(([a-z0-9-]+)\)=", text, flags=re.MULTILINE):
            labels[label] = text
    return labels


def test_glossary_rows_are_complete_and_link_to_pages_that_teach_them():
    rows = glossary_rows()
    lines = [line for line in GLOSSARY.read_text(encoding="utf-8").splitlines() if line.startswith("| ")]
    assert len(rows) == len(lines) - 1 > 100, "every table row has four cells, the last a {ref} link"
    labels = page_labels()
    for row in rows:
        korean = row["korean"].strip()
        assert re.search(r"[\uac00-\ud7a3]", korean) or korean.lower() in row["english"].replace("`", "").lower(), row
        assert row["label"] in labels, f"{row['english']}: no page is labelled {row['label']}"
        page = labels[row["label"]].lower()
        phrase = re.sub(r"\(.*?\)|`", "", row["english"]).strip().lower()
        words = [word[:4] for word in re.findall(r"[a-z0-9]{3,}", phrase)]
        assert phrase in page or all(word in page for word in words), f"{row['english']}: not on {row['label']}"


def test_glossary_covers_every_concept_of_the_chapters_and_the_seed_list():
    english = [row["english"] for row in glossary_rows()]
    patterns = [pattern for patterns in CHAPTER_CONCEPTS.values() for pattern in patterns]
    patterns += [pattern for pattern, _ in seed_concepts()]
    missing = sorted(
        {pattern for pattern in patterns if not any(re.search(pattern, term, re.IGNORECASE) for term in english)}
    )
    assert not missing, f"no glossary entry for: {missing}"
