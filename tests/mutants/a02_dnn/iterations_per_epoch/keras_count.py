# Wrong: asks Keras to count (through a model's fit), where the contract says plain Python or NumPy.
def iterations_per_epoch(n_examples, batch_size, validation_split=0.0):
    model = keras.Sequential([keras.Input((1,)), keras.layers.Dense(1)])
    model.compile(optimizer="sgd", loss="mean_squared_error")
    history = model.fit(np.zeros((n_examples, 1)), np.zeros((n_examples, 1)), batch_size=batch_size,
                        validation_split=validation_split, epochs=1, verbose=0)
    return int(np.ceil(np.floor(n_examples * (1.0 - validation_split)) / batch_size))
