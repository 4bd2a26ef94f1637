/** Saves text as a file through the browser's download flow: Blob → object URL → <a download>. */
export function downloadText(name: string, text: string, mime: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has taken the blob by the next task; keep the URL a little longer for slow machines.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
