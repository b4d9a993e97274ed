// The Dynamics-style form's email body: CKEditor 5, self-hosted from node_modules (GPL licence key).
/* global document */
import { ClassicEditor, Essentials, Paragraph, Bold, Italic, List, Link } from 'ckeditor5';

const element = document.getElementById('reply-editor');
if (element) {
  ClassicEditor.create(element, {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Bold, Italic, List, Link],
    toolbar: ['bold', 'italic', '|', 'bulletedList', 'numberedList', '|', 'link', '|', 'undo', 'redo'],
    label: 'Email to the resident',
  }).then((editor) => {
    element.dataset.editorReady = 'true';
    document.body.dataset.editorReady = 'true';
    return editor;
  });
}
