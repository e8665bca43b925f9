// The hall's script: Bootstrap's behaviours, htmx for partial updates, and the small islands pages opt into.
import 'bootstrap/dist/js/bootstrap.bundle.js';
import htmx from 'htmx.org';
import { wireUploads } from './upload.js';

window.htmx = htmx;

document.addEventListener('DOMContentLoaded', () => wireUploads(document));
document.body?.addEventListener('htmx:afterSwap', (event) => wireUploads(event.target));
// A button marked data-print prints the page (the CSP allows no inline handlers).
document.addEventListener('click', (event) => { if (event.target.closest?.('[data-print]')) window.print(); });
