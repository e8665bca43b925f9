// The hall's script: Bootstrap's behaviours, htmx for partial updates, and the small islands pages opt into.
import 'bootstrap/dist/js/bootstrap.bundle.js';
import htmx from 'htmx.org';
import { wireUploads } from './upload.js';

window.htmx = htmx;

document.addEventListener('DOMContentLoaded', () => wireUploads(document));
document.body?.addEventListener('htmx:afterSwap', (event) => wireUploads(event.target));
// Print buttons (<button data-print>): the CSP allows no inline onclick.
document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('[data-print]')) window.print();
});
