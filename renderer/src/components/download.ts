/** A file made by the core ({ fileName, mimeType, base64 }), as every export procedure returns it. */
export interface DownloadableFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

/**
 * Saves a file the core produced. The core returns bytes as base64 (IPC and HTTP both carry JSON), so
 * they are decoded here into a Blob and handed to the browser's own download through a temporary link:
 * that works the same in the desktop shell and in browser mode, with no file-system access in the renderer.
 */
export function downloadFile(file: DownloadableFile): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke on the next tick: some engines start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
