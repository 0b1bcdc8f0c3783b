/**
 * <embed-code>: shows the copy button beside the embed snippet's textarea
 * (hidden without JavaScript, where the textarea alone works) and copies the
 * snippet; where the clipboard is unavailable, selects it for Ctrl+C instead.
 * Usage: rendered by src/components/EmbedCode.astro.
 */
class EmbedCode extends HTMLElement {
  connectedCallback() {
    const textarea = this.querySelector('textarea');
    const button = this.querySelector<HTMLButtonElement>('button[data-copy]');
    const status = this.querySelector('[data-copy-status]');
    if (!textarea || !button || !status) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(textarea.value);
        status.textContent = this.dataset['copied'] ?? '';
      } catch {
        textarea.focus();
        textarea.select();
        status.textContent = this.dataset['selectToCopy'] ?? '';
      }
    });
  }
}

customElements.define('embed-code', EmbedCode);
