// Uploads with progress: an <input type="file" data-upload-url="…" data-upload-target="hidden-input-id"> sends the file
// as soon as it is chosen, shows the progress beside it, and puts the stored file's SHA-256 into the hidden input the form posts
// (and, with data-upload-name-target, the file's name into another).
export function wireUploads(root) {
  root.querySelectorAll?.('input[type=file][data-upload-url]:not([data-upload-wired])').forEach((input) => {
    input.dataset.uploadWired = 'true';
    input.addEventListener('change', () => upload(input));
  });
}

function upload(input) {
  const file = input.files?.[0];
  if (!file) return;
  const target = document.getElementById(input.dataset.uploadTarget);
  const nameTarget = input.dataset.uploadNameTarget ? document.getElementById(input.dataset.uploadNameTarget) : null;
  const bar = document.getElementById(input.dataset.uploadProgress);
  const status = document.getElementById(input.dataset.uploadStatus);
  const token = input.form?.querySelector('input[name=__RequestVerificationToken]')?.value;
  // A new file replaces the last one: until it is stored, nothing counts as uploaded.
  if (target) target.value = '';
  if (status) { status.textContent = ''; status.className = 'form-text'; }
  const body = new FormData();
  body.append('file', file);
  if (token) body.append('__RequestVerificationToken', token);

  const request = new XMLHttpRequest();
  request.open('POST', input.dataset.uploadUrl);
  request.upload.addEventListener('progress', (event) => {
    if (!event.lengthComputable || !bar) return;
    const percent = Math.round((event.loaded / event.total) * 100);
    bar.style.width = `${percent}%`;
    bar.setAttribute('aria-valuenow', String(percent));
    bar.textContent = `${percent}%`;
  });
  request.addEventListener('load', () => {
    let reply = {};
    try { reply = JSON.parse(request.responseText); } catch { /* not JSON: a proxy's error page */ }
    if (request.status >= 200 && request.status < 300) {
      if (target) target.value = reply.sha256;
      if (nameTarget) nameTarget.value = reply.fileName ?? file.name;
      if (status) { status.textContent = reply.message ?? file.name; status.className = 'form-text text-success'; }
      input.dataset.uploaded = reply.sha256;
    } else {
      if (target) target.value = '';
      if (nameTarget) nameTarget.value = '';
      if (status) { status.textContent = reply.detail ?? reply.title ?? `HTTP ${request.status}`; status.className = 'form-text text-danger'; }
      if (bar) { bar.style.width = '0%'; bar.textContent = ''; }
    }
  });
  request.addEventListener('error', () => {
    if (status) { status.textContent = input.dataset.uploadFailed ?? 'Upload failed'; status.className = 'form-text text-danger'; }
  });
  request.send(body);
}
