/*
 * Draws the book's embedded Jupyter widgets from the state saved in each page, with no CDN and no
 * kernel: the controls show the values the page was built with (disabled), and Output widgets
 * show their figures. In a running notebook (JupyterLab, Colab, Binder) the same widgets are live.
 *
 * Reads <script type="application/vnd.jupyter.widget-state+json"> (the models) and replaces each
 * <script type="application/vnd.jupyter.widget-view+json"> (a view of one model) by its drawing.
 */
(function () {
  "use strict";
  if (window.dlcourseWidgetsDrawn) return; // loaded twice: draw once
  window.dlcourseWidgetsDrawn = true;

  const STATE = "application/vnd.jupyter.widget-state+json";
  const VIEW = "application/vnd.jupyter.widget-view+json";

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function modelId(reference) {
    return typeof reference === "string" ? reference.replace(/^IPY_MODEL_/, "") : null;
  }

  function formatNumber(value, format) {
    const match = /\.(\d+)f/.exec(format || "");
    if (typeof value !== "number") return String(value);
    return match ? value.toFixed(Number(match[1])) : String(Number(value.toPrecision(6)));
  }

  function labelled(state, control, modelName) {
    const row = element("div", "widget-static-control " + modelName);
    if (state.description) row.appendChild(element("label", "widget-static-label", state.description));
    if (control.matches("input, select")) control.setAttribute("aria-label", state.description || modelName.replace(/Model$/, ""));
    row.appendChild(control);
    return row;
  }

  function slider(state, value, modelName) {
    const input = element("input", "widget-static-slider");
    input.type = "range";
    input.disabled = true;
    input.min = state.min;
    input.max = state.max;
    input.step = state.step || "any";
    input.value = state.value;
    const row = labelled(state, input, modelName);
    row.appendChild(element("span", "widget-static-readout", formatNumber(value, state.readout_format)));
    return row;
  }

  function output(data) {
    const box = element("div", "widget-static-output");
    for (const item of data.outputs || []) {
      const bundle = item.data || {};
      if (bundle["image/png"]) {
        const image = element("img", "widget-static-image");
        image.src = "data:image/png;base64," + bundle["image/png"].replace(/\s/g, "");
        image.alt = bundle["text/plain"] || "figure";
        box.appendChild(image);
      } else if (item.output_type === "stream") {
        box.appendChild(element("pre", "widget-static-stream", item.text));
      } else if (bundle["text/plain"]) {
        box.appendChild(element("pre", "widget-static-text", bundle["text/plain"]));
      }
    }
    return box;
  }

  function draw(id, models, depth) {
    const model = models[id];
    if (!model || depth > 20) return element("div", "widget-static-missing", "(widget not saved)");
    const state = model.state || {};
    const name = model.model_name || "";
    const options = state._options_labels || [];
    switch (name) {
      case "VBoxModel":
      case "HBoxModel":
      case "BoxModel":
      case "GridBoxModel": {
        const box = element("div", "widget-static-box " + (name === "HBoxModel" ? "widget-static-hbox" : "widget-static-vbox"));
        for (const child of state.children || []) box.appendChild(draw(modelId(child), models, depth + 1));
        return box;
      }
      case "FloatSliderModel":
      case "IntSliderModel":
        return slider(state, state.value, name);
      case "FloatLogSliderModel":
        return slider(state, Math.pow(state.base || 10, state.value), name);
      case "SelectionSliderModel":
        return labelled(state, element("span", "widget-static-value", options[state.index] || ""), name);
      case "CheckboxModel": {
        const box = element("input");
        box.type = "checkbox";
        box.checked = Boolean(state.value);
        box.disabled = true;
        return labelled(state, box, name);
      }
      case "DropdownModel":
      case "RadioButtonsModel":
      case "ToggleButtonsModel":
      case "SelectModel": {
        const select = element("select", "widget-static-select");
        select.disabled = true;
        options.forEach(function (label, index) {
          const option = element("option", "", label);
          option.selected = index === state.index;
          select.appendChild(option);
        });
        return labelled(state, select, name);
      }
      case "SelectMultipleModel": {
        const select = element("select", "widget-static-select");
        select.multiple = true;
        select.disabled = true;
        const chosen = state.index || [];
        options.forEach(function (label, index) {
          const option = element("option", "", label);
          option.selected = chosen.indexOf(index) >= 0;
          select.appendChild(option);
        });
        return labelled(state, select, name);
      }
      case "OutputModel":
        return output(state);
      case "HTMLModel":
      case "HTMLMathModel": {
        const html = element("div", "widget-static-html");
        html.innerHTML = state.value || "";
        return html;
      }
      case "LabelModel":
        return element("span", "widget-static-label", state.value || "");
      case "ButtonModel": {
        const button = element("button", "widget-static-button", state.description || "");
        button.disabled = true;
        return button;
      }
      default:
        return element("div", "widget-static-missing", "(" + name + ")");
    }
  }

  function render() {
    const models = {};
    for (const script of document.querySelectorAll('script[type="' + STATE + '"]')) {
      try {
        Object.assign(models, JSON.parse(script.textContent).state || {});
      } catch (error) {
        console.warn("widgets-static: unreadable widget state", error);
      }
    }
    for (const script of document.querySelectorAll('script[type="' + VIEW + '"]')) {
      let view;
      try {
        view = JSON.parse(script.textContent);
      } catch (error) {
        console.warn("widgets-static: unreadable widget view", error);
        continue;
      }
      const widget = element("div", "jupyter-widgets widget-static");
      widget.appendChild(draw(view.model_id, models, 0));
      widget.appendChild(element("p", "widget-static-note",
        "Saved when the page was built. Open the notebook (launch buttons above) to move the controls."));
      script.parentNode.insertBefore(widget, script.nextSibling);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", render);
  } else {
    render();
  }
})();
