// The helpdesk pages' own behaviour: "Reply" reveals the reply box by a class change, and the
// one-box composer switches between "Public reply" and "Internal note" in place.
/* global document */
for (const button of document.querySelectorAll('.conv-reply')) {
  button.addEventListener('click', () => {
    const block = document.getElementById(button.getAttribute('aria-controls') ?? '');
    if (!block) return;
    const opening = block.classList.contains('hidden');
    block.classList.toggle('hidden', !opening);
    button.setAttribute('aria-expanded', String(opening));
    if (opening) block.querySelector('.note-editable')?.focus();
  });
}
for (const composer of document.querySelectorAll('[data-test-id="omnicomposer"]')) {
  const editor = composer.querySelector('[data-test-id="omnicomposer-rich-text"]');
  for (const button of composer.querySelectorAll('.channel-switch button')) {
    button.addEventListener('click', () => {
      const internal = button.dataset.mode === 'internal';
      composer.classList.toggle('is-internal', internal);
      composer.classList.toggle('is-public', !internal);
      for (const other of composer.querySelectorAll('.channel-switch button')) other.setAttribute('aria-pressed', String(other === button));
      editor?.setAttribute('aria-label', internal ? 'Internal note' : 'Public reply');
    });
  }
}
