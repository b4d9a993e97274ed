// The demo's rich-text body frames, written by script into about:blank iframes the way CKEditor 4
// (Salesforce's email publisher, Dynamics' email form) builds its editing area:
// <body class="cke_editable" contenteditable="true"> in a frame with no address of its own.
/* global document */
for (const frame of document.querySelectorAll('iframe[data-editor-frame]')) {
  const write = () => {
    const doc = frame.contentDocument;
    if (!doc || doc.body?.classList.contains('cke_editable')) return;
    doc.open();
    doc.write(`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${frame.title}</title>
<style>body{margin:8px;font:15px/1.45 Arial,sans-serif;color:#181818;min-height:160px}p{margin:0 0 10px}</style></head>
<body class="cke_editable cke_editable_themed" contenteditable="true" spellcheck="true" role="textbox" aria-multiline="true" aria-label="${frame.title}"><p><br></p></body></html>`);
    doc.close();
    frame.dataset.editorReady = 'true';
  };
  // CKEditor writes its frame a moment after the page loads: so does the demo.
  setTimeout(write, 150);
}
