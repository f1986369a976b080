# Correct: counts the batches with math.ceil and converts each one with np.asarray(..., dtype=np.float32).
import math


def extract_features(base, images, batch_size=32):
    # Return base(images) in inference mode, computed batch by batch, as one float32 array.
    n_batches = math.ceil(len(images) / batch_size)
    parts = []
    for k in range(n_batches):
        batch = images[k * batch_size:(k + 1) * batch_size]
        parts.append(np.asarray(keras.ops.convert_to_numpy(base(batch, training=False)), dtype=np.float32))
    if not parts:
        return np.empty((0,) + tuple(base.output_shape[1:]), dtype=np.float32)
    return np.concatenate(parts, axis=0)
