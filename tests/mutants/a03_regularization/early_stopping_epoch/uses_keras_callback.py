# Wrong: runs the real keras.callbacks.EarlyStopping where the part says NumPy only.
def early_stopping_epoch(val_losses, patience, min_delta=0.0):
    class Model:
        stop_training = False

    callback = keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, min_delta=min_delta)
    model = Model()
    callback.set_model(model)
    callback.on_train_begin()
    for epoch, loss in enumerate(val_losses):
        callback.on_epoch_end(epoch, {"val_loss": float(loss)})
        if model.stop_training:
            return epoch, callback.best_epoch
    return None, callback.best_epoch
