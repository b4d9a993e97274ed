// The classic case page's reply with `?editor=quill`: Quill 2 (snow theme), self-hosted from node_modules.
// The hidden input carries the text to the form's "Save draft", as a CRM would.
/* global document, window, Quill */
const host = document.getElementById('reply-quill');
const field = document.getElementById('reply-value');
if (host && typeof Quill !== 'undefined') {
  const quill = new Quill(host, { theme: 'snow', modules: { toolbar: [['bold', 'italic'], [{ list: 'bullet' }]] } });
  quill.setText(host.dataset.draft || '');
  quill.history.clear();
  quill.root.setAttribute('aria-labelledby', 'reply-label');
  quill.root.setAttribute('role', 'textbox');
  quill.root.setAttribute('aria-multiline', 'true');
  quill.on('text-change', () => {
    if (field) field.value = quill.getText();
  });
  // For the e2e journeys: read the text back through Quill's own API.
  window.demoQuill = quill;
  host.dataset.editorReady = 'true';
}
