/**
 * The QR code the server drew, as an image source: an `<img>` never runs scripts or loads anything an
 * SVG document asks for, so the markup is shown without being trusted.
 */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** "civitas.example/sessions/12/check-in": what people type, without the scheme and the code. */
export function addressToType(checkInUrl: string): string {
  try {
    const url = new URL(checkInUrl);
    return `${url.host}${url.pathname}`;
  } catch {
    return checkInUrl;
  }
}
