// Small DOM builders for the panel and the table (plain DOM: the CSP allows no inline handlers, and no
// framework is needed for a few inputs).
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'className') node.className = value;
    else if (name === 'text') node.textContent = value;
    else if (name === 'value') node.value = value;
    else if (name === 'checked') node.checked = !!value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  children.flat().filter((c) => c !== null && c !== undefined && c !== false)
    .forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

export function select(options, value, attributes = {}) {
  const node = el('select', { className: 'form-select form-select-sm', ...attributes },
    options.map(([optionValue, label]) => el('option', { value: optionValue, text: label })));
  node.value = value;
  return node;
}

/** Sets an input's value unless the user is typing in it. */
export function show(input, value) {
  if (document.activeElement === input) return;
  if (input.type === 'checkbox') input.checked = !!value;
  else if (input.value !== String(value ?? '')) input.value = value ?? '';
}
