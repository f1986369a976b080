"""Exit with an error unless the active Keras backend sees a GPU; print what it sees.

Usage: python tools/check_gpu.py   (the backend comes from KERAS_BACKEND, as in Keras)
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")


def visible_gpus(backend: str) -> list[str]:
    if backend == "jax":
        import jax

        return [
            f"{device.platform}:{device.id} {getattr(device, 'device_kind', '')}".strip()
            for device in jax.devices()
            if device.platform == "gpu"
        ]
    if backend == "tensorflow":
        import tensorflow as tf

        return [device.name for device in tf.config.list_physical_devices("GPU")]
    if backend == "torch":
        import torch

        return [torch.cuda.get_device_name(index) for index in range(torch.cuda.device_count())]
    return []


def main() -> int:
    import keras

    backend = keras.backend.backend()
    try:
        gpus = visible_gpus(backend)
    except Exception as error:  # noqa: BLE001 (a backend without GPU support sees none)
        print(f"no GPU visible: the {backend} backend failed to list devices ({error})", file=sys.stderr)
        return 1
    if not gpus:
        print(f"no GPU visible to the Keras {backend} backend: refusing to run the GPU tests on a CPU", file=sys.stderr)
        return 1
    print(f"Keras {keras.__version__}, {backend} backend, GPUs: {', '.join(gpus)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
