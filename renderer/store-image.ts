import type { PostdeskApi } from '../shared/ipc';

function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The image could not be read'));
    reader.readAsDataURL(file);
  });
}

/** Sends a pasted or dropped image to main, which stores it in the site's asset folder. */
export async function storeImage(api: PostdeskApi, postPath: string, file: File): Promise<string> {
  const saved = await api.assetsSave({ postPath, fileName: file.name || 'pasted-image.png', mimeType: file.type, dataBase64: await base64Of(file) });
  return saved.markdownUrl;
}
