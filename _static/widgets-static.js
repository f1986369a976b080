/*
 * Draws the book's embedded Jupyter widgets from the state saved in each page, with no CDN and no
 * kernel: the controls show the values the page was built with, and Output widgets show their
 * figures. An explorer whose state holds frames (dlcourse.widgets.PlotExplorer's `_frames`: a
 * figure and status for each point of a grid of its controls' values) moves: its controls are
 * enabled on that grid, and each change shows the frame for the reader's choice. Other controls
 * stay disabled. In a running notebook (JupyterLab, Colab, Binder) the same widgets are live.
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

  // A number as ipywidgets' readout writes it: the d3-format types d, e, f, g, r and %, with ~.
  function formatNumber(value, format) {
    const match = /^(~)?(?:\.(\d+))?([defgr%])?$/.exec(format || "");
    if (typeof value !== "number") return String(value);
    if (!match || !match[3]) return String(Number(value.toPrecision(match && match[2] ? Number(match[2]) : 6)));
    const precision = match[2] === undefined ? 6 : Number(match[2]);
    let text;
    if (match[3] === "d") text = Math.round(value).toString();
    else if (match[3] === "f") text = value.toFixed(precision);
    else if (match[3] === "e") text = value.toExponential(precision);
    else if (match[3] === "%") text = (value * 100).toFixed(precision);
    else text = value.toPrecision(Math.max(1, precision));
    if (match[1]) text = text.replace(/(\.\d*?)0+(?=$|e)/, "$1").replace(/\.(?=$|e)/, "");
    return text.replace(/^-/, "\u2212") + (match[3] === "%" ? "%" : "");
  }

  function labelled(state, control, modelName) {
    const row = element("div", "widget-static-control " + modelName);
    if (state.description) row.appendChild(element("label", "widget-static-label", state.description));
    if (control.matches("input, select")) control.setAttribute("aria-label", state.description || modelName.replace(/Model$/, ""));
    row.appendChild(control);
    return row;
  }

  function slider(state, value, modelName, position) {
    const input = element("input", "widget-static-slider");
    input.type = "range";
    input.disabled = true;
    input.min = state.min;
    input.max = state.max;
    input.step = state.step || "any";
    input.value = position;
    const row = labelled(state, input, modelName);
    row.appendChild(element("span", "widget-static-readout", formatNumber(value, state.readout_format)));
    return row;
  }

  // A narrow screen shows a figure at its readable width (9 px text, dlcourse.plots.readable),
  // to pan in its output; the width is kept on the image for the browser tests.
  function fitReadable(image, width) {
    if (!image || width === undefined) return;
    image.dataset.readableWidth = width;
    if (width > 0) image.style.minWidth = width + "px";
  }

  function output(data) {
    const box = element("div", "widget-static-output");
    for (const item of data.outputs || []) {
      const bundle = item.data || {};
      if (bundle["image/png"]) {
        const image = element("img", "widget-static-image");
        image.src = "data:image/png;base64," + bundle["image/png"].replace(/\s/g, "");
        image.alt = bundle["text/plain"] || "figure";
        fitReadable(image, (item.metadata || {}).readable_width);  // dlcourse.widgets.figure_output
        box.appendChild(image);
      } else if (item.output_type === "stream") {
        box.appendChild(element("pre", "widget-static-stream", item.text));
      } else if (bundle["text/plain"]) {
        box.appendChild(element("pre", "widget-static-text", bundle["text/plain"]));
      }
    }
    return box;
  }

  // The drawing of one model, marked with its id so that an explorer finds its parts.
  function draw(id, models, depth) {
    const node = drawModel(id, models, depth);
    if (id) node.dataset.modelId = id;
    return node;
  }

  function drawModel(id, models, depth) {
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
        if (state._frames && state._frames.frames) animate(box, state._frames, models);
        return box;
      }
      case "FloatSliderModel":
      case "IntSliderModel":
        return slider(state, state.value, name, state.value);
      case "FloatLogSliderModel": // value is the number shown; the slider moves along its exponent
        return slider(state, state.value, name, Math.log(state.value) / Math.log(state.base || 10));
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

  // Where a control stands, as the frames' grid counts it (dlcourse.widgets.control_positions).
  function position(input) {
    if (input.type === "checkbox") return input.checked ? 1 : 0;
    if (input.multiple) {
      return Array.from(input.options).reduce(function (mask, option, index) {
        return option.selected ? mask + Math.pow(2, index) : mask;
      }, 0);
    }
    if (input.tagName === "SELECT") return input.selectedIndex;
    return Number(input.value);
  }

  function nearest(positions, value) {
    let best = 0;
    positions.forEach(function (candidate, index) {
      if (Math.abs(candidate - value) < Math.abs(positions[best] - value)) best = index;
    });
    return best;
  }

  // Enables an explorer's controls on the grid of its frames and shows the frame of each choice.
  function animate(box, data, models) {
    const find = function (reference) {
      return box.querySelector('[data-model-id="' + modelId(reference) + '"]');
    };
    const controls = data.controls.map(function (control) {
      const node = find(control.model);
      const input = node && node.querySelector("input, select");
      return { positions: control.positions, input: input, node: node, model: models[modelId(control.model)] };
    });
    const output = find(data.output);
    const status = find(data.status);
    if (!output || !status || controls.some(function (control) { return !control.input; })) return;
    box.classList.add("widget-static-animated");
    fitReadable(output.querySelector("img"), data.readable_width);
    function show() {
      let index = 0;
      for (const control of controls) {
        const at = control.positions[nearest(control.positions, position(control.input))];
        index = index * control.positions.length + control.positions.indexOf(at);
        const readout = control.node.querySelector(".widget-static-readout");
        if (readout) {
          const state = control.model.state || {};
          const log = control.model.model_name === "FloatLogSliderModel";
          readout.textContent = formatNumber(log ? Math.pow(state.base || 10, at) : at, state.readout_format);
        }
      }
      const frame = data.frames[index];
      const previous = output.querySelector("img");
      const image = element("img", "widget-static-image");
      image.src = "data:image/png;base64," + data.images[frame[0]];
      image.alt = previous ? previous.alt : "figure";
      fitReadable(image, data.readable_width);
      output.replaceChildren(image);
      status.innerHTML = frame[1];
    }
    for (const control of controls) {
      const positions = control.positions;
      if (control.input.type === "range" && positions.length > 1) {
        const at = positions[nearest(positions, position(control.input))];
        control.input.min = positions[0];
        control.input.max = positions[positions.length - 1];
        const spacing = (positions[positions.length - 1] - positions[0]) / (positions.length - 1);
        control.input.step = Number(spacing.toFixed(10));
        control.input.value = at;
      }
      control.input.disabled = positions.length < 2;
      control.input.addEventListener("input", show);
      control.input.addEventListener("change", show);
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
      const animated = widget.querySelector(".widget-static-animated");
      widget.appendChild(element("p", "widget-static-note", animated
        ? "Figures drawn when the page was built, for a grid of the controls' values. " +
          "Open the notebook (launch buttons above) for any value."
        : "Saved when the page was built. Open the notebook (launch buttons above) to move the controls."));
      script.parentNode.insertBefore(widget, script.nextSibling);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", render);
  } else {
    render();
  }
})();
