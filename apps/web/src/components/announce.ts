/** Tells screen-reader users what just happened when the control they used has gone (a form replaced by the next step). */
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after clearing makes screen readers read it even when the same words repeat.
  setTimeout(() => (region.textContent = message), 50);
}
