# Correct: a Python loop over the flattened entries with math.sqrt, reshaped at the end.
import math


def adamw_step(weights, gradient, m, v, step, learning_rate=0.001, weight_decay=0.004, beta_1=0.9, beta_2=0.999,
               epsilon=1e-7):
    """Return (new_weights, new_m, new_v) after one AdamW step, as keras.optimizers.AdamW takes it."""
    shape = np.shape(weights)
    alpha = learning_rate * math.sqrt(1 - beta_2**step) / (1 - beta_1**step)
    new_weights, new_m, new_v = [], [], []
    for w, g, m_i, v_i in zip(*(np.ravel(np.asarray(value, dtype=float)).tolist() for value in (weights, gradient, m, v))):
        m_i = beta_1 * m_i + (1 - beta_1) * g
        v_i = beta_2 * v_i + (1 - beta_2) * g * g
        new_weights.append(w - learning_rate * weight_decay * w - alpha * m_i / (math.sqrt(v_i) + epsilon))
        new_m.append(m_i)
        new_v.append(v_i)
    return tuple(np.array(values).reshape(shape) for values in (new_weights, new_m, new_v))
