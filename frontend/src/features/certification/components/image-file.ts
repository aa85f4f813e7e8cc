export const IMAGE_TYPES = ['image/png', 'image/jpeg'];
/** Logos go into every certificate PDF, so they are kept small. */
export const MAX_IMAGE_BYTES = 300 * 1024;

export type ImageProblem = 'type' | 'size';

/** A PNG or JPEG of at most 300 KB as a data URI, or why it cannot be used. */
export async function readImage(file: File): Promise<{ dataUri: string } | { problem: ImageProblem }> {
  if (!IMAGE_TYPES.includes(file.type)) return { problem: 'type' };
  if (file.size > MAX_IMAGE_BYTES) return { problem: 'size' };
  const dataUri = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
  return { dataUri };
}

/** A file's name without its extension, as a partner's default name. */
export const baseName = (name: string) => name.replace(/\.[^.]+$/, '');
